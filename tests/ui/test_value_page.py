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
from loyalty_desktop.report import formatting as fmt
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
    naive, lifetime = fmt.money(2500, "SEK"), fmt.money(25000, "SEK")
    assert chart.data["tooltips"] == [f"Revenue lost this year: {naive} (2 customers)",
                                      f"Lifetime value lost: {lifetime} (2 customers)"]
    text = page.texts["lost_value"].text()
    assert text.startswith("2 customers churned between")
    assert f"Their purchases in a year came to {naive}" in text
    assert f"they were worth {lifetime} to you" in text
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
    assert page.texts["clv"].text().startswith(
        f"Your 3 customers have brought {fmt.money(1550, 'SEK')} so far")


def test_with_a_clv_section_the_distribution_shows_its_predictions(page):
    analysis, tx = _analysis()
    clv = predict_clv(tx, DEFS, annual_retention=0.5)
    analysis.sections["clv"] = clv
    page.show_analysis(analysis)
    chart = page.panels["clv_distribution"].chart
    assert chart.data["predictive"] is True
    assert chart.data["total"] == pytest.approx(clv.total_clv)
    # 3 customers, only 2 bought twice: the simple CLV, and the title and page say so
    assert chart.title == "Customer lifetime value, simple estimate"
    assert chart.data["model"] == "simple"
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
    assert captions["lost_value"].startswith(
        f"Customers whose churn date is between {fmt.date_text('2023-07-02')} "
        f"and {fmt.date_text('2024-06-30')}")
    assert captions["lifecycle"].startswith("Months from the first purchase to the churn date")
    assert "a customer counts as churned after 30 days without a purchase" in captions["survival"]


def test_redrawing_replaces_the_charts(page):
    analysis, _ = _analysis()
    page.show_analysis(analysis)
    page.show_analysis(analysis)
    assert sorted(page.panels) == ["clv_distribution", "lifecycle", "lost_value", "survival"]
    # + the model check, which stays on the page
    assert page.body.layout().count() == len(page.panels) + len(page.texts) + 1


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


# ------------------------------------------------------------------ honest model choice
def test_too_few_repeat_customers_show_the_simple_clv_with_its_reason_in_window_and_json(page):
    from loyalty_desktop.engine.analysis import analysis_to_json

    tx = pd.DataFrame(ORDERS, columns=["customer_id", "date", "amount"])
    tx["date"] = pd.to_datetime(tx["date"])
    analysis = analyse(Dataset(transactions=tx), DEFS)        # A and C bought twice: 2 < 30
    page.show_analysis(analysis)
    reason = ("only 2 of 3 customers bought more than once (the prediction needs at least 30), "
              "so the simple CLV is used")
    doc = analysis_to_json(analysis)
    assert doc["clv"]["model"] == "simple"
    assert doc["clv"]["reason"].startswith(reason)
    chart = page.panels["clv_distribution"].chart
    assert chart.title == "Customer lifetime value, simple estimate"
    assert chart.data["model"] == "simple" and chart.data["note"] == doc["clv"]["reason"]
    caption = page.panels["clv_distribution"].caption.text()
    assert caption.startswith("Simple CLV = annual value × margin × (1 + d) / (1 + d − r): "
                              "Only 2 of 3 customers bought more than once")
    text = page.texts["clv"].text()
    assert "by the simple estimate" in text
    assert f"Why not the prediction model: {doc['clv']['reason']}." in text


# ------------------------------------------------------------------ holdout check
@pytest.fixture(scope="module")
def cdnow_analysis(shared_data):
    tx = pd.read_csv(shared_data / "cdnow_sample.csv", dtype={"customer_id": str, "date": str})
    tx["date"] = pd.to_datetime(tx["date"], format="%Y%m%d")
    return analyse(Dataset(transactions=tx[["customer_id", "date", "amount"]]),
                   Definitions(refunds_are_activity=True))


