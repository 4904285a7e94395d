"""One engine pass: every metric of SPEC §3 computed once from a Dataset and Definitions.

The window, the report and the CLI all read an :class:`Analysis`; nothing is computed in
the presentation layers. Each concept module contributes one clearly marked section to
:func:`analyse` and to :func:`analysis_to_json` (SPEC §5 JSON).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Optional

import numpy as np
import pandas as pd

from .customers import (REASONS, WindowSuggestion, activity_days, customer_table,
                        effective_as_of, prepare_orders, suggest_window)
from .data import Dataset
from .definitions import Definitions
from .progress import Progress, report, sub_progress
from .segment_sections import add_segment_sections
from .retention import retention_flow

JSON_SCHEMA = "loyalty-desktop/metrics/1"
#: SPEC §5 blocks written as null (not left out) when the data has nothing for them.
NULLABLE_BLOCKS = ("nps", "satisfaction", "loyal")


@dataclass
class Analysis:
    """Everything the presentation layers show, for one definition set."""

    defs: Definitions
    as_of: Optional[pd.Timestamp]
    window: WindowSuggestion
    orders: pd.DataFrame
    activity: pd.DataFrame
    customers: pd.DataFrame
    summary: dict[str, Any]
    retention: pd.DataFrame
    sections: dict[str, Any] = field(default_factory=dict)

    @property
    def window_days(self) -> int:
        return self.window.days

    @property
    def is_empty(self) -> bool:
        return self.as_of is None or len(self.customers) == 0


def effective_window(orders: pd.DataFrame, defs: Definitions) -> WindowSuggestion:
    """The window in force: the owner's choice, else the data's suggestion (SPEC §3)."""
    suggestion = suggest_window(orders) if len(orders) else WindowSuggestion(90, "", None, 0)
    if defs.churn_window_days:
        return WindowSuggestion(int(defs.churn_window_days), REASONS["chosen"],
                                suggestion.p80_gap_days, suggestion.repeat_customers)
    return suggestion


def analyse(dataset: Dataset, defs: Definitions, progress: Progress | None = None) -> Analysis:
    """Run every metric once. Pure: no I/O, no Qt; ``progress`` may raise ``Cancelled``."""
    report(progress, 0.0, "Preparing orders")
    transactions = dataset.transactions
    as_of = effective_as_of(transactions, defs)
    if as_of is None:
        empty = pd.DataFrame(columns=["customer_id", "day", "amount", "is_purchase", "is_activity"])
        window = effective_window(empty, defs)
        return Analysis(defs, None, window, empty, empty[["customer_id", "day"]],
                        customer_table(transactions, dataset.customers, defs),
                        _summary(empty, pd.DataFrame(), window, None), pd.DataFrame())
    orders = prepare_orders(transactions, as_of, defs)
    window = effective_window(orders, defs)
    report(progress, 0.15, "Building the customer table")
    customers = customer_table(transactions, dataset.customers, defs, as_of=as_of,
                               window_days=window.days, orders=orders)
    activity = activity_days(orders)
    report(progress, 0.35, "Retention per period")
    flow = retention_flow(activity, as_of=as_of, window_days=window.days, period=defs.period)
    analysis = Analysis(defs, as_of, window, orders, activity, customers,
                        _summary(orders, customers, window, as_of), flow)
    # --- sections contributed by concept modules (cohorts, value, clv, nps, …) go below ---
    report(progress, 0.45, "Cohorts, lifespan and value")
    _loyalty_metrics(analysis)
    report(progress, 0.5, "Survey answers")
    feedback = _voice_of_customer(analysis, dataset)
    _predictive(analysis, dataset, feedback, sub_progress(progress, 0.6, 0.8))
    add_segment_sections(analysis, dataset, progress=sub_progress(progress, 0.8, 0.98))
    _voice_by_group(analysis)
    report(progress, 1.0, "Done")
    return analysis


def _predictive(analysis: Analysis, dataset: Dataset, feedback: Optional[pd.DataFrame],
                progress: Progress | None) -> None:
    """Predictive CLV and P(alive) per customer, then the at-risk list (SPEC §3)."""
    from .clv import predict_clv
    from .risk import at_risk_list

    if analysis.is_empty:
        return
    clv = predict_clv(dataset.transactions, analysis.defs, progress,
                      annual_retention=analysis.summary.get("annual_retention"),
                      as_of=analysis.as_of)
    customers = analysis.customers.drop(columns=["p_alive", "predicted_clv"], errors="ignore")
    customers = customers.join(clv.customers[["p_alive", "predicted_clv"]])
    risk = at_risk_list(customers, None, feedback, analysis.defs,
                        transactions=dataset.transactions, as_of=analysis.as_of)
    analysis.customers = customers.join(risk.table["reasons"])
    analysis.sections["clv"] = clv
    analysis.sections["at_risk"] = risk


def _loyalty_metrics(analysis: Analysis) -> None:
    """Issue 5: cohorts, lifespan + Kaplan–Meier, lifecycle, returns, lost value, retention
    cost and the "definitions used" sentences, from the tables built above (metric_sections)."""
    from .metric_sections import metric_sections

    sections, extra = metric_sections(
        defs=analysis.defs, as_of=analysis.as_of, window_days=analysis.window.days,
        window_reason=analysis.window.reason, orders=analysis.orders,
        activity=analysis.activity, customers=analysis.customers, flow=analysis.retention)
    analysis.sections.update(sections)
    # the summary's own fields win; only the ones it does not compute are added
    analysis.summary.update({k: v for k, v in extra.items() if k not in analysis.summary})


def _voice_of_customer(analysis: Analysis, dataset: Dataset) -> Optional[pd.DataFrame]:
    """NPS, satisfaction vs repurchase, comment themes and representativeness (SPEC §3).

    Adds nps_score / nps_category / satisfaction to the customer table for the rules."""
    from .nps import nps_report, wave_labels
    from .representativeness import representativeness
    from .responses import customer_feedback_columns, join_responses
    from .satisfaction import satisfaction_report
    from .text import comment_report

    analysis.sections["nps"] = None
    analysis.sections["satisfaction"] = None
    if not dataset.has_responses or analysis.is_empty:
        return None
    defs = analysis.defs
    join = join_responses(dataset.responses, dataset.customers, dataset.transactions)
    answers = join.responses
    feedback = customer_feedback_columns(answers, analysis.customers.index)
    analysis.customers = analysis.customers.drop(columns=feedback.columns, errors="ignore").join(feedback)
    analysis.sections["responses_join"] = join
    analysis.sections["nps"] = nps_report(answers, defs)
    analysis.sections["satisfaction"] = satisfaction_report(
        answers, dataset.transactions, defs.repurchase_window_days, analysis.as_of)
    waves = wave_labels(answers, defs.nps_wave) if "date" in answers or "wave" in answers else None
    analysis.sections["comments"] = comment_report(answers, waves, _keyword_groups(defs))
    if "customer_id" in answers:
        analysis.sections["representativeness"] = representativeness(
            analysis.customers, answers["customer_id"].dropna())
    return feedback


def _keyword_groups(defs: Definitions) -> Optional[dict]:
    """The owner's edited comment-cause groups (None → the built-in ones)."""
    from .text import keyword_groups_from_json

    if defs.keyword_groups is None:
        return None
    return keyword_groups_from_json(defs.keyword_groups)[0]


