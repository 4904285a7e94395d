"""Chart builders shared by the window and the report: engine result in, pyqtgraph widget out.

Each builder returns a :class:`Chart` carrying the widget *and* the data handed to it, so
tests assert on numbers rather than pixels, and the caption with the definitions used —
the window prints it under the chart, the PDF beneath it (SPEC §3: definitions on every chart).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPen

from ..engine.i18n import localise_number
from . import formatting as fmt
from .hover import Target, attach, bar_target
from .theme import DARK, LIGHT, ROLE


def tr(text: str) -> str:
    return QCoreApplication.translate("charts", text)


@dataclass
class Chart:
    key: str
    title: str
    caption: str
    widget: pg.PlotWidget
    data: dict[str, Any] = field(default_factory=dict)


def _plot(title: str, palette: dict[str, str] = LIGHT) -> pg.PlotWidget:
    widget = pg.PlotWidget(background=palette["background"])
    item = widget.getPlotItem()
    item.setTitle(title, color=palette["foreground"], size="11pt")
    item.showGrid(x=False, y=True, alpha=0.25)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(palette["muted"]))
        axis.setTextPen(pg.mkPen(palette["foreground"]))
        axis.setStyle(tickFont=QFont("DejaVu Sans", 8))
        _localise_ticks(axis)
    item.setMenuEnabled(False)
    widget.setMouseEnabled(x=False, y=False)
    widget.setMinimumHeight(220)
    return widget


def _localise_ticks(axis: pg.AxisItem) -> None:
    """pyqtgraph writes tick numbers the Python way ("0.5", "-100"); show the chosen locale's
    decimal sign and minus instead (engine/i18n.py holds the installed style)."""
    plain = axis.tickStrings
    axis.tickStrings = lambda values, scale, spacing: [
        localise_number(_grouped(text)) for text in plain(values, scale, spacing)]


def _grouped(text: str) -> str:
    """Thousands grouped on whole-number ticks ("600000" → "600,000", then localised) — the
    money axes read like the amounts on their bars."""
    digits = text.lstrip("-")
    if digits.isdigit() and len(digits) > 4:
        return f"{int(text):,}"
    return text


def apply_palette(widget: pg.PlotWidget, dark: bool) -> None:
    """Recolour a finished chart for the light or dark scheme (the window's charts follow the
    system; the PDF builds its own and stays light).

    Every chart module draws with the LIGHT roles (background, foreground, grid, muted), so
    one walk over the plot swaps exactly those colours for DARK's (or back), whatever chart
    module built it: background, title, axes, legend, texts, lines, error bars. Data colours
    (Okabe–Ito roles, cividis cells, white text on bars) are the same in both schemes."""
    source, target = (LIGHT, DARK) if dark else (DARK, LIGHT)
    swap = {QColor(source[key]).name(): QColor(target[key]) for key in source}
    widget.setBackground(target["background"])
    item = widget.getPlotItem()
    label = item.titleLabel
    if label.text:
        label.setText(label.text, color=target["foreground"])
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(target["muted"]))
        axis.setTextPen(pg.mkPen(target["foreground"]))
        if axis.label.isVisible() and axis.labelText:
            axis.setLabel(axis.labelText, units=axis.labelUnits or None,
                          **{**axis.labelStyle, "color": target["foreground"]})
    legend = item.legend
    if legend is not None:
        backdrop = QColor(target["background"])
        backdrop.setAlpha(210)
        legend.setBrush(pg.mkBrush(backdrop))
        legend.setLabelTextColor(target["foreground"])
        for _sample, text in legend.items:      # setLabelTextColor does not redraw them
            text.setText(text.text, color=target["foreground"])
    for child in item.items:
        _swap_colours(child, swap)


def _swapped_pen(pen: Any, swap: dict) -> Optional[QPen]:
    pen = pg.mkPen(pen)
    colour = swap.get(pen.color().name())
    if colour is None or pen.style() == Qt.PenStyle.NoPen:
        return None
    pen = QPen(pen)
    colour = QColor(colour)
    colour.setAlpha(pen.color().alpha())
    pen.setColor(colour)
    return pen


def _swap_colours(child: Any, swap: dict) -> None:
    """One plot item's LIGHT/DARK role colours swapped (texts, lines, error bars, bars)."""
    if isinstance(child, pg.TextItem):
        colour = swap.get(QColor(child.color).name())
        if colour is not None:
            child.setColor(colour)
    elif isinstance(child, pg.InfiniteLine):
        pen = _swapped_pen(child.pen, swap)
        if pen is not None:
            child.setPen(pen)
        if getattr(child, "label", None) is not None:     # only lines drawn with a label
            _swap_colours(child.label, swap)
    elif isinstance(child, (pg.PlotDataItem, pg.PlotCurveItem)):
        pen = _swapped_pen(child.opts.get("pen"), swap)
        if pen is not None:
            child.setPen(pen)
    elif isinstance(child, (pg.ErrorBarItem, pg.BarGraphItem)):
        pen = child.opts.get("pen")
        pen = _swapped_pen(pen, swap) if pen is not None else None
        if pen is not None:
            (child.setData if isinstance(child, pg.ErrorBarItem) else child.setOpts)(pen=pen)


