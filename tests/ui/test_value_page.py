"""The Value page: value per customer, lost lifetime value beside the naive lost revenue
(with the numbers written out), lifecycle durations and the Kaplan–Meier curve."""
from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from loyalty_desktop.engine.analysis import analyse
from loyalty_desktop.engine.clv import predict_clv
from loyalty_desktop.engine.data import Dataset
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.metric_sections import metric_sections
from loyalty_desktop.report import charts_value as cv
from loyalty_desktop.report.hover import scene_point
from loyalty_desktop.ui.pages.value import ValuePage

# W = 30 days, 10 years expected lifetime, no discount, margin 100 %
DEFS = Definitions(churn_window_days=30, expected_lifetime_years=10, discount_rate=0.0,
                   margin=1.0, currency="SEK")
ORDERS = [("A", "2023-03-01", 1000.0), ("A", "2023-09-01", 1000.0),   # churns 2023-10-01
          ("B", "2024-01-10", 500.0),                                   # churns 2024-02-09
          ("C", "2024-06-01", 300.0), ("C", "2024-06-30", 300.0)]       # active; as_of 06-30


def _analysis(defs: Definitions = DEFS):
    tx = pd.DataFrame(ORDERS, columns=["customer_id", "date", "amount"])
    tx["customer_id"] = tx["customer_id"].astype("string")
    tx["date"] = pd.to_datetime(tx["date"])
    analysis = analyse(Dataset(transactions=tx), defs)
    if "lost_value" not in analysis.sections:      # until analyse() adds them itself
        sections, summary = metric_sections(
            defs=defs, as_of=analysis.as_of, window_days=analysis.window.days,
            window_reason=analysis.window.reason, orders=analysis.orders,
            activity=analysis.activity, customers=analysis.customers, flow=analysis.retention)
        analysis.sections.update(sections)
        analysis.summary.update(summary)
    analysis.sections.pop("clv", None)               # each test chooses its value source
    return analysis, tx


@pytest.fixture
def page(qtbot):
    widget = ValuePage()
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    return widget


def test_lost_value_bars_hold_the_naive_and_lifetime_figures(page):
    analysis, _ = _analysis()
    page.show_analysis(analysis)
    chart = page.panels["lost_value"].chart
    # lost this year (2023-07-02 … 2024-06-30): A and B.
    # A: 2,000 kr over 214 days → counted as one year: 2,000 kr/year; B: 500 kr/year.
    # naive = 2,000 + 500 = 2,500 kr; lifetime = 2,500 × 100 % × 10 years = 25,000 kr
    assert chart.data["churned_customers"] == 2
    assert chart.data["lost_revenue_annual"] == pytest.approx(2500.0)
    assert chart.data["lost_lifetime_value"] == pytest.approx(25000.0)
    assert chart.data["tooltips"] == ["Revenue lost this year: kr2,500 (2 customers)",
                                      "Lifetime value lost: kr25,000 (2 customers)"]
    text = page.texts["lost_value"].text()
    assert text.startswith("2 customers churned between")
    assert "Their purchases in a year came to kr2,500" in text
    assert "they were worth kr25,000 to you" in text
    assert "expected lifetime 10.0 years, set by you" in text


def test_without_a_prediction_value_so_far_is_revenue_times_margin(page):
    analysis, _ = _analysis(DEFS.replace(margin=0.5))
    page.show_analysis(analysis)
    chart = page.panels["clv_distribution"].chart
    # A 2,000, B 500, C 600 kr of revenue × 50 % = 1,000 + 250 + 300 = 1,550 kr
    assert chart.data["predictive"] is False
    assert chart.data["n"] == 3
    assert chart.data["total"] == pytest.approx(1550.0)
    assert sum(chart.data["customers"]) == 3
    assert chart.title == "Customer value so far"
    assert page.texts["clv"].text().startswith("Your 3 customers have brought kr1,550 so far")


