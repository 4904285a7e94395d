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
from PySide6.QtGui import QFont

from .theme import LIGHT, ROLE


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
    item.setMenuEnabled(False)
    widget.setMouseEnabled(x=False, y=False)
    widget.setMinimumHeight(220)
    return widget


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
    return Chart("retention_flow", tr("Customers gained and lost per period"), caption, widget,
                 {"periods": labels, "new": new.tolist(), "reactivated": react.tolist(),
                  "churned": churned.tolist()})


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
            line = pg.InfiniteLine(pos=value * 100.0, angle=0,
                                   pen=pg.mkPen(colour, width=1.5, style=Qt.PenStyle.DotLine),
                                   label=name, labelOpts={"color": colour, "position": 0.05})
            item.addItem(line)
    item.getAxis("bottom").setTicks(_period_ticks(labels))
    item.setLabel("left", tr("% of customers at period start"))
    widget.setYRange(0, 100, padding=0.02)
    widget.setXRange(-0.6, max(len(labels) - 0.4, 0.6), padding=0)
    return Chart("retention_rate", tr("Retention and churn rate"), caption, widget,
                 {"periods": labels, **series, "benchmark": benchmark, "target": target})
