"""Warning signs and the at-risk list an owner can act on (SPEC §3 "Warning signs").

Each sign is its own boolean column, so the owner can see *why* a customer is listed and
filter on one reason, and every listed customer gets the reasons in words
("last bought 96 days ago; usually every 30") for a win-back e-mail or phone call:

* ``overdue`` — days since the last purchase > 1.5 × the customer's own typical gap
  (median days between their purchase days; one-time buyers have no typical gap);
* ``buying_less`` — fewer purchases in the last period than in the one before (periods of
  the reporting period's length counted back from ``as_of``); at least 2 purchases in the
  earlier period are required, otherwise every one-off buyer would be "buying less";
* ``unhappy`` — the latest NPS answer is a detractor's (0–6) or satisfaction is 1–2 of 5;
* ``recent_returns`` — a refund/return order (net ≤ 0) in the last period;
* ``likely_lost`` — P(alive) < 0.5 from the BG/NBD model.

``value_at_risk`` = (1 − P(alive)) × predicted CLV. Without a fitted model (simple CLV)
P(alive) is unknown; then a listed customer's whole CLV counts as at risk and an unlisted
one's as 0 — stated in :data:`TEXTS` ``basis_simple`` for the chart caption.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

import numpy as np
import pandas as pd

from .customers import effective_as_of
from .definitions import Definitions
from .i18n import Catalogue

SIGNS = ("overdue", "buying_less", "unhappy", "recent_returns", "likely_lost")
OVERDUE_FACTOR = 1.5
P_ALIVE_THRESHOLD = 0.5
DETRACTOR_MAX = 6
LOW_SATISFACTION_MAX = 2
#: Length in days of the "last period" for each reporting period.
PERIOD_DAYS = {"week": 7, "month": 30, "quarter": 91, "half-year": 182, "year": 365}
CONTACT_COLUMNS = ("name", "email", "phone")
#: Between two reasons in the ``reasons`` column (a reason itself may contain "; ").
REASON_SEPARATOR = " | "

#: Every sentence a user reads from this module (English templates, translated later).
TEXTS = Catalogue("risk", {  # translated on lookup (engine/i18n.py)
    "overdue": "last bought {days} days ago; usually every {gap}",
    "buying_less": "bought {last} times in the last {period} days, {previous} in the {period} before",
    "buying_less_one": "bought once in the last {period} days, {previous} times in the {period} before",
    "buying_less_none": "no purchase in the last {period} days, {previous} in the {period} before",
    "detractor": "gave a score of {score} out of 10",
    "low_satisfaction": "rated satisfaction {value} out of 5",
    "returns_one": "returned an order in the last {period} days",
    "returns_many": "returned {n} orders in the last {period} days",
    "likely_lost": "probably no longer buying: {p:.0%} chance they are still a customer",
    "basis_model": "value at risk = (1 − chance still a customer) × predicted value",
    "basis_simple": ("value at risk = the whole predicted value of customers with a warning sign "
                     "(the chance that a customer is still buying could not be estimated)"),
})


def recent_activity(transactions: pd.DataFrame, as_of: pd.Timestamp, period_days: int) -> pd.DataFrame:
    """Per customer: purchases_last_period, purchases_previous_period, returns_last_period.

    Last period = (as_of − L, as_of], previous = (as_of − 2L, as_of − L], L = ``period_days``;
    purchases are orders with a positive net amount, returns the others.
    """
    day = pd.to_datetime(transactions["date"]).dt.normalize()
    age = (pd.Timestamp(as_of).normalize() - day).dt.days.to_numpy()
    positive = transactions["amount"].to_numpy(dtype="float64") > 0
    frame = pd.DataFrame({
        "customer_id": transactions["customer_id"].astype("string").to_numpy(),
        "purchases_last_period": (age >= 0) & (age < period_days) & positive,
        "purchases_previous_period": (age >= period_days) & (age < 2 * period_days) & positive,
        "returns_last_period": (age >= 0) & (age < period_days) & ~positive,
    })
    return frame.groupby("customer_id", sort=False).sum().astype("int64")


def _latest_contacts(transactions: pd.DataFrame, missing: list[str]) -> pd.DataFrame:
    """The last non-empty e-mail/phone/name per customer from the orders (web-shop exports
    carry them on every order, not in a customer list)."""
    columns = [c for c in missing if c in transactions.columns]
    if not columns:
        return pd.DataFrame()
    frame = transactions[["customer_id", "date", *columns]].sort_values("date", kind="stable")
    frame = frame.assign(customer_id=frame["customer_id"].astype("string"))
    return frame.groupby("customer_id", sort=False)[columns].last()


def _number(value: Any) -> str:
    return f"{value:.0f}" if isinstance(value, (float, np.floating)) else str(value)


def _buying_less_text(last: int, previous: int, period: int) -> str:
    key = "buying_less_none" if last == 0 else "buying_less_one" if last == 1 else "buying_less"
    return TEXTS[key].format(last=last, previous=previous, period=period)


def reason_column(sign: str) -> str:
    """The column holding one sign's reason in words (empty when the sign is not shown)."""
    return f"{sign}_reason"


