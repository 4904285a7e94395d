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
    model = page.metrics_model
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
    assert page.live_count.text() == "2 of 3 customers match (67 %)."
    qtbot.waitUntil(lambda: _retention_shown(qtbot, page, "Big spenders") == "75 %")

    row = editor.items[0]
    row.field_box.setFocus()
    qtbot.keyClicks(row.field_box, "Spend")             # choose the field by typing its name
    assert row.field_box.currentData() == "revenue"
    assert row.info.unit == "money"
    value_box = row.value_editor.inputs[0]
    assert value_box.text() == ""
    assert page.live_count.text() == "Correct the marked fields to see how many customers match."
    qtbot.keyClicks(value_box, "200")                     # Spend ≥ 200: only x (300)
    assert page.live_count.text() == "1 of 3 customers match (33 %)."
    # x alone: active at the start of Feb and Mar and still active → 100 %
    qtbot.waitUntil(lambda: _retention_shown(qtbot, page, "Big spenders") == "100 %")

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)   # typing "200" was one step
    assert page.segment_editor.items[0].field_box.currentData() == "purchases"
    assert page.live_count.text() == "2 of 3 customers match (67 %)."
    # x and z: Feb 2 of 2 kept, Mar 1 of 2 → 3/4
    qtbot.waitUntil(lambda: _retention_shown(qtbot, page, "Big spenders") == "75 %")
    qtbot.mouseClick(page.redo_button, Qt.MouseButton.LeftButton)
    assert page.live_count.text() == "1 of 3 customers match (33 %)."

    with qtbot.waitSignal(page.definitions_changed) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].segments == ({"name": "Big spenders", "match": "all", "conditions": [
        {"field": "revenue", "op": ">=", "value": 200}]},)


def test_letters_in_a_number_are_shown_inline_and_cannot_be_saved(qtbot, page):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    row = page.segment_editor.items[0]
    _replace_text(qtbot, row.value_editor.inputs[0], "2x")
    assert row.problem_label.isVisibleTo(page)
    assert row.problem_label.text() == "“2x” is not a number; enter digits, e.g. 12 or 12.5."
    assert not page.save_button.isEnabled()
    with qtbot.assertNotEmitted(page.definitions_changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(row.value_editor.inputs[0], Qt.Key.Key_Backspace)
    assert not row.problem_label.isVisibleTo(page) and page.save_button.isEnabled()


def test_empty_and_duplicate_names_are_shown_inline_and_cannot_be_saved(qtbot, page):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert [page.segment_list.item(i).text() for i in range(2)] == ["New segment", "New segment 2"]
    editor = page.segment_editor
    _replace_text(qtbot, editor.name_edit, "")
    assert editor.name_problem.isVisibleTo(page) and editor.name_problem.text() == "Give it a name."
    assert not page.save_button.isEnabled()
    qtbot.keyClicks(editor.name_edit, "new SEGMENT")
    assert editor.name_problem.text() == "Another segment is already called “new SEGMENT”."
    assert not page.save_button.isEnabled()
    qtbot.keyClicks(editor.name_edit, " B")
    assert not editor.name_problem.isVisibleTo(page) and page.save_button.isEnabled()


def test_list_duplicate_reorder_delete_and_templates(qtbot, page):
    page.template_box.setFocus()
    qtbot.keyClicks(page.template_box, "Lapsed")
    page.template_box.activated.emit(page.template_box.currentIndex())   # as Enter in the popup
    assert page.segment_list.item(0).text() == "Lapsed"
    assert page.live_count.text() == "2 of 3 customers match (67 %)."     # y and z churned
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    names = [page.segment_list.item(i).text() for i in range(page.segment_list.count())]
    assert names == ["Lapsed 2", "Lapsed"]
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [page.segment_list.item(i).text() for i in range(page.segment_list.count())] == ["Lapsed"]
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.segment_list.count() == 2


def test_loyal_summary_and_comparison_in_words(qtbot, page):
    qtbot.waitUntil(lambda: page.compare_text.text() != "")
    # default criteria need 12 months of tenure: nobody in a 3-month-old shop is loyal yet
    assert page.loyal_summary.text().startswith("0 loyal customers: 0 % of all customers")
    assert page.compare_text.text().startswith("In 2024-03:")


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
