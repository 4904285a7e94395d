"""The Feedback page: NPS per wave with intervals, the 0–10 answers, satisfaction vs buying
again, comment themes with example comments on click, and the searchable comment table."""
from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from loyalty_desktop.engine.analysis import analyse
from loyalty_desktop.engine.data import Dataset
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.report import charts_feedback as cf
from loyalty_desktop.report.hover import scene_point
from loyalty_desktop.ui.pages.feedback import FeedbackPage

# ten answers, all in the first half of 2024 → one wave "2024-H1"
SCORES = [10, 9, 9, 8, 7, 6, 3, 0, 10, 5]
COMMENTS = ["Lovely staff and great coffee every single day", "Friendly staff, always smiling",
            None, "ok", "", "The price is far too high for a small cup",
            "Far too expensive, the prices went up again", "Waited twenty minutes for one coffee",
            "Best cinnamon buns in town, will be back", "Meh"]
REASONS = [None] * 6 + ["Too expensive", "too  expensive", "Moved away", None]


def _dataset(with_answers: bool = True) -> Dataset:
    ids = [f"C{i}" for i in range(1, 11)]
    tx = pd.DataFrame({"customer_id": pd.array(ids * 2, dtype="string"),
                       "date": pd.to_datetime(["2024-01-05"] * 10 + ["2024-06-20"] * 10),
                       "amount": [100.0] * 20})
    if not with_answers:
        return Dataset(transactions=tx)
    responses = pd.DataFrame({
        "score": pd.array(SCORES, dtype="Int64"),
        "comment": pd.array(COMMENTS, dtype="string"),
        "reason": pd.array(REASONS, dtype="string"),
        "date": pd.to_datetime([f"2024-03-{d:02d}" for d in range(1, 11)]),
        "customer_id": pd.array(ids, dtype="string")})
    return Dataset(transactions=tx, responses=responses)


@pytest.fixture
def analysis():
    return analyse(_dataset(), Definitions(currency="SEK"))


@pytest.fixture
def page(qtbot, analysis):
    widget = FeedbackPage()
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    widget.show_analysis(analysis)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_nps_chart_gets_the_engine_wave_with_adjusted_wald_whiskers(page, analysis):
    chart = page.panels["nps_waves"].chart
    # 4 promoters (10, 9, 9, 10), 2 passives, 4 detractors of 10 → NPS 40 − 40 = 0.
    # Adjusted Wald: n = 13, p = d = 4.75/13 = 0.3654; var = (0.7308 − 0)/13 = 0.05621;
    # half-width = 1.96 × 100 × √0.05621 = 46.47
    assert chart.data["waves"] == ["2024-H1"]
    assert chart.data["scores"] == [pytest.approx(0.0)]
    assert chart.data["n"] == [10]
    assert chart.data["low"][0] == pytest.approx(-46.47, abs=0.01)
    assert chart.data["high"][0] == pytest.approx(46.47, abs=0.01)
    wave = analysis.sections["nps"].waves[0]
    assert (chart.data["low"][0], chart.data["high"][0]) == pytest.approx(wave.ci95_adjusted_wald)
    # fewer than 30 answers: drawn as uncertain, and the hover says why
    assert chart.data["uncertain"] == [True]
    assert chart.data["tooltips"][0].startswith("2024-H1: NPS 0 (95 % interval -46 to 46), 10 answers")
    assert "Uncertain: only 10 answers (fewer than 30)" in chart.data["tooltips"][0]
    assert page.panels["nps_waves"].caption.text().endswith(
        "Hollow grey points are uncertain: fewer than 30 answers or an interval wider than "
        "±10 points.")


def test_score_distribution_counts_every_score_from_0_to_10(page):
    chart = page.panels["nps_distribution"].chart
    # 0, 3, 5, 6 once; 7, 8 once; 9 and 10 twice each
    assert chart.data["answers"] == [1, 0, 0, 1, 0, 1, 1, 1, 1, 2, 2]
    assert chart.data["categories"][6] == "detractor" and chart.data["categories"][7] == "passive"
    assert chart.data["tooltips"][9] == "Score 9: 2 answers (20%)"


def test_headline_states_the_score_its_interval_and_uncertainty(page):
    text = page.headline.text()
    assert text.startswith("Your NPS is 0 from 10 answers (95 % interval -46 to 46).")
    assert "10 of 10 answers (100%) matched a customer" in text


def test_satisfaction_with_too_few_answers_shows_no_rate_and_says_so(page):
    chart = page.panels["satisfaction_repurchase"].chart
    # no satisfaction column → the NPS categories; every answer (1–10 March) has its whole
    # 90-day window before the last purchase day (20 June), but no category reaches the ten
    # answers a rate needs: 4 detractors, 2 passives, 4 promoters
    assert chart.data["basis"] == "nps"
    assert chart.data["levels"] == ["detractors", "passives", "promoters"]
    assert chart.data["rates"] == [None, None, None]
    assert chart.data["n"] == [4, 2, 4]
    assert "Not enough data yet to compare promoters with detractors." in page.satisfaction_text.text()


def test_theme_bars_hold_the_engine_counts(page, analysis):
    chart = page.panels["comment_themes"].chart
    themes = analysis.sections["comments"].themes
    shown = themes[themes["comments"] > 0]
    assert chart.data["groups"] == shown["group"].tolist()
    assert chart.data["comments"] == shown["comments"].tolist()
    assert chart.data["detractors"] == shown["detractors"].tolist()
    # two comments talk about price, both from detractors (scores 6 and 3)
    price = chart.data["groups"].index("price")
    assert chart.data["comments"][price] == 2
    assert chart.data["detractors"][price] == 2


