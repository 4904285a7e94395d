"""The window's global date range and segment filter, as one engine pass (issue 9).

A :class:`ViewFilter` is what the owner is *looking at*, not a definition: it lives in the
window, is not stored in the project and never reaches the command line's numbers.
:func:`analyse_view` turns the unfiltered :class:`~.analysis.Analysis` (``base``) into the
filtered one every page draws. The semantics, precisely:

* **Range end** = the analysis day ``as_of`` (SPEC §3): orders and survey answers after it
  are ignored, every status (active/churned), score and prediction is as of that day. An
  end on or after the data's last day is no filter.
* **Range start** limits what is *reported*, never who is a customer: the history before it
  still decides who is an existing, lapsed or returning customer. Reported from the start:
  retention periods whose last day is on or after it; cohorts whose first-purchase period
  ends on or after it; NPS, satisfaction and comments from answers dated in the range
  (answers without a date cannot be placed and are kept); lost value of the customers whose
  churn date is in the range; the order totals of the summary (purchases, returns, revenue,
  average order value) and its customer count (customers with a purchase in the range).
  The per-customer table (Customers page, CLV, warning signs, RFM, lifespan) is as of the
  end and keeps every customer: someone who churned in the range last bought before it.
* **Segment** restricts the customers — and their orders and survey answers — to the
  members of one group (the loyal customers, an owner segment or an RFM segment) *as the
  unfiltered analysis determines them*, i.e. the group as it stands on the project's
  analysis day, so "my loyal customers" are the same people whatever range is looked at.
* The definitions in force are the unfiltered analysis' (the inactivity window W included,
  even where it was suggested from the data), so filtered and unfiltered numbers compare.

The filter is written in the "definitions used" sentence under every chart
(:func:`view_sentence`) and as the ``view`` section of the JSON.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Optional

import pandas as pd

from .analysis import Analysis, analyse
from .data import Dataset
from .definitions import Definitions
from .i18n import Catalogue, number
from .progress import Progress, report, sub_progress
from .view_report import answers_until, report_from

#: Built-in groups of ``segment_analysis`` that are not a filter choice.
NOT_A_CHOICE = ("all",)
PRESETS = ("all", "last_12_months", "this_year", "last_year")

TEXTS = Catalogue("view_filter", {  # translated on lookup (engine/i18n.py)
    "segment": "Segment: {name}",
    "range": "{start} – {end}",
    "from": "from {start}",
    "until": "until {end}",
    "sentence_segment": ("Only the {count} customers of the segment {name} (members as of {as_of}) "
                         "with their orders and answers."),
    "sentence_range": ("Reported from {start} to {end}; purchases before {start} still decide "
                       "who is an existing customer."),
    "sentence_end": "Data after {end} left out.",
})


@dataclass(frozen=True)
class ViewFilter:
    """``start``/``end`` inclusive days (None = open); ``segment`` a ``segment_analysis`` key
    (``"loyal"``, ``"segment:<name>"``, ``"rfm:<name>"``; None = all customers) and its
    display name."""

    start: Optional[date] = None
    end: Optional[date] = None
    segment: Optional[str] = None
    segment_name: str = ""

    @property
    def is_empty(self) -> bool:
        return self.start is None and self.end is None and self.segment is None

    def label(self) -> str:
        """The chip text, e.g. "Segment: Loyal · 2024-01-01 – 2024-12-31" ("" when empty)."""
        parts = []
        if self.segment is not None:
            parts.append(TEXTS["segment"].format(name=self.segment_name or self.segment))
        if self.start is not None and self.end is not None:
            parts.append(TEXTS["range"].format(start=self.start.isoformat(), end=self.end.isoformat()))
        elif self.start is not None:
            parts.append(TEXTS["from"].format(start=self.start.isoformat()))
        elif self.end is not None:
            parts.append(TEXTS["until"].format(end=self.end.isoformat()))
        return " · ".join(parts)


@dataclass(frozen=True)
class ViewSection:
    """The ``view`` analysis section: the filter in force (already clamped to the data) and
    the sentence for the captions; ``to_json`` is the JSON block."""

    view: ViewFilter
    members: Optional[int]
    as_of: Optional[date]
    sentence: str

    def to_json(self) -> dict[str, Any]:
        return {"start": _iso(self.view.start), "end": _iso(self.view.end),
                "segment": self.view.segment, "segment_name": self.view.segment_name or None,
                "segment_customers": self.members, "label": self.view.label()}


@dataclass(frozen=True)
class ViewResult:
    """What the window's recompute hands back: the unfiltered and the shown analysis."""

    base: Analysis
    shown: Analysis


# --------------------------------------------------------------------------- choices
def segment_choices(base: Analysis) -> list[tuple[str, str]]:
    """(key, name) of every group the segment filter offers, in the Segments page's order:
    the loyal customers, the rest, the owner's segments, then the RFM segments."""
    result = base.sections.get("segment_analysis")
    if result is None:
        return []
    names = result.metrics["name"].astype(str)
    return [(str(key), names[key]) for key in result.metrics.index if key not in NOT_A_CHOICE]


def segment_members(base: Analysis, key: str) -> pd.Index:
    """Customer ids of the group ``key`` in the unfiltered analysis (empty if unknown)."""
    result = base.sections.get("segment_analysis")
    if result is None or key not in result.masks.columns:
        return pd.Index([], name="customer_id")
    return result.members(key)


