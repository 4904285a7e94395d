"""Charts of what customers are worth and how long they stay (SPEC §3), for window and PDF.

Engine results in (``ClvResult`` / customer table, ``LostValue``, ``Lifecycle``,
``Lifespan``), :class:`Chart` out; money goes through ``report.formatting`` in the data's
currency. The lost-value chart puts the naive "revenue lost this year" beside the lost
lifetime value, as the seed asks (10 customers × 10,000 kr × 10 years = 1,000,000 kr,
against 100,000 kr naive).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

import numpy as np
import pandas as pd
import pyqtgraph as pg

from ..engine.lifespan import DAYS_PER_MONTH, Lifecycle, Lifespan
from ..engine.value import LostValue, historic_value
from . import formatting as fmt
from .charts import Chart, _plot, tr
from .charts_feedback import _label
from .hover import Target, attach, bar_target
from .theme import LIGHT, OKABE_ITO, ROLE

BAR_WIDTH = 0.8
#: Histogram bins of the value distribution; the top 5 % is gathered in the last bin so
#: a few very large customers do not squeeze everyone else into the first bar.
VALUE_BINS = 20
TAIL_QUANTILE = 0.95


@dataclass(frozen=True)
class CustomerValues:
    """Value per customer for the distribution: predicted CLV, or historic value without one.

    ``model`` is the JSON's ``clv.model`` ("bgnbd+gammagamma", "mbgnbd+gammagamma",
    "simple") or "historic" without a clv section; ``note`` the engine's reason in words."""

    values: pd.Series
    predictive: bool
    note: str
    model: str = "historic"


def customer_values(analysis: Any) -> Optional[CustomerValues]:
    """The clv section's ``predicted_clv`` when present, else revenue × margin (historic)."""
    clv = analysis.sections.get("clv")
    table = getattr(clv, "customers", None)
    if table is not None and "predicted_clv" in table and len(table):
        values = pd.to_numeric(table["predicted_clv"], errors="coerce").dropna()
        return CustomerValues(values, True, str(getattr(clv, "reason", "")),
                              str(getattr(clv, "model_name", "simple")))
    customers = analysis.customers
    if len(customers) == 0 or "revenue" not in customers:
        return None
    return CustomerValues(historic_value(customers, analysis.defs.margin), False,
                          tr("No lifetime-value prediction yet, so each customer's value so far "
                             "is shown (net revenue × margin)."))


def clv_title(values: CustomerValues) -> str:
    """The distribution's title names the model, so nobody mistakes the fallback for a fit."""
    titles = {"bgnbd+gammagamma": tr("Predicted customer lifetime value (BG/NBD and Gamma-Gamma)"),
              "mbgnbd+gammagamma": tr("Predicted customer lifetime value (MBG/NBD and Gamma-Gamma)"),
              "simple": tr("Customer lifetime value, simple estimate"),
              "historic": tr("Customer value so far")}
    return titles.get(values.model, tr("Predicted customer lifetime value"))


def model_sentence(values: CustomerValues) -> str:
    """Which model gave the values and why, for the chart caption (window and PDF)."""
    if values.model == "historic" or not values.note:
        return ""
    note = values.note[:1].upper() + values.note[1:]
    if values.model == "simple":
        return tr("Simple CLV = annual value × margin × (1 + d) / (1 + d − r): %1.").replace(
            "%1", note)
    return tr("Model: %1.").replace("%1", note)


def value_histogram(values: pd.Series, bins: int = VALUE_BINS) -> pd.DataFrame:
    """Bins ``low``/``high`` and ``customers``; the last bin is open-ended above the 95th
    percentile (``open_top``). Negative values (refund-heavy customers) get their own bins."""
    data = pd.to_numeric(values, errors="coerce").dropna().to_numpy(dtype=float)
    if len(data) == 0:
        return pd.DataFrame(columns=["low", "high", "customers", "open_top"])
    top = float(np.quantile(data, TAIL_QUANTILE)) if len(data) >= 100 else float(data.max())
    bottom = min(float(data.min()), 0.0)
    if top <= bottom:
        top = bottom + 1.0
    edges = np.linspace(bottom, top, bins + 1)
    counts, _ = np.histogram(np.clip(data, bottom, top), bins=edges)
    open_top = np.zeros(bins, dtype=bool)
    open_top[-1] = bool((data > top).any())
    return pd.DataFrame({"low": edges[:-1], "high": edges[1:], "customers": counts.astype(int),
                         "open_top": open_top})


def customers_in_bin(values: CustomerValues, low: float, high: float, last: bool) -> list[str]:
    """Customer ids behind one histogram bar (its click key is ``(low, high, last)``).

    Bins are [low, high) as in ``numpy.histogram``; the last bin also holds everything
    above it (its upper edge, and the open-ended tail of :func:`value_histogram`)."""
    v = values.values
    inside = (v >= low) if last else (v >= low) & (v < high)
    return [str(i) for i in v.index[inside.to_numpy(dtype=bool)]]


