"""Clicking a bar, point or step opens the customers behind it (issue 9), on the Feedback,
Value and Segments pages, driven through the real window with the mouse.

The expected customers are worked out here from the hand-made orders and answers below,
with the SPEC §3 rules written out (active = a purchase 0…W days before; churn date =
last purchase + W), not taken from the engine."""
from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from loyalty_desktop.engine.data import Dataset
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.io.project import Project
from loyalty_desktop.report import formatting as fmt
from loyalty_desktop.report.hover import scene_point
from loyalty_desktop.ui.main_window import MainWindow

W = 30                                       # inactivity window (days)
REPURCHASE = 90                              # satisfaction → repurchase window (days)
AS_OF = pd.Timestamp("2024-12-31")           # the last order below
DAYS_PER_MONTH = 365.25 / 12

MONTHLY = [f"2024-{m:02d}-15" for m in range(1, 13)][:-1] + ["2024-12-31"]
ORDERS = {
    **{f"A{i}": [(d, 200.0) for d in MONTHLY] for i in range(1, 5)},     # active all year
    **{f"B{i}": [("2024-01-10", 100.0), ("2024-02-05", 100.0)] for i in range(1, 4)},
    **{f"C{i}": [("2024-06-01", 300.0), ("2024-06-20", 300.0), ("2024-07-10", 300.0)]
       for i in range(1, 4)},
    **{f"D{i}": [("2023-11-01", 100.0)] for i in range(1, 3)},            # churned 2023-12-01
    "E1": [("2024-12-20", 50.0)],
}
#: customer, date, score (0–10), satisfaction (1–5), why they left
ANSWERS = [("A1", "2024-03-01", 10, 5, None), ("A2", "2024-04-01", 9, 5, None),
           ("A3", "2024-09-01", 8, 4, None), ("B1", "2024-02-06", 3, 2, "Too expensive"),
           ("B2", "2024-02-07", 5, 2, "too  expensive"), ("B3", "2024-02-08", 6, 3, "Moved away"),
           ("C1", "2024-08-01", 4, 1, "Too expensive "), ("C2", "2024-11-01", 10, 5, None),
           ("ZZ9", "2024-03-05", 10, 5, "Too expensive"),     # not a customer
           (None, "2024-03-10", 9, 5, None)]                  # anonymous
SEGMENT = {"name": "Big spenders", "match": "all",
           "conditions": [{"field": "revenue", "op": ">=", "value": 500}]}
DEFS = Definitions(churn_window_days=W, repurchase_window_days=REPURCHASE, currency="SEK",
                   segments=(SEGMENT,))


def _orders() -> pd.DataFrame:
    rows = [(c, d, a) for c, orders in ORDERS.items() for d, a in orders]
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    frame["customer_id"] = frame["customer_id"].astype("string")
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


def _answers() -> pd.DataFrame:
    frame = pd.DataFrame(ANSWERS, columns=["customer_id", "date", "score", "satisfaction",
                                           "reason"])
    return frame.astype({"customer_id": "string", "score": "Int64", "satisfaction": "Int64",
                         "reason": "string"}).assign(date=lambda f: pd.to_datetime(f["date"]))


# --- the rules, written out -----------------------------------------------------------------
def days_of(customer: str) -> list[pd.Timestamp]:
    return sorted(pd.Timestamp(d) for d, _ in ORDERS[customer])


def active_on(customer: str, day: str) -> bool:
    t = pd.Timestamp(day)
    return any(0 <= (t - d).days <= W for d in days_of(customer))


def churn_date(customer: str):
    last = days_of(customer)[-1]
    return last + pd.Timedelta(days=W) if (AS_OF - last).days > W else None


def lifespan_days(customer: str) -> int:
    end = churn_date(customer) or AS_OF
    return (end - days_of(customer)[0]).days


def known(customer) -> bool:
    return customer in ORDERS


# --- the window -------------------------------------------------------------------------------
@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 860)
    win.show()
    with qtbot.waitSignal(win.analysis_ready, timeout=120_000):
        win.set_project(Project(Dataset(transactions=_orders(), responses=_answers()), DEFS))
    yield win
    if win.job is not None:
        win.job.wait(30000)


def click(qtbot, chart, x: float, y: float) -> None:
    qtbot.waitExposed(chart.widget)
    qtbot.mouseClick(chart.widget.viewport(), Qt.MouseButton.LeftButton,
                     pos=scene_point(chart.widget, x, y))


def shown_customers(window, description: str) -> set[str]:
    page = window.pages["customers"]
    assert window.stack.currentWidget() is page
    assert page.drill.isVisible()
    ids = set(page.model.frame()["customer_id"].astype(str))
    assert page.drill_text.text() == (f"Showing the {len(ids)} customers behind “{description}” "
                                      "in the chart you clicked.")
    return ids


pytestmark = pytest.mark.qt_log_ignore("Mouse event .* not accepted by receiving widget")


