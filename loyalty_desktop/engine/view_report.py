"""The range start of the window's filter: what an analysis *reports* from a day on.

``view_filter.analyse_view`` computes the analysis up to the range end with the whole
history before it (so existing customers stay existing), then :func:`report_from` limits
the reported parts to the range — see ``view_filter``'s docstring for the semantics.
Every step reuses an engine function on a subset; nothing is computed a second way here.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .analysis import Analysis
from .cohorts import CohortMatrix, ordinal_start, period_ordinal
from .data import Dataset
from .periods import period_label
from .value import lost_value


def report_from(analysis: Analysis, dataset: Dataset, start: pd.Timestamp) -> None:
    """Limit ``analysis`` (in place) to what is reported from ``start`` to its ``as_of``."""
    from .metric_sections import text_section

    start = pd.Timestamp(start).normalize()
    flow = analysis.retention
    if len(flow):
        analysis.retention = flow[pd.to_datetime(flow["end"]) >= start].reset_index(drop=True)
    sections = analysis.sections
    if sections.get("cohorts") is not None:
        sections["cohorts"] = cohorts_from(sections["cohorts"], start, analysis.as_of)
    lost = lost_value(analysis.customers, analysis.defs,
                      annual_retention=analysis.summary.get("annual_retention"),
                      start=start, end=analysis.as_of)
    sections["lost_value"] = lost
    sections["definitions_text"] = text_section(
        analysis.defs, as_of=analysis.as_of, window_days=analysis.window.days,
        window_reason=analysis.window.reason, lost=lost)
    history = sections.get("loyal_history")
    if history is not None and len(history.table):
        sections["loyal_history"] = type(history)(
            history.table[pd.to_datetime(history.table["end"]) >= start].reset_index(drop=True))
    _answers_from(analysis, dataset, start)
    analysis.summary.update(order_totals(analysis.orders, start))


def order_totals(orders: pd.DataFrame, start: pd.Timestamp) -> dict:
    """The summary's order figures over the orders on or after ``start`` (orders are already
    limited to ``as_of``): purchases, returns, revenue, average order value, and the number
    of customers with a purchase in the range."""
    in_range = orders[orders["day"] >= start]
    bought = in_range[in_range["is_purchase"]]
    purchases = int(len(bought))
    revenue = float(in_range["amount"].sum())
    return {"customers": int(bought["customer_id"].nunique()), "purchases": purchases,
            "returns": int((~in_range["is_purchase"]).sum()), "revenue": revenue,
            "average_order_value": revenue / purchases if purchases else None,
            "first_date": start.date().isoformat()}


def cohorts_from(matrix: CohortMatrix, start: pd.Timestamp,
                 as_of: pd.Timestamp | None) -> CohortMatrix:
    """The cohorts whose first-purchase period ends on or after ``start`` (the period holding
    ``start`` and later ones); offsets no kept cohort reaches are dropped."""
    if matrix.is_empty:
        return matrix
    first = int(period_ordinal(np.array([np.datetime64(start.date(), "D")]), matrix.period)[0])
    last = first
    if as_of is not None:
        last = int(period_ordinal(np.array([np.datetime64(pd.Timestamp(as_of).date(), "D")]),
                                  matrix.period)[0])
    labels = {period_label(ordinal_start(o, matrix.period), matrix.period)
              for o in range(first, last + 1)}
    keep = matrix.counts.index.isin(list(labels))
    counts, retention = matrix.counts[keep], matrix.retention[keep]
    width = max(1, last - first + 1)
    return CohortMatrix(matrix.period, matrix.refunds_are_activity,
                        counts.iloc[:, :width], retention.iloc[:, :width])


def _answers_from(analysis: Analysis, dataset: Dataset, start: pd.Timestamp) -> None:
    """NPS, satisfaction and comments from the answers dated on or after ``start``; answers
    without a date cannot be placed in the range and are kept (per-customer scores are not
    touched: they are as of the range end)."""
    from .nps import nps_report, wave_labels
    from .responses import ResponseJoin
    from .satisfaction import satisfaction_report
    from .text import comment_report

    join = analysis.sections.get("responses_join")
    if join is None or "date" not in join.responses:
        return
    answers = join.responses
    dates = pd.to_datetime(answers["date"], errors="coerce")
    answers = answers[(dates.isna() | (dates.dt.normalize() >= start)).to_numpy()]
    how = answers.get("matched_by", pd.Series(dtype="string"))
    analysis.sections["responses_join"] = ResponseJoin(
        answers, int(len(answers)), int((how == "customer_id").sum()), int((how == "email").sum()))
    defs = analysis.defs
    analysis.sections["nps"] = nps_report(answers, defs)
    analysis.sections["satisfaction"] = satisfaction_report(
        answers, dataset.transactions, defs.repurchase_window_days, analysis.as_of)
    waves = wave_labels(answers, defs.nps_wave)
    analysis.sections["comments"] = comment_report(answers, waves)


def answers_until(responses: pd.DataFrame, end: pd.Timestamp) -> pd.DataFrame:
    """The survey answers dated on or before ``end`` (undated ones kept): data after the
    range end is ignored, answers included."""
    if "date" not in responses or len(responses) == 0:
        return responses
    dates = pd.to_datetime(responses["date"], errors="coerce")
    keep = (dates.isna() | (dates.dt.normalize() <= pd.Timestamp(end).normalize())).to_numpy()
    return responses[keep].reset_index(drop=True)