def clv_distribution_chart(values: CustomerValues, currency: Optional[str], caption: str) -> Chart:
    """How many customers are worth how much (histogram)."""
    title = clv_title(values)
    caption = " ".join(part for part in (model_sentence(values), caption) if part)
    widget = _plot(title)
    table = value_histogram(values.values)
    targets = []
    if len(table):
        centre = ((table["low"] + table["high"]) / 2).to_numpy(dtype=float)
        width = float(table["high"].iloc[0] - table["low"].iloc[0])
        counts = table["customers"].to_numpy(dtype=float)
        widget.addItem(pg.BarGraphItem(x=centre, height=counts, width=width * 0.92,
                                       brush=ROLE["retained"], pen=pg.mkPen(None)))
        for (i, row), x in zip(table.iterrows(), centre):
            last = i == len(table) - 1
            span = (tr("%1 or more").replace("%1", fmt.money(row["low"], currency))
                    if row["open_top"] else tr("%1 to %2").replace(
                        "%1", fmt.money(row["low"], currency)).replace(
                        "%2", fmt.money(row["high"], currency)))
            text = tr("%1: %2 customers").replace("%1", span).replace(
                "%2", fmt.number(row["customers"]))
            targets.append(bar_target(x, width, 0, max(row["customers"], 0.5), text,
                                      (float(row["low"]), float(row["high"]), bool(last))))
        if bool(table["open_top"].iloc[-1]):
            # right-aligned on the last bar, so the text stays inside the plot
            _label(widget, float(table["high"].iloc[-1]), float(counts[-1]),
                   tr("%1 or more").replace("%1", fmt.money(table["low"].iloc[-1], currency)),
                   (1.0, 1.0))
        median = float(values.values.median())
        line = pg.InfiniteLine(pos=median, angle=90, pen=pg.mkPen(OKABE_ITO["orange"], width=1.5),
                               label=tr("median %1").replace("%1", fmt.money(median, currency)),
                               labelOpts={"color": OKABE_ITO["orange"], "position": 0.9,
                                          "anchors": [(0, 0), (0, 0)]})
        widget.addItem(line)
        widget.setYRange(0, max(float(counts.max()), 1.0) * 1.1, padding=0)
    item = widget.getPlotItem()
    item.setLabel("left", tr("Customers"))
    item.setLabel("bottom", tr("Value per customer (%1)").replace(
        "%1", fmt.currency_symbol(currency)))
    data = {"predictive": values.predictive, "low": table["low"].tolist(),
            "high": table["high"].tolist(), "customers": table["customers"].tolist(),
            "n": int(len(values.values)), "total": float(values.values.sum()),
            "median": float(values.values.median()) if len(values.values) else None,
            "note": values.note, "model": values.model}
    attach(widget, targets, data)
    return Chart("clv_distribution", title, caption, widget, data)


def lost_value_chart(lost: LostValue, currency: Optional[str], caption: str) -> Chart:
    """Naive revenue lost this year beside the lifetime value lost with the same customers."""
    title = tr("What churned customers cost you")
    widget = _plot(title)
    names = [tr("Revenue lost this year"), tr("Lifetime value lost")]
    values = [lost.lost_revenue_annual, lost.lost_lifetime_value]
    colours = [OKABE_ITO["sky"], ROLE["churned"]]
    targets = []
    for i, (name, value) in enumerate(zip(names, values)):
        if value is None:
            _label(widget, float(i), 0.0, tr("not known"))
            targets.append(bar_target(i, BAR_WIDTH, 0, 1, f"{name}: {lost.note}"))
            continue
        widget.addItem(pg.BarGraphItem(x=[float(i)], height=[float(value)], width=BAR_WIDTH * 0.8,
                                       brush=colours[i], pen=pg.mkPen(None)))
        _label(widget, float(i), float(value), fmt.money(value, currency))
        text = tr("%1: %2 (%3 customers)").replace("%1", name).replace(
            "%2", fmt.money(value, currency)).replace("%3", fmt.number(lost.churned_customers))
        targets.append(bar_target(i, BAR_WIDTH, 0, float(value), text))
    known = [v for v in values if v is not None]
    widget.setYRange(0, max(max(known) if known else 1.0, 1.0) * 1.15, padding=0)
    widget.getPlotItem().getAxis("bottom").setTicks([[(0.0, names[0]), (1.0, names[1])]])
    widget.setXRange(-0.6, 1.6, padding=0)
    widget.getPlotItem().setLabel("left", fmt.currency_symbol(currency) or tr("Money"))
    data = {"lost_revenue_annual": lost.lost_revenue_annual,
            "lost_lifetime_value": lost.lost_lifetime_value,
            "churned_customers": lost.churned_customers,
            "expected_lifetime_years": lost.lifetime.years, "note": lost.note}
    attach(widget, targets, data)
    return Chart("lost_value", title, caption, widget, data)


