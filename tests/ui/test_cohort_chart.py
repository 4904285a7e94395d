"""The cohort heat map (Retention page and PDF), and the PDF sections of the cohort, value and
feedback views."""
from __future__ import annotations

import subprocess

import pandas as pd
import pytest
from PySide6.QtCore import QPointF, Qt

from loyalty_desktop.engine.analysis import analyse
from loyalty_desktop.engine.cohorts import cohort_matrix
from loyalty_desktop.engine.data import Dataset
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.metric_sections import metric_sections
from loyalty_desktop.report.charts_cohorts import cohort_customers, cohort_heatmap_chart
from loyalty_desktop.report.hover import scene_point
from loyalty_desktop.ui.pages.retention import RetentionPage

DEFS = Definitions(churn_window_days=60, currency="SEK")
# X: Jan, Feb, Apr; Y: Jan; Z: Feb, Mar (2024, monthly cohorts; as_of = 2024-04-15)
ORDERS = [("X", "2024-01-03"), ("X", "2024-02-07"), ("X", "2024-04-15"), ("Y", "2024-01-20"),
          ("Z", "2024-02-02"), ("Z", "2024-03-30")]


def _transactions() -> pd.DataFrame:
    tx = pd.DataFrame(ORDERS, columns=["customer_id", "date"])
    tx["customer_id"] = tx["customer_id"].astype("string")
    tx["date"] = pd.to_datetime(tx["date"])
    tx["amount"] = 100.0
    return tx


def _analysis(responses: pd.DataFrame | None = None):
    dataset = Dataset(transactions=_transactions())
    if responses is not None:
        dataset = Dataset(transactions=dataset.transactions, responses=responses)
    analysis = analyse(dataset, DEFS)
    if "cohorts" not in analysis.sections:          # until analyse() adds it itself
        sections, summary = metric_sections(
            defs=DEFS, as_of=analysis.as_of, window_days=analysis.window.days,
            window_reason=analysis.window.reason, orders=analysis.orders,
            activity=analysis.activity, customers=analysis.customers, flow=analysis.retention)
        analysis.sections.update(sections)
        analysis.summary.update(summary)
    return analysis


def test_heatmap_data_is_the_engine_triangle(qtbot):
    matrix = cohort_matrix(_transactions(), DEFS)
    chart = cohort_heatmap_chart(matrix, "caption")
    qtbot.addWidget(chart.widget)
    # cohort 2024-01 = {X, Y}: Feb X (1/2), Mar nobody, Apr X (1/2)
    # cohort 2024-02 = {Z}: Mar Z (1/1), Apr nobody, May not observed yet
    assert chart.data["cohorts"] == ["2024-01", "2024-02"]
    assert chart.data["sizes"] == [2, 1]
    assert chart.data["retention"] == [[1.0, 0.5, 0.0, 0.5], [1.0, 1.0, 0.0, None]]
    # colour scale top: 95th percentile of the later shares 0, 0, 0.5, 0.5, 1.0 → 0.5 + 0.8 × 0.5
    assert chart.data["scale_top"] == pytest.approx(0.9)
    assert chart.data["tooltips"][1] == "Cohort 2024-01, month 1: 50% (1 of 2 customers)"
    assert chart.data["tooltips"][-1] == "Cohort 2024-02, month 2: 0% (0 of 1 customers)"
    # seven observed cells: 4 + 3
    assert len(chart.data["tooltips"]) == 7
    assert chart.caption.endswith("Colours run from dark blue (0 %) to yellow (90% or more).")


