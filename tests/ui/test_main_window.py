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
    out = window.export_pdf(str(tmp_path / "report.pdf"))
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
