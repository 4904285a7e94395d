"""The PDF report an owner hands to a partner: cover, KPI summary, one section per page.

Vector charts via QPdfWriter + scene rendering (FINDINGS trap 4): resolution 96 dpi so
pyqtgraph's cosmetic pens stay visible; the painter is always ended (an active painter at
QPdfWriter destruction segfaults). The charts are recorded as QPictures first
(pdf_charts.py, GUI thread) and the pages written by :func:`write_pdf`, which touches no
widget, so the window runs it in a worker (ui/pdf_job.py). Drawing primitives: pdf_layout.py.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable, Mapping, Sequence

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ..engine.analysis import Analysis
from ..engine.labels import segment_label
from ..engine.progress import Progress, report, sub_progress
from . import charts_feedback, charts_value
from . import formatting as fmt
from .captions import chart_caption
from .kpis import kpi_rows, reading
from .charts_theme_trend import has_trend
from .pdf_charts import (RecordedChart, chart_plan, page_pixels, record, respondent_results,
                         respondents_key)
from .pdf_layout import DPI, MARGIN, PageContext, draw_table, tr
from .pdf_layout import draw_chart as _chart, footer as _footer
from .pdf_layout import paragraph as _text

SECTIONS = ("summary", "retention", "cohorts", "value", "feedback", "segments", "appendix")
#: Page size by locale: US English readers print on Letter, everyone else on A4.
LETTER_LOCALES = ("en_US", "en_CA", "es_MX", "fil_PH")


def page_size_for(locale_name: str) -> str:
    """"Letter" for North-American locales (``QLocale().name()``), else "A4"."""
    return "Letter" if locale_name in LETTER_LOCALES else "A4"


def build_pdf(analysis: Analysis, path: str | Path, *, imports: Sequence[dict] = (),
              sections: Sequence[str] = SECTIONS, business_name: str = "",
              page_size: str | None = None, progress: Progress | None = None) -> Path:
    """Write the report in one go (CLI, tests): record the charts, then write the pages.

    Must run on the GUI thread (charts are Qt widgets); the window instead records the
    charts one per event-loop turn and calls :func:`write_pdf` in a worker (ui/pdf_job.py).
    ``page_size`` "A4" | "Letter"; None → by the system locale (:func:`page_size_for`)."""
    page_size = page_size or default_page_size()
    plan = chart_plan(analysis, sections, page_size)
    width = page_pixels(page_size)[0] - 2 * MARGIN
    recorded = {}
    for step, spec in enumerate(plan):
        recorded[spec.key] = record(spec, width)
        report(progress, 0.6 * (step + 1) / max(len(plan), 1), tr("Drawing the charts…"))
    return write_pdf(analysis, path, recorded, imports=imports, sections=sections,
                     business_name=business_name, page_size=page_size,
                     progress=sub_progress(progress, 0.6, 1.0))


def default_page_size() -> str:
    from PySide6.QtCore import QLocale
    return page_size_for(QLocale().name())


def write_pdf(analysis: Analysis, path: str | Path, charts_by_key: Mapping[str, RecordedChart], *,
              imports: Sequence[dict] = (), sections: Sequence[str] = SECTIONS,
              business_name: str = "", page_size: str = "A4",
              progress: Progress | None = None) -> Path:
    """Lay out and write every page, the charts replayed from ``charts_by_key``.

    Uses no widget, so it may run in a worker thread. A cancelled or failed export leaves
    no half-written file behind."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter if page_size == "Letter"
                                 else QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(tr("Customer loyalty report"))
    writer.setCreator("Loyalty Desktop")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"Cannot write the PDF to {path}: is the folder writable?")
    try:
        rect = writer.pageLayout().fullRectPixels(DPI)
        ctx = PageContext(painter, float(rect.width()), float(rect.height()), charts=charts_by_key)
        pages = _page_functions(analysis, sections, imports, business_name)
        for number, draw in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            ctx.y = MARGIN
            draw(ctx)
            _footer(ctx, number, len(pages))
            report(progress, number / len(pages),
                   tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(len(pages))))
    except BaseException:
        painter.end()
        del painter, writer
        path.unlink(missing_ok=True)
        raise
    painter.end()
    return path


def _page_functions(analysis: Analysis, sections: Sequence[str], imports: Sequence[dict],
                    business_name: str) -> list[Callable[[PageContext], None]]:
    pages: list[Callable[[PageContext], None]] = [lambda c: _cover(c, analysis, business_name)]
    if "summary" in sections:
        pages.append(lambda c: _summary_page(c, analysis))
    if "retention" in sections and not analysis.is_empty:
        pages.append(lambda c: _retention_page(c, analysis))
    pages += _insight_pages(analysis, sections)
    if "segments" in sections and analysis.sections.get("segment_analysis") is not None:
        pages.append(lambda c: _segments_page(c, analysis))
    if "appendix" in sections:     # at-risk list + import accounting (pdf_appendix.py)
        from .pdf_appendix import appendix_pages
        pages += appendix_pages(analysis, imports)
    return pages