def preset_range(preset: str, first: date, last: date) -> tuple[Optional[date], Optional[date]]:
    """Range of a preset, counted back from the data's last day ``last`` (not from today:
    a file exported last spring would have an empty "this year"). ``first`` is the first day."""
    if preset == "last_12_months":
        start = _add_years(last, -1) + timedelta(days=1)
        return max(start, first), last
    if preset == "this_year":
        return max(date(last.year, 1, 1), first), last
    if preset == "last_year":
        end = date(last.year - 1, 12, 31)
        return (max(date(last.year - 1, 1, 1), first), end) if end >= first else (first, first)
    return None, None


def clamp(view: ViewFilter, base: Analysis) -> ViewFilter:
    """The filter limited to the data: an end on/after the last day and a start on/before
    the first day are no filter; a reversed range is put in order."""
    if view.segment is not None and view.segment not in dict(segment_choices(base)):
        view = replace(view, segment=None, segment_name="")   # a segment the owner removed
    if base.as_of is None:
        return ViewFilter(segment=view.segment, segment_name=view.segment_name)
    last = base.as_of.date()
    first = pd.Timestamp(base.orders["day"].min()).date() if len(base.orders) else last
    start, end = view.start, view.end
    if start is not None and end is not None and start > end:
        start, end = end, start
    if end is not None and end >= last:
        end = None
    if start is not None and start <= first:
        start = None
    return replace(view, start=start, end=end)


# --------------------------------------------------------------------------- the pass
def analyse_view(dataset: Dataset, defs: Definitions, view: ViewFilter,
                 base: Analysis | None = None, progress: Progress | None = None) -> ViewResult:
    """The unfiltered analysis (computed unless ``base`` is given) and the filtered one.

    Pure like ``analyse``: runs in the window's worker; ``progress`` may raise Cancelled."""
    if base is None:
        base = analyse(dataset, defs, sub_progress(progress, 0.0, 0.5 if not view.is_empty else 1.0))
    view = clamp(view, base)
    if view.is_empty or base.is_empty:
        return ViewResult(base, base)
    report(progress, 0.5, "Applying the filter")
    members = None
    if view.segment is not None:
        members = segment_members(base, view.segment)
        dataset = restrict_dataset(dataset, members, base)
    if view.end is not None:
        dataset = Dataset(dataset.transactions, dataset.customers,
                          answers_until(dataset.responses, pd.Timestamp(view.end)))
    pinned = defs.replace(churn_window_days=base.window.days,
                          as_of=view.end if view.end is not None else base.as_of.date())
    shown = analyse(dataset, pinned, sub_progress(progress, 0.5, 0.95))
    # the owner's definitions, not the pinned ones, so a page editing them saves no filter
    shown.defs = defs
    shown.window = base.window
    shown.summary["churn_window_reason"] = base.window.reason
    if view.start is not None and not shown.is_empty:
        report_from(shown, dataset, pd.Timestamp(view.start))
    else:
        from .metric_sections import text_section
        shown.sections["definitions_text"] = text_section(
            defs, as_of=shown.as_of, window_days=shown.window.days,
            window_reason=shown.window.reason, lost=shown.sections["lost_value"])
    shown.sections["view"] = ViewSection(view, None if members is None else int(len(members)),
                                         base.as_of.date(), view_sentence(view, members, base))
    report(progress, 1.0, "Done")
    return ViewResult(base, shown)


def restrict_dataset(dataset: Dataset, members: pd.Index, base: Analysis) -> Dataset:
    """The dataset of ``members`` only: their orders, their customer rows, and the survey
    answers matched to them (by id or e-mail, as the unfiltered analysis matched them)."""
    wanted = pd.Index(members.astype(str))
    transactions = dataset.transactions
    transactions = transactions[transactions["customer_id"].astype(str).isin(wanted)]
    customers = dataset.customers
    if "customer_id" in customers:
        customers = customers[customers["customer_id"].astype(str).isin(wanted)]
    responses = dataset.responses
    join = base.sections.get("responses_join")
    if join is not None and len(responses):
        matched = join.responses["customer_id"].astype("string")
        keep = matched.isin(wanted).fillna(False).astype(bool).to_numpy()
        responses = responses[keep] if len(keep) == len(responses) else responses.iloc[0:0]
    elif len(responses):
        responses = responses.iloc[0:0]
    return Dataset(transactions.reset_index(drop=True), customers.reset_index(drop=True),
                   responses.reset_index(drop=True))


def view_sentence(view: ViewFilter, members: Optional[pd.Index], base: Analysis) -> str:
    """The filter in words, appended to the definitions sentence under every chart."""
    parts = []
    if view.segment is not None and members is not None:
        parts.append(TEXTS["sentence_segment"].format(
            count=number(len(members)), name=view.segment_name or view.segment,
            as_of=base.as_of.date().isoformat()))
    end = view.end or base.as_of.date()
    if view.start is not None:
        parts.append(TEXTS["sentence_range"].format(start=view.start.isoformat(),
                                                    end=end.isoformat()))
    elif view.end is not None:
        parts.append(TEXTS["sentence_end"].format(end=view.end.isoformat()))
    return " ".join(parts)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:      # 29 February
        return day.replace(year=day.year + years, day=28)


def _iso(day: Optional[date]) -> Optional[str]:
    return None if day is None else day.isoformat()