def lost_value_sentence(lost: LostValue, currency: Optional[str]) -> str:
    """The two numbers written out, so the page and the PDF say them in words too."""
    if lost.churned_customers == 0:
        return lost.note
    text = tr("%1 customers churned between %2 and %3. Their purchases in a year came to %4; "
              "over the time they would have stayed, they were worth %5 to you.")
    lifetime = (fmt.money(lost.lost_lifetime_value, currency) if lost.lost_lifetime_value
                is not None else tr("an unknown amount"))
    return (text.replace("%1", fmt.number(lost.churned_customers))
            .replace("%2", fmt.date_text(lost.start)).replace("%3", fmt.date_text(lost.end))
            .replace("%4", fmt.money(lost.lost_revenue_annual, currency))
            .replace("%5", lifetime) + " (" + lost.note + ")")


def lifecycle_chart(cycle: Lifecycle, caption: str) -> Chart:
    """Months from first purchase to churn date of churned customers (histogram)."""
    title = tr("How long churned customers stayed")
    widget = _plot(title)
    table = cycle.table
    months = table["months"].to_numpy(dtype=float)
    counts = table["customers"].to_numpy(dtype=float)
    targets = []
    if len(table):
        widget.addItem(pg.BarGraphItem(x=months + 0.5, height=counts, width=0.9,
                                       brush=ROLE["churned"], pen=pg.mkPen(None)))
        for m, c, share in zip(table["months"], table["customers"], table["share"]):
            text = tr("%1–%2 months: %3 customers (%4)").replace("%1", str(m)).replace(
                "%2", str(m + 1)).replace("%3", fmt.number(c)).replace("%4", fmt.percent(share))
            targets.append(Target(m, m + 1, 0, max(float(c), 0.5), text, int(m)))
        widget.setYRange(0, max(float(counts.max()), 1.0) * 1.1, padding=0)
        widget.setXRange(0, float(months.max()) + 1, padding=0.02)
    item = widget.getPlotItem()
    item.setLabel("left", tr("Customers"))
    item.setLabel("bottom", tr("Months from first purchase to churn"))
    data = {"months": table["months"].astype(int).tolist(),
            "customers": table["customers"].astype(int).tolist(),
            "median_months": cycle.median_months, "note": cycle.note}
    attach(widget, targets, data)
    return Chart("lifecycle", title, caption, widget, data)


def survival_chart(span: Lifespan, caption: str) -> Chart:
    """Kaplan–Meier: share of customers still buying t months after their first purchase."""
    title = tr("Share of customers still active, by months since their first purchase")
    widget = _plot(title)
    table = span.survival
    months = np.concatenate([[0.0], table["time"].to_numpy(dtype=float) / DAYS_PER_MONTH])
    survival = np.concatenate([[100.0], table["survival"].to_numpy(dtype=float) * 100.0])
    # a step curve: flat until the next churn
    xs = np.repeat(months, 2)[1:]
    ys = np.repeat(survival, 2)[:-1]
    widget.plot(xs, ys, pen=pg.mkPen(ROLE["retained"], width=2))
    if span.km_median_lifetime_days is not None:
        median = span.km_median_lifetime_days / DAYS_PER_MONTH
        widget.addItem(pg.InfiniteLine(
            pos=median, angle=90, pen=pg.mkPen(OKABE_ITO["orange"], width=1.5),
            label=tr("median %1 months").replace("%1", fmt.number(median, 1)),
            labelOpts={"color": OKABE_ITO["orange"], "position": 0.85}))
    item = widget.getPlotItem()
    item.addLine(y=50, pen=pg.mkPen(LIGHT["muted"], width=1))
    item.setLabel("left", tr("% still active"))
    item.setLabel("bottom", tr("Months since first purchase"))
    widget.setYRange(0, 102, padding=0)
    targets = []
    ends = np.append(months[1:], months[-1] + 1.0)
    for start, end, share in zip(months, ends, survival):
        text = tr("%1 months after the first purchase: %2 still active").replace(
            "%1", fmt.number(start, 1)).replace("%2", fmt.percent(share / 100))
        targets.append(Target(start, end, 0, 100, text))
    data = {"months": months.tolist(), "survival": survival.tolist(),
            "median_days": span.km_median_lifetime_days, "note": span.note}
    attach(widget, targets, data)
    return Chart("survival", title, caption, widget, data)
