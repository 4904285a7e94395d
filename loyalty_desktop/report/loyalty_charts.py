"""Charts of the loyalty criteria and segments (issue 8), shared by the window and the report.

Same conventions as ``charts.py``: engine result in, :class:`Chart` out, with the numbers
handed to the plot kept in ``Chart.data`` so tests check data, not pixels.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt

from . import formatting as fmt
from .charts import Chart, _legend, _period_ticks, _plot, tr
from .hover import Target, attach
from .theme import ROLE

#: Colour-blind-safe line colours (Okabe–Ito) for up to six compared groups.
GROUP_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")


def _percent(values: pd.Series) -> np.ndarray:
    return pd.to_numeric(values, errors="coerce").to_numpy(dtype=float) * 100.0


def _finish(widget: pg.PlotWidget, labels: list[str], left: str) -> None:
    item = widget.getPlotItem()
    item.getAxis("bottom").setTicks(_period_ticks(labels))
    item.setLabel("left", left)
    widget.setYRange(0, 100, padding=0.02)
    widget.setXRange(-0.6, max(len(labels) - 0.4, 0.6), padding=0)


def _point_tooltips(widget: pg.PlotWidget, labels: list[str], series: dict[str, list],
                    data: dict, keys: dict[str, str] | None = None) -> None:
    """Exact value of every point on hover: "2024-03 · Share of customers: 12.5%".

    With ``keys`` (series name → group key) a click on a point gives ``(group key, period)``."""
    keys = keys or {}
    targets = [Target(i - 0.3, i + 0.3, value, value, tr("%1 · %2: %3").replace("%1", labels[i])
                      .replace("%2", name).replace("%3", fmt.percent(value / 100.0, 1)),
                      (keys[name], labels[i]) if name in keys else None)
               for name, values in series.items() for i, value in enumerate(values)
               if value is not None and i < len(labels)]
    attach(widget, targets, data, slack=3.0)


def loyal_share_chart(history: pd.DataFrame, caption: str) -> Chart:
    """Loyal share of customers and of each period's revenue (``loyal_history``), in percent."""
    title = tr("Loyal customers over time")
    widget = _plot(title)
    labels = history["period"].astype(str).tolist()
    x = np.arange(len(labels), dtype=float)
    _legend(widget)
    series = {}
    for column, colour, name, style in (
            ("share", ROLE["rate"], tr("Share of customers"), Qt.PenStyle.SolidLine),
            ("revenue_share", GROUP_COLOURS[1], tr("Share of revenue"), Qt.PenStyle.DashLine)):
        values = _percent(history[column])
        series[column] = [None if np.isnan(v) else float(v) for v in values]
        widget.plot(x, values, pen=pg.mkPen(colour, width=2, style=style), name=name,
                    connect="finite", symbol="o", symbolSize=4, symbolBrush=colour,
                    symbolPen=pg.mkPen(None))
    _finish(widget, labels, tr("% loyal"))
    data = {"periods": labels, **series}
    # a click on either point of a month gives ("loyal", month): the customers loyal at its
    # end (engine.chart_members.loyal_members) — both lines are about the same people
    names = {tr("Share of customers"): series["share"],
             tr("Share of revenue"): series["revenue_share"]}
    _point_tooltips(widget, labels, names, data, keys={name: "loyal" for name in names})
    return Chart("loyal_share", title, caption, widget, data)


def segment_retention_chart(retention: pd.DataFrame, keys: Sequence[str],
                            names: Sequence[str], caption: str) -> Chart:
    """Retention rate R/S per period of several groups (``SegmentAnalysis.retention``)."""
    title = tr("Retention rate by group")
    widget = _plot(title)
    _legend(widget)
    labels: list[str] = []
    series: dict[str, list] = {}
    for number, (key, name) in enumerate(zip(keys, names)):
        rows = retention[retention["key"] == key]
        labels = rows["period"].astype(str).tolist() or labels
        values = _percent(rows["retention_rate"])
        colour = GROUP_COLOURS[number % len(GROUP_COLOURS)]
        series[str(name)] = [None if np.isnan(v) else float(v) for v in values]
        widget.plot(np.arange(len(values), dtype=float), values,
                    pen=pg.mkPen(colour, width=2), name=str(name), connect="finite",
                    symbol="o", symbolSize=4, symbolBrush=colour, symbolPen=pg.mkPen(None))
    _finish(widget, labels, tr("% of customers at period start"))
    data = {"periods": labels, "series": series}
    _point_tooltips(widget, labels, series, data,
                    keys={str(name): str(key) for key, name in zip(keys, names)})
    return Chart("segment_retention", title, caption, widget, data)