def _cover(ctx: PageContext, analysis: Analysis, business_name: str) -> None:
    ctx.y = ctx.height * 0.3
    _text(ctx, tr("Customer loyalty report"), 26, True, gap=14)
    if business_name:
        _text(ctx, business_name, 16, gap=20)
    summary = analysis.summary
    if summary.get("first_date"):
        _text(ctx, tr("Data from %1 to %2").replace("%1", fmt.date_text(summary["first_date"]))
              .replace("%2", fmt.date_text(summary["last_date"] or "")), 12)
    if analysis.as_of is not None:
        _text(ctx, tr("Analysis date (as of): %1").replace("%1", fmt.date_text(analysis.as_of.date())), 12)
    view = analysis.sections.get("view")      # the window's filter, when the PDF comes from it
    if view is not None and view.view.label():
        _text(ctx, tr("Shown: %1").replace("%1", view.view.label()), 12, True)
    _text(ctx, tr("Generated on %1").replace("%1", fmt.date_text(date.today())), 12, colour="#666666")
    ctx.y = ctx.height - 3 * MARGIN
    _text(ctx, tr("Made with Loyalty Desktop. Computed on this computer; no data left it."),
          9, colour="#666666")


def _summary_page(ctx: PageContext, analysis: Analysis) -> None:
    _text(ctx, tr("Summary"), 18, True, gap=12)
    rows = kpi_rows(analysis)
    col = [0.33, 0.17, 0.34, 0.16]   # "benchmark 80.0 % · target 85.0 %" in full
    headers = [tr("Key figure"), tr("Value"), tr("Benchmark / target"), tr("Assessment")]
    draw_table(ctx, headers, [[r.label, r.value_text, r.reference_text, r.assessment] for r in rows], col)
    ctx.y += 10
    _text(ctx, chart_caption(analysis, "summary"), 9, colour="#555555", gap=18)
    # the same plain-language reading as the overview cards, for a reader without the app
    _text(ctx, tr("What the figures say"), 13, True, gap=6)
    for row in rows:
        _text(ctx, "•  " + reading(row, analysis.defs.period), 10, gap=5)


def _retention_page(ctx: PageContext, analysis: Analysis) -> None:
    _text(ctx, tr("Retention"), 18, True, gap=12)
    _chart(ctx, "retention_flow")
    _chart(ctx, "retention_rate")


# --- cohorts, value and feedback sections (the window's pages of the same name) ------------
def _insight_pages(analysis: Analysis, sections: Sequence[str]) -> list[Callable[[PageContext], None]]:
    """Page functions of the cohort, value and feedback sections the analysis can fill."""
    if analysis.is_empty:
        return []
    found = analysis.sections
    pages: list[Callable[[PageContext], None]] = []
    cohorts = found.get("cohorts")
    if "cohorts" in sections and cohorts is not None and not cohorts.is_empty:
        pages.append(lambda c: _cohorts_page(c, analysis))
    if "value" in sections:
        pages.append(lambda c: _value_page(c, analysis))
        if found.get("lifecycle") is not None or found.get("lifespan") is not None:
            pages.append(lambda c: _lifetime_page(c, analysis))
    join = found.get("responses_join")
    if "feedback" in sections and join is not None and len(join.responses):
        pages.append(lambda c: _feedback_page(c, analysis))
        if found.get("comments") is not None:
            pages.append(lambda c: _comments_page(c, analysis))
        comments = found.get("comments")
        if comments is not None and has_trend(comments.trend):
            pages.append(lambda c: _causes_page(c, analysis))
        if respondent_results(analysis):
            pages.append(lambda c: _respondents_page(c, analysis))
    return pages


def _cohorts_page(ctx: PageContext, analysis: Analysis) -> None:
    _text(ctx, tr("Cohorts"), 18, True, gap=12)
    _chart(ctx, "cohorts", max_height=ctx.height - ctx.y - 3 * MARGIN)