def test_clicking_a_theme_bar_quotes_its_comments(qtbot, page):
    widget = page.panels["comment_themes"].chart.widget
    groups = page.panels["comment_themes"].chart.data["groups"]
    row = len(groups) - 1 - groups.index("price")        # the first group is drawn at the top
    pos = scene_point(widget, 1.0, float(row))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert page.examples_title.text() == "Comments about “price”:"
    assert "“The price is far too high for a small cup”" in page.examples.text()
    assert "Far too expensive, the prices went up again" in page.examples.text()
    assert "cinnamon" not in page.examples.text()


def test_comment_search_filters_the_table(qtbot, page):
    # 8 filled comments (the None and the "" are left out)
    assert page.comment_count.text() == "8 of 8 comments"
    qtbot.keyClicks(page.search, "coffee")
    assert page.comment_proxy.rowCount() == 2
    assert page.comment_count.text() == "2 of 8 comments"
    headers = [page.comment_model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(page.comment_model.columnCount())]
    assert headers == ["Date", "Score", "Category", "Language", "Comment"]
    first = page.comment_proxy.index(0, headers.index("Category")).data()
    assert first in ("promoter", "detractor")


def test_without_survey_answers_the_page_offers_the_import(qtbot):
    page = FeedbackPage()
    qtbot.addWidget(page)
    page.show_analysis(analyse(_dataset(with_answers=False), Definitions()))
    page.show()
    assert page.empty.isVisible() and not page.charts.isVisible()
    assert page.empty_text.text().startswith("No survey answers yet.")
    with qtbot.waitSignal(page.import_requested, timeout=1000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)


def test_quoted_comments_take_detractors_and_promoters_newest_first(analysis):
    quotes = cf.quoted_comments(analysis.sections["responses_join"].responses, per_side=2)
    # detractors with a quotable comment: 03-08 (waited), 03-07 (expensive), 03-06 (price);
    # promoters: 03-09 (cinnamon), 03-02 (friendly), 03-01 (lovely)
    assert quotes == [("detractor", "Waited twenty minutes for one coffee"),
                      ("detractor", "Far too expensive, the prices went up again"),
                      ("promoter", "Best cinnamon buns in town, will be back"),
                      ("promoter", "Friendly staff, always smiling")]


def test_clicking_a_score_bar_asks_for_the_customers_who_gave_it(qtbot, page):
    widget = page.panels["nps_distribution"].chart.widget
    # score 9 was answered by C2 and C3 (answers 2 and 3); the bar is 2 answers high
    with qtbot.waitSignal(page.customers_requested, timeout=1000) as signal:
        qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton,
                         pos=scene_point(widget, 9.0, 1.0))
    assert signal.args == [["C2", "C3"], "Customers who answered 9"]


def test_exit_reasons_are_counted_ignoring_case_and_spacing(page, analysis):
    chart = page.panels["exit_reasons"].chart
    # three answered: "Too expensive", "too  expensive" (one group) and "Moved away"
    assert chart.data["reasons"] == ["Too expensive", "Moved away"]
    assert chart.data["counts"] == [2, 1]
    assert chart.data["counts"] == analysis.sections["comments"].reasons["count"].tolist()
    assert chart.data["tooltips"][0] == "Too expensive: 2 answers (67%)"


def test_satisfaction_survey_shows_repurchase_per_level_in_words(qtbot):
    # 25 customers buy on 5 Jan; C1–C20 answer on 10 Jan: C1–C10 "5", C11–C20 "4".
    # Within 90 days C1–C8 (8 of 10) and C11–C13 (3 of 10) buy again; C25 buys on 1 May so
    # the data reach past every answer's 90-day window (10 Jan + 90 days = 9 Apr)
    ids = [f"C{i}" for i in range(1, 26)]
    again = [f"C{i}" for i in (1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13)]
    tx = pd.DataFrame({
        "customer_id": pd.array(ids + again + ["C25"], dtype="string"),
        "date": pd.to_datetime(["2024-01-05"] * 25 + ["2024-02-01"] * 11 + ["2024-05-01"]),
        "amount": 50.0})
    responses = pd.DataFrame({"satisfaction": pd.array([5] * 10 + [4] * 10, dtype="Int64"),
                              "date": pd.to_datetime(["2024-01-10"] * 20),
                              "customer_id": pd.array(ids[:20], dtype="string")})
    analysis = analyse(Dataset(transactions=tx, responses=responses), Definitions())
    page = FeedbackPage()
    qtbot.addWidget(page)
    page.show_analysis(analysis)
    chart = page.panels["satisfaction_repurchase"].chart
    assert chart.data["basis"] == "satisfaction"
    assert chart.data["levels"] == ["very dissatisfied", "dissatisfied", "neutral", "satisfied",
                                    "very satisfied"]
    assert chart.data["n"] == [0, 0, 0, 10, 10]
    assert chart.data["rates"][3:] == pytest.approx([30.0, 80.0])
    levels = analysis.sections["satisfaction"].levels
    assert chart.data["low"][4] == pytest.approx(levels["ci95_low"].iloc[4] * 100)
    text = page.satisfaction_text.text()
    assert text.startswith("50% of answers are “very satisfied” (5) and 100% are satisfied or "
                           "very satisfied (4–5), from 20 answers.")
    # 80 % / 30 % = 2.7
    assert ("Very satisfied customers bought again within 90 days 2.7 times as often as "
            "satisfied customers (80% of 10 vs 30% of 10)") in text
    # no 0–10 score: no NPS charts, and no NPS in the headline
    assert "nps_waves" not in page.panels and "nps_distribution" not in page.panels
    assert not page.headline.text().startswith("Your NPS")