REASON_COLUMNS = tuple(reason_column(sign) for sign in SIGNS)


def _unhappy_text(row: Any) -> str:
    parts = []
    if pd.notna(row.nps_score) and row.nps_score <= DETRACTOR_MAX:
        parts.append(TEXTS["detractor"].format(score=int(row.nps_score)))
    if pd.notna(row.satisfaction) and row.satisfaction <= LOW_SATISFACTION_MAX:
        parts.append(TEXTS["low_satisfaction"].format(value=int(row.satisfaction)))
    return "; ".join(parts)


def _sign_texts(row: Any, period: int) -> dict[str, str]:
    """Each sign's sentence for one customer (only the signs that fire)."""
    texts = {}
    if row.overdue:
        texts["overdue"] = TEXTS["overdue"].format(days=_number(row.days_since_last_purchase),
                                                   gap=_number(row.typical_gap_days))
    if row.buying_less:
        texts["buying_less"] = _buying_less_text(int(row.purchases_last_period),
                                                 int(row.purchases_previous_period), period)
    if row.unhappy:
        texts["unhappy"] = _unhappy_text(row)
    if row.recent_returns:
        n = int(row.returns_last_period)
        texts["recent_returns"] = (TEXTS["returns_one"].format(period=period) if n == 1
                                   else TEXTS["returns_many"].format(n=n, period=period))
    if row.likely_lost:
        texts["likely_lost"] = TEXTS["likely_lost"].format(p=float(row.p_alive))
    return texts


def _reasons(frame: pd.DataFrame, period: int) -> pd.DataFrame:
    """One column of sentences per sign (:data:`REASON_COLUMNS`) and ``reasons``: the
    sentences in the order of :data:`SIGNS`, joined by :data:`REASON_SEPARATOR`."""
    rows = [_sign_texts(row, period) for row in frame.itertuples(index=False)]
    out = pd.DataFrame({reason_column(sign): pd.Series([r.get(sign, "") for r in rows],
                                                       index=frame.index, dtype="string")
                        for sign in SIGNS})
    out["reasons"] = pd.Series([REASON_SEPARATOR.join(r[s] for s in SIGNS if s in r) for r in rows],
                               index=frame.index, dtype="string")
    return out


