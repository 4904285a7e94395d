"""The fields a loyalty rule or segment can test (SPEC §4), described for the forms.

Each field has a *kind* that decides which operators apply and which value widget the
form shows: ``number`` (with a unit), ``date`` (ISO day) or ``category`` (text with
known values). Built-in fields come from the per-customer table and the modules that add
columns to it (RFM, NPS, CLV); imported customer attributes (city, channel, signup_date …)
are described from their dtype by :func:`field_catalogue`.

Labels, units and one-line explanations are the English templates users read. They are
marked with ``QT_TR_NOOP`` (extracted under the empty context, which the app's translator
searches for any context), so ``self.tr(info.label)`` in a form and :func:`shown` in the
engine's rule descriptions find their sv/da/nl/ru words (resources/translations/source/
engine_rules.py); ``FieldInfo`` itself keeps English, which saved rules and JSON use.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import pandas as pd

from .i18n import QT_TR_NOOP, Catalogue, translate

KINDS = ("number", "date", "category")

#: Operators that make sense for each kind of field (SPEC §4 lists them all).
OPS_BY_KIND = {
    "number": (">=", ">", "<=", "<", "==", "!=", "between", "in", "not in",
               "is empty", "is not empty"),
    "date": (">=", ">", "<=", "<", "==", "!=", "between", "is empty", "is not empty"),
    "category": ("==", "!=", "in", "not in", "contains", "is empty", "is not empty"),
}

#: The operators that are words are shown in the forms through ``self.tr(op)``: marked here.
OP_NAMES_SHOWN = (QT_TR_NOOP("between"), QT_TR_NOOP("in"), QT_TR_NOOP("not in"),
                  QT_TR_NOOP("contains"), QT_TR_NOOP("is empty"), QT_TR_NOOP("is not empty"))

#: RFM segment names, best first (the grid is documented in ``rfm.py``).
RFM_SEGMENT_NAMES = ("Champions", "Loyal customers", "Potential loyalists", "New customers",
                     "Promising", "Need attention", "About to sleep", "At risk",
                     "Can't lose them", "Hibernating", "Lost")

#: Attribute columns with at most this many distinct values offer a choice list.
MAX_CHOICES = 50


@dataclass(frozen=True)
class FieldInfo:
    """What the form needs to know about one field."""

    name: str
    label: str
    kind: str                       # "number" | "date" | "category"
    unit: str = ""                  # shown next to a number: "months", "purchases", "money" …
    help: str = ""                  # one line: what the field means
    choices: tuple[str, ...] = ()   # known values of a category field
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False
    builtin: bool = True

    @property
    def ops(self) -> tuple[str, ...]:
        return OPS_BY_KIND[self.kind]


def _f(name: str, label: str, kind: str, unit: str, help_text: str, **extra) -> FieldInfo:
    return FieldInfo(name=name, label=label, kind=kind, unit=unit, help=help_text, **extra)


#: The built-in fields (English templates), in the order the form lists them.
FIELDS: Mapping[str, FieldInfo] = {f.name: f for f in (
    _f("tenure_months", QT_TR_NOOP("Customer for"), "number", QT_TR_NOOP("months"),
       QT_TR_NOOP("Months since the customer's first purchase."), minimum=0),
    _f("tenure_days", QT_TR_NOOP("Customer for (days)"), "number", QT_TR_NOOP("days"),
       QT_TR_NOOP("Days since the customer's first purchase."), minimum=0, integer=True),
    _f("days_since_last_purchase", QT_TR_NOOP("Days since last purchase"), "number", QT_TR_NOOP("days"),
       QT_TR_NOOP("Days between the customer's last purchase and the analysis date."), minimum=0,
       integer=True),
    _f("purchases", QT_TR_NOOP("Purchases"), "number", QT_TR_NOOP("purchases"),
       QT_TR_NOOP("Number of purchases (orders with a positive amount) ever."), minimum=0, integer=True),
    _f("purchase_days", QT_TR_NOOP("Days with a purchase"), "number", QT_TR_NOOP("days"),
       QT_TR_NOOP("Number of different days on which the customer bought."), minimum=0, integer=True),
    _f("purchases_last_365d", QT_TR_NOOP("Purchases in the last year"), "number", QT_TR_NOOP("purchases"),
       QT_TR_NOOP("Purchases in the 365 days up to the analysis date."), minimum=0, integer=True),
    _f("revenue", QT_TR_NOOP("Spend"), "number", QT_TR_NOOP("money"),
       QT_TR_NOOP("Net revenue from the customer ever (refunds subtracted).")),
    _f("revenue_last_365d", QT_TR_NOOP("Spend in the last year"), "number", QT_TR_NOOP("money"),
       QT_TR_NOOP("Net revenue from the customer in the 365 days up to the analysis date.")),
    _f("average_order_value", QT_TR_NOOP("Average order value"), "number", QT_TR_NOOP("money"),
       QT_TR_NOOP("The customer's spend divided by their number of purchases.")),
    _f("returns", QT_TR_NOOP("Returns"), "number", QT_TR_NOOP("returns"),
       QT_TR_NOOP("Number of refund orders (net amount zero or less)."), minimum=0, integer=True),
    _f("returned_amount", QT_TR_NOOP("Amount returned"), "number", QT_TR_NOOP("money"),
       QT_TR_NOOP("Money refunded to the customer."), minimum=0),
    _f("typical_gap_days", QT_TR_NOOP("Typical days between purchases"), "number", QT_TR_NOOP("days"),
       QT_TR_NOOP("Median days between the customer's purchases (empty for one-time buyers)."), minimum=0),
    _f("lifespan_days", QT_TR_NOOP("Lifespan"), "number", QT_TR_NOOP("days"),
       QT_TR_NOOP("Days from first purchase to churn (or to the analysis date if still active)."),
       minimum=0, integer=True),
    _f("status", QT_TR_NOOP("Status"), "category", "",
       QT_TR_NOOP("Active, or churned: no purchase within the inactivity window."),
       choices=("active", "churned")),
    _f("first_purchase", QT_TR_NOOP("First purchase"), "date", "",
       QT_TR_NOOP("Day of the customer's first purchase.")),
    _f("last_purchase", QT_TR_NOOP("Last purchase"), "date", "",
       QT_TR_NOOP("Day of the customer's last purchase.")),
    _f("churn_date", QT_TR_NOOP("Churn date"), "date", "",
       QT_TR_NOOP("Last purchase plus the inactivity window, for churned customers.")),
    _f("rfm_segment", QT_TR_NOOP("RFM segment"), "category", "",
       QT_TR_NOOP("Named group from recency and frequency scores (Champions, At risk …)."),
       choices=RFM_SEGMENT_NAMES),
    _f("r_score", QT_TR_NOOP("Recency score"), "number", QT_TR_NOOP("score 1–5"),
       QT_TR_NOOP("5 = bought most recently (top fifth of customers), 1 = longest ago."),
       minimum=1, maximum=5, integer=True),
    _f("f_score", QT_TR_NOOP("Frequency score"), "number", QT_TR_NOOP("score 1–5"),
       QT_TR_NOOP("5 = buys most often (top fifth of customers), 1 = least often."),
       minimum=1, maximum=5, integer=True),
    _f("m_score", QT_TR_NOOP("Spend score"), "number", QT_TR_NOOP("score 1–5"),
       QT_TR_NOOP("5 = spends most (top fifth of customers), 1 = least."),
       minimum=1, maximum=5, integer=True),
    _f("nps_score", QT_TR_NOOP("Would recommend (0–10)"), "number", QT_TR_NOOP("score 0–10"),
       QT_TR_NOOP("The customer's latest answer to 'How likely are you to recommend us?'."),
       minimum=0, maximum=10, integer=True),
    _f("nps_category", QT_TR_NOOP("Promoter / passive / detractor"), "category", "",
       QT_TR_NOOP("Promoter (9–10), passive (7–8) or detractor (0–6) from the latest answer."),
       choices=("promoter", "passive", "detractor")),
    _f("satisfaction", QT_TR_NOOP("Satisfaction (1–5)"), "number", QT_TR_NOOP("score 1–5"),
       QT_TR_NOOP("The customer's latest satisfaction answer, 5 = very satisfied."),
       minimum=1, maximum=5, integer=True),
    _f("p_alive", QT_TR_NOOP("Chance still a customer"), "number", QT_TR_NOOP("probability 0–1"),
       QT_TR_NOOP("Model estimate that the customer has not silently left (BG/NBD)."),
       minimum=0, maximum=1),
    _f("predicted_clv", QT_TR_NOOP("Predicted lifetime value"), "number", QT_TR_NOOP("money"),
       QT_TR_NOOP("Model estimate of the customer's future value over the CLV horizon.")),
)}

#: Columns of the customer table that are identities, not something to segment on.
NOT_FIELDS = frozenset({"email", "name", "phone", "customer_id",
                        "reasons"})       # the at-risk warning signs in words, not a value

TEXTS = Catalogue("rule_fields", {  # translated on lookup (engine/i18n.py)
    "attribute_help": "Imported from your customer list (column \u201c{name}\u201d).",
})


#: Customer-list columns the importer knows by a standard name, labelled in words.
ATTRIBUTE_LABELS = Catalogue("rule_fields", {
    "signup_date": "Customer since", "city": "City", "channel": "Channel", "store": "Store",
    "gender": "Gender", "birth_date": "Date of birth", "postcode": "Postcode",
    "country": "Country",
})


def shown(text: str) -> str:
    """A field's label, unit or help in the chosen language (an imported column's own name
    stays as it is)."""
    return translate("rule_fields", text) if text else text


def attribute_field(name: str, column: pd.Series, *, with_choices: bool = True) -> FieldInfo:
    """Describe an imported customer attribute from its dtype (and known values)."""
    help_text = TEXTS["attribute_help"].format(name=name)
    label = (str(ATTRIBUTE_LABELS[name]) if name in ATTRIBUTE_LABELS
             else name.replace("_", " ").capitalize())
    if pd.api.types.is_bool_dtype(column.dtype):
        return FieldInfo(name, label, "category", help=help_text, choices=("False", "True"),
                         builtin=False)
    if pd.api.types.is_numeric_dtype(column.dtype):
        return FieldInfo(name, label, "number", help=help_text, builtin=False)
    if pd.api.types.is_datetime64_any_dtype(column.dtype):
        return FieldInfo(name, label, "date", help=help_text, builtin=False)
    choices: tuple[str, ...] = ()
    if with_choices:
        values = column.dropna().astype(str).str.strip()
        distinct = pd.unique(values[values != ""])
        if len(distinct) <= MAX_CHOICES:
            choices = tuple(sorted(distinct, key=str.casefold))
    return FieldInfo(name, label, "category", help=help_text, choices=choices, builtin=False)


def field_catalogue(table: pd.DataFrame | None = None, *,
                    with_choices: bool = True) -> dict[str, FieldInfo]:
    """Built-in fields plus every imported attribute column of ``table``.

    Built-in fields are listed even when the table lacks them (no survey yet → every
    customer's ``nps_score`` is empty), so a saved rule stays valid across imports.
    """
    catalogue = dict(FIELDS)
    if table is None:
        return catalogue
    for name in table.columns:
        if name in catalogue or name in NOT_FIELDS or not isinstance(name, str):
            continue
        catalogue[name] = attribute_field(name, table[name], with_choices=with_choices)
    return catalogue
