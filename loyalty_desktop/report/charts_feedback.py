"""Charts of what customers say (SPEC §3 NPS, satisfaction, comments), for window and PDF.

Same conventions as ``charts.py``: engine result in, :class:`Chart` out, the numbers handed
to the plot kept in ``Chart.data`` (tests check data, not pixels) and every hover text
formatted through ``report.formatting``. Uncertain NPS waves (fewer than 30 answers or a
wide interval, decided by ``engine.nps``) are drawn hollow and grey, with the reason.
"""
from __future__ import annotations

from typing import Optional

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from ..engine.labels import keyword_group_label
from ..engine.nps import NpsReport, nps_category
from ..engine.satisfaction import SatisfactionReport
from . import formatting as fmt
from .charts import Chart, _plot, tr
from .hover import Target, attach, bar_target
from .theme import LIGHT, OKABE_ITO

#: NPS category → colour (Okabe–Ito; the passive grey reads as "neither").
CATEGORY_COLOURS = {"detractor": OKABE_ITO["vermillion"], "passive": "#B8B8B8",
                    "promoter": OKABE_ITO["green"]}
UNCERTAIN = "#9A9A9A"
NO_SCORE = "#E2E4E8"
BAR_WIDTH = 0.7
#: Longest category name on a horizontal bar chart's axis before it is shortened with "…".
MAX_LABEL = 26


def _category_name(category: str) -> str:
    return {"detractor": tr("Detractors (0–6)"), "passive": tr("Passives (7–8)"),
            "promoter": tr("Promoters (9–10)")}[category]


def _label(widget: pg.PlotWidget, x: float, y: float, text: str,
           anchor: tuple[float, float] = (0.5, 1.0), colour: str = LIGHT["foreground"]) -> None:
    item = pg.TextItem(text, color=colour, anchor=anchor)
    item.setFont(QFont("DejaVu Sans", 8))
    item.setPos(x, y)
    widget.addItem(item)


def _corner_legend(widget: pg.PlotWidget, offset: tuple[int, int]) -> pg.LegendItem:
    """A legend in a corner the bars leave free (negative offsets count from the right/bottom)."""
    legend = widget.getPlotItem().addLegend(offset=offset, labelTextColor=LIGHT["foreground"])
    legend.setBrush(pg.mkBrush(255, 255, 255, 220))
    return legend


def _short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[:MAX_LABEL - 1] + "…"


def _x_ticks(widget: pg.PlotWidget, labels: list[str]) -> None:
    widget.getPlotItem().getAxis("bottom").setTicks([[(float(i), l) for i, l in enumerate(labels)]])
    widget.setXRange(-0.6, max(len(labels) - 0.4, 0.6), padding=0)


# --------------------------------------------------------------------------- NPS per wave
def nps_wave_chart(report: NpsReport, caption: str) -> Chart:
    """NPS per wave with adjusted-Wald 95 % whiskers; uncertain waves hollow and grey."""
    title = tr("Net Promoter Score per survey wave")
    widget = _plot(title)
    table = report.waves_table()
    labels = table["wave"].astype(str).tolist()
    x = np.arange(len(labels), dtype=float)
    score = table["score"].to_numpy(dtype=float)
    low = table["adjusted_low"].to_numpy(dtype=float)
    high = table["adjusted_high"].to_numpy(dtype=float)
    uncertain = table["uncertain"].to_numpy(dtype=bool)
    for mask, colour, fill in ((~uncertain, CATEGORY_COLOURS["promoter"], True),
                               (uncertain, UNCERTAIN, False)):
        if not mask.any():
            continue
        pen = pg.mkPen(colour, width=1.5)
        widget.addItem(pg.ErrorBarItem(x=x[mask], y=score[mask], top=high[mask] - score[mask],
                                       bottom=score[mask] - low[mask], beam=0.18, pen=pen))
        widget.plot(x[mask], score[mask], pen=None, symbol="o", symbolSize=11,
                    symbolPen=pg.mkPen(colour, width=2),
                    symbolBrush=pg.mkBrush(colour) if fill else pg.mkBrush(255, 255, 255))
    if len(x) > 1:
        widget.plot(x, score, pen=pg.mkPen(LIGHT["muted"], width=1, style=Qt.PenStyle.DotLine))
    targets = []
    for i, row in table.iterrows():
        text = tr("%1: NPS %2 (95 % interval %3 to %4), %5 answers").replace(
            "%1", str(row["wave"])).replace("%2", fmt.number(row["score"])).replace(
            "%3", fmt.number(row["adjusted_low"])).replace(
            "%4", fmt.number(row["adjusted_high"])).replace("%5", fmt.number(row["n"]))
        if row["uncertain"]:
            text += "\n" + tr("Uncertain: %1").replace("%1", str(row["uncertain_reason"]))
        targets.append(Target(i - 0.3, i + 0.3, row["adjusted_low"], row["adjusted_high"], text,
                              str(row["wave"])))
        _label(widget, float(i) + 0.12, float(row["score"]), fmt.number(row["score"]), (0.0, 0.5))
    item = widget.getPlotItem()
    item.addLine(y=0, pen=pg.mkPen(LIGHT["muted"], width=1))
    item.setLabel("left", tr("NPS (−100 to 100)"))
    _x_ticks(widget, labels)
    top = float(np.nanmax(high)) if len(high) else 50.0
    bottom = float(np.nanmin(low)) if len(low) else -50.0
    widget.setYRange(max(-100.0, min(bottom, 0.0) - 5), min(100.0, max(top, 0.0) + 5), padding=0)
    data = {"waves": labels, "scores": score.tolist(), "low": low.tolist(), "high": high.tolist(),
            "n": table["n"].astype(int).tolist(), "uncertain": uncertain.tolist(),
            "reasons": table["uncertain_reason"].astype(str).tolist()}
    attach(widget, targets, data, slack=4.0)
    if uncertain.any():
        # no "point at one": the caption is printed in the PDF too (the tooltip says why)
        caption += " " + tr("Hollow grey points are uncertain: fewer than 30 answers or an "
                            "interval wider than ±10 points.")
    return Chart("nps_waves", title, caption, widget, data)


