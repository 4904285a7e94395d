"""The segment builder driven as an owner would: click, choose, type; live count, per-segment
retention, undo, and bad input shown inline with Save disabled (issue 8 point 7)."""
from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from loyalty_desktop.engine.customers import activity_days, customer_table, prepare_orders
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.ui.segments_page import SegmentsPage

AS_OF = pd.Timestamp("2024-03-31")


@pytest.fixture()
def page(qtbot):
    """x: 3 purchases (300), active all along; y: 1 purchase (50); z: 2 purchases (150).
    W = 30 days, months Jan–Mar 2024 (see tests/engine/test_segments.py for the flow)."""
    tx = pd.DataFrame([("x", "2024-01-10", 100.0), ("x", "2024-02-05", 100.0),
                       ("x", "2024-03-01", 100.0), ("y", "2024-01-15", 50.0),
                       ("z", "2024-01-20", 75.0), ("z", "2024-02-25", 75.0)],
                      columns=["customer_id", "date", "amount"])
    tx["customer_id"] = tx["customer_id"].astype("string")
    tx["date"] = pd.to_datetime(tx["date"])
    defs = Definitions(churn_window_days=30)
    orders = prepare_orders(tx, AS_OF, defs)
    table = customer_table(tx, None, defs, as_of=AS_OF, window_days=30, orders=orders)
    widget = SegmentsPage(table, defs, activity=activity_days(orders), as_of=AS_OF, window_days=30)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    tab_bar = widget.tabs.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(1).center())
    return widget


def _replace_text(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def _retention_shown(qtbot, page, name):
    """The 'Retention rate' cell of the metrics table row called ``name`` (as displayed)."""
    model = page.metrics.metrics_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    if "Retention rate" not in headers:            # metrics not drawn yet
        return None
    column = headers.index("Retention rate")
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0)) == name:
            return model.data(model.index(row, column))
    return None


def test_build_a_segment_see_live_count_and_retention_then_undo(qtbot, page):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.segment_editor
    _replace_text(qtbot, editor.name_edit, "Big spenders")
    assert page.segment_list.item(0).text() == "Big spenders"
    # new segment starts as "Purchases ≥ 2": x and z
    assert page.live_count.text() == "2 of 3 customers match (67%)."
    qtbot.waitUntil(lambda: _retention_shown(qtbot, page, "Big spenders") == "75%")

    row = editor.items[0]
    row.field_box.setFocus()
    qtbot.keyClicks(row.field_box, "Spend")             # choose the field by typing its name
    assert row.field_box.currentData() == "revenue"
    assert row.info.unit == "money"
    value_box = row.value_editor.inputs[0]
    assert value_box.text() == ""
    assert page.live_count.text() == "Correct the marked fields to see how many customers match."
    qtbot.keyClicks(value_box, "200")                     # Spend ≥ 200: only x (300)
    assert page.live_count.text() == "1 of 3 customers match (33%)."
    # x alone: active at the start of Feb and Mar and still active → 100 %
    qtbot.waitUntil(lambda: _retention_shown(qtbot, page, "Big spenders") == "100%")

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)   # typing "200" was one step
    assert page.segment_editor.items[0].field_box.currentData() == "purchases"
    assert page.live_count.text() == "2 of 3 customers match (67%)."
    # x and z: Feb 2 of 2 kept, Mar 1 of 2 → 3/4
    qtbot.waitUntil(lambda: _retention_shown(qtbot, page, "Big spenders") == "75%")
    qtbot.mouseClick(page.redo_button, Qt.MouseButton.LeftButton)
    assert page.live_count.text() == "1 of 3 customers match (33%)."

    with qtbot.waitSignal(page.definitions_changed) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].segments == ({"name": "Big spenders", "match": "all", "conditions": [
        {"field": "revenue", "op": ">=", "value": 200}]},)


