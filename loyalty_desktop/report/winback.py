"""The at-risk list as a win-back campaign file: who, how to reach them, why, how much.

The ranking and the reasons come from the engine (``engine/risk.py``); this module only
picks the columns an owner needs for a mail merge or a phone list — contact columns first
(name, e-mail, phone when imported), then value at risk, the reasons in words and the
last purchase — and writes them to .xlsx or .csv (formula-looking names neutralised).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import pandas as pd

from ..engine.analysis import Analysis
from ..engine.labels import segment_label
from ..engine.progress import Progress, report
from ..engine.risk import CONTACT_COLUMNS, REASON_SEPARATOR, SIGNS, at_risk_list

#: Column headers of the export (English templates; translated later).
HEADERS = {"customer_id": "Customer", "name": "Name", "email": "E-mail", "phone": "Phone",
           "value_at_risk": "Value at risk", "reasons": "Why", "warning_signs": "Warning signs",
           "days_since_last_purchase": "Days since last purchase",
           "last_purchase": "Last purchase", "purchases": "Purchases", "revenue": "Revenue",
           "overdue": "Overdue", "buying_less": "Buying less often", "unhappy": "Unhappy",
           "recent_returns": "Recent returns", "likely_lost": "Probably lost",
           "rfm_segment": "RFM segment"}
COLUMNS = ("customer_id", *CONTACT_COLUMNS, "value_at_risk", "reasons", "warning_signs",
           "days_since_last_purchase", "last_purchase", "purchases", "revenue", "rfm_segment",
           *SIGNS)


def at_risk_table(analysis: Analysis) -> pd.DataFrame:
    """The engine's ranked list: the analysis' "at_risk" section, else computed from the
    analysis' customer table and orders (same function the section uses)."""
    section = analysis.sections.get("at_risk")
    if section is not None and isinstance(getattr(section, "table", None), pd.DataFrame):
        return section.table
    if analysis.is_empty:
        return pd.DataFrame()
    orders = analysis.orders.rename(columns={"day": "date"})[["customer_id", "date", "amount"]]
    return at_risk_list(analysis.customers, analysis.sections.get("clv"), None, analysis.defs,
                        transactions=orders, as_of=analysis.as_of).table


def winback_table(analysis: Analysis, top: Optional[int] = None,
                  table: Optional[pd.DataFrame] = None) -> Optional[pd.DataFrame]:
    """One row per at-risk customer in ranking order, with the export's columns
    (None when nobody is at risk). Reasons are joined with "; " … " | " as the engine words them.
    ``table`` is an at-risk list already limited by the window (e.g. to one segment)."""
    table = at_risk_table(analysis) if table is None else table
    if not len(table):
        return None
    frame = table.rename_axis("customer_id").reset_index()
    frame = frame[[c for c in COLUMNS if c in frame.columns]]
    frame = frame.assign(customer_id=frame["customer_id"].astype(str),
                         reasons=frame["reasons"].astype(str).str.replace(REASON_SEPARATOR, " · "))
    if "rfm_segment" in frame.columns:      # the segment's name in the report language
        frame["rfm_segment"] = frame["rfm_segment"].map(segment_label, na_action="ignore")
    return frame.head(top) if top else frame.reset_index(drop=True)


def write_winback(analysis: Analysis, path: str | Path, lang: str | None = "en", *,
                  table: Optional[pd.DataFrame] = None, progress: Progress | None = None) -> Path:
    """Write the win-back list to ``path``; .csv → CSV for the language, else .xlsx.
    ``table``: the rows to write (default: the whole at-risk list), see :func:`winback_table`."""
    from .csv_export import write_csv

    path = Path(path)
    report(progress, 0.1, "Finding customers at risk")
    frame = winback_table(analysis, table=table)
    if frame is None:
        frame = pd.DataFrame(columns=list(COLUMNS[:1]) + ["value_at_risk", "reasons"])
    frame = frame.rename(columns=HEADERS)
    report(progress, 0.6, "Writing the list")
    if path.suffix.lower() == ".csv":
        write_csv(frame, path, lang)
    else:
        import xlsxwriter

        from .excel_format import SheetWriter, close_workbook
        book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False,
                                               "strings_to_urls": False})
        try:
            SheetWriter(book, analysis.defs.currency).frame(
                "At risk", frame, kinds={HEADERS["value_at_risk"]: "money",
                                         HEADERS["revenue"]: "money"})
        finally:
            close_workbook(book, path)
    report(progress, 1.0, "Done")
    return path