# --------------------------------------------------------------------------- 0–10 answers
def score_counts(scores: pd.Series) -> pd.DataFrame:
    """Answers per score 0…10 (every score listed, missing answers left out) with category."""
    values = pd.to_numeric(scores, errors="coerce").dropna().round().astype(int)
    counts = values.value_counts().reindex(range(11), fill_value=0)
    category = ["detractor"] * 7 + ["passive"] * 2 + ["promoter"] * 2
    return pd.DataFrame({"score": range(11), "answers": counts.to_numpy(dtype=int),
                         "category": category})


def score_distribution_chart(scores: pd.Series, caption: str) -> Chart:
    """How many answered 0, 1, … 10, coloured by NPS category."""
    title = tr("Answers to “How likely are you to recommend us?”")
    widget = _plot(title)
    table = score_counts(scores)
    total = int(table["answers"].sum())
    _corner_legend(widget, (10, 5))
    targets = []
    for category in ("detractor", "passive", "promoter"):
        part = table[table["category"] == category]
        widget.addItem(pg.BarGraphItem(x=part["score"].to_numpy(dtype=float),
                                       height=part["answers"].to_numpy(dtype=float),
                                       width=BAR_WIDTH, brush=CATEGORY_COLOURS[category],
                                       pen=pg.mkPen(None), name=_category_name(category)))
    for _, row in table.iterrows():
        share = row["answers"] / total if total else None
        text = tr("Score %1: %2 answers (%3)").replace("%1", str(row["score"])).replace(
            "%2", fmt.number(row["answers"])).replace("%3", fmt.percent(share))
        targets.append(bar_target(row["score"], BAR_WIDTH, 0, max(row["answers"], 0.5), text,
                                  int(row["score"])))
    item = widget.getPlotItem()
    item.setLabel("left", tr("Answers"))
    item.setLabel("bottom", tr("Score"))
    _x_ticks(widget, [str(s) for s in range(11)])
    # head room for the legend above the bars
    widget.setYRange(0, max(float(table["answers"].max()), 1.0) * 1.45, padding=0)
    data = {"scores": list(range(11)), "answers": table["answers"].tolist(),
            "categories": table["category"].tolist()}
    attach(widget, targets, data)
    return Chart("nps_distribution", title, caption, widget, data)


# --------------------------------------------------------------------------- repurchase
def satisfaction_table(report: SatisfactionReport) -> tuple[pd.DataFrame, str]:
    """The levels to draw: satisfaction 1–5 when answered, else the NPS categories."""
    if len(report.levels) and int(report.levels["n"].sum() + report.levels["too_recent"].sum()):
        return report.levels, "satisfaction"
    return report.nps_categories, "nps"