def _period_ticks(labels: Sequence[str], max_ticks: int = 12) -> list[list[tuple[float, str]]]:
    step = max(1, int(np.ceil(len(labels) / max_ticks)))
    major = [(float(i), str(labels[i])) for i in range(0, len(labels), step)]
    return [major]


def _legend(widget: pg.PlotWidget, offset: tuple[int, int] = (10, 5)) -> pg.LegendItem:
    """Legend in a corner: ``offset`` x > 0 from the left, < 0 from the right; y likewise."""
    legend = widget.getPlotItem().addLegend(offset=offset, labelTextColor=LIGHT["foreground"])
    legend.setBrush(pg.mkBrush(255, 255, 255, 200))
    return legend


def retention_flow_chart(flow: pd.DataFrame, caption: str) -> Chart:
    """Bars per period: new and reactivated customers up, churned customers down (S → E)."""
    widget = _plot(tr("Customers gained and lost per period"))
    labels = flow["period"].astype(str).tolist()
    x = np.arange(len(labels), dtype=float)
    new = flow["new"].to_numpy(dtype=float)
    react = flow["reactivated"].to_numpy(dtype=float)
    churned = flow["churned"].to_numpy(dtype=float)
    _legend(widget, offset=(-10, 5))
    width = 0.7
    widget.addItem(pg.BarGraphItem(x=x, height=new, width=width, brush=ROLE["new"],
                                   pen=pg.mkPen(None), name=tr("New")))
    widget.addItem(pg.BarGraphItem(x=x, y0=new, height=react, width=width,
                                   brush=ROLE["reactivated"], pen=pg.mkPen(None),
                                   name=tr("Came back")))
    widget.addItem(pg.BarGraphItem(x=x, height=-churned, width=width, brush=ROLE["churned"],
                                   pen=pg.mkPen(None), name=tr("Churned")))
    item = widget.getPlotItem()
    item.getAxis("bottom").setTicks(_period_ticks(labels))
    item.setLabel("left", tr("Customers"))
    item.addLine(y=0, pen=pg.mkPen(LIGHT["muted"], width=1))
    widget.setXRange(-0.6, max(len(labels) - 0.4, 0.6), padding=0)
    if len(labels):    # headroom above the tallest bar for the legend in the top corner
        top, bottom = float(np.max(new + react)), float(np.max(churned))
        widget.setYRange(-max(bottom, 1.0) * 1.05, max(top, 1.0) * 1.4, padding=0)
    data = {"periods": labels, "new": new.tolist(), "reactivated": react.tolist(),
            "churned": churned.tolist()}
    attach(widget, _flow_targets(labels, new, react, churned, width), data)
    return Chart("retention_flow", tr("Customers gained and lost per period"), caption, widget, data)


def _flow_targets(labels: list[str], new: np.ndarray, react: np.ndarray, churned: np.ndarray,
                  width: float) -> list[Target]:
    """Hover text and drill-down key ``(flow kind, period)`` of every bar of the flow chart."""
    targets = []
    for i, label in enumerate(labels):
        for kind, bottom, top, text in (
                ("new", 0.0, new[i], tr("%1 · new customers: %2")),
                ("reactivated", new[i], new[i] + react[i], tr("%1 · came back: %2")),
                ("churned", 0.0, -churned[i], tr("%1 · churned: %2"))):
            value = abs(top - bottom)
            if value > 0:
                targets.append(bar_target(float(i), width, bottom, top, text.replace(
                    "%1", label).replace("%2", fmt.number(value)), (kind, label)))
    return targets