def test_cdnow_shows_the_fitted_model_in_title_and_caption(page, cdnow_analysis):
    page.show_analysis(cdnow_analysis)
    chart = page.panels["clv_distribution"].chart
    assert chart.title == "Predicted customer lifetime value (BG/NBD and Gamma-Gamma)"
    assert chart.data["model"] == "bgnbd+gammagamma"
    assert page.panels["clv_distribution"].caption.text().startswith(
        "Model: BG/NBD and Gamma-Gamma fitted on 2,357 customers (1,139 bought more than once)")


def _choose_weeks(qtbot, spin, weeks: int) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(weeks))
    qtbot.keyClick(spin, Qt.Key.Key_Enter)


def test_holdout_check_runs_for_the_weeks_the_owner_chooses(qtbot, page, cdnow_analysis):
    from loyalty_desktop.engine.clv import check_last_weeks

    page.show_analysis(cdnow_analysis)
    panel = page.holdout
    assert panel.isVisibleTo(page)
    # CDNOW: 77 whole weeks of data → a third, 25 weeks, is offered
    assert panel.weeks.value() == 25
    _choose_weeks(qtbot, panel.weeks, 39)
    assert panel.weeks.value() == 39
    assert panel.split_label.text() == f"(model fitted up to {fmt.date_text('1997-09-30')})"
    with qtbot.waitSignal(panel.checked, timeout=20000) as signal:
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
        assert panel.progress.isVisibleTo(page) and not panel.run_button.isEnabled()
    qtbot.waitUntil(lambda: panel.run_button.isEnabled())
    check = signal.args[0]
    expected = check_last_weeks(cdnow_analysis.orders, 39, cdnow_analysis.defs)
    freq = panel.panels["holdout_frequency"].chart
    assert freq.data["frequency"] == ["0", "1", "2", "3", "4", "5", "6", "7+"]
    assert freq.data["actual"] == pytest.approx(expected.by_frequency["actual"].tolist())
    assert freq.data["predicted"] == pytest.approx(expected.by_frequency["predicted"].tolist())
    assert sum(freq.data["customers"]) == 2357 == freq.data["n"]
    track = panel.panels["holdout_tracking"].chart
    assert track.data["actual"] == pytest.approx(expected.tracking["actual"].tolist())
    assert track.data["predicted"] == pytest.approx(expected.tracking["predicted"].tolist())
    split = track.data["week_end"].index("1997-09-30") + 1
    assert track.data["split_week"] == split
    for key in ("holdout_frequency", "holdout_tracking"):
        caption = panel.panels[key].caption.text()
        assert (f"BG/NBD model fitted on the purchases up to {fmt.date_text('1997-09-30')} of "
                "the 2,357 customers who had bought by then (time unit: weeks); checked against "
                f"the 39 weeks from {fmt.date_text('1997-10-01')} to "
                f"{fmt.date_text('1998-06-30')}.") in caption
    assert panel.message.text() == (f"BG/NBD fitted on 2,357 customers up to {fmt.date_text('1997-09-30')}; "
                                    "checked against 39 holdout weeks. " + check.verdict() + ".")
    assert check.verdict().startswith("In the holdout weeks these customers made ")


def test_holdout_check_can_be_cancelled(qtbot, page, cdnow_analysis):
    page.show_analysis(cdnow_analysis)
    panel = page.holdout
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    job = panel.job
    with qtbot.waitSignal(job.done, timeout=20000):
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "The check was cancelled."
    assert panel.panels == {} and panel.run_button.isEnabled()


def test_holdout_check_with_too_few_repeat_customers_says_why(qtbot, page):
    analysis, _ = _analysis()
    page.show_analysis(analysis)
    panel = page.holdout
    with qtbot.waitSignal(panel.checked, timeout=20000):
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert panel.panels == {}
    assert panel.message.text().startswith("The check cannot be made: only ")
    assert panel.message.text().endswith("the check needs at least 30.")