# a bare chart has no parent to take the mouse event pyqtgraph leaves unaccepted; in the
# window the page around it does
@pytest.mark.qt_log_ignore("Mouse event .* not accepted by receiving widget")
def test_clicking_a_cell_names_its_cohort_and_period(qtbot):
    chart = cohort_heatmap_chart(cohort_matrix(_transactions(), DEFS), "caption")
    widget = chart.widget
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    # cohort 2024-01 is the top row (y = 1), month 3 is x = 3
    with qtbot.waitSignal(widget.hover.clicked, timeout=1000) as signal:
        qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton,
                         pos=scene_point(widget, 3.0, 1.0))
    assert signal.args == [("2024-01", 3)]
    # hovering the bottom row's month-2 cell shows its exact numbers
    view = widget.getPlotItem().getViewBox()
    target = widget.hover.target_at(view.mapViewToScene(QPointF(2.0, 0.0)))
    assert target.text == "Cohort 2024-02, month 2: 0% (0 of 1 customers)"


def test_retention_page_appends_the_heat_map_with_its_definitions(qtbot):
    page = RetentionPage()
    qtbot.addWidget(page)
    analysis = _analysis()
    page.show_analysis(analysis)
    keys = [panel.chart.key for panel in page.panels]
    assert keys == ["retention_flow", "retention_rate", "cohorts"]
    heat = page.panels[-1]
    assert heat.chart.data["sizes"] == [int(v) for v in analysis.sections["cohorts"].sizes]
    assert heat.caption.text().startswith(
        "Monthly cohorts by the month of the first purchase; each cell is the share of the cohort "
        "that bought in that month (no inactivity window)")


def test_pdf_has_the_cohort_value_and_feedback_sections(qtbot, tmp_path):
    from loyalty_desktop.report.pdf import build_pdf
    responses = pd.DataFrame({
        "score": pd.array([10, 9, 2], dtype="Int64"),
        "comment": pd.array(["The staff remembered my name, lovely place",
                             "Great coffee and friendly service every time",
                             "Much too expensive for what you get here"], dtype="string"),
        "date": pd.to_datetime(["2024-02-01", "2024-02-02", "2024-02-03"]),
        # not every customer answers (a survey where all did trips the engine's
        # representativeness test, reported to the lead)
        "customer_id": pd.array(["X", "Y", "Y"], dtype="string")})
    out = build_pdf(_analysis(responses), tmp_path / "report.pdf", business_name="Kafé Åsa")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    for title in ("Cohorts", "Customer value", "Lost lifetime value", "How long customers stay",
                  "Feedback", "What customers write", "In their own words"):
        assert title in text, title
    assert "Share of each cohort buying again, period by period" in text
    assert "“Much too expensive for what you get here” — detractor" in text
    assert "Net Promoter Score per survey wave" in text


@pytest.mark.qt_log_ignore("Mouse event .* not accepted by receiving widget")
def test_clicking_a_heat_map_cell_asks_for_the_customers_behind_it(qtbot):
    page = RetentionPage()
    qtbot.addWidget(page)
    page.resize(900, 1400)
    page.show_analysis(_analysis())
    page.show()
    qtbot.waitExposed(page)
    widget = page.panels[-1].chart.widget
    # cohort 2024-01 (top row, y = 1) in month 3 (April): only X bought again
    with qtbot.waitSignal(page.customers_requested, timeout=1000) as signal:
        qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton,
                         pos=scene_point(widget, 3.0, 1.0))
    assert signal.args == [["X"], "Cohort 2024-01, month 3"]


def test_cohort_customers_match_the_cell_counts():
    analysis = _analysis()
    matrix = analysis.sections["cohorts"]
    for cohort in matrix.counts.index:
        for offset, count in matrix.counts.loc[cohort].dropna().items():
            ids = cohort_customers(analysis.activity, "month", cohort, int(offset))
            assert len(ids) == int(count), (cohort, offset)
    assert cohort_customers(analysis.activity, "month", "2024-01", 0) == ["X", "Y"]