def satisfaction_chart(report: SatisfactionReport, caption: str) -> Chart:
    """Share who bought again within the window after answering, per answer level, with
    Wilson 95 % whiskers and n; levels with too few answers show no bar, only n."""
    table, basis = satisfaction_table(report)
    title = (tr("Bought again after answering, by satisfaction") if basis == "satisfaction"
             else tr("Bought again after answering, by NPS category"))
    widget = _plot(title)
    labels = table["label"].astype(str).tolist() if len(table) else []
    rates = [None if pd.isna(v) else float(v) * 100 for v in table.get("repurchase_rate", [])]
    lows = [None if pd.isna(v) else float(v) * 100 for v in table.get("ci95_low", [])]
    highs = [None if pd.isna(v) else float(v) * 100 for v in table.get("ci95_high", [])]
    ns = [int(v) for v in table.get("n", [])]
    levels = list(table.get("level", []))
    colours = [CATEGORY_COLOURS.get(str(level), OKABE_ITO["blue"]) for level in levels]
    targets = []
    for i, (rate, lo, hi, n) in enumerate(zip(rates, lows, highs, ns)):
        if rate is not None:
            widget.addItem(pg.BarGraphItem(x=[float(i)], height=[rate], width=BAR_WIDTH,
                                           brush=colours[i], pen=pg.mkPen(None)))
            widget.addItem(pg.ErrorBarItem(x=np.array([float(i)]), y=np.array([rate]),
                                           top=np.array([hi - rate]), bottom=np.array([rate - lo]),
                                           beam=0.18, pen=pg.mkPen(LIGHT["foreground"], width=1.2)))
            text = tr("%1: %2 bought again (95 % interval %3 to %4), %5 answers").replace(
                "%1", labels[i]).replace("%2", fmt.percent(rate / 100)).replace(
                "%3", fmt.percent(lo / 100)).replace("%4", fmt.percent(hi / 100)).replace(
                "%5", fmt.number(n))
            _label(widget, float(i), hi, fmt.percent(rate / 100))
        else:
            note = str(table["note"].iloc[i]) if "note" in table else ""
            text = tr("%1: %2").replace("%1", labels[i]).replace("%2", note)
            _label(widget, float(i), 9.0, tr("too few answers"), (0.5, 1.0))
        # click key: what engine.chart_members.level_members needs to name the customers
        level = levels[i].item() if isinstance(levels[i], np.generic) else levels[i]
        targets.append(bar_target(i, BAR_WIDTH, 0, max(hi or 0.0, 5.0), text,
                                  (basis, level, labels[i])))
    item = widget.getPlotItem()
    item.setLabel("left", tr("% who bought again"))
    for i, n in enumerate(ns):
        # under the bar's foot, where no whisker or short bar can cross it (it used to sit
        # inside the bar, and a 4 % bar or a low whisker ran through the text)
        _label(widget, float(i), -0.5, tr("n = %1").replace("%1", fmt.number(n)), (0.5, 0.0))
    _x_ticks(widget, labels)
    widget.setYRange(-11, 105, padding=0)
    data = {"basis": basis, "levels": labels, "rates": rates, "low": lows, "high": highs, "n": ns,
            "window_days": report.window_days, "sentences": list(report.sentences)}
    attach(widget, targets, data)
    return Chart("satisfaction_repurchase", title, caption, widget, data)


# --------------------------------------------------------------------------- horizontal bars
def _horizontal(widget: pg.PlotWidget, names: list[str]) -> None:
    """Category names on the left axis, first name at the top."""
    axis = widget.getPlotItem().getAxis("left")
    axis.setTicks([[(float(len(names) - 1 - i), _short(n)) for i, n in enumerate(names)]])
    axis.setWidth(150)
    widget.getPlotItem().showGrid(x=True, y=False, alpha=0.25)
    widget.setYRange(-0.6, max(len(names) - 0.4, 0.6), padding=0)


def themes_chart(themes: pd.DataFrame, caption: str, limit: int = 10) -> Chart:
    """Comments mentioning each cause group, split detractors / passives / promoters."""
    title = tr("What the comments talk about")
    widget = _plot(title)
    table = themes[themes["comments"] > 0].head(limit) if len(themes) else themes
    names = table["group"].astype(str).tolist() if len(table) else []
    y = np.arange(len(names), dtype=float)[::-1]
    left = np.zeros(len(names))
    _corner_legend(widget, (-10, -10))
    series = {}
    for category in ("detractor", "passive", "promoter"):
        column = f"{category}s"
        values = (table[column].to_numpy(dtype=float) if column in table
                  else np.zeros(len(names)))
        series[column] = values.astype(int).tolist()
        if len(names):
            widget.addItem(pg.BarGraphItem(x0=left.copy(), y=y, width=values, height=BAR_WIDTH,
                                           brush=CATEGORY_COLOURS[category], pen=pg.mkPen(None),
                                           name=_category_name(category)))
        left += values
    totals = table["comments"].to_numpy(dtype=int) if len(table) else np.zeros(0, dtype=int)
    # answers without a 0–10 score (a satisfaction-only or exit survey) still count
    unscored = np.clip(totals - left, 0, None)
    series["unscored"] = unscored.astype(int).tolist()
    if len(names) and unscored.any():
        widget.addItem(pg.BarGraphItem(x0=left.copy(), y=y, width=unscored, height=BAR_WIDTH,
                                       brush=NO_SCORE, pen=pg.mkPen(None), name=tr("No score")))
    targets = []
    for i, name in enumerate(names):
        text = tr("%1: %2 comments — %3 from detractors, %4 from promoters (click for examples)") \
            .replace("%1", keyword_group_label(name)).replace("%2", fmt.number(totals[i])) \
            .replace("%3", fmt.number(series["detractors"][i])) \
            .replace("%4", fmt.number(series["promoters"][i]))
        targets.append(Target(0, max(float(totals[i]), 0.5), y[i] - BAR_WIDTH / 2,
                              y[i] + BAR_WIDTH / 2, text, name))
        _label(widget, float(totals[i]), y[i], " " + fmt.number(totals[i]), (0.0, 0.5))
    _horizontal(widget, [keyword_group_label(n) for n in names])   # data keeps the keys
    widget.getPlotItem().setLabel("bottom", tr("Comments"))
    widget.setXRange(0, max(float(totals.max()) if len(totals) else 1.0, 1.0) * 1.12, padding=0)
    data = {"groups": names, "comments": totals.tolist(), **series}
    attach(widget, targets, data)
    return Chart("comment_themes", title, caption, widget, data)


