"""Drawing primitives of the PDF report: page context, fonts, wrapped text, the striped
table, replayed charts and the footer — shared by the report's pages (pdf.py) and its
appendix (pdf_appendix.py). No widget is touched here, so all of it runs in a worker thread.

Text is real text in DejaVu Sans (embedded by Qt), so pdftotext finds it and Cyrillic and
Nordic letters render; ligatures are off so a search for "files" finds "files".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from .pdf_charts import DPI, MARGIN, RecordedChart

__all__ = ["DPI", "MARGIN", "PageContext", "tr", "font", "paragraph", "draw_table", "draw_chart",
           "footer"]


def tr(text: str) -> str:
    return QCoreApplication.translate("report", text)


@dataclass
class PageContext:
    painter: QPainter
    width: float
    height: float
    y: float = MARGIN
    charts: Mapping[str, RecordedChart] = field(default_factory=dict)

    @property
    def content_width(self) -> float:
        return self.width - 2 * MARGIN


def font(size: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    # no "ﬁ"/"ﬂ" ligatures: pdftotext would give "ﬁles" and a search for "files" would miss
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def paragraph(ctx: PageContext, text: str, size: float = 10, bold: bool = False,
          colour: str = "#222222", gap: float = 6) -> None:
    ctx.painter.setFont(font(size, bold))
    ctx.painter.setPen(QColor(colour))
    box = QRectF(MARGIN, ctx.y, ctx.content_width, ctx.height)
    bounds = ctx.painter.boundingRect(box, int(Qt.TextFlag.TextWordWrap), text)
    ctx.painter.drawText(QRectF(MARGIN, ctx.y, ctx.content_width, bounds.height()),
                         int(Qt.TextFlag.TextWordWrap), text)
    ctx.y += bounds.height() + gap


def draw_table(ctx: PageContext, headers: list[str], rows: list[list[str]], widths: list[float], *,
               right_aligned: Sequence[int] = (), font_size: float = 9.5,
               row_height: float = 22.0, max_lines: int = 3) -> None:
    """A striped table; ``widths`` are fractions of the text width. A cell too long for its
    column wraps onto up to ``max_lines`` lines (the row grows), and only beyond that is cut
    with "…" — a partner must be able to read a reason or a Russian label in full. Rows that
    do not fit above the footer are counted in a last line instead of running off the page."""
    painter = ctx.painter
    flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)

    def layout(cells: list[str], bold: bool) -> tuple[list[str], float]:
        metrics = QFontMetricsF(font(font_size, bold))
        texts, tallest = [], metrics.height()
        for cell, fraction in zip(cells, widths):
            width = fraction * ctx.content_width - 8
            text = cell if metrics.horizontalAdvance(cell) <= width * max_lines * 0.95 else \
                metrics.elidedText(cell, Qt.TextElideMode.ElideRight, width * max_lines * 0.95)
            if " " not in text.strip():                       # one long word cannot wrap
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            height = metrics.boundingRect(QRectF(0, 0, width, 1000), flags, text).height()
            texts.append(text)
            tallest = max(tallest, min(height, metrics.lineSpacing() * max_lines))
        return texts, max(row_height, tallest + 8)

    def draw_row(texts: list[str], height: float, bold: bool, shade: bool) -> None:
        if shade:
            painter.fillRect(QRectF(MARGIN, ctx.y, ctx.content_width, height), QColor("#F2F4F7"))
        painter.setFont(font(font_size, bold))
        painter.setPen(QColor("#222222"))
        x = MARGIN
        for i, (text, fraction) in enumerate(zip(texts, widths)):
            width = fraction * ctx.content_width
            align = Qt.AlignmentFlag.AlignRight if i in right_aligned else Qt.AlignmentFlag.AlignLeft
            painter.drawText(QRectF(x + 4, ctx.y, width - 8, height), flags | int(align), text)
            x += width
        ctx.y += height

    draw_row(*layout(headers, True), True, False)
    painter.setPen(QPen(QColor("#999999"), 1))
    painter.drawLine(int(MARGIN), int(ctx.y), int(MARGIN + ctx.content_width), int(ctx.y))
    bottom = ctx.height - 1.5 * MARGIN
    for i, row in enumerate(rows):
        texts, height = layout(row, False)
        if ctx.y + height > bottom - row_height and i < len(rows) - 1:
            left = len(rows) - i
            paragraph(ctx, tr("… and %1 more rows, in the Excel export.").replace("%1", str(left)),
                  font_size, colour="#555555")
            return
        draw_row(texts, height, False, i % 2 == 0)


def draw_chart(ctx: PageContext, key: str, max_height: float | None = None) -> bool:
    """Replay the recorded chart ``key`` (pdf_charts.py) with its caption beneath; False
    when the plan had no such chart. Scaled down evenly when the page is narrower or the
    room left is lower than the recording (text keeps its proportions)."""
    chart = ctx.charts.get(key)
    if chart is None:
        return False
    scale = min(1.0, ctx.content_width / chart.width,
                (max_height / chart.height) if max_height else 1.0)
    painter = ctx.painter
    painter.save()
    painter.translate(MARGIN, ctx.y)
    painter.scale(scale, scale)
    painter.drawPicture(0, 0, chart.picture)
    painter.restore()
    ctx.y += chart.height * scale + 4
    paragraph(ctx, chart.caption, 8.5, colour="#555555", gap=16)
    return True


def footer(ctx: PageContext, number: int, total: int) -> None:
    ctx.painter.setFont(font(8))
    ctx.painter.setPen(QColor("#888888"))
    text = tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(total))
    ctx.painter.drawText(QRectF(MARGIN, ctx.height - MARGIN * 0.7, ctx.content_width, 16),
                         int(Qt.AlignmentFlag.AlignRight), text)
