"""The Feedback page's survey tools driven as an owner would: pick two waves or groups and
read the sentence, change what a wave is, edit a keyword group and see the counts change,
draw a survey sample and save it, see who answered compared with all customers."""
from __future__ import annotations

import openpyxl
import pandas as pd
import pytest
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtWidgets import QDialogButtonBox

from loyalty_desktop.engine.analysis import analyse
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.ui.main_window import MainWindow
from loyalty_desktop.ui.pages.feedback import FeedbackPage
from tests.fixtures.voice import LOYAL_RULE, voice_dataset

DEFS = Definitions(criteria=LOYAL_RULE, as_of=pd.Timestamp("2024-12-31").date())


def pick(qtbot, combo, data) -> None:
    """Open the drop-down and click the entry whose data is ``data``."""
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    index = view.model().index(combo.findData(data), 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentData() == data


@pytest.fixture
def page(qtbot):
    widget = FeedbackPage()
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show_analysis(analyse(voice_dataset(), DEFS))
    # what the window does with a changed definition: store it and recompute
    widget.definitions_changed.connect(lambda defs: widget.show_analysis(analyse(voice_dataset(), defs)))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_pick_two_groups_and_read_whether_the_difference_is_chance(page, qtbot):
    box = page.compare_box
    assert box.isVisible()
    # the last two waves are compared first
    assert box.first.currentText() == "Wave 2024-H1 (20 answers)"
    assert box.second.currentText() == "Wave 2024-H2 (20 answers)"
    assert box.sentence.text().startswith("The fall from 40 to -20 ")
    pick(qtbot, box.first, "rest")
    pick(qtbot, box.second, "loyal")
    assert box.figures.text() == ("Everyone else: NPS -20 from 20 answers · "
                                  "Loyal: NPS 40 from 20 answers")
    expected = page._analysis.sections["nps_groups"].compare("rest", "loyal")
    assert box.sentence.text() == expected.sentence
    assert box.sentence.text().startswith("The rise from -20 to 40 is unlikely to be chance: p = 0.0")
    pick(qtbot, box.second, "rest")
    assert box.sentence.text() == "Pick two different groups to compare."


def test_waves_and_repurchase_window_are_chosen_on_the_page(page, qtbot):
    bar = page.settings_bar
    assert bar.wave.currentData() == "half-year" and bar.window.value() == 90
    with qtbot.waitSignal(page.definitions_changed) as blocker:
        pick(qtbot, bar.wave, "quarter")
    assert blocker.args[0].nps_wave == "quarter"
    assert page.panels["nps_waves"].chart.data["waves"] == ["2024-Q1", "2024-Q3"]
    assert page.settings_bar.wave.currentData() == "quarter"
    bar.window.selectAll()
    with qtbot.waitSignal(page.definitions_changed) as blocker:
        qtbot.keyClicks(bar.window, "30")
        qtbot.keyClick(bar.window, Qt.Key.Key_Return)
    assert blocker.args[0].repurchase_window_days == 30 and blocker.args[0].nps_wave == "quarter"
    assert page.panels["satisfaction_repurchase"].chart.data["window_days"] == 30


def test_edit_a_keyword_group_and_the_counts_change(page, qtbot):
    before = page.panels["comment_themes"].chart.data
    counts = dict(zip(before["groups"], before["comments"]))
    assert counts["price"] == 10 and counts["waiting"] == 20
    qtbot.mouseClick(page.settings_bar.keywords, Qt.MouseButton.LeftButton)
    dialog = page.keyword_dialog
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() >= 9       # pre-filled standard groups
    # the owner decides that waiting is a price problem, and adds a cause of their own
    dialog.set_keywords("price", "en", "expensive, waited")
    row = dialog.add_group()
    dialog.table.item(row, 0).setText("coffee")
    dialog.table.item(row, 1).setText("lovely*")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(page.definitions_changed) as blocker:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    stored = blocker.args[0].keyword_groups
    assert stored["price"]["en"] == ["expensive", "waited"] and stored["coffee"] == {"en": ["lovely*"]}
    assert stored["staff"]["sv"][:2] == ["personal*", "anställd*"]    # other groups kept
    after = page.panels["comment_themes"].chart.data
    counts = dict(zip(after["groups"], after["comments"]))
    assert counts["price"] == 30 and counts["coffee"] == 10
    # the editor opens with the stored groups next time
    qtbot.mouseClick(page.settings_bar.keywords, Qt.MouseButton.LeftButton)
    assert page.keyword_dialog.groups() == stored
    page.keyword_dialog.reject()


def test_draw_a_survey_sample_save_it_and_draw_it_again(page, qtbot, tmp_path):
    qtbot.mouseClick(page.settings_bar.sample, Qt.MouseButton.LeftButton)
    dialog = page.sample_dialog
    qtbot.waitExposed(dialog)
    dialog.exclude.setChecked(False)          # everyone answered this survey
    dialog.size.selectAll()
    qtbot.keyClicks(dialog.size, "10")
    dialog.seed.selectAll()
    qtbot.keyClicks(dialog.seed, "4242")
    assert dialog.sample.seed == 4242 and len(dialog.sample.table) == 10
    assert "10 customers drawn with seed 4242" in dialog.summary.text()
    first = dialog.save_to(tmp_path / "wave3.xlsx")
    rows = list(openpyxl.load_workbook(first)["Sample"].values)
    assert rows[0] == ("Customer", "E-mail", "Name", "Group")
    assert len(rows) == 11 and all(r[1].endswith("@shop.se") for r in rows[1:])
    assert dict(list(openpyxl.load_workbook(first)["How it was drawn"].values)[1:3])[
        "Seed (enter it again to draw the same list)"] == "4242"
    again = dialog.save_to(tmp_path / "wave3-again.xlsx")
    assert again.read_bytes() == first.read_bytes()
    qtbot.mouseClick(dialog.new_seed, Qt.MouseButton.LeftButton)
    assert dialog.sample.seed != 4242
    other = dialog.save_to(tmp_path / "other.xlsx")
    assert [r[0] for r in list(openpyxl.load_workbook(other)["Sample"].values)] != [r[0] for r in rows]
    dialog.reject()


@pytest.fixture
def window(qtbot, demo_project):
    """A window on a private copy of the demo project (the session's copy stays untouched)."""
    from loyalty_desktop.io.project import Project
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.analysis_ready, timeout=120_000):
        win.set_project(Project.open(demo_project.path))
    yield win
    if win.job is not None:
        win.job.wait(30000)
    win.project.dirty = False      # closing must not ask whether to save
    win.close()


