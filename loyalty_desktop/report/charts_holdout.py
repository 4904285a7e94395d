"""Goodness of fit of the purchase model, for window and PDF (issue 6 point 4).

Engine :class:`HoldoutCheck` in, two :class:`Chart` out — the two checks of Fader, Hardie &
Lee (2005), figures 2 and 3:

* predicted against actual repeat purchases in the holdout, per group of customers with the
  same number of repeat purchases in the calibration period (0, 1, …, 7+);
* cumulative repeat transactions week by week, actual against the model, with the split
  between calibration and holdout marked.

Each caption states the definitions: model, time unit, split date, number of customers.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import pyqtgraph as pg

if TYPE_CHECKING:  # engine.clv pulls in scipy: not at window start
    from ..engine.clv import HoldoutCheck

from . import formatting as fmt
from .charts import Chart, _legend, _plot, tr
from .hover import Target, attach, bar_target
from .theme import LIGHT, OKABE_ITO, ROLE

BAR_WIDTH = 0.38
ACTUAL, MODEL = ROLE["retained"], OKABE_ITO["orange"]


def _unit(check: HoldoutCheck) -> str:
    names = {"day": tr("days"), "week": tr("weeks"), "month": tr("months")}
    return names.get(check.time_unit, check.time_unit)


def _split_words(check: HoldoutCheck) -> str:
    """"… fitted on purchases up to <date> (<n> customers), checked on <date> to <date>"."""
    start = check.calibration_end + pd.Timedelta(days=1)
    return (tr("%1 model fitted on the purchases up to %2 of the %3 customers who had bought "
               "by then (time unit: %4); checked against the %5 weeks from %6 to %7")
            .replace("%1", check.title).replace("%2", fmt.date_text(check.calibration_end))
            .replace("%3", fmt.number(check.customers)).replace("%4", _unit(check))
            .replace("%5", fmt.number(check.holdout_weeks, 0))
            .replace("%6", fmt.date_text(start)).replace("%7", fmt.date_text(check.holdout_end)))


def frequency_caption(check: HoldoutCheck) -> str:
    return (tr("Customers grouped by their repeat purchases before the split (0 to 7 or more); "
               "bars: average repeat purchases per customer in the holdout weeks, actual and as "
               "the model predicted from each customer's history.") + " " + _split_words(check)
            + ".")


def tracking_caption(check: HoldoutCheck) -> str:
    return (tr("Repeat purchases (every purchase day after a customer's first) added up week by "
               "week, actual and as the model expects for customers who had made their first "
               "purchase by then; the vertical line is the split.") + " " + _split_words(check)
            + ".")


def holdout_frequency_chart(check: HoldoutCheck) -> Chart:
    """Mean holdout purchases per calibration-frequency group: actual beside predicted."""
    title = tr("Predicted and actual repeat purchases in the holdout weeks")
    widget = _plot(title)
    table = check.by_frequency
    x = np.arange(len(table), dtype=float)
    actual = table["actual"].to_numpy(dtype=float)
    predicted = table["predicted"].to_numpy(dtype=float)
    _legend(widget)
    widget.addItem(pg.BarGraphItem(x=x - BAR_WIDTH / 2, height=actual, width=BAR_WIDTH,
                                   brush=ACTUAL, pen=pg.mkPen(None), name=tr("Actual")))
    widget.addItem(pg.BarGraphItem(x=x + BAR_WIDTH / 2, height=predicted, width=BAR_WIDTH,
                                   brush=MODEL, pen=pg.mkPen(None), name=tr("Model")))
    labels = table["frequency"].astype(str).tolist()
    targets = []
    for i, row in enumerate(table.itertuples(index=False)):
        text = (tr("%1 repeat purchases before the split (%2 customers): %3 actual, %4 "
                   "predicted per customer").replace("%1", row.frequency)
                .replace("%2", fmt.number(row.customers)).replace("%3", fmt.number(row.actual, 2))
                .replace("%4", fmt.number(row.predicted, 2)))
        top = max(float(row.actual), float(row.predicted), 0.05)
        targets.append(bar_target(float(i), 2 * BAR_WIDTH, 0.0, top, text, row.frequency))
    item = widget.getPlotItem()
    item.getAxis("bottom").setTicks([[(float(i), label) for i, label in enumerate(labels)]])
    item.setLabel("bottom", tr("Repeat purchases before the split"))
    item.setLabel("left", tr("Repeat purchases per customer"))
    highest = max(float(np.nanmax(actual)) if len(actual) else 0.0,
                  float(np.nanmax(predicted)) if len(predicted) else 0.0, 0.1)
    widget.setYRange(0, highest * 1.15, padding=0)
    widget.setXRange(-0.6, max(len(labels) - 0.4, 0.6), padding=0)
    data = {"frequency": labels, "customers": table["customers"].astype(int).tolist(),
            "actual": actual.tolist(), "predicted": predicted.tolist(),
            "calibration_end": check.calibration_end.date().isoformat(),
            "holdout_end": check.holdout_end.date().isoformat(), "model": check.title,
            "time_unit": check.time_unit, "n": check.customers}
    attach(widget, targets, data)
    return Chart("holdout_frequency", title, frequency_caption(check), widget, data)


def holdout_tracking_chart(check: HoldoutCheck) -> Chart:
    """Cumulative weekly repeat transactions, actual and model, split marked."""
    title = tr("Repeat purchases week by week: actual and model")
    widget = _plot(title)
    track = check.tracking
    weeks = track["week"].to_numpy(dtype=float)
    actual = track["actual"].to_numpy(dtype=float)
    predicted = track["predicted"].to_numpy(dtype=float)
    _legend(widget)
    widget.plot(weeks, actual, pen=pg.mkPen(ACTUAL, width=2), name=tr("Actual"))
    widget.plot(weeks, predicted, pen=pg.mkPen(MODEL, width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
                name=tr("Model"))
    calibration = track[~track["in_holdout"].astype(bool)]
    split = float(calibration["week"].iloc[-1]) if len(calibration) else 0.0
    widget.addItem(pg.InfiniteLine(
        pos=split, angle=90, pen=pg.mkPen(LIGHT["muted"], width=1.5),
        label=tr("split %1").replace("%1", fmt.date_text(check.calibration_end)),
        labelOpts={"color": LIGHT["muted"], "position": 0.95, "anchors": [(1, 0), (1, 0)]}))
    targets = []
    for week, end, got, expected in zip(weeks, track["week_end"], actual, predicted):
        text = (tr("Week to %1: %2 repeat purchases so far, model %3")
                .replace("%1", fmt.date_text(end)).replace("%2", fmt.number(got))
                .replace("%3", fmt.number(expected, 0)))
        targets.append(Target(week - 0.5, week + 0.5, 0.0, max(got, expected, 1.0), text))
    item = widget.getPlotItem()
    # week numbers mean nothing to an owner: label every few weeks with the day it ends
    step = max(1, int(np.ceil(len(weeks) / 8)))
    item.getAxis("bottom").setTicks([[(float(w), fmt.date_text(d)) for w, d in
                                      list(zip(weeks, track["week_end"]))[::step]]])
    item.setLabel("bottom", tr("Week ending"))
    item.setLabel("left", tr("Repeat purchases so far"))
    widget.setXRange(0.5, max(float(weeks.max()) if len(weeks) else 1.0, 1.0) + 0.5, padding=0)
    data = {"week": weeks.astype(int).tolist(),
            "week_end": [d.date().isoformat() for d in track["week_end"]],
            "actual": actual.tolist(), "predicted": predicted.tolist(), "split_week": split,
            "calibration_end": check.calibration_end.date().isoformat(),
            "holdout_end": check.holdout_end.date().isoformat(), "model": check.title,
            "time_unit": check.time_unit, "n": check.customers}
    attach(widget, targets, data)
    return Chart("holdout_tracking", title, tracking_caption(check), widget, data)
