"""A chart keeps to the width it is drawn at, whatever the length of its title (a Russian
title on an A4 page pushed the legend and the right of the plot off the page)."""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPicture

from loyalty_desktop.report import render
from loyalty_desktop.report.charts import _plot

LONG = "Кто ответил в сравнении со всеми клиентами, по признаку: группа по сумме покупок"


def test_a_long_title_shrinks_until_the_chart_fits_its_width(qtbot):
    widget = _plot(LONG)
    widget.getPlotItem().getAxis("left").setWidth(150)     # as the horizontal bar charts
    item = widget.getPlotItem()
    assert item.titleLabel.itemRect().width() + 150 > 682  # too wide as built
    picture = QPicture()
    painter = QPainter(picture)
    try:
        render.render(widget, painter, QRectF(0, 0, 682, 270))
    finally:
        painter.end()
    assert item.geometry().width() == 682
    assert item.layout.minimumWidth() <= 682
    assert item.titleLabel.opts["size"] != "11pt"
    render.dispose(widget)


def test_a_short_title_keeps_its_size(qtbot):
    widget = _plot("Customers")
    picture = QPicture()
    painter = QPainter(picture)
    try:
        render.render(widget, painter, QRectF(0, 0, 682, 270))
    finally:
        painter.end()
    assert widget.getPlotItem().titleLabel.opts["size"] == "11pt"
    render.dispose(widget)
