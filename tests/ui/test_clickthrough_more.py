"""Click-through on the who-answered, loyal-customers, comment-cause and holdout charts
(issue 9 item 2), driven through the real window with the mouse.

The orders and answers are those of ``test_clickthrough`` plus a comment on some answers and
a loyalty rule; the expected customers are worked out here from them, not by the engine."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from loyalty_desktop.engine.data import Dataset
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.io.project import Project
from loyalty_desktop.report import formatting as fmt
from loyalty_desktop.report.charts_representativeness import BAR
from loyalty_desktop.report.hover import scene_point
from loyalty_desktop.ui.main_window import MainWindow

from .test_clickthrough import (ANSWERS, ORDERS, SEGMENT, W, _answers, _orders, click, known,
                                shown_customers)

#: comment per answer (index in ANSWERS); which of them mention price or staff, by hand
COMMENTS = {0: "The price is far too high for me",            # A1, 2024-H1
            3: "Too expensive, I stopped coming",              # B1, H1
            8: "Your prices are higher than elsewhere",         # ZZ9 (no customer), H1
            1: "Lovely friendly staff every time",              # A2, H1
            6: "The staff were rude and the price went up",     # C1, H2
            7: "Great staff, thank you"}                        # C2, H2
PRICE = {0, 3, 8, 6}
STAFF = {1, 6, 7}
GROUPS = {"price": {"en": ["price", "expensive"]}, "staff": {"en": ["staff"]}}
LOYAL = {"name": "Loyal", "match": "all",
         "conditions": [{"field": "purchases", "op": ">=", "value": 3}]}
DEFS = Definitions(churn_window_days=W, currency="SEK", segments=(SEGMENT,), criteria=LOYAL,
                   keyword_groups=GROUPS)

pytestmark = pytest.mark.qt_log_ignore("Mouse event .* not accepted by receiving widget")


def _commented_answers() -> pd.DataFrame:
    frame = _answers()
    frame["comment"] = pd.array([COMMENTS.get(i) for i in range(len(frame))], dtype="string")
    return frame


def _window(qtbot, dataset: Dataset, defs: Definitions) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 860)
    win.show()
    with qtbot.waitSignal(win.analysis_ready, timeout=120_000):
        win.set_project(Project(dataset, defs))
    return win


@pytest.fixture
def window(qtbot):
    win = _window(qtbot, Dataset(transactions=_orders(), responses=_commented_answers()), DEFS)
    yield win
    if win.job is not None:
        win.job.wait(30000)


def half(answer: int) -> str:
    return f"2024-H{1 if pd.Timestamp(ANSWERS[answer][1]).month <= 6 else 2}"


def test_who_answered_bars_list_the_groups_customers_and_its_respondents(window, qtbot):
    window.show_page("feedback")
    box = window.pages["feedback"].representation
    chart = box.panel.chart
    assert chart.data["dimension"] == "spend band"
    # spend bands are the revenue quartiles: 50 100 100 200 200 200 900 900 900 2400 ×4 →
    # 25th percentile 200, median 900: the band "200–900" holds those who spent above 200
    revenue = {c: sum(a for _, a in orders) for c, orders in ORDERS.items()}
    low, mid = np.percentile(list(revenue.values()), [25, 50])
    assert (low, mid) == (200, 900)
    band = {c for c, r in revenue.items() if low < r <= mid}
    assert band == {"C1", "C2", "C3"}
    row = chart.data["groups"].index("200–900")
    y = len(chart.data["groups"]) - 1 - row
    click(qtbot, chart, chart.data["customer_share"][row] / 2, y + BAR / 2)     # grey bar
    assert shown_customers(window, "200–900 (spend band): all customers") == band
    answered = {c for c, *_ in ANSWERS if known(c)} & band
    assert answered == {"C1", "C2"}
    window.show_page("feedback")
    click(qtbot, chart, chart.data["answer_share"][row] / 2, y - BAR / 2)       # blue bar
    assert shown_customers(window, "200–900 (spend band): customers who answered the survey") \
        == answered


def test_a_month_of_loyal_customers_lists_who_was_loyal_at_its_end(window, qtbot):
    window.show_page("segments")
    page = window.pages["segments"]
    chart = page.history_panel.chart
    month = chart.data["periods"].index("2024-07")
    # loyal = 3 purchases or more by July 31: A (one a month) and C (June 1, June 20, July 10)
    end = pd.Timestamp("2024-07-31")
    loyal = {c for c, orders in ORDERS.items()
             if sum(pd.Timestamp(d) <= end for d, _ in orders) >= 3}
    assert loyal == {"A1", "A2", "A3", "A4", "C1", "C2", "C3"}
    known_then = {c for c, orders in ORDERS.items() if min(pd.Timestamp(d) for d, _ in orders) <= end}
    share = 100 * len(loyal) / len(known_then)
    assert chart.data["share"][month] == pytest.approx(share)
    viewport = chart.widget.viewport()
    qtbot.waitExposed(chart.widget)

    def pointing() -> bool:
        # the page is filled when it is first shown, and its layout may still settle: aim
        # at the point where it is now, as a hand on the mouse would
        qtbot.mouseMove(viewport, scene_point(chart.widget, float(month), share))
        return viewport.cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.waitUntil(pointing)
    assert f"2024-07 · Share of customers: {fmt.percent(share / 100, 1)}" in chart.data["tooltips"]
    click(qtbot, chart, float(month), share)
    assert shown_customers(window, "Loyal at the end of 2024-07") == loyal


def test_a_cause_in_a_wave_lists_who_mentioned_it_and_says_who_could_not_be_matched(window,
                                                                                       qtbot):
    window.show_page("feedback")
    chart = window.pages["feedback"].panels["comment_theme_trend"].chart
    assert chart.data["waves"] == ["2024-H1", "2024-H2"]
    wave = chart.data["waves"].index("2024-H1")
    in_h1 = [i for i in COMMENTS if half(i) == "2024-H1"]
    share = chart.data["shares"]["price"][wave]
    assert share == pytest.approx(100 * len(PRICE & set(in_h1)) / len(in_h1))
    click(qtbot, chart, float(wave), share)
    expected = {ANSWERS[i][0] for i in PRICE if half(i) == "2024-H1" and known(ANSWERS[i][0])}
    assert expected == {"A1", "B1"}                 # and ZZ9's answer, matched to nobody
    assert shown_customers(window, "Comments in 2024-H1 that mention price; 1 of these answers "
                                   "could not be matched to a customer") == expected
    # the wave itself (above the points): every cause drawn
    window.show_page("feedback")
    top = chart.widget.getPlotItem().viewRange()[1][1]
    click(qtbot, chart, float(wave) + 0.3, top * 0.95)
    both = {ANSWERS[i][0] for i in PRICE | STAFF if half(i) == "2024-H1" and known(ANSWERS[i][0])}
    assert both == {"A1", "A2", "B1"}
    assert shown_customers(window, "Comments in 2024-H1 that mention any of: price, staff; 1 of "
                                   "these answers could not be matched to a customer") == both


def test_a_comment_theme_shows_examples_then_its_customers(window, qtbot):
    window.show_page("feedback")
    page = window.pages["feedback"]
    chart = page.panels["comment_themes"].chart
    assert not page.theme_customers.isVisible()
    bar = chart.data["groups"].index("staff")
    click_theme(qtbot, chart, bar)
    assert page.examples_title.text() == "Comments about “staff”:"
    assert "“Lovely friendly staff every time”" in page.examples.text()
    assert page.theme_customers.isVisible()
    assert page.theme_customers.text() == "Show the customers who mention “staff”"
    qtbot.mouseClick(page.theme_customers, Qt.MouseButton.LeftButton)
    expected = {ANSWERS[i][0] for i in STAFF}
    assert expected == {"A2", "C1", "C2"}
    assert shown_customers(window, "Comments that mention staff") == expected


def click_theme(qtbot, chart, bar: int) -> None:
    """The themes chart draws one horizontal bar per cause, the first at the top."""
    count = chart.data["comments"][bar]
    click(qtbot, chart, count / 2, float(len(chart.data["groups"]) - 1 - bar))


# --- the holdout check needs a customer base that looks like repeat buying -----------------
HOLDOUT_WEEKS = 26


def holdout_orders() -> pd.DataFrame:
    """150 customers, each buying at their own rate until they stop (seeded)."""
    rng = np.random.default_rng(9)
    rows, end = [], pd.Timestamp("2024-12-31")
    for i in range(150):
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 300)))
        rate, stop = rng.gamma(2.0, 1 / 40), rng.beta(1.0, 6.0)
        while day <= end:
            rows.append((f"H{i:03d}", day, 50.0))
            if rng.random() < stop:
                break
            day += pd.Timedelta(days=1 + int(rng.exponential(1 / rate)))
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    return frame.astype({"customer_id": "string"})


def test_a_holdout_group_lists_the_customers_with_that_many_repeat_purchases(qtbot):
    orders = holdout_orders()
    win = _window(qtbot, Dataset(transactions=orders), Definitions(churn_window_days=90,
                                                                   currency="SEK"))
    win.show_page("value")
    panel = win.pages["value"].holdout
    panel.weeks.setValue(HOLDOUT_WEEKS)
    with qtbot.waitSignal(panel.checked, timeout=120_000) as checked:
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert checked.args[0].ok
    chart = panel.panels["holdout_frequency"].chart
    split = orders["date"].max() - pd.Timedelta(weeks=HOLDOUT_WEEKS)
    # repeat purchases before the split: purchase days up to it, less the first
    before = orders[orders["date"] <= split].groupby("customer_id")["date"].nunique() - 1
    expected = {str(c) for c in before.index[before == 3]}
    group = chart.data["frequency"].index("3")
    assert chart.data["customers"][group] == len(expected) > 0
    top = max(chart.data["actual"][group], chart.data["predicted"][group])
    click(qtbot, chart, group - 0.19, top / 2)
    assert shown_customers(win, f"3 repeat purchases up to {fmt.date_text(split)}") == expected
    panel.stop()


def test_group_summary_writes_money_in_the_projects_currency(window, qtbot):
    window.show_page("segments")
    page = window.pages["segments"]
    page.tabs.setCurrentIndex(1)
    view = page.metrics.metrics_view
    qtbot.waitUntil(lambda: page.metrics.metrics_model.rowCount() > 0)
    names = page.metrics.metrics_model.frame()["name"].tolist()
    qtbot.waitExposed(view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(names.index("Big spenders"), 0)).center())
    text = page.metrics.group_panel.summary.text()
    # the big spenders lost in the last year are C1–C3 (churned in August)
    # C1–C3 each spent 900 within the year before churning: 2,700 a year
    assert f"Lost in the last year: 3 customers, {fmt.money(2700, 'SEK')} a year in revenue" \
        in text
    assert "SEK" in fmt.money(2700, "SEK")         # the currency is named
