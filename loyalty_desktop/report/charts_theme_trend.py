"""Are complaints about price growing? The comment causes per survey wave (issue 7 point 5).

Draws the engine's ``CommentReport.trend`` (wave, group, comments, share of that wave's
comments) as one line per cause for the causes mentioned most, so a rising line is a cause
that more and more of the comments talk about. Shares, not counts: waves differ in size.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg

from ..engine.labels import keyword_group_label
from . import formatting as fmt
from .charts import Chart, _plot, tr
from .charts_feedback import _corner_legend, _x_ticks
from .hover import Target, attach
from .theme import OKABE_ITO

COLOURS = [OKABE_ITO[c] for c in ("vermillion", "blue", "green", "orange", "purple", "sky")]


def theme_trend_caption(general: str) -> str:
    """The caption under the chart, in the window and the PDF alike."""
    return tr("Share of each wave's comments that mention a cause, for the five causes "
              "mentioned most; a small wave moves by chance. ") + general


def has_trend(trend: pd.DataFrame) -> bool:
    """Worth a chart: more than one wave and at least one comment that names a cause."""
    return bool(len(trend)) and trend["wave"].nunique() > 1 and int(trend["comments"].sum()) > 0


def top_groups(trend: pd.DataFrame, limit: int) -> list[str]:
    """The causes with the most comments over all waves, most first (none never mentioned)."""
    totals = trend.groupby("group", sort=False)["comments"].sum()
    totals = totals[totals > 0].sort_values(ascending=False, kind="stable")
    return [str(g) for g in totals.index[:limit]]


def theme_trend_chart(trend: pd.DataFrame, caption: str, limit: int = 5) -> Chart:
    """Share of each wave's comments mentioning each of the ``limit`` most common causes."""
    title = tr("Causes mentioned per survey wave (comments per wave in brackets)")
    widget = _plot(title)
    waves = [str(w) for w in pd.unique(trend["wave"])] if len(trend) else []
    groups = top_groups(trend, limit) if len(trend) else []
    x = np.arange(len(waves), dtype=float)
    table = trend.assign(wave=trend["wave"].astype(str), group=trend["group"].astype(str))
    shares = (table.pivot_table(index="wave", columns="group", values="share", aggfunc="sum")
              .reindex(index=waves, columns=groups).fillna(0.0) * 100) if groups else pd.DataFrame()
    totals = table.drop_duplicates("wave").set_index("wave")["wave_comments"].reindex(waves)
    _corner_legend(widget, (-10, 10))
    for i, group in enumerate(groups):
        colour = COLOURS[i % len(COLOURS)]
        widget.plot(x, shares[group].to_numpy(), pen=pg.mkPen(colour, width=2), symbol="o",
                    symbolSize=7, symbolBrush=colour, symbolPen=pg.mkPen(colour),
                    name=keyword_group_label(group))
    top = float(np.nanmax(shares.to_numpy())) if groups and len(waves) else 10.0
    y_top = max(top * 1.25, 5.0)
    counts = (table.pivot_table(index="wave", columns="group", values="comments", aggfunc="sum")
              .reindex(index=waves, columns=groups).fillna(0).astype(int)) if groups else None
    # a cause's point first (click key (wave, cause)), then the whole wave (key (wave, None):
    # every cause drawn) — engine.chart_members.cause_members names the customers
    targets = _point_targets(waves, groups, shares, counts, y_top * 0.04)
    for i, wave in enumerate(waves):
        lines = [tr("%1: %2 comments").replace("%1", wave).replace(
            "%2", fmt.number(totals.iloc[i]))]
        lines += [tr("%1: %2 of them").replace("%1", keyword_group_label(g)).replace(
            "%2", fmt.percent(shares.loc[wave, g] / 100)) for g in groups]
        targets.append(Target(i - 0.4, i + 0.4, 0, max(y_top, 100.0), "\n".join(lines),
                              (wave, None) if groups else None))
    item = widget.getPlotItem()
    item.setLabel("left", tr("% of the wave's comments"))
    # the wave's number of comments under its name: a small wave's line jumps by chance
    _x_ticks(widget, [f"{w} ({fmt.number(totals.iloc[i])})" for i, w in enumerate(waves)])
    widget.setYRange(0, y_top, padding=0)
    data = {"waves": waves, "groups": groups,
            "shares": {g: shares[g].round(6).tolist() for g in groups},
            "comments": [int(v) for v in totals.fillna(0)]}
    attach(widget, targets, data)
    return Chart("comment_theme_trend", title, caption, widget, data)


def _point_targets(waves: list[str], groups: list[str], shares: pd.DataFrame,
                   counts: pd.DataFrame | None, reach: float) -> list[Target]:
    """One small target per drawn point: "2024-H1 · Price: 50% of the wave's comments (10)"."""
    targets = []
    for i, wave in enumerate(waves):
        for group in groups:
            share, n = float(shares.loc[wave, group]), int(counts.loc[wave, group])
            text = tr("%1 · %2: %3 of the wave's comments (%4)").replace("%1", wave) \
                .replace("%2", keyword_group_label(group)).replace("%3", fmt.percent(share / 100)) \
                .replace("%4", fmt.number(n))
            targets.append(Target(i - 0.15, i + 0.15, share - reach, share + reach, text,
                                  (wave, group) if n else None))
    return targets