def test_letters_in_a_number_are_shown_inline_and_cannot_be_saved(qtbot, page):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    row = page.segment_editor.items[0]
    qtbot.waitUntil(row.isVisible)                       # new rows are shown by the event loop
    _replace_text(qtbot, row.value_editor.inputs[0], "2x")
    assert row.problem_label.isVisible()
    assert row.problem_label.text() == "“2x” is not a number; enter digits, e.g. 12 or 12.5."
    assert not page.save_button.isEnabled()
    with qtbot.assertNotEmitted(page.definitions_changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(row.value_editor.inputs[0], Qt.Key.Key_Backspace)
    assert not row.problem_label.isVisible() and page.save_button.isEnabled()


def test_empty_and_duplicate_names_are_shown_inline_and_cannot_be_saved(qtbot, page):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert [page.segment_list.item(i).text() for i in range(2)] == ["New segment", "New segment 2"]
    editor = page.segment_editor
    _replace_text(qtbot, editor.name_edit, "")
    assert editor.name_problem.isVisible() and editor.name_problem.text() == "Give it a name."
    assert not page.save_button.isEnabled()
    qtbot.keyClicks(editor.name_edit, "new SEGMENT")
    assert editor.name_problem.text() == "Another segment is already called “new SEGMENT”."
    assert not page.save_button.isEnabled()
    qtbot.keyClicks(editor.name_edit, " B")
    assert not editor.name_problem.isVisible() and page.save_button.isEnabled()


def test_list_duplicate_reorder_delete_and_templates(qtbot, page):
    lapsed = next(a for a in page.template_menu.actions() if a.text() == "Lapsed")
    assert lapsed.toolTip() == "No purchase within the inactivity window: counted as churned."
    lapsed.trigger()                                     # the user picks it from the menu
    assert page.segment_list.item(0).text() == "Lapsed"
    assert page.live_count.text() == "2 of 3 customers match (67%)."     # y and z churned
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    names = [page.segment_list.item(i).text() for i in range(page.segment_list.count())]
    assert names == ["Lapsed 2", "Lapsed"]
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [page.segment_list.item(i).text() for i in range(page.segment_list.count())] == ["Lapsed"]
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.segment_list.count() == 2


def test_loyal_summary_and_comparison_in_words(qtbot, page):
    qtbot.waitUntil(lambda: page.metrics.compare_text.text() != "")
    # default criteria need 12 months of tenure: nobody in a 3-month-old shop is loyal yet
    assert page.loyal_summary.text().startswith("0 loyal customers: 0% of all customers")
    assert page.metrics.compare_text.text().startswith("In 2024-03:")


def test_settings_validate_as_you_type(qtbot, page):
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=page.tabs.tabBar().tabRect(2).center())
    margin = page.settings.margin
    _replace_text(qtbot, margin.edit, "abc")
    assert margin.problem.text() == "“abc” is not a number."
    assert not page.save_button.isEnabled()
    _replace_text(qtbot, margin.edit, "140")
    assert margin.problem.text() == "Enter at most 100."
    _replace_text(qtbot, margin.edit, "30")
    _replace_text(qtbot, page.settings.benchmarks["retention_rate"].edit, "60")
    _replace_text(qtbot, page.settings.spend.edit, "2024-01 5000")
    assert page.save_button.isEnabled()
    with qtbot.waitSignal(page.definitions_changed) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    defs = saved.args[0]
    assert defs.margin == pytest.approx(0.30)
    assert defs.benchmarks == {"retention_rate": pytest.approx(0.60)}
    assert defs.retention_spend == {"2024-01": 5000.0}
    assert defs.churn_window_days == 30


