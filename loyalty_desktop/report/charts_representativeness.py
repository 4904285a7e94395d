"""Do respondents look like the customer base? Paired bars per group (issue 7 point 4).

For one dimension of ``engine.representativeness`` (spend band, RFM segment, loyal or not)
each group gets two horizontal bars — its share of all customers and its share of the
answers — so an over-represented group is the one whose answer bar is longer. The
chi-square verdict is the engine's sentence; the chart only draws its table.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from ..engine.representativeness import Representativeness
from . import formatting as fmt
from .charts import Chart, _plot, tr
from .charts_feedback import _corner_legend, _horizontal, _label
from .hover import Target, attach
from .theme import OKABE_ITO

BAR = 0.38
CUSTOMERS_COLOUR = "#B8B8B8"
ANSWERS_COLOUR = OKABE_ITO["blue"]


def representativeness_chart(result: Representativeness, caption: str) -> Chart:
    """Share of customers vs share of answers per group of ``result.dimension``."""
    title = tr("Who answered, compared with all customers, by %1").replace("%1", result.dimension)
    widget = _plot(title)
    table = result.table
    names = table["group"].astype(str).tolist()
    y = np.arange(len(names), dtype=float)[::-1]
    customers = (table["customer_share"].to_numpy(dtype=float) * 100).round(6)
    answers = (table["respondent_share"].to_numpy(dtype=float) * 100).round(6)
    answers = np.nan_to_num(answers)
    corner, x_max = legend_room(customers, answers)
    _corner_legend(widget, (-10, corner))
    if len(names):
        widget.addItem(pg.BarGraphItem(x0=np.zeros(len(names)), y=y + BAR / 2, width=customers,
                                       height=BAR, brush=CUSTOMERS_COLOUR, pen=pg.mkPen(None),
                                       name=tr("Share of all customers")))
        widget.addItem(pg.BarGraphItem(x0=np.zeros(len(names)), y=y - BAR / 2, width=answers,
                                       height=BAR, brush=ANSWERS_COLOUR, pen=pg.mkPen(None),
                                       name=tr("Share of the answers")))
    targets = []
    for i, row in table.reset_index(drop=True).iterrows():
        text = tr("%1: %2 of customers, %3 of the answers (%4 of %5 customers answered)") \
            .replace("%1", names[i]).replace("%2", fmt.percent(row["customer_share"])) \
            .replace("%3", fmt.percent(row["respondent_share"])) \
            .replace("%4", fmt.number(row["respondents"])) \
            .replace("%5", fmt.number(row["customers"]))
        # click key (group, answered only): the grey bar lists all the group's customers,
        # the blue one those of them who answered (engine.chart_members.group_members)
        targets.append(Target(0, max(customers[i], 0.5), y[i], y[i] + BAR, text,
                              (names[i], False)))
        targets.append(Target(0, max(answers[i], 0.5), y[i] - BAR, y[i], text,
                              (names[i], True)))
        _label(widget, float(answers[i]), y[i] - BAR / 2, " " + fmt.percent(answers[i] / 100),
               (0.0, 0.5))
    _horizontal(widget, names)
    widget.getPlotItem().setLabel("bottom", tr("% of customers or answers"))
    widget.setXRange(0, x_max, padding=0)
    data = {"dimension": result.dimension, "groups": names,
            "customer_share": customers.tolist(), "answer_share": answers.tolist(),
            "respondents": table["respondents"].astype(int).tolist(),
            "customers": table["customers"].astype(int).tolist(),
            "p_value": result.p_value, "verdict": result.verdict}
    attach(widget, targets, data)
    return Chart("representativeness", title, caption, widget, data)


def legend_room(customers: np.ndarray, answers: np.ndarray) -> tuple[int, float]:
    """The legend's vertical offset (top or bottom right) and the x range that keeps it off
    the bars: it covers about the two outer groups' rows and the right half of the plot, so
    it goes to the end whose two groups have the shorter bars, and the range widens until
    those bars end left of it."""
    longest = np.fmax(customers, answers) if len(customers) else np.zeros(1)
    top = max(float(np.nanmax(longest)), 1.0)
    needs = {10: float(np.nanmax(longest[:2])), -10: float(np.nanmax(longest[-2:]))}
    corner = min(needs, key=needs.get)
    return corner, max(top * 1.18, needs[corner] / 0.5)


def representativeness_caption(general: str) -> str:
    return tr("Chi-square test of “answered / did not answer” against the groups: a small p "
              "means the answers come more from some groups than others. Only answers matched "
              "to a customer count. ") + general