def test_with_a_clv_section_the_distribution_shows_its_predictions(page):
    analysis, tx = _analysis()
    clv = predict_clv(tx, DEFS, annual_retention=0.5)
    analysis.sections["clv"] = clv
    page.show_analysis(analysis)
    chart = page.panels["clv_distribution"].chart
    assert chart.data["predictive"] is True
    assert chart.data["total"] == pytest.approx(clv.total_clv)
    assert chart.title == "Predicted customer lifetime value"
    # 3 customers, none twice-enough: the simple CLV, and the page says why
    assert "the simple CLV is used" in page.texts["clv"].text()


def test_lifecycle_and_survival_follow_the_engine(page):
    analysis, _ = _analysis()
    page.show_analysis(analysis)
    cycle = page.panels["lifecycle"].chart
    # A: 2023-03-01 → 2023-10-01 = 214 days = 7.03 months; B: 30 days = 0.99 months
    assert cycle.data["months"] == [0, 1, 2, 3, 4, 5, 6, 7]
    assert cycle.data["customers"] == [1, 0, 0, 0, 0, 0, 0, 1]
    assert page.texts["lifecycle"].text() == (
        "2 customers have churned; half of them stayed less than 4.0 months.")
    survival = page.panels["survival"].chart
    # KM: C censored at 29 days; B churns at 30 of 2 at risk → 50 %; A at 214 of 1 → 0 %
    assert survival.data["survival"] == pytest.approx([100.0, 100.0, 50.0, 0.0])
    assert survival.data["median_days"] == 30
    assert "Kaplan–Meier median lifetime: 30 days" in page.texts["lifespan"].text()


def test_every_chart_has_its_definitions_caption(page):
    analysis, _ = _analysis()
    page.show_analysis(analysis)
    captions = {key: panel.caption.text() for key, panel in page.panels.items()}
    assert captions["lost_value"].startswith("Customers whose churn date is between 2023-07-02 "
                                             "and 2024-06-30")
    assert captions["lifecycle"].startswith("Months from the first purchase to the churn date")
    assert "a customer counts as churned after 30 days without a purchase" in captions["survival"]


def test_redrawing_replaces_the_charts(page):
    analysis, _ = _analysis()
    page.show_analysis(analysis)
    page.show_analysis(analysis)
    assert sorted(page.panels) == ["clv_distribution", "lifecycle", "lost_value", "survival"]
    assert page.body.layout().count() == len(page.panels) + len(page.texts)


def test_empty_project_says_what_to_import(page):
    page.show_analysis(analyse(Dataset(), Definitions()))
    assert page.panels == {}
    assert page.texts["empty"].text() == "Import your sales to see what your customers are worth."


def test_clicking_a_lifecycle_bar_asks_for_its_customers(qtbot, page):
    analysis, _ = _analysis()
    page.show_analysis(analysis)
    page.show()
    qtbot.waitExposed(page)
    widget = page.panels["lifecycle"].chart.widget
    # A stayed 7.03 months → the bar from 7 to 8 months, drawn 1 customer high
    with qtbot.waitSignal(page.customers_requested, timeout=1000) as signal:
        qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton,
                         pos=scene_point(widget, 7.5, 0.5))
    assert signal.args == [["A"], "Churned after 7–8 months"]


def test_value_bins_hold_the_customers_drawn_in_them():
    analysis, _ = _analysis()
    values = cv.customer_values(analysis)
    table = cv.value_histogram(values.values)
    # 3 customers (< 100): bins from 0 to the largest value, 2,000 kr; 20 bins of 100 kr
    assert table["high"].iloc[-1] == pytest.approx(2000.0)
    found = [cv.customers_in_bin(values, row.low, row.high, i == len(table) - 1)
             for i, row in enumerate(table.itertuples())]
    assert [ids for ids in found if ids] == [["B"], ["C"], ["A"]]
    assert [len(ids) for ids in found] == table["customers"].tolist()