def test_clicking_an_nps_wave_lists_who_answered_in_it(window, qtbot):
    window.show_page("feedback")
    chart = window.pages["feedback"].panels["nps_waves"].chart
    wave = chart.data["waves"].index("2024-H1")
    qtbot.waitExposed(chart.widget)
    viewport, score = chart.widget.viewport(), chart.data["scores"][wave]
    # over the point the pointer says it can be clicked, with the exact figures; beside it, not
    qtbot.mouseMove(viewport, scene_point(chart.widget, float(wave), score))
    qtbot.waitUntil(lambda: viewport.cursor().shape() == Qt.CursorShape.PointingHandCursor)
    assert chart.data["tooltips"][wave].startswith(f"2024-H1: NPS {fmt.number(score)} (95 % interval")
    qtbot.mouseMove(viewport, scene_point(chart.widget, wave + 0.5, score))
    qtbot.waitUntil(lambda: viewport.cursor().shape() == Qt.CursorShape.ArrowCursor)
    click(qtbot, chart, float(wave), score)
    expected = {c for c, d, s, *_ in ANSWERS
                if known(c) and s is not None and pd.Timestamp(d).month <= 6}
    assert expected == {"A1", "A2", "B1", "B2", "B3"}
    assert shown_customers(window, "Answered the survey in 2024-H1") == expected


def test_clicking_a_satisfaction_bar_lists_the_answers_it_counts(window, qtbot):
    window.show_page("feedback")
    chart = window.pages["feedback"].panels["satisfaction_repurchase"].chart
    assert chart.data["basis"] == "satisfaction"
    bar = chart.data["levels"].index("very satisfied")
    click(qtbot, chart, float(bar), 2.0)
    # answered 5 with the whole 90-day window before the analysis day (C2 answered too late)
    expected = {c for c, d, _, sat, _ in ANSWERS if known(c) and sat == 5
                and pd.Timestamp(d) + pd.Timedelta(days=REPURCHASE) <= AS_OF}
    assert expected == {"A1", "A2"}
    assert shown_customers(window, "Answered “very satisfied”, 90 days or more ago") == expected


def test_clicking_an_exit_reason_lists_who_gave_it(window, qtbot):
    window.show_page("feedback")
    chart = window.pages["feedback"].panels["exit_reasons"].chart
    row = [r.lower() for r in chart.data["reasons"]].index("too expensive")
    y = len(chart.data["reasons"]) - 1 - row
    click(qtbot, chart, chart.data["counts"][row] / 2, float(y))
    expected = {c for c, *_, reason in ANSWERS
                if known(c) and reason and " ".join(reason.split()).lower() == "too expensive"}
    assert expected == {"B1", "B2", "C1"}
    assert shown_customers(window, f"Said they left because: {chart.data['reasons'][row]}") \
        == expected


def test_clicking_a_lost_value_bar_lists_the_customers_lost_this_year(window, qtbot):
    window.show_page("value")
    chart = window.pages["value"].panels["lost_value"].chart
    click(qtbot, chart, 0.0, chart.data["lost_revenue_annual"] / 2)
    start = AS_OF - pd.Timedelta(days=364)
    expected = {c for c in ORDERS if churn_date(c) is not None and start <= churn_date(c) <= AS_OF}
    assert expected == {"B1", "B2", "B3", "C1", "C2", "C3"}        # D churned in 2023
    assert chart.data["churned_customers"] == len(expected)
    text = f"Churned between {fmt.date_text(start)} and {fmt.date_text(AS_OF)}"
    assert shown_customers(window, text) == expected


def test_clicking_the_survival_curve_lists_who_lasted_longer(window, qtbot):
    window.show_page("value")
    chart = window.pages["value"].panels["survival"].chart
    # B churned 56 days after the first purchase, C after 69: the step between holds A and C
    assert lifespan_days("B1") == 56 and lifespan_days("C1") == 69
    click(qtbot, chart, 62 / DAYS_PER_MONTH, 50.0)
    expected = {c for c in ORDERS if lifespan_days(c) > 56}
    assert expected == {"A1", "A2", "A3", "A4", "C1", "C2", "C3"}
    text = f"Still customers {fmt.number(56 / DAYS_PER_MONTH, 1)} months after their first purchase"
    assert shown_customers(window, text) == expected


def test_clicking_a_segment_retention_point_lists_its_kept_customers(window, qtbot):
    window.show_page("segments")
    page = window.pages["segments"]
    view = page.metrics.metrics_view
    qtbot.waitUntil(lambda: page.metrics.metrics_model.rowCount() > 0)   # counted after a pause
    names = page.metrics.metrics_model.frame()["name"].tolist()
    index = view.model().index(names.index("Big spenders"), 0)
    qtbot.waitExposed(view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    chart = page.metrics.group_panel.chart_panel.chart
    period = chart.data["periods"].index("2024-03")
    value = chart.data["series"]["Big spenders"][period]
    # March: the big spenders (A, C) active on Feb 29 and on Mar 31 — A only; everybody's
    # rate differs (B churned in March), so the click is on the group's own point
    expected = {c for c in ORDERS if sum(a for _, a in ORDERS[c]) >= 500
                and active_on(c, "2024-02-29") and active_on(c, "2024-03-31")}
    assert expected == {"A1", "A2", "A3", "A4"} and value == pytest.approx(100.0)
    assert chart.data["series"]["All customers"][period] < 100.0
    click(qtbot, chart, float(period), value)
    assert shown_customers(window, "Big spenders: kept in 2024-03") == expected