def retention_rate_chart(flow: pd.DataFrame, caption: str, *,
                         benchmark: Optional[float] = None,
                         target: Optional[float] = None) -> Chart:
    """Retention rate R/S, the seed rate (E − N)/S and churn rate C/S per period, in percent."""
    widget = _plot(tr("Retention and churn rate"))
    labels = flow["period"].astype(str).tolist()
    x = np.arange(len(labels), dtype=float)
    series = {}
    legend = _legend(widget)
    legend.anchor(itemPos=(0, 0.5), parentPos=(0, 0.5), offset=(20, 0))
    for column, colour, name, style in (
            ("retention_rate", ROLE["rate"], tr("Retention rate"), Qt.PenStyle.SolidLine),
            ("retention_rate_seed", ROLE["rate_seed"], tr("Retention incl. returning"), Qt.PenStyle.DashLine),
            ("churn_rate", ROLE["churn_rate"], tr("Churn rate"), Qt.PenStyle.SolidLine)):
        values = pd.to_numeric(flow[column], errors="coerce").to_numpy(dtype=float) * 100.0
        series[column] = [None if np.isnan(v) else float(v) for v in values]
        widget.plot(x, values, pen=pg.mkPen(colour, width=2, style=style), name=name,
                    connect="finite", symbol="o", symbolSize=4, symbolBrush=colour,
                    symbolPen=pg.mkPen(None))
    item = widget.getPlotItem()
    for value, colour, name in ((benchmark, ROLE["benchmark"], tr("Benchmark")),
                                (target, ROLE["target"], tr("Target"))):
        if value is not None:
            pen = pg.mkPen(colour, width=1.5, style=Qt.PenStyle.DotLine)
            item.addItem(pg.InfiniteLine(pos=value * 100.0, angle=0, pen=pen))
            # named in the legend: a label on the line sat on top of the data and the axis
            legend.addItem(pg.PlotDataItem(pen=pen), name)
    legend.setColumnCount(3)      # two short rows fit the empty band between the rates
    item.getAxis("bottom").setTicks(_period_ticks(labels))
    item.setLabel("left", tr("% of customers at period start"))
    # the seed rate (E − N)/S counts returning customers and can pass 100 %
    highest = max([v for values in series.values() for v in values if v is not None], default=100.0)
    widget.setYRange(0, max(100.0, highest), padding=0.02)
    widget.setXRange(-0.6, max(len(labels) - 0.4, 0.6), padding=0)
    data = {"periods": labels, **series, "benchmark": benchmark, "target": target}
    attach(widget, _rate_targets(flow, labels, series), data, slack=3.0)
    return Chart("retention_rate", tr("Retention and churn rate"), caption, widget, data)


def _rate_targets(flow: pd.DataFrame, labels: list[str], series: dict) -> list[Target]:
    """A point's exact rate and the counts behind it; a click lists the customers retained
    (retention rate) or churned (churn rate) in that period."""
    texts = {"retention_rate": (tr("%1 · retention rate %2: %3 of %4 customers kept"), "retained"),
             "retention_rate_seed": (tr("%1 · retention incl. returning %2"), None),
             "churn_rate": (tr("%1 · churn rate %2: %3 of %4 customers lost"), "churned")}
    start = flow["start_customers"].to_numpy(dtype=float)
    targets = []
    for column, (text, kind) in texts.items():
        for i, value in enumerate(series[column]):
            if value is None:
                continue
            count = flow[kind].iat[i] if kind else 0
            words = text.replace("%1", labels[i]).replace("%2", fmt.percent(value / 100.0, 1)) \
                .replace("%3", fmt.number(count)).replace("%4", fmt.number(start[i]))
            targets.append(Target(i - 0.3, i + 0.3, value, value, words,
                                  (kind, labels[i]) if kind else None))
    return targets