def _value_page(ctx: PageContext, analysis: Analysis) -> None:
    _text(ctx, tr("Customer value"), 18, True, gap=12)
    currency = analysis.defs.currency
    values = charts_value.customer_values(analysis)
    if "clv" in ctx.charts and values is not None and values.note:
        _text(ctx, values.note[:1].upper() + values.note[1:], 9.5, gap=8)
    _chart(ctx, "clv")
    lost = analysis.sections.get("lost_value")
    if lost is not None:
        _text(ctx, tr("Lost lifetime value"), 13, True, gap=6)
        _text(ctx, charts_value.lost_value_sentence(lost, currency), 9.5, gap=8)
        _chart(ctx, "lost_value")


def _lifetime_page(ctx: PageContext, analysis: Analysis) -> None:
    _text(ctx, tr("How long customers stay"), 18, True, gap=12)
    cycle = analysis.sections.get("lifecycle")
    if not _chart(ctx, "lifecycle") and cycle is not None:
        _text(ctx, cycle.note, 10, gap=12)
    _chart(ctx, "survival")


def _feedback_page(ctx: PageContext, analysis: Analysis) -> None:
    _text(ctx, tr("Feedback"), 18, True, gap=12)
    _chart(ctx, "nps")
    satisfaction = analysis.sections.get("satisfaction")
    if satisfaction is not None:
        _chart(ctx, "satisfaction")
        for sentence in satisfaction.sentences:
            _text(ctx, sentence, 9.5, gap=4)


def _comments_page(ctx: PageContext, analysis: Analysis) -> None:
    _text(ctx, tr("What customers write"), 18, True, gap=12)
    _chart(ctx, "themes")
    quotes = charts_feedback.quoted_comments(analysis.sections["responses_join"].responses)
    if quotes:
        _text(ctx, tr("In their own words"), 13, True, gap=6)
        names = {"detractor": tr("detractor"), "promoter": tr("promoter")}
        for category, text in quotes:
            _text(ctx, f"“{text}” — {names[category]}", 10, colour="#333333", gap=6)
        ctx.y += 8
    if ctx.y < ctx.height - 330:
        _chart(ctx, "exit_reasons")


def _causes_page(ctx: PageContext, analysis: Analysis) -> None:
    """Is a cause of complaint growing? The comment causes per survey wave."""
    _text(ctx, tr("Causes over time"), 18, True, gap=12)
    _chart(ctx, "theme_trend")


def _respondents_page(ctx: PageContext, analysis: Analysis) -> None:
    """Do the answers speak for all customers? The verdict and paired bars per dimension."""
    _text(ctx, tr("Who answered the survey"), 18, True, gap=12)
    respondents = analysis.sections["representativeness"]
    _text(ctx, tr("%1 answers were matched to a customer. Each chart compares the customers "
                  "who answered with all customers; where they differ, read the survey's "
                  "figures with care.").replace("%1", fmt.number(respondents.respondents)),
          10, gap=10)
    for i, result in enumerate(respondent_results(analysis)):
        chart = ctx.charts.get(respondents_key(i))
        if chart is None:
            continue
        if ctx.y + chart.height + 90 > ctx.height - MARGIN:
            break           # one page: the first dimensions (spend band, RFM) matter most
        _text(ctx, result.verdict, 9.5, True, gap=6)
        _chart(ctx, respondents_key(i))


def _segments_page(ctx: PageContext, analysis: Analysis) -> None:
    """Loyal customers and every segment side by side, and the loyal share over time."""
    _text(ctx, tr("Loyalty and segments"), 18, True, gap=12)
    loyal_section = analysis.sections.get("loyal")
    loyal = loyal_section.to_json() if loyal_section is not None else None
    if loyal:
        _text(ctx, tr("Loyal customers: %1 (%2 of customers), bringing %3 of revenue.")
              .replace("%1", fmt.number(loyal.get("customers")))
              .replace("%2", fmt.percent(loyal.get("share")))
              .replace("%3", fmt.percent(loyal.get("revenue_share"))), 10.5, gap=10)
    rows = analysis.sections["segments"].to_json() or []
    currency = analysis.defs.currency
    table = [[segment_label(r.get("name", "")), fmt.number(r.get("customers")), fmt.percent(r.get("share")),
              fmt.money(r.get("revenue"), currency), fmt.percent(r.get("retention_rate")),
              fmt.number(r.get("nps")) if r.get("nps") is not None else fmt.DASH]
             for r in rows[:22]]
    headers = [tr("Segment"), tr("Customers"), tr("Share"), tr("Revenue"), tr("Retention"), tr("NPS")]
    draw_table(ctx, headers, table, [0.30, 0.15, 0.10, 0.20, 0.14, 0.11])
    ctx.y += 8
    _text(ctx, chart_caption(analysis, "segments"), 8.5, colour="#555555", gap=14)
    if ctx.y < ctx.height - 330:
        _chart(ctx, "loyal_share")
