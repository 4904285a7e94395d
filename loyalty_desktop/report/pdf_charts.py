"""The report's charts, recorded as vector pictures so the PDF can be written off the GUI thread.

Charts are pyqtgraph widgets and may only be built on the GUI thread; painting is not tied
to it (QPainter on QPicture and QPdfWriter is allowed in any thread). So the report is made
in two steps: :func:`chart_plan` lists the charts the chosen sections will show, and
:func:`record` builds one chart, draws it into a :class:`QPicture` (drawing commands, still
vectors and real text) and throws the widget away — a few tens of milliseconds, one chart
per turn of the event loop. ``pdf.write_pdf`` then replays the pictures in a worker.
The plan holds the *conditions* for each chart; the page functions only draw what was
recorded, so the two can never disagree.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPicture, QPageSize

from ..engine.analysis import Analysis
from . import charts, charts_cohorts, charts_feedback, charts_value, render
from .charts_representativeness import representativeness_caption, representativeness_chart
from .charts_theme_trend import has_trend, theme_trend_caption, theme_trend_chart
from .captions import chart_caption

DPI = 96
MARGIN = 56.0
#: the cohort heat map grows with its rows: 22 px a cohort, at most what fits under the title
COHORT_ROW, COHORT_BASE = 22.0, 120.0


@dataclass
class ChartSpec:
    """One chart the report will show: ``build`` makes the widget (GUI thread only)."""
    key: str
    build: Callable[[], charts.Chart]
    height: float


@dataclass
class RecordedChart:
    """A chart drawn into a QPicture at ``width`` × ``height``, with its caption."""
    picture: QPicture
    caption: str
    width: float
    height: float


def page_pixels(page_size: str) -> tuple[float, float]:
    """Page width and height in report pixels (96 dpi) for "A4" or "Letter"."""
    size = QPageSize(QPageSize.PageSizeId.Letter if page_size == "Letter"
                     else QPageSize.PageSizeId.A4).sizePixels(DPI)
    return float(size.width()), float(size.height())


def record(spec: ChartSpec, width: float) -> RecordedChart:
    """Build the chart, draw it into a picture, dispose of the widget (GUI thread)."""
    return record_chart(spec.build(), width, spec.height)


def record_chart(chart: charts.Chart, width: float, height: float) -> RecordedChart:
    """Draw a built chart into a picture and dispose of its widget (GUI thread); apart
    from :func:`record` so the window can give the event loop a turn in between."""
    picture = QPicture()
    painter = QPainter()
    painter.begin(picture)
    try:
        render.render(chart.widget, painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
        render.dispose(chart.widget)
    return RecordedChart(picture, chart.caption, width, height)


def chart_plan(analysis: Analysis, sections: Sequence[str], page_size: str = "A4") -> list[ChartSpec]:
    """Every chart of the chosen sections the analysis has data for, in page order."""
    if analysis.is_empty:
        return []
    plan: list[ChartSpec] = []
    if "retention" in sections:
        plan += _retention(analysis)
    if "cohorts" in sections:
        plan += _cohorts(analysis, page_pixels(page_size)[1])
    if "value" in sections:
        plan += _value(analysis)
    if "feedback" in sections:
        plan += _feedback(analysis)
    if "segments" in sections:
        plan += _segments(analysis)
    return plan


def _retention(analysis: Analysis) -> list[ChartSpec]:
    caption = chart_caption(analysis, "retention")
    targets, benches = analysis.defs.targets, analysis.defs.benchmarks
    return [ChartSpec("retention_flow", lambda: charts.retention_flow_chart(analysis.retention, caption), 300),
            ChartSpec("retention_rate", lambda: charts.retention_rate_chart(
                analysis.retention, caption, benchmark=benches.get("retention_rate"),
                target=targets.get("retention_rate")), 300)]


def _cohorts(analysis: Analysis, page_height: float) -> list[ChartSpec]:
    matrix = analysis.sections.get("cohorts")
    if matrix is None or matrix.is_empty:
        return []
    # what is left under the page title (≈ 40 px) above the caption and footer
    room = page_height - MARGIN - 40 - 3 * MARGIN
    height = min(room, COHORT_BASE + COHORT_ROW * len(matrix.retention))
    return [ChartSpec("cohorts", lambda: charts_cohorts.cohort_heatmap_chart(
        matrix, chart_caption(analysis, "cohorts")), height)]


def _value(analysis: Analysis) -> list[ChartSpec]:
    plan: list[ChartSpec] = []
    currency = analysis.defs.currency
    values = charts_value.customer_values(analysis)
    if values is not None and len(values.values):
        kind = "clv" if values.predictive else "value"
        plan.append(ChartSpec("clv", lambda: charts_value.clv_distribution_chart(
            values, currency, chart_caption(analysis, kind)), 280))
    lost = analysis.sections.get("lost_value")
    if lost is not None:
        plan.append(ChartSpec("lost_value", lambda: charts_value.lost_value_chart(
            lost, currency, chart_caption(analysis, "lost_value", start=lost.start, end=lost.end)), 260))
    cycle = analysis.sections.get("lifecycle")
    if cycle is not None and cycle.churned:
        plan.append(ChartSpec("lifecycle", lambda: charts_value.lifecycle_chart(
            cycle, chart_caption(analysis, "lifecycle")), 300))
    span = analysis.sections.get("lifespan")
    if span is not None and span.customers:
        plan.append(ChartSpec("survival", lambda: charts_value.survival_chart(
            span, chart_caption(analysis, "lifespan")), 300))
    return plan


def _feedback(analysis: Analysis) -> list[ChartSpec]:
    found = analysis.sections
    join = found.get("responses_join")
    if join is None or not len(join.responses):
        return []
    plan: list[ChartSpec] = []
    nps = found.get("nps")
    if nps is not None and nps.waves:
        plan.append(ChartSpec("nps", lambda: charts_feedback.nps_wave_chart(
            nps, chart_caption(analysis, "nps")), 280))
    satisfaction = found.get("satisfaction")
    if satisfaction is not None:
        table, _ = charts_feedback.satisfaction_table(satisfaction)
        if len(table) and int(table["n"].sum()):
            plan.append(ChartSpec("satisfaction", lambda: charts_feedback.satisfaction_chart(
                satisfaction, chart_caption(analysis, "satisfaction")), 260))
    comments = found.get("comments")
    if comments is not None:
        general = chart_caption(analysis, "general")
        if len(comments.themes) and int(comments.themes["comments"].sum()):
            plan.append(ChartSpec("themes", lambda: charts_feedback.themes_chart(
                comments.themes, charts_feedback.comments_caption(general)), 280))
        if comments.reasons is not None and len(comments.reasons):
            plan.append(ChartSpec("exit_reasons", lambda: charts_feedback.exit_reasons_chart(
                comments.reasons, charts_feedback.exit_caption(general)), 220))
        if has_trend(comments.trend):
            plan.append(ChartSpec("theme_trend", lambda: theme_trend_chart(
                comments.trend, theme_trend_caption(general)), 320))
    return plan + _respondents(analysis)


def _respondents(analysis: Analysis) -> list[ChartSpec]:
    """Who answered against all customers, one chart per dimension (spend band, RFM, loyal)."""
    general = chart_caption(analysis, "general")
    results = respondent_results(analysis)
    plan = []
    for i, result in enumerate(results):
        # the caption is the same for every dimension: the page prints it once, under the last
        caption = representativeness_caption(general) if i == len(results) - 1 else ""
        height = min(270.0, 100.0 + 22.0 * len(result.table))
        plan.append(ChartSpec(respondents_key(i), lambda r=result, c=caption:
                              representativeness_chart(r, c), height))
    return plan


def respondent_results(analysis: Analysis) -> list:
    """The representativeness dimensions with groups to draw, in the order of their charts
    (``respondents_key(i)``): the plan and the page both take them from here."""
    report = analysis.sections.get("representativeness")
    return [r for r in getattr(report, "results", None) or [] if len(r.table)]


def respondents_key(index: int) -> str:
    """The chart key of the ``index``-th representativeness dimension."""
    return f"representativeness_{index}"


def _segments(analysis: Analysis) -> list[ChartSpec]:
    history = analysis.sections.get("loyal_history")
    if analysis.sections.get("segment_analysis") is None or history is None or not len(history.table):
        return []
    from .loyalty_charts import loyal_share_chart
    return [ChartSpec("loyal_share", lambda: loyal_share_chart(
        history.table, chart_caption(analysis, "loyal_share")), 250)]