def exit_reasons_chart(reasons: pd.DataFrame, caption: str, limit: int = 10) -> Chart:
    """Answers to "why did you leave?", most common first."""
    title = tr("Why customers say they left")
    widget = _plot(title)
    table = reasons.head(limit)
    names = table["reason"].astype(str).tolist()
    counts = table["count"].to_numpy(dtype=float)
    y = np.arange(len(names), dtype=float)[::-1]
    if len(names):
        widget.addItem(pg.BarGraphItem(x0=np.zeros(len(names)), y=y, width=counts,
                                       height=BAR_WIDTH, brush=CATEGORY_COLOURS["detractor"],
                                       pen=pg.mkPen(None)))
    targets = []
    for i, name in enumerate(names):
        text = tr("%1: %2 answers (%3)").replace("%1", name).replace(
            "%2", fmt.number(counts[i])).replace("%3", fmt.percent(table["share"].iloc[i]))
        targets.append(Target(0, max(counts[i], 0.5), y[i] - BAR_WIDTH / 2, y[i] + BAR_WIDTH / 2,
                              text, name))
        _label(widget, float(counts[i]), y[i], " " + fmt.number(counts[i]), (0.0, 0.5))
    _horizontal(widget, names)
    widget.getPlotItem().setLabel("bottom", tr("Answers"))
    widget.setXRange(0, max(float(counts.max()) if len(counts) else 1.0, 1.0) * 1.12, padding=0)
    data = {"reasons": names, "counts": counts.astype(int).tolist()}
    attach(widget, targets, data)
    return Chart("exit_reasons", title, caption, widget, data)


def comments_caption(general: str) -> str:
    """Caption of the theme chart: how comments are grouped, then the general definitions."""
    return tr("A comment counts for a cause when it contains one of that cause's keywords in its "
              "own language (en, sv, da, nl, ru; the keyword lists can be edited); colours show "
              "the answer's NPS category. ") + general


def exit_caption(general: str) -> str:
    return tr("Answers to the “why did you leave” question, grouped ignoring case and "
              "spacing. ") + general


def optional_score(responses: Optional[pd.DataFrame]) -> Optional[pd.Series]:
    """The 0–10 answers of the joined responses, or None when the survey has no score."""
    if responses is None or "score" not in responses:
        return None
    scores = pd.to_numeric(responses["score"], errors="coerce")
    return scores if scores.notna().any() else None


#: Length of a comment worth quoting in the report: long enough to say something, short
#: enough to fit on a line or two.
QUOTE_LENGTH = (25, 220)


def quoted_comments(responses: Optional[pd.DataFrame], per_side: int = 2) -> list[tuple[str, str]]:
    """(category, comment) pairs to quote: up to ``per_side`` detractor and promoter comments
    of quotable length, most recent first when the answers are dated (else file order)."""
    if responses is None or "comment" not in responses or "score" not in responses:
        return []
    frame = pd.DataFrame({"comment": responses["comment"].astype("string").str.strip(),
                          "category": nps_category(responses["score"])})
    if "date" in responses:
        frame["date"] = pd.to_datetime(responses["date"], errors="coerce")
        frame = frame.sort_values("date", ascending=False, na_position="last", kind="stable")
    length = frame["comment"].str.len()
    frame = frame[length.between(*QUOTE_LENGTH).fillna(False).astype(bool)]
    frame = frame.drop_duplicates("comment")
    out = []
    for category in ("detractor", "promoter"):
        part = frame[frame["category"] == category].head(per_side)
        out += [(category, str(text)) for text in part["comment"]]
    return out