# --- retention flow and rate charts: exact values on hover, customers on click ---------------
# W = 60 days. Spans: X Jan 3…Apr 7 and Apr 15…; Y Jan 20…Mar 20; Z Feb 2…May 29.
# Mar: S = {X, Y, Z}, E (Mar 31) = {X, Z} → retained 2, churned 1 (Y); retention 2/3.
@pytest.mark.qt_log_ignore("Mouse event .* not accepted by receiving widget")
def test_flow_and_rate_charts_show_exact_values_and_open_their_customers(qtbot):
    page = RetentionPage()
    qtbot.addWidget(page)
    page.resize(900, 1400)
    analysis = _analysis()
    page.show_analysis(analysis)
    page.show()
    qtbot.waitExposed(page)
    flow, rate = page.panels[0].chart, page.panels[1].chart
    assert "2024-03 · churned: 1" in flow.data["tooltips"]
    assert "2024-01 · new customers: 2" in flow.data["tooltips"]
    assert "2024-03 · retention rate 66.7%: 2 of 3 customers kept" in rate.data["tooltips"]
    with qtbot.waitSignal(page.customers_requested, timeout=1000) as signal:
        qtbot.mouseClick(flow.widget.viewport(), Qt.MouseButton.LeftButton,
                         pos=scene_point(flow.widget, 2.0, -0.5))
    assert signal.args == [["Y"], "Churned in 2024-03"]
    with qtbot.waitSignal(page.customers_requested, timeout=1000) as signal:
        qtbot.mouseClick(rate.widget.viewport(), Qt.MouseButton.LeftButton,
                         pos=scene_point(rate.widget, 2.0, 200 / 3))
    assert signal.args == [["X", "Z"], "Kept in 2024-03"]


def test_charts_take_the_dark_palette_and_export_light(qtbot, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from loyalty_desktop.report.theme import DARK, LIGHT
    from loyalty_desktop.ui.widgets import ChartPanel
    panel = ChartPanel(cohort_heatmap_chart(cohort_matrix(_transactions(), DEFS), "caption"))
    qtbot.addWidget(panel)
    widget = panel.chart.widget
    axis = widget.getPlotItem().getAxis("left")
    assert widget.backgroundBrush().color() == QColor(LIGHT["background"])
    panel.apply_theme(True)
    assert widget.backgroundBrush().color() == QColor(DARK["background"])
    assert axis.textPen().color() == QColor(DARK["foreground"])
    assert widget.getPlotItem().titleLabel.opts["color"] == DARK["foreground"]
    # ink on the light cells stays dark, whatever the scheme
    from loyalty_desktop.report.charts_cohorts import CELL_INK
    import pyqtgraph as pg
    inks = {QColor(item.color).name() for item in widget.getPlotItem().items
            if isinstance(item, pg.TextItem)}
    assert QColor(CELL_INK).name() in inks and QColor(DARK["foreground"]).name() not in inks
    out = panel.export("png", str(tmp_path / "chart.png"), dpi=96)
    assert QImage(str(out)).pixelColor(2, 2) == QColor(LIGHT["background"])
    assert panel.dark and widget.backgroundBrush().color() == QColor(DARK["background"])
    panel.apply_theme(False)
    assert axis.textPen().color() == QColor(LIGHT["foreground"])


def test_loyalty_charts_show_the_exact_share_on_hover(qtbot):
    from loyalty_desktop.report.loyalty_charts import loyal_share_chart
    history = pd.DataFrame({"period": ["2024-01", "2024-02"], "share": [0.125, 0.2],
                            "revenue_share": [0.4, None]})
    chart = loyal_share_chart(history, "caption")
    qtbot.addWidget(chart.widget)
    assert chart.data["tooltips"] == ["2024-01 · Share of customers: 12.5%",
                                      "2024-02 · Share of customers: 20.0%",
                                      "2024-01 · Share of revenue: 40.0%"]
    view = chart.widget.getPlotItem().getViewBox()
    target = chart.widget.hover.target_at(view.mapViewToScene(QPointF(1.0, 21.0)))
    assert target.text == "2024-02 · Share of customers: 20.0%"
