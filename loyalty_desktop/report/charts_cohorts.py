"""The cohort heat map (SPEC §3 "Cohort retention"), shared by the Retention page and the PDF.

One row per cohort (period of first purchase, oldest at the top), one column per period
offset k; a cell is the share of the cohort active in period cohort + k, as computed by
``engine.cohorts.cohort_matrix``. Colours follow cividis (readable with every common
colour-vision deficiency and in grey print), scaled from 0 to the top shares after
the first period (their 95th percentile), because column 0 is always 100 % and would
otherwise wash out the rest.
Column 0 shows the cohort size instead. Cells after ``as_of`` are not observed and stay blank.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont

from ..engine.cohorts import CohortMatrix, ordinal_start, period_ordinal
from ..engine.periods import period_label
from . import formatting as fmt
from .charts import Chart, _plot, tr
from .hover import Target, attach

#: With more cohorts than this the cells are too small for their numbers; hover still works.
MAX_LABELLED = 24
#: Smallest top of the colour scale, so a shop where almost nobody returns is not all yellow.
MIN_SCALE = 0.05
SIZE_CELL = "#E9ECF1"
#: Ink on the light cells: not the theme's foreground, which turns light in the dark scheme.
CELL_INK = "#1A1A1A"
TOP_QUANTILE = 0.95
_COLOURS = pg.colormap.get("cividis")


def period_offset_name(period: str, offset: int) -> str:
    names = {"week": tr("week %1"), "month": tr("month %1"), "quarter": tr("quarter %1"),
             "half-year": tr("half-year %1"), "year": tr("year %1")}
    return names.get(period, tr("period %1")).replace("%1", str(offset))


def colour_scale_top(matrix: CohortMatrix) -> float:
    """Top of the colour scale: the 95th percentile of the shares after the first period
    (≥ MIN_SCALE). Not the maximum: one small cohort's lucky month would grey out the rest."""
    if matrix.retention.shape[1] <= 1:
        return 1.0
    later = matrix.retention.iloc[:, 1:].to_numpy(dtype=float, na_value=np.nan).ravel()
    later = later[~np.isnan(later)]
    if len(later) == 0:
        return 1.0
    return max(float(np.quantile(later, TOP_QUANTILE)), MIN_SCALE)


def cell_colour(share: float, top: float) -> QColor:
    return _COLOURS.map(min(max(share / top, 0.0), 1.0), mode="qcolor")


def cohort_heatmap_chart(matrix: CohortMatrix, caption: str) -> Chart:
    """Heat map of ``matrix.retention`` with sizes in column 0 and exact values on hover."""
    title = tr("Share of each cohort buying again, period by period")
    widget = _plot(title)
    widget.getPlotItem().showGrid(x=False, y=False)
    cohorts = [str(c) for c in matrix.retention.index]
    n_rows, n_cols = matrix.retention.shape if not matrix.is_empty else (0, 0)
    top = colour_scale_top(matrix) if n_rows else 1.0
    labelled = n_rows <= MAX_LABELLED and n_cols <= MAX_LABELLED
    xs, ys, brushes, targets = [], [], [], []
    # plain arrays: DataFrame.iat per cell cost ~60 ms of the GUI thread for 36 × 36 cohorts
    shares = matrix.retention.to_numpy(dtype=float, na_value=np.nan) if n_rows else np.empty((0, 0))
    counts = matrix.counts.to_numpy(dtype=float, na_value=0.0) if n_rows else np.empty((0, 0))
    # one colour-map call for every cell (per cell it was another ~40 ms): as cell_colour()
    colours = (_COLOURS.map(np.clip(np.nan_to_num(shares) / top, 0.0, 1.0).ravel(), mode="qcolor")
               if shares.size else [])
    for r, cohort in enumerate(cohorts):
        y = float(n_rows - 1 - r)
        size = int(counts[r, 0])
        for k in range(n_cols):
            share = shares[r, k]
            if np.isnan(share):
                continue
            count = int(counts[r, k])
            xs.append(float(k))
            ys.append(y)
            colour = QColor(SIZE_CELL) if k == 0 else colours[r * n_cols + k]
            brushes.append(pg.mkBrush(colour))
            text = tr("Cohort %1, %2: %3 (%4 of %5 customers)").replace("%1", cohort).replace(
                "%2", period_offset_name(matrix.period, k)).replace(
                "%3", fmt.percent(float(share))).replace("%4", fmt.number(count)).replace(
                "%5", fmt.number(size))
            targets.append(Target(k - 0.5, k + 0.5, y - 0.5, y + 0.5, text, (cohort, k)))
            if labelled:
                _cell_text(widget, k, y, fmt.number(size) if k == 0 else fmt.percent(float(share)),
                           CELL_INK if k == 0 or float(share) / top > 0.55 else "#FFFFFF")
    if xs:
        widget.addItem(pg.BarGraphItem(x=np.array(xs), y=np.array(ys), width=0.96, height=0.96,
                                       brushes=brushes, pens=[pg.mkPen(None)] * len(xs)))
    _axes(widget, cohorts, n_cols, matrix.period)
    data = {"cohorts": cohorts, "sizes": [int(v) for v in matrix.counts[0]] if n_rows else [],
            "retention": [[None if pd.isna(v) else float(v) for v in row]
                          for row in matrix.retention.to_numpy(dtype=float, na_value=np.nan)],
            "scale_top": top, "period": matrix.period}
    attach(widget, targets, data)
    return Chart("cohorts", title, caption + " " + scale_sentence(top), widget, data)


