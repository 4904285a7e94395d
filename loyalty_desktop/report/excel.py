"""The Excel workbook behind ``--xlsx`` and File ▸ Export Excel workbook (issue 10).

One sheet per table the analysis has (sheets without data are left out, never empty):
Summary (KPIs with benchmark, target, assessment), Retention, Cohorts, Customers, At risk,
NPS waves, Satisfaction, Segments, Imports (row accounting), Rejected rows, Definitions.
Cells are typed (numbers, real dates, money in the data's currency) by ``excel_format``.
No Qt: the CLI writes workbooks without a display.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Sequence

import pandas as pd

from ..engine.analysis import Analysis
from ..engine.i18n import Catalogue, translate
from ..engine.kpis import KPI_CATALOGUE, compute_kpis
from ..engine.labels import segment_label
from ..engine.progress import Progress, report
from .excel_format import SheetWriter, close_workbook, money_format
from .winback import winback_table

#: Every sheet title and header a user reads (English templates; translated later).
TEXTS = Catalogue("excel", {  # translated on lookup (engine/i18n.py)
    "summary": "Summary", "retention": "Retention", "cohorts": "Cohorts",
    "customers": "Customers", "at_risk": "At risk", "nps": "NPS waves",
    "satisfaction": "Satisfaction", "segments": "Segments", "imports": "Imports",
    "rejects": "Rejected rows", "definitions": "Definitions",
    "key_figure": "Key figure", "value": "Value", "benchmark": "Benchmark", "target": "Target",
    "assessment": "Assessment", "cohort": "Cohort", "size": "Customers in cohort",
    "offset": "Period {k}", "chart": "Chart", "sentence": "Definitions used",
    "setting": "Setting", "file": "File", "row": "Row", "column": "Column", "reason": "Reason",
})
#: Column headers in words; any other column "first_purchase" → "First purchase".
COLUMN_TITLES = Catalogue("excel", {"customer_id": "Customer", "email": "E-mail", "nps_score": "NPS score",
                 "nps_category": "NPS category", "p_alive": "Chance still a customer",
                 "predicted_clv": "Predicted value", "rfm_segment": "RFM segment",
                 "n": "Answers", "ci95_low": "95 % CI low", "ci95_high": "95 % CI high",
                 "ci95_adjusted_low": "95 % CI low (adjusted Wald)",
                 "ci95_adjusted_high": "95 % CI high (adjusted Wald)",
                 "size": "Customers in cohort", "item": "Chart or setting", "text": "Definition",
                 "value_at_risk": "Value at risk", "reasons": "Why",
                 # retention
                 "period": "Period", "start": "Start", "end": "End", "partial": "Incomplete period",
                 "start_customers": "Customers at start", "end_customers": "Customers at end",
                 "new": "New", "retained": "Retained", "reactivated": "Came back",
                 "churned": "Churned", "new_lapsed": "New, already lapsed",
                 "retention_rate_seed": "Retention of the first period",
                 "retention_rate": "Retention rate", "churn_rate": "Churn rate",
                 "rate_note": "Note", "cohort": "Cohort",
                 # customers
                 "first_purchase": "First purchase", "last_purchase": "Last purchase",
                 "purchases": "Purchases", "purchase_days": "Days with a purchase",
                 "revenue": "Revenue", "returns": "Returns", "returned_amount": "Amount returned",
                 "average_order_value": "Average order value", "tenure_days": "Days as a customer",
                 "tenure_months": "Months as a customer",
                 "days_since_last_purchase": "Days since last purchase",
                 "purchases_last_365d": "Purchases in the last 365 days",
                 "revenue_last_365d": "Revenue in the last 365 days",
                 "typical_gap_days": "Usual days between purchases", "status": "Status",
                 "churn_date": "Churn date", "lifespan_days": "Lifespan (days)", "name": "Name",
                 "phone": "Phone", "signup_date": "Sign-up date", "satisfaction": "Satisfaction",
                 "r_score": "Recency score (R)", "f_score": "Frequency score (F)",
                 "m_score": "Spend score (M)",
                 # at risk
                 "warning_signs": "Warning signs", "overdue": "Overdue",
                 "buying_less": "Buying less often", "unhappy": "Unhappy",
                 "recent_returns": "Recent returns", "likely_lost": "Probably lost",
                 # NPS waves and satisfaction
                 "wave": "Wave", "promoters": "Promoters", "passives": "Passives",
                 "detractors": "Detractors", "score": "NPS", "promoter_share": "Share of promoters",
                 "passive_share": "Share of passives", "detractor_share": "Share of detractors",
                 "uncertain": "Uncertain", "uncertain_reason": "Why uncertain",
                 "level": "Level", "label": "Answer", "repurchased": "Bought again",
                 "repurchase_rate": "Share who bought again", "too_recent": "Too recent to tell",
                 "enough_data": "Enough answers", "note": "Note",
                 # imports and rejected rows
                 "file": "File", "kind": "Kind", "format": "Format", "sheet": "Sheet",
                 "encoding": "Encoding", "delimiter": "Delimiter", "decimal": "Decimal sign",
                 "date_order": "Date order", "header_row": "Header row", "currency": "Currency",
                 "rows_read": "Rows read", "rows_accepted": "Rows accepted",
                 "rows_rejected": "Rows rejected", "guest_rows": "Guest purchases",
                 "row": "Row", "column": "Column", "reason": "Reason",
                 # segments
                 "segment": "Segment", "nps": "NPS",
                 "customers": "Customers", "share": "Share of customers",
                 "revenue_share": "Share of revenue", "average_revenue": "Revenue per customer",
                 "historic_value": "Value so far (margin)", "active": "Active",
                 "churned_share": "Share churned", "retention_periods": "Periods measured",
                 "last_period": "Last full period",
                 "last_period_start_customers": "Customers at start of last period",
                 "last_period_retained": "Retained in last period",
                 "last_period_retention_rate": "Retention in last period",
                 "nps_answers": "NPS answers", "mean_predicted_clv": "Average predicted value",
                 "mean_p_alive": "Average chance still a customer"})
#: Coded cell values an owner reads, by column (the codes stay in the JSON).
VALUES = Catalogue("excel values", {
    "status": {"active": "active", "churned": "churned"},
    "nps_category": {"promoter": "promoter", "passive": "passive", "detractor": "detractor"},
    "kind": {"transactions": "sales", "customers": "customer list", "responses": "survey answers",
             "all": "all customers", "loyal": "loyal", "rest": "everyone else",
             "segment": "your segment", "rfm": "RFM segment"},
    "assessment": {"strength": "strength", "weakness": "weakness", "on par": "on par"},
})
#: The Definitions sheet: what each row is about, and setting values in words.
DEFINITION_ITEMS = Catalogue("excel", {
    "general": "All charts", "retention": "Retention", "cohorts": "Cohorts",
    "value": "Customer value", "lifespan": "Customer lifespan", "lifecycle": "Customer lifecycle",
    "lost_value": "Lost lifetime value", "costs": "Cost of retention", "returns": "Returns",
    "compare": "Comparisons", "satisfaction": "Satisfaction", "segments": "Segments",
    "at_risk": "At risk", "nps": "NPS", "comments": "Comments",
    "period": "Period", "as_of": "Analysis date", "churn_window_days": "Inactivity window (days)",
    "refunds_are_activity": "Refunds count as purchases", "margin": "Margin",
    "discount_rate": "Discount rate", "expected_lifetime_years": "Expected lifetime (years)",
    "currency": "Currency", "nps_wave": "Survey wave",
    "repurchase_window_days": "Repurchase window (days)",
})
SETTING_VALUES = Catalogue("excel values", {
    "week": "week", "month": "month", "quarter": "quarter", "half-year": "half-year",
    "year": "year", "True": "yes", "False": "no",
})
IMPORT_COLUMNS = ("file", "kind", "format", "sheet", "encoding", "delimiter", "decimal",
                  "date_order", "header_row", "currency", "rows_read", "rows_accepted",
                  "rows_rejected", "guest_rows")
SETTINGS = ("period", "as_of", "churn_window_days", "refunds_are_activity", "margin",
            "discount_rate", "expected_lifetime_years", "currency", "nps_wave",
            "repurchase_window_days")


def column_title(name: object) -> str:
    """The header an owner reads for an engine column name."""
    text = str(name)
    return COLUMN_TITLES.get(text, text.replace("_", " ").capitalize())


def summary_frame(analysis: Analysis) -> pd.DataFrame:
    """KPI rows: label, value, benchmark, target, assessment, and kind (for the format)."""
    defs = analysis.defs
    kpis = compute_kpis(analysis.summary, analysis.retention, dict(defs.benchmarks),
                        dict(defs.targets))
    # the labels are the PDF's (report/kpis.py), so the one translation serves both
    return pd.DataFrame([{"label": translate("kpis", KPI_CATALOGUE[k.key][0]), "value": k.value,
                          "benchmark": k.benchmark, "target": k.target,
                          "assessment": k.assessment, "kind": k.kind} for k in kpis])


def cohorts_frame(analysis: Analysis) -> pd.DataFrame | None:
    matrix = analysis.sections.get("cohorts")
    if matrix is None or matrix.is_empty:
        return None
    frame = matrix.retention.astype("float64")
    frame.columns = [TEXTS["offset"].format(k=k) for k in frame.columns]
    frame.insert(0, "size", matrix.sizes.astype("float64"))
    return frame.rename_axis("cohort").reset_index().assign(cohort=lambda f: f["cohort"].astype(str))


def nps_frame(analysis: Analysis) -> pd.DataFrame | None:
    nps = analysis.sections.get("nps")
    if nps is None or not getattr(nps, "waves", None):
        return None
    rows = []
    for wave in nps.waves:
        doc = wave.to_json()
        low, high = doc.pop("ci95_wald") or (None, None)
        adj_low, adj_high = doc.pop("ci95_adjusted_wald") or (None, None)
        rows.append({**doc, "ci95_low": low, "ci95_high": high,
                     "ci95_adjusted_low": adj_low, "ci95_adjusted_high": adj_high})
    return pd.DataFrame(rows).rename(columns={"label": "wave"})


def imports_frame(imports: Sequence[dict]) -> pd.DataFrame | None:
    if not imports:
        return None
    return pd.DataFrame([{c: entry.get(c) for c in IMPORT_COLUMNS} for entry in imports])


def rejects_frame(imports: Sequence[dict]) -> pd.DataFrame | None:
    rows = [{"file": entry.get("file"), "row": r.get("row"), "column": r.get("column"),
             # stored in the language of its import; the fixed reasons are translated (as in the PDF)
             "reason": translate("importing", str(r.get("reason") or ""))}
            for entry in imports for r in entry.get("rejects") or []]
    return pd.DataFrame(rows).astype({"row": "Int64"}) if rows else None


def definitions_frame(analysis: Analysis) -> pd.DataFrame:
    text = analysis.sections.get("definitions_text")
    rows = [{"item": DEFINITION_ITEMS.get(kind, kind), "text": sentence}
            for kind, sentence in (dict(text.sentences) if text is not None else {}).items()]
    settings = analysis.defs.to_dict()
    settings["churn_window_days"] = analysis.window.days
    settings["as_of"] = analysis.as_of.date().isoformat() if analysis.as_of is not None else None
    rows += [{"item": DEFINITION_ITEMS.get(key, key),
              "text": _setting_text(settings.get(key))} for key in SETTINGS]
    return pd.DataFrame(rows)


def _setting_text(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    return SETTING_VALUES.get(text, text)


def in_words(frame: pd.DataFrame) -> pd.DataFrame:
    """Coded values (status "churned", kind "transactions" …) in the report language."""
    for column, words in VALUES.items():
        if column in frame.columns:
            frame = frame.assign(**{column: frame[column].map(
                lambda v, w=words: w.get(v, v) if isinstance(v, str) else v)})
    return frame


def _customers(analysis: Analysis) -> pd.DataFrame | None:
    if not len(analysis.customers):
        return None
    frame = analysis.customers.reset_index()
    if "rfm_segment" in frame.columns:      # the stored key, shown in the report language
        frame["rfm_segment"] = frame["rfm_segment"].map(segment_label, na_action="ignore")
    return frame


def _segments(analysis: Analysis) -> pd.DataFrame | None:
    # the metrics of segment_analysis (the "segments" section is only its JSON)
    result = analysis.sections.get("segment_analysis")
    metrics = getattr(result, "metrics", None)
    if not isinstance(metrics, pd.DataFrame) or not len(metrics):
        return None
    return metrics.drop(columns="key").rename(columns={"name": "segment"}).reset_index(drop=True)


def _levels(analysis: Analysis) -> pd.DataFrame | None:
    satisfaction = analysis.sections.get("satisfaction")
    levels = getattr(satisfaction, "levels", None)
    return levels if isinstance(levels, pd.DataFrame) and len(levels) else None


def _write_summary(writer: SheetWriter, analysis: Analysis) -> None:
    frame = in_words(summary_frame(analysis))
    sheet = writer.frame(TEXTS["summary"], frame.drop(columns="kind"),
                         headers={"label": TEXTS["key_figure"], "value": TEXTS["value"],
                                  "benchmark": TEXTS["benchmark"], "target": TEXTS["target"],
                                  "assessment": TEXTS["assessment"]})
    # each KPI row has its own unit: rewrite the numbers with the row's format
    kinds = {"rate": "percent", "money": "money", "days": "number", "count": "integer"}
    for row, (_, kpi) in enumerate(frame.iterrows(), start=1):
        for col, key in enumerate(("value", "benchmark", "target"), start=1):
            writer.cell(sheet, row, col, kpi[key], kinds[kpi["kind"]])


def write_workbook(analysis: Analysis, path: str | Path, *, imports: Sequence[dict] = (),
                   lang: str | None = None, progress: Progress | None = None) -> Path:
    """Write every table the analysis has to ``path`` (.xlsx) and return the path."""
    import xlsxwriter

    path = Path(path)
    imports = list(imports or [])
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False,
                                           "strings_to_urls": False,
                                           "remove_timezone": True})
    writer = SheetWriter(book, analysis.defs.currency)
    cohort_kinds = {"size": "integer"}
    plan: list[tuple[str, Callable[[], Any]]] = [
        ("summary", lambda: _write_summary(writer, analysis)),
        ("retention", lambda: analysis.retention if len(analysis.retention) else None),
        ("cohorts", lambda: cohorts_frame(analysis)),
        ("customers", lambda: _customers(analysis)),
        ("at_risk", lambda: winback_table(analysis)),
        ("nps", lambda: nps_frame(analysis)),
        ("satisfaction", lambda: _levels(analysis)),
        ("segments", lambda: _segments(analysis)),
        ("imports", lambda: imports_frame(imports)),
        ("rejects", lambda: rejects_frame(imports)),
        ("definitions", lambda: definitions_frame(analysis)),
    ]
    try:
        for step, (key, make) in enumerate(plan):
            report(progress, step / len(plan), TEXTS[key])
            frame = make()
            if isinstance(frame, pd.DataFrame) and len(frame):
                kinds = {c: "percent" for c in frame.columns if str(c).startswith("Period ")}
                if key == "cohorts":   # "Period k" headers are translated: not matched above
                    kinds.update({c: "percent" for c in frame.columns if c not in ("cohort", "size")})
                    kinds.update(cohort_kinds)
                if key == "satisfaction":      # the interval of a repurchase *rate*
                    kinds.update({c: "percent" for c in frame.columns if str(c).startswith("ci95")})
                if key == "nps":
                    kinds.update({c: "number" for c in frame.columns if c.startswith("ci95") or c == "score"})
                frame = in_words(frame)
                writer.frame(TEXTS[key], frame, kinds=kinds,
                             headers={c: column_title(c) for c in frame.columns})
    finally:
        close_workbook(book, path)
    report(progress, 1.0, "Done")
    return path


__all__ = ["write_workbook", "summary_frame", "column_title", "money_format", "TEXTS"]
