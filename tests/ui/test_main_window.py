"""The main window driven as a person would: demo, KPI cards, pages, PDF export."""
from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt

from loyalty_desktop.report import formatting as fmt
from loyalty_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.job is not None:
        win.job.wait(30000)


def test_empty_window_offers_import_and_demo(window):
    assert window.stack.currentWidget() is window.empty
    assert window.empty.import_button.text() == "Import files…"
    assert window.empty.demo_button.text() == "Open the demo project"
    assert not window.sidebar.isEnabled()
    assert not window.export_pdf_action.isEnabled()


def test_pages_are_built_only_when_a_project_has_data(window, qtbot, demo_project):
    # the first start paints the welcome screen without the eight pages (issue 12, cold start)
    assert window.built_pages() == {} and window.stack.count() == 1
    window.project_actions.new_project()             # File ▸ New: still nothing to show
    assert window.built_pages() == {} and window.stack.currentWidget() is window.empty
    with qtbot.waitSignal(window.analysis_ready, timeout=120_000):
        window.set_project(demo_project)
    assert list(window.built_pages()) == ["overview", "retention", "customers", "value",
                                          "at_risk", "feedback", "segments", "data"]
    assert window.stack.count() == 9 and window.filter_bar.isVisible()
    assert window.pages["data"].files_model.rowCount() == len(demo_project.imports)
    window.show_page("value")
    assert window.stack.currentWidget() is window.pages["value"]
    window.show_page("overview")      # closing stores the page for the next test's window


def test_demo_button_loads_the_demo_and_shows_kpis(window, qtbot, monkeypatch, demo_project):
    # the demo is cached in the user data folder; point it at the session's prebuilt copy
    from loyalty_desktop.io import demo
    monkeypatch.setattr(demo, "demo_folder", lambda: demo_project.path.parent)
    with qtbot.waitSignal(window.analysis_ready, timeout=120_000) as blocker:
        qtbot.mouseClick(window.empty.demo_button, Qt.MouseButton.LeftButton)
    analysis = blocker.args[0]
    assert window.stack.currentWidget() is window.pages["overview"]
    cards = window.pages["overview"].cards
    assert cards["customers"].value.text() == fmt.number(analysis.summary["customers"])
    assert cards["active_customers"].value.text() == fmt.number(analysis.summary["active_customers"])
    # the reading says what the number means, in words
    assert "customers" in cards["customers"].reading.text()
    # the retention page shows both charts with the definitions under them
    window.show_page("retention")
    panels = window.pages["retention"].panels
    assert panels[0].chart.data["new"] == analysis.retention["new"].astype(float).tolist()
    assert "churned after" in panels[0].caption.text()
    # the data page lists every imported file with its row accounting
    window.show_page("data")
    model = window.pages["data"].files_model
    assert model.rowCount() == len(demo_project.imports)
    for entry in demo_project.imports:
        assert entry["rows_read"] == entry["rows_accepted"] + entry["rows_rejected"]


def test_export_pdf_writes_real_text_with_kpis(window, qtbot, tmp_path, demo_project):
    with qtbot.waitSignal(window.analysis_ready, timeout=120_000) as blocker:
        window.set_project(demo_project)
    analysis = blocker.args[0]
    job = window.export_pdf(str(tmp_path / "report.pdf"))      # written off the GUI thread
    with qtbot.waitSignal(job.finished, timeout=60_000) as done:
        pass
    out = done.args[0]
    assert out is not None and out.exists()
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Customer loyalty report" in text and "Kafé Linnea" in text
    assert "Retention" in text
    assert fmt.number(analysis.summary["customers"]) in text
    # the segments section: the loyal group in words and the built-in RFM segments
    loyal = analysis.sections["loyal"].to_json()
    assert "Loyalty and segments" in text and "Champions" in text
    assert f"Loyal customers: {fmt.number(loyal['customers'])}" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts and " yes " in fonts   # embedded