def test_demo_shows_who_answered_compared_with_all_customers(window, qtbot):
    window.show_page("feedback")
    page = window.pages["feedback"]
    analysis = window.analysis
    join = analysis.sections["responses_join"]
    assert join.match_rate > 0.95 and join.sentence in page.headline.text()
    box = page.representation
    assert box.isVisible() and box.dimension.count() == 3
    pick(qtbot, box.dimension, 1)
    rfm = analysis.sections["representativeness"].results[1]
    assert rfm.dimension == "RFM segment" and box.verdict.text() == rfm.verdict
    assert box.panel.chart.data["groups"] == rfm.table["group"].tolist()
    # the page's definition changes reach the window (which stores them and recomputes)
    assert page.receivers(SIGNAL("definitions_changed(PyObject)")) >= 1


def test_causes_are_followed_per_wave(page):
    chart = page.panels["comment_theme_trend"].chart
    # H1: 10 "Too expensive" + 10 "Lovely staff"; H2: 20 "Waited far too long"
    assert chart.data["waves"] == ["2024-H1", "2024-H2"] and chart.data["comments"] == [20, 20]
    assert chart.data["shares"]["waiting"] == [0.0, 100.0]
    assert chart.data["shares"]["price"] == [50.0, 0.0]
    assert "2024-H2: 20 comments" in chart.data["tooltips"][-1]     # the wave (after its points)