def test_clicking_a_group_shows_its_retention_and_lost_value(qtbot, page):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)       # Purchases ≥ 2: x, z
    qtbot.waitUntil(lambda: _retention_shown(qtbot, page, "New segment") == "75%")
    names = page.metrics.metrics_model.frame()["name"].tolist()
    row = names.index("New segment")
    view = page.metrics.metrics_view
    rect = view.visualRect(page.metrics.metrics_model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chart = page.metrics.group_panel.chart_panel.chart
    assert list(chart.data["series"]) == ["New segment", "All customers"]
    # Jan: nobody at the start; Feb 2/2; Mar 1/2 — and for all customers Feb 2/3, Mar 1/2
    assert chart.data["series"]["New segment"] == [None, 100.0, 50.0]
    assert chart.data["series"]["All customers"][1:] == [pytest.approx(200 / 3), 50.0]
    assert "New segment: 2 customers." in page.metrics.group_panel.summary.text()
    assert "Lost in the last year: 1 customers" in page.metrics.group_panel.summary.text()
    # cohort 2024-01 = {x, z}: Feb both bought, Mar only x
    cohorts = page.metrics.group_panel.cohort_model
    assert [cohorts.data(cohorts.index(0, c)) for c in range(5)] == [
        "2024-01", "2", "100%", "100%", "50%"]


def test_loyal_history_is_drawn_with_the_criteria_in_words(qtbot, page):
    history = pd.DataFrame({"period": ["2024-02", "2024-03"], "share": [0.5, 0.25],
                            "revenue_share": [0.8, None]})
    page.show_loyal_history(history)
    chart = page.history_panel.chart
    assert chart.data["share"] == [50.0, 25.0] and chart.data["revenue_share"] == [80.0, None]
    assert chart.caption.startswith("Loyal = Customer for at least 12 months and")


def test_inactivity_window_explains_the_data_suggestion(qtbot):
    from loyalty_desktop.engine.customers import WindowSuggestion
    from loyalty_desktop.ui.settings_forms import SettingsForms
    forms = SettingsForms()
    qtbot.addWidget(forms)
    suggestion = WindowSuggestion(60, "suggested from your data: 80 % of repeat purchases come "
                                  "within 41 days (rounded up to 60 days)", 41.0, 25)
    forms.set_definitions(Definitions(), suggestion)
    assert forms.window.edit.text() == "" and forms.window.edit.placeholderText() == "60"
    assert forms.window.help.text() == (
        "A customer who has not bought for this many days counts as lost. Suggested: 60 days, "
        "suggested from your data: 80 % of repeat purchases come within 41 days (rounded up to "
        "60 days).")
    assert forms.definitions(Definitions(churn_window_days=90)).churn_window_days is None
    forms.window.edit.setText("45.5")
    assert forms.window.problem.text() == "Enter a whole number."
    assert forms.definitions(Definitions()) is None


def test_page_shows_an_engine_pass_with_its_prepared_sections(qtbot):
    from loyalty_desktop.engine.analysis import analyse
    from loyalty_desktop.engine.data import Dataset
    from loyalty_desktop.engine.segment_sections import add_segment_sections
    tx = pd.DataFrame([("x", "2024-01-10", 100.0), ("x", "2024-02-05", 100.0),
                       ("y", "2024-01-15", 50.0)], columns=["customer_id", "date", "amount"])
    tx["customer_id"] = tx["customer_id"].astype("string")
    tx["date"] = pd.to_datetime(tx["date"])
    repeat = {"name": "Repeat", "match": "all",
              "conditions": [{"field": "purchases", "op": ">=", "value": 2}]}
    defs = Definitions(churn_window_days=30, criteria=repeat, segments=(repeat,))
    dataset = Dataset(transactions=tx)
    analysis = analyse(dataset, defs)
    add_segment_sections(analysis, dataset)
    page = SegmentsPage()
    qtbot.addWidget(page)
    page.show_analysis(analysis)
    assert page.engine is analysis.sections["segment_engine"]           # not rebuilt
    assert page.segment_list.item(0).text() == "Repeat"
    assert page.live_count.text() == "1 of 2 customers match (50%)."
    assert page.history_panel is not None
    assert page.history_panel.chart.data["share"][-1] == 50.0           # x of {x, y}


def test_nested_group_and_category_choice_built_in_the_form(qtbot, page):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)      # Purchases ≥ 2: x, z
    editor = page.segment_editor
    qtbot.mouseClick(editor.add_group_button, Qt.MouseButton.LeftButton)
    group = editor.items[1]
    qtbot.waitUntil(group.isVisible)
    row = group.rows[0]
    row.field_box.setFocus()
    qtbot.keyClicks(row.field_box, "Status")
    row.op_box.setFocus()
    qtbot.keyClicks(row.op_box, "==")
    choice = row.value_editor.inputs[0]
    assert [choice.itemText(i) for i in range(choice.count())] == ["active", "churned"]
    choice.setFocus()
    qtbot.keyClicks(choice.lineEdit(), "active")
    # Purchases ≥ 2 AND (status is active): x only (z churned on 03-26)
    assert page.live_count.text() == "1 of 3 customers match (33%)."
    saved = page.save()
    assert saved.segments[0]["conditions"][1] == {
        "match": "any", "conditions": [{"field": "status", "op": "==", "value": "active"}]}
