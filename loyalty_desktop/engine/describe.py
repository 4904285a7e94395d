"""The "definitions used" sentence printed under every chart and table (SPEC §3).

All English wording lives in :data:`TEMPLATES` (translated on lookup, sv/da/nl/ru in
resources/translations/source/definitions.py); the functions only choose and fill templates,
and numbers and days come out in the chosen locale (engine/i18n.py). Example (retention):
"Monthly periods; a customer counts as churned after 120 days without a purchase
(suggested from your data: 80 % of repeat purchases come within 120 days); refunds are
not counted as purchases; data up to 2025-10-31."
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping

import pandas as pd

from .definitions import Definitions
from . import i18n
from .i18n import Catalogue

TEMPLATES: Mapping[str, Any] = Catalogue("describe", {  # translated on lookup (engine/i18n.py)
    "periods_adjective": {"week": "Weekly", "month": "Monthly", "quarter": "Quarterly",
                          "half-year": "Half-yearly", "year": "Yearly"},
    "period_noun": {"week": "week", "month": "month", "quarter": "quarter",
                    "half-year": "half-year", "year": "year"},
    "window": "a customer counts as churned after {days} days without a purchase",
    "window_reason": " ({reason})",
    "refunds_off": "refunds are not counted as purchases",
    "refunds_on": "refunds count as activity",
    "data_up_to": "data up to {as_of}",
    "no_data": "no data yet",
    # one template per chart kind; {window} {refunds} {data} are the phrases above
    "retention": "{Periods} periods; {window}; {refunds}; {data}.",
    "cohorts": ("{Periods} cohorts by the {period} of the first purchase; each cell is the share of "
                "the cohort that bought in that {period} (no inactivity window); {refunds}; {data}."),
    "lifespan": ("Lifespan from the first purchase to the churn date, or to {as_of} for active "
                 "customers (the Kaplan–Meier median counts them as still running); {window}; "
                 "{refunds}; {data}."),
    "lifecycle": ("Months from the first purchase to the churn date, churned customers only; "
                  "{window}; {refunds}; {data}."),
    "value": ("Value = net revenue after refunds × {margin} margin; a purchase is an order with a "
              "positive amount; {refunds}; {data}."),
    "lost_value": ("Customers whose churn date is between {start} and {end}; annual net revenue × "
                   "{margin} margin × {lifetime}, discounted at {discount} a year; {window}; {data}."),
    "lifetime_set": "an expected lifetime of {years} years (set by you)",
    "lifetime_measured": "an expected lifetime of 1 / (1 − annual retention) years",
    "costs": ("Retention spend you entered minus the revenue from customers retained in each "
              "{period} (active at its start and at its end); {window}; {data}."),
    "returns": ("Return rate = orders with a net amount of zero or less ÷ all orders; returned "
                "share = refunded money ÷ revenue before refunds; {refunds}; {data}."),
    "nps": ("NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100, with a 95 % "
            "confidence interval; {waves}; {data}."),
    "nps_waves_column": "waves as given in your survey file",
    "nps_waves_period": "{waves} waves by answer date",
    "satisfaction": ("Satisfaction 1–5: top box = 5, top two boxes = 4–5; repurchase = bought again "
                     "within {repurchase} days after answering; {refunds}; {data}."),
    "clv": ("Predicted value over the next {horizon} months × {margin} margin, discounted at "
            "{discount} a year (BG/NBD and Gamma-Gamma models, or 1 / (1 − annual retention) "
            "years when there are too few repeat customers); {refunds}; {data}."),
    "segments": "Segments follow your rules over each customer's figures; {window}; {refunds}; {data}.",
    "rfm": ("RFM scores 1–5 by fifths of recency, frequency and money spent; {refunds}; {data}."),
    "at_risk": ("At risk: overdue (more than 1.5 × their usual gap since the last purchase), buying "
                "less often, a low score, recent returns or a low chance of still being a customer; "
                "{window}; {data}."),
    "general": "{Window}; {refunds}; {data}.",
    "compare": ("Share of customers still active, counting only customers who first bought more "
                "than {days} days before {as_of}; two-proportion z-test; {window}; {data}."),
})

CHART_KINDS = ("retention", "cohorts", "lifespan", "lifecycle", "value", "returns", "lost_value",
               "costs", "compare", "nps", "satisfaction", "clv", "segments", "rfm", "at_risk",
               "general")


def describe(kind: str, defs: Definitions, *, window_days: int | None, window_reason: str = "",
             as_of: date | pd.Timestamp | None, start: date | pd.Timestamp | None = None,
             end: date | pd.Timestamp | None = None) -> str:
    """One sentence saying which definitions the chart ``kind`` (see ``CHART_KINDS``) used.

    ``window_days``/``window_reason`` are the effective inactivity window and why (the
    owner's choice or the data's suggestion); ``as_of`` the effective analysis day;
    ``start``/``end`` the churn-date range of the lost-value chart.
    """
    if kind not in CHART_KINDS:   # a new chart without its own sentence still gets the basics
        kind = "general"
    as_of_text = _iso(as_of)
    window = ""
    if window_days is not None:
        window = TEMPLATES["window"].format(days=int(window_days))
        if window_reason:
            window += TEMPLATES["window_reason"].format(reason=window_reason)
    fields = {
        "Periods": TEMPLATES["periods_adjective"][defs.period],
        "period": TEMPLATES["period_noun"][defs.period],
        "window": window,
        "refunds": TEMPLATES["refunds_on" if defs.refunds_are_activity else "refunds_off"],
        "data": (TEMPLATES["data_up_to"].format(as_of=as_of_text) if as_of_text
                 else TEMPLATES["no_data"]),
        "as_of": as_of_text or "today",
        "margin": _pct(defs.margin),
        "discount": _pct(defs.discount_rate),
        "lifetime": _lifetime(defs),
        "start": _iso(start) or "…", "end": _iso(end) or as_of_text or "…",
        "days": int(window_days) if window_days is not None else "W",
        "waves": _waves(defs),
        "repurchase": int(defs.repurchase_window_days),
        "horizon": int(defs.clv.horizon_months),
    }
    fields["Window"] = _cap(fields["window"])
    sentence = TEMPLATES[kind].format(**fields)
    # a phrase left empty (no window yet) leaves no gap
    sentence = sentence.replace("; ;", ";")
    return _cap(sentence[2:]) if sentence.startswith("; ") else sentence


def describe_all(defs: Definitions, *, window_days: int | None, window_reason: str = "",
                 as_of: date | pd.Timestamp | None, start: date | pd.Timestamp | None = None,
                 end: date | pd.Timestamp | None = None) -> dict[str, str]:
    """Every chart kind's sentence, for the JSON document and the PDF."""
    return {kind: describe(kind, defs, window_days=window_days, window_reason=window_reason,
                           as_of=as_of, start=start, end=end) for kind in CHART_KINDS}