def _voice_by_group(analysis: Analysis) -> None:
    """NPS per segment / loyal vs rest and representativeness by segment (voice_groups.py)."""
    from .voice_groups import add_voice_groups

    add_voice_groups(analysis)


def _summary(orders: pd.DataFrame, customers: pd.DataFrame, window: WindowSuggestion,
             as_of: Optional[pd.Timestamp]) -> dict[str, Any]:
    """SPEC §5 "summary" block; fields not computed yet are absent, never invented."""
    n = int(len(customers))
    purchases = int(orders["is_purchase"].sum()) if len(orders) else 0
    revenue = float(orders["amount"].sum()) if len(orders) else 0.0
    summary: dict[str, Any] = {
        "customers": n,
        "purchases": purchases,
        "revenue": revenue,
        "returns": int((~orders["is_purchase"]).sum()) if len(orders) else 0,
        "first_date": _iso(orders["day"].min()) if len(orders) else None,
        "last_date": _iso(as_of) if as_of is not None else None,
        "churn_window_days": int(window.days),
        "churn_window_reason": window.reason,
        "active_customers": int((customers["status"] == "active").sum()) if n else 0,
        "churned_customers": int((customers["status"] == "churned").sum()) if n else 0,
    }
    buyers = int((customers["purchases"] >= 1).sum()) if n else 0
    summary["repeat_purchase_rate"] = (
        float((customers["purchases"] >= 2).sum() / buyers) if buyers else None)
    summary["average_order_value"] = revenue / purchases if purchases else None
    summary["average_lifespan_days"] = float(customers["lifespan_days"].mean()) if n else None
    return summary


def _iso(value: Any) -> Optional[str]:
    if value is None or (isinstance(value, float) and math.isnan(value)) or pd.isna(value):
        return None
    return pd.Timestamp(value).date().isoformat()


def clean_json(value: Any) -> Any:
    """NaN/inf → None, numpy scalars → Python, timestamps → ISO dates, recursively."""
    if isinstance(value, dict):
        return {str(k): clean_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_json(v) for v in value]
    if isinstance(value, (pd.Timestamp, np.datetime64)):
        return _iso(value)
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if not math.isfinite(float(value)) else float(value)
    if isinstance(value, np.bool_):
        return bool(value)
    if value is pd.NA or value is pd.NaT:
        return None
    return value


def retention_json(flow: pd.DataFrame) -> list[dict[str, Any]]:
    keys = ("period", "start", "end", "partial", "start_customers", "end_customers", "new",
            "retained", "reactivated", "churned", "new_lapsed", "retention_rate_seed",
            "retention_rate", "churn_rate", "rate_note")
    return [clean_json({k: row[k] for k in keys}) for row in flow.to_dict("records")]


def analysis_to_json(analysis: Analysis, imports: list[dict] | None = None) -> dict[str, Any]:
    """The SPEC §5 document. Blocks whose engine part is not built are absent, never invented."""
    doc: dict[str, Any] = {
        "schema": JSON_SCHEMA,
        "as_of": _iso(analysis.as_of) if analysis.as_of is not None else None,
        "currency": analysis.defs.currency,
        "definitions": {**analysis.defs.to_dict(), "churn_window_days": analysis.window.days,
                        "churn_window_reason": analysis.window.reason,
                        "as_of": _iso(analysis.as_of) if analysis.as_of is not None else None},
        "imports": list(imports or []),
        "summary": analysis.summary,
        "retention": retention_json(analysis.retention),
    }
    # --- JSON blocks contributed by concept modules go below (cohorts, clv, lost_value, nps …) ---
    for name, section in analysis.sections.items():
        to_json = getattr(section, "to_json", None)
        if to_json is not None:
            doc[name] = to_json()
        elif section is None and name in NULLABLE_BLOCKS:
            doc[name] = None
    return clean_json(doc)