def test_customers_page_filters_by_status_and_search(window, qtbot, demo_project):
    with qtbot.waitSignal(window.analysis_ready, timeout=120_000) as blocker:
        window.set_project(demo_project)
    analysis = blocker.args[0]
    window.show_page("customers")
    page = window.pages["customers"]
    page.status.setCurrentIndex(page.status.findData("churned"))
    churned = int((analysis.customers["status"] == "churned").sum())
    assert page.proxy.rowCount() == min(churned, page.model.rowCount())
    some_id = str(analysis.customers.index[0])
    qtbot.keyClicks(page.search, some_id)
    assert page.proxy.rowCount() >= 1


# --- issue 9: drill-down with a way back, drag-and-drop, shortcuts, About, remembered page ----
@pytest.mark.qt_log_ignore("Mouse event .* not accepted by receiving widget")
def test_clicking_a_flow_bar_lists_its_customers_with_a_way_back(window, qtbot, demo_project):
    from loyalty_desktop.report.hover import scene_point
    with qtbot.waitSignal(window.analysis_ready, timeout=120_000) as blocker:
        window.set_project(demo_project)
    analysis = blocker.args[0]
    window.show_page("retention")
    chart = window.pages["retention"].panels[0].chart
    qtbot.waitExposed(chart.widget)
    period = len(chart.data["periods"]) - 2                   # the last full period
    churned = int(chart.data["churned"][period])
    label = chart.data["periods"][period]
    assert churned > 0
    qtbot.mouseClick(chart.widget.viewport(), Qt.MouseButton.LeftButton,
                     pos=scene_point(chart.widget, float(period), -churned / 2))
    page = window.pages["customers"]
    assert window.stack.currentWidget() is page
    assert page.drill.isVisible()
    assert page.drill_text.text() == (f"Showing the {churned} customers behind “Churned in {label}” "
                                      "in the chart you clicked.")
    assert page.model.rowCount() == churned
    assert set(page.model.frame()["status"]) <= {"active", "churned"}
    qtbot.mouseClick(page.show_all_button, Qt.MouseButton.LeftButton)
    assert not page.drill.isVisible()
    assert len(page.model.frame()) == len(analysis.customers)


def test_dropping_a_file_on_the_window_opens_the_import_wizard(window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication
    sales = tmp_path / "kassa.csv"
    sales.write_text("Kundnummer;Datum;Belopp\n1001;2024-01-05;120,50\n1002;2024-01-06;80,00\n",
                     encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sales))])
    where = QPoint(window.width() // 2, window.height() // 2)
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(where.toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    wizard = window.import_wizard
    qtbot.waitUntil(wizard.isVisible, timeout=5000)
    assert wizard.paths == [str(sales)]
    wizard.reject()
    qtbot.waitUntil(lambda: not wizard.loading or all(not j.is_running() for j in wizard.loading.values()),
                    timeout=30_000)


def test_main_actions_have_shortcuts_and_about_names_versions_and_licences(window):
    from PySide6.QtGui import QKeySequence
    from loyalty_desktop import __version__
    from loyalty_desktop.ui.about import about_text
    text = QKeySequence.SequenceFormat.PortableText
    assert window.import_action.shortcut().toString(text) == "Ctrl+I"
    assert window.export_pdf_action.shortcut().toString(text) == "Ctrl+E"
    assert window.export_action.shortcut().toString(text) == "Ctrl+Shift+E"
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    about = about_text(__version__)
    assert f"Loyalty Desktop {__version__}" in about
    assert "PySide6-Essentials" in about and "pyqtgraph" in about and "LGPL" in about


def test_last_page_is_remembered_for_the_next_start(qtbot, demo_project):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    with qtbot.waitSignal(first.analysis_ready, timeout=120_000):
        first.set_project(demo_project)
    first.show_page("value")
    first.resize(first.minimumSizeHint().width() + 20, first.minimumSizeHint().height() + 10)
    size = first.size()             # inside the offscreen screen (restoreGeometry clamps to it)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    # offscreen screens are 800 px wide and restoreGeometry keeps a window on its screen
    assert second.size().height() == size.height()
    assert second.size().width() == min(size.width(), second.screen().availableGeometry().width() - 2)
    second.set_project(demo_project)
    assert second.sidebar.currentRow() == list(second.pages).index("value")
    with qtbot.waitSignal(second.job.done, timeout=120_000):
        pass