@dataclass(frozen=True)
class ChartSentences:
    """:func:`describe_all`'s sentences as an analysis section (``to_json`` → chart kind → text)."""

    sentences: Mapping[str, str]

    def to_json(self) -> dict[str, str]:
        return dict(self.sentences)


def _waves(defs: Definitions) -> str:
    if defs.nps_wave == "column":
        return TEMPLATES["nps_waves_column"]
    adjective = TEMPLATES["periods_adjective"].get(defs.nps_wave, defs.nps_wave)
    return TEMPLATES["nps_waves_period"].format(waves=adjective.lower())


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lifetime(defs: Definitions) -> str:
    if defs.expected_lifetime_years is not None:
        return TEMPLATES["lifetime_set"].format(years=_number(defs.expected_lifetime_years))
    return TEMPLATES["lifetime_measured"]


def _pct(share: float) -> str:
    style = i18n.number_style()
    sign = " %" if style is i18n.ENGLISH else style.percent
    return f"{_number(100 * float(share))}{sign}"


def _number(value: float) -> str:
    """12 → "12", 2.5 → "2.5" ("2,5" in sv: the installed locale's decimal sign)."""
    return i18n.localise_number(f"{float(value):.2f}".rstrip("0").rstrip("."))


def _iso(day: Any) -> str | None:
    if day is None or (not isinstance(day, date) and pd.isna(day)):
        return None
    return pd.Timestamp(day).date().isoformat()
