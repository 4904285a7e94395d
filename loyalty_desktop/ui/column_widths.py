"""Column widths from a sample of rows, not from every row.

``QTableView.resizeColumnsToContents`` asks the model for every loaded row of a table that
is not on screen (its ``resizeContentsPrecision`` only applies to a visible one), each cell
for several roles: 4.1 s of a 9.3 s freeze when the demo's Customers page was filled. The
first rows (what the owner sees first, in the order the table is sorted) give the same
widths for our columns, whose texts are of one kind per column; a rare longer text further
down is elided (Qt's "…"), and a drag of the header shows it whole.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

#: rows measured per column, from the top: what the owner sees first, and one chunk of the
#: model's rows (``DataFrameModel.CHUNK``), so no text further down is formatted for it
SAMPLE_ROWS = 128


def sample_rows(count: int, size: int = SAMPLE_ROWS) -> list[int]:
    """The first ``size`` rows of ``count``."""
    return list(range(min(count, size)))


def fit_columns(table: QTableView, max_width: Optional[int] = None,
                size: int = SAMPLE_ROWS) -> None:
    """Size each visible column of ``table`` to its header and the widest of the sampled
    rows' texts, as ``resizeColumnToContents`` would (the delegate's size hint of that cell,
    plus the grid line). One ``data()`` per sampled cell; the delegate, which asks the model
    for eight roles, only for the widest cell of each column."""
    model = table.model()
    if model is None:
        return
    header = table.horizontalHeader()
    delegate = table.itemDelegate()
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    metrics = QFontMetrics(option.font)
    rows = sample_rows(model.rowCount(), size)
    grid = 1 if table.showGrid() else 0
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        width = 0
        if rows:
            widest = max(rows, key=lambda row: metrics.horizontalAdvance(
                str(model.index(row, column).data() or "")))
            width = delegate.sizeHint(option, model.index(widest, column)).width() + grid
        width = max(width, header.sectionSizeHint(column) if not header.isHidden() else 0)
        header.resizeSection(column, min(width, max_width) if max_width else width)