def _numeric(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame.columns:
        return pd.Series(np.nan, index=frame.index, dtype="float64")
    return pd.to_numeric(frame[column], errors="coerce").astype("float64")


def _assemble(customer_table: pd.DataFrame, clv_result: Any, responses_by_customer: pd.DataFrame | None,
              transactions: pd.DataFrame | None, as_of: pd.Timestamp | None,
              period: int) -> pd.DataFrame:
    table = customer_table.copy()
    if clv_result is not None:
        predictions = clv_result.customers[["p_alive", "predicted_clv"]]
        table = table.drop(columns=[c for c in predictions.columns if c in table.columns])
        table = table.join(predictions, how="left")
    if responses_by_customer is not None and len(responses_by_customer):
        feedback = responses_by_customer[[c for c in ("nps_score", "satisfaction")
                                          if c in responses_by_customer.columns]]
        table = table.drop(columns=[c for c in feedback.columns if c in table.columns]).join(feedback)
    activity_columns = ("purchases_last_period", "purchases_previous_period", "returns_last_period")
    if transactions is not None and len(transactions) and as_of is not None:
        activity = recent_activity(transactions, as_of, period)
        table = table.drop(columns=[c for c in activity_columns if c in table.columns])
        table = table.join(activity, how="left")
        contacts = _latest_contacts(transactions, [c for c in CONTACT_COLUMNS if c not in table.columns])
        if len(contacts.columns):
            table = table.join(contacts, how="left")
    for column in activity_columns:
        table[column] = _numeric(table, column).fillna(0).astype("int64")
    return table


def _add_signs(table: pd.DataFrame) -> None:
    """One boolean column per sign of :data:`SIGNS` and their count, in place."""
    days = _numeric(table, "days_since_last_purchase")
    gap = _numeric(table, "typical_gap_days")
    table["overdue"] = (gap > 0) & (days > OVERDUE_FACTOR * gap)
    table["buying_less"] = ((table["purchases_previous_period"] >= 2)
                            & (table["purchases_last_period"] < table["purchases_previous_period"]))
    nps_score, satisfaction = _numeric(table, "nps_score"), _numeric(table, "satisfaction")
    table["nps_score"], table["satisfaction"] = nps_score, satisfaction
    table["unhappy"] = (nps_score <= DETRACTOR_MAX) | (satisfaction <= LOW_SATISFACTION_MAX)
    table["recent_returns"] = table["returns_last_period"] > 0
    table["p_alive"] = _numeric(table, "p_alive")
    table["likely_lost"] = table["p_alive"] < P_ALIVE_THRESHOLD
    table["warning_signs"] = table[list(SIGNS)].sum(axis=1).astype("int64")


def at_risk(customer_table: pd.DataFrame, clv_result: Any = None,
            responses_by_customer: pd.DataFrame | None = None, defs: Definitions | None = None,
            *, transactions: pd.DataFrame | None = None, as_of: pd.Timestamp | None = None,
            only_at_risk: bool = True) -> pd.DataFrame:
    """The ranked at-risk list: one boolean column per sign in :data:`SIGNS` with its sentence
    in ``<sign>_reason`` (:data:`REASON_COLUMNS`), ``warning_signs`` (how many), ``reasons``
    (all sentences), ``value_at_risk``; sorted by value at risk, then by
    number of signs. Index customer_id; every customer-table column (e-mail, phone, segment
    attributes …) is kept for filtering and for the win-back export.

    ``customer_table`` is :func:`customers.customer_table`'s frame; ``clv_result`` a
    :class:`ClvResult` (or None when the table already has p_alive/predicted_clv);
    ``responses_by_customer`` has nps_score/satisfaction per customer
    (:func:`responses.customer_feedback_columns`). ``transactions`` (engine contract) give the
    last-period counts; without them the buying-less and returns signs cannot fire.
    """
    defs = defs or Definitions()
    period = PERIOD_DAYS[defs.period]
    if as_of is None and transactions is not None:
        as_of = effective_as_of(transactions, defs)
    table = _assemble(customer_table, clv_result, responses_by_customer, transactions, as_of, period)
    _add_signs(table)
    listed = table["warning_signs"] > 0
    clv = _numeric(table, "predicted_clv").fillna(0.0)
    p_alive = table["p_alive"]
    table["value_at_risk"] = np.where(p_alive.notna(), (1.0 - p_alive) * clv, np.where(listed, clv, 0.0))
    for column in ("reasons", *REASON_COLUMNS):
        table[column] = pd.Series("", index=table.index, dtype="string")
    if listed.any():            # sentences only for the listed: most customers have no sign
        texts = _reasons(table[listed], period)
        table.loc[listed, list(texts.columns)] = texts
    if only_at_risk:
        table = table[listed]
    table = table.sort_values(["value_at_risk", "warning_signs", "days_since_last_purchase"]
                              if "days_since_last_purchase" in table.columns
                              else ["value_at_risk", "warning_signs"],
                              ascending=False, kind="stable")
    first = [c for c in (*CONTACT_COLUMNS, "value_at_risk", "reasons", "warning_signs", *SIGNS,
                         *REASON_COLUMNS) if c in table.columns]
    return table[first + [c for c in table.columns if c not in first]]


def value_at_risk_basis(clv_result: Any) -> str:
    """The caption that says how value at risk was computed for this result."""
    predictive = clv_result is not None and getattr(clv_result, "is_predictive", False)
    return TEXTS["basis_model"] if predictive else TEXTS["basis_simple"]


def for_segment(risk: pd.DataFrame, customer_ids: Iterable[str]) -> pd.DataFrame:
    """The at-risk list limited to one segment's members, keeping the ranking."""
    return risk[risk.index.isin(pd.Index(list(customer_ids)))]


def for_group(risk: pd.DataFrame, customers: pd.DataFrame | None = None,
              members: Iterable[str] | None = None) -> pd.DataFrame:
    """The list as the at-risk page shows it: ``rfm_segment`` taken from the customer table
    (the RFM scores are computed after the list in ``analyse()``), limited to ``members``
    (None: everybody), ranking kept."""
    table = risk if members is None else for_segment(risk, members)
    if customers is not None and "rfm_segment" in customers.columns:
        table = table.drop(columns=["rfm_segment"], errors="ignore").join(customers["rfm_segment"])
    return table


def at_risk_json(risk: pd.DataFrame, top: int = 20) -> dict[str, Any]:
    """SPEC §5 "at_risk" block: how many customers are listed and the top ones with reasons."""
    rows = []
    for customer_id, row in risk.head(top).iterrows():
        rows.append({"customer_id": str(customer_id),
                     "reasons": [r for r in str(row["reasons"]).split(REASON_SEPARATOR) if r],
                     "signs": [s for s in SIGNS if bool(row[s])],
                     "value_at_risk": float(row["value_at_risk"])})
    return {"customers": int(len(risk)), "total_value_at_risk": float(risk["value_at_risk"].sum()),
            "top": rows}


@dataclass(frozen=True)
class AtRiskList:
    """The ranked list with the caption that says how value at risk was computed; the
    ``analysis.sections["at_risk"]`` entry (its ``to_json`` is the SPEC §5 block)."""

    table: pd.DataFrame
    basis: str

    def to_json(self, top: int = 20) -> dict[str, Any]:
        return {**at_risk_json(self.table, top), "basis": self.basis}


def at_risk_list(customer_table: pd.DataFrame, clv_result: Any = None,
                 responses_by_customer: pd.DataFrame | None = None,
                 defs: Definitions | None = None, *, transactions: pd.DataFrame | None = None,
                 as_of: pd.Timestamp | None = None) -> AtRiskList:
    """:func:`at_risk` wrapped with its caption, ready for the analysis sections."""
    table = at_risk(customer_table, clv_result, responses_by_customer, defs,
                    transactions=transactions, as_of=as_of)
    # the caption follows what was used: P(alive) from clv_result or already in the table
    known = bool(table["p_alive"].notna().any()) if len(table) else clv_result is not None
    predictive = known if clv_result is None else getattr(clv_result, "is_predictive", False)
    return AtRiskList(table, TEXTS["basis_model"] if predictive else TEXTS["basis_simple"])
