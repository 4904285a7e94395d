"""The report's appendix: the at-risk list (top 25) and the import accounting.

A partner reading the PDF should be able to check where the numbers came from (files,
rows read = accepted + rejected, the first rejected rows with row/column/reason as Excel
shows them) and see who to win back. Long cells are elided with "…" rather than clipped
mid-letter or spilling into the next column; the full lists are in the Excel exports.
"""
from __future__ import annotations

from typing import Callable, Sequence

from ..engine.i18n import translate
from ..engine.analysis import Analysis
from . import formatting as fmt
from .pdf_layout import PageContext, draw_table, tr
from .pdf_layout import paragraph as _text
from .winback import winback_table

TOP_AT_RISK = 25
REJECTS_PER_FILE = 5
ROW_HEIGHT = 19.0


def appendix_pages(analysis: Analysis, imports: Sequence[dict]) -> list[Callable[[PageContext], None]]:
    """Page functions of the appendix (the at-risk page only when someone is at risk)."""
    pages: list[Callable[[PageContext], None]] = []
    if not analysis.is_empty:
        table = winback_table(analysis)
        if table is not None and len(table):
            pages.append(lambda c: _at_risk_page(c, analysis, table))
    pages.append(lambda c: _imports_page(c, list(imports)))
    return pages


def elided_table(ctx: PageContext, headers: list[str], rows: list[list[str]],
                 widths: list[float], right_aligned: Sequence[int] = ()) -> None:
    """The report's table in the appendix's smaller print, with space after it."""
    draw_table(ctx, headers, rows, widths, right_aligned=right_aligned, font_size=8.5,
               row_height=ROW_HEIGHT)
    ctx.y += 10


def _who(row) -> str:
    name = row.get("name")
    if isinstance(name, str) and name.strip():
        return f"{name} ({row['customer_id']})"
    return str(row["customer_id"])


def _at_risk_page(ctx: PageContext, analysis: Analysis, table) -> None:
    _text(ctx, tr("Appendix: customers at risk"), 18, True, gap=8)
    top = table.head(TOP_AT_RISK)
    total = fmt.money(float(table["value_at_risk"].sum()), analysis.defs.currency)
    _text(ctx, tr("The %1 customers with the most value at risk, of %2 with a warning sign "
                  "(%3 at risk in all). The full list is in the win-back export.")
          .replace("%1", str(len(top))).replace("%2", str(len(table))).replace("%3", total),
          9.5, gap=10)
    rows = [[_who(r), str(r["reasons"]), fmt.money(float(r["value_at_risk"]), analysis.defs.currency)]
            for r in top.to_dict("records")]
    elided_table(ctx, [tr("Customer"), tr("Why"), tr("Value at risk")], rows,
                 [0.26, 0.52, 0.22], right_aligned=(2,))
    from .captions import chart_caption
    _text(ctx, chart_caption(analysis, "at_risk"), 8.5, colour="#555555")


def _imports_page(ctx: PageContext, imports: list[dict]) -> None:
    _text(ctx, tr("Appendix: imported files"), 18, True, gap=8)
    if not imports:
        _text(ctx, tr("No import log is stored with this data."), 10)
        return
    _text(ctx, tr("Every row of every file is accounted for: rows read = rows accepted + rows "
                  "rejected. Row numbers are as Excel shows them (the header is row 1)."), 9.5, gap=10)
    kinds = {"transactions": tr("sales"), "customers": tr("customer list"),
             "responses": tr("survey answers")}
    rows = [[str(e.get("file", "")), kinds.get(str(e.get("kind")), str(e.get("kind", ""))),
             fmt.number(e.get("rows_read")),
             fmt.number(e.get("rows_accepted")), fmt.number(e.get("rows_rejected"))]
            for e in imports]
    elided_table(ctx, [tr("File"), tr("Contents"), tr("Rows read"), tr("Accepted"), tr("Rejected")],
                 rows, [0.40, 0.18, 0.14, 0.14, 0.14], right_aligned=(2, 3, 4))
    rejects = [[str(e.get("file", "")), str(r.get("row", "")), str(r.get("column") or ""),
                # a reason is stored in the language of its import; the fixed ones are
                # shown in the report's language (io/rows.py REASONS, context "importing")
                translate("importing", str(r.get("reason", "")))]
               for e in imports for r in (e.get("rejects") or [])[:REJECTS_PER_FILE]]
    if rejects:
        _text(ctx, tr("First rejected rows of each file"), 12, True, gap=6)
        elided_table(ctx, [tr("File"), tr("Row"), tr("Column"), tr("Reason")], rejects,
                     [0.22, 0.08, 0.16, 0.54], right_aligned=(1,))