def scale_sentence(top: float) -> str:
    return tr("First column: customers in the cohort. Colours run from dark blue (0 %) to "
              "yellow (%1 or more).").replace("%1", fmt.percent(top))


def _cell_text(widget: pg.PlotWidget, x: float, y: float, text: str, colour: str) -> None:
    item = pg.TextItem(text, color=colour, anchor=(0.5, 0.5))
    item.setFont(QFont("DejaVu Sans", 7))
    item.setPos(x, y)
    item.setZValue(10)          # above the cells, which are added after the texts
    widget.addItem(item)


def _axes(widget: pg.PlotWidget, cohorts: list[str], n_cols: int, period: str) -> None:
    item = widget.getPlotItem()
    n_rows = len(cohorts)
    step = max(1, int(np.ceil(n_rows / MAX_LABELLED)))
    left = item.getAxis("left")
    left.setTicks([[(float(n_rows - 1 - r), cohorts[r]) for r in range(0, n_rows, step)]])
    # room for the longest label ("2024-W52", "2024-H1"): the axis does not always measure it
    left.setWidth(int(7 * max((len(c) for c in cohorts), default=4)) + 14)
    col_step = max(1, int(np.ceil(n_cols / MAX_LABELLED)))
    item.getAxis("bottom").setTicks([[(float(k), str(k)) for k in range(0, n_cols, col_step)]])
    item.setLabel("bottom", {"week": tr("Weeks after the first purchase"),
                             "month": tr("Months after the first purchase"),
                             "quarter": tr("Quarters after the first purchase"),
                             "half-year": tr("Half-years after the first purchase"),
                             "year": tr("Years after the first purchase")}.get(period, ""))
    widget.setXRange(-0.5, max(n_cols - 0.5, 0.5), padding=0)
    widget.setYRange(-0.5, max(n_rows - 0.5, 0.5), padding=0)


def cohort_customers(activity: pd.DataFrame, period: str, cohort: str, offset: int) -> list[str]:
    """Customer ids behind one heat-map cell: the cohort's customers active ``offset`` periods
    after their first (``activity``: the customer_id/day pairs the matrix was built from)."""
    if len(activity) == 0:
        return []
    ordinal = pd.Series(period_ordinal(activity["day"].to_numpy(), period),
                        index=activity.index)
    frame = pd.DataFrame({"customer_id": activity["customer_id"].astype(str), "ordinal": ordinal})
    first = frame.groupby("customer_id")["ordinal"].min()
    labels = {o: period_label(ordinal_start(int(o), period), period) for o in first.unique()}
    members = first[first.map(labels) == cohort]
    wanted = frame["customer_id"].map(members) + int(offset)
    hit = frame.loc[frame["ordinal"] == wanted, "customer_id"]
    return sorted(hit.unique().tolist())
