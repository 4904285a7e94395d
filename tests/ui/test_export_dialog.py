"""File ▸ Export… driven as a person would: pick sections or a format, export, read it back."""
from __future__ import annotations

import subprocess

import openpyxl
import pytest
from PySide6.QtCore import Qt

from loyalty_desktop.engine.analysis import analyse
from loyalty_desktop.ui.export_dialog import ExportDialog


@pytest.fixture(scope="module")
def demo_analysis(demo_project):
    return analyse(demo_project.dataset, demo_project.definitions), demo_project.imports


@pytest.fixture
def dialog(qtbot, demo_analysis, tmp_path):
    analysis, imports = demo_analysis
    dlg = ExportDialog(analysis, imports, business_name="Kafé Linnea", folder=tmp_path)
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    if dlg.job is not None:
        dlg.job.wait(30000)


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_pdf_holds_the_chosen_sections_and_not_the_others(dialog, qtbot, tmp_path):
    for key in ("summary", "cohorts", "value", "feedback", "segments"):
        qtbot.keyClick(dialog.section_boxes[key], Qt.Key.Key_Space)     # untick
    assert dialog.sections() == ("retention", "appendix")
    dialog.path_edit.setText(str(tmp_path / "chosen"))    # suffix added by the dialog
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as blocker:
        _click(qtbot, dialog.export_button)
    path = blocker.args[0]
    assert path == tmp_path / "chosen.pdf"
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    for title in ("Customer loyalty report", "Retention", "Appendix: customers at risk",
                  "Appendix: imported files", "kassa_transaktioner.csv"):
        assert title in text
    for title in ("Summary", "Cohorts", "Customer value", "Feedback", "What customers write",
                  "Loyalty and segments"):
        assert title not in text
    # cover + retention + 2 appendix pages
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert "Pages:           4" in info
    assert dialog.status.text().startswith("Saved to")


def test_pdf_needs_at_least_one_section(dialog, qtbot):
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    _click(qtbot, dialog.export_button)
    assert dialog.status.text() == "Choose at least one section for the report."


def test_excel_workbook_is_written_in_a_worker_and_opens(dialog, qtbot, demo_analysis):
    analysis, _ = demo_analysis
    _click(qtbot, dialog.kind_buttons["xlsx"])
    assert not dialog.pdf_box.isEnabled()
    assert dialog.path_edit.text().endswith("loyalty-tables.xlsx")
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as blocker:
        _click(qtbot, dialog.export_button)
    book = openpyxl.load_workbook(blocker.args[0], read_only=True)
    rows = {r[0]: r[1] for r in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert rows["Customers"] == analysis.summary["customers"]


def test_winback_csv_lists_the_at_risk_customers(dialog, qtbot):
    _click(qtbot, dialog.kind_buttons["winback_csv"])
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as blocker:
        _click(qtbot, dialog.export_button)
    lines = blocker.args[0].read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Customer,Name,E-mail,Value at risk,Why")
    assert len(lines) > 10


def test_unwritable_folder_gives_a_plain_message(dialog, qtbot, tmp_path):
    _click(qtbot, dialog.kind_buttons["winback_xlsx"])
    dialog.path_edit.setText(str(tmp_path / "no-such-folder" / "list.xlsx"))
    with qtbot.waitSignal(dialog.failed, timeout=60_000):
        _click(qtbot, dialog.export_button)
    assert dialog.status.text().startswith("A file could not be read or written")


def test_file_menu_offers_the_exports_once_an_analysis_is_shown(qtbot, demo_project):
    from PySide6.QtGui import QKeySequence

    from loyalty_desktop.ui.main_window import MainWindow
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.export_action.isEnabled()           # nothing to export yet
    with qtbot.waitSignal(window.analysis_ready, timeout=120_000):
        window.set_project(demo_project)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    for text in ("E&xport…", "Export &Excel workbook…", "Export &win-back list…"):
        assert text in texts
    assert window.export_action.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert window.export_winback_action.isEnabled()
    window.export_winback_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.kind() == "winback_xlsx"
    assert dialog.path_edit.text().endswith("win-back-list.xlsx")
    dialog.reject()


def test_appendix_renders_cyrillic_and_nordic_names_as_searchable_text(qtbot, tmp_path):
    import pandas as pd

    from loyalty_desktop.engine.data import Dataset
    from loyalty_desktop.engine.definitions import Definitions
    from loyalty_desktop.report.pdf import build_pdf

    # X bought every 10 days, then not for 40 days before as_of (Y's purchase): overdue
    transactions = pd.DataFrame({
        "customer_id": pd.Series(["X", "X", "X", "Y"], dtype="string"),
        "date": pd.to_datetime(["2024-01-01", "2024-01-11", "2024-01-21", "2024-03-01"]),
        "amount": [10.0, 10.0, 10.0, 5.0]})
    customers = pd.DataFrame({"customer_id": pd.Series(["X", "Y"], dtype="string"),
                              "name": ["Дмитрий Ørsted-Åberg", "Ylva"]})
    analysis = analyse(Dataset(transactions, customers), Definitions(churn_window_days=90))
    imports = [{"file": "kassa_överföring.csv", "kind": "transactions", "rows_read": 5,
                "rows_accepted": 4, "rows_rejected": 1,
                "rejects": [{"row": 3, "column": "Сумма", "reason": "abc is not a number"}]}]
    path = build_pdf(analysis, tmp_path / "ru.pdf", imports=imports, sections=("appendix",))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    for expected in ("Дмитрий Ørsted-Åberg (X)", "last bought 40 days ago; usually every 10",
                     "kassa_överföring.csv", "Сумма"):
        assert expected in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert all(" yes " in line for line in fonts.splitlines()[2:])


@pytest.mark.parametrize("locale_name, size", [("en_US", "Letter"), ("en_GB", "A4"),
                                               ("sv_SE", "A4"), ("ru_RU", "A4"), ("C", "A4")])
def test_paper_size_follows_the_locale(locale_name, size):
    from loyalty_desktop.report.pdf import page_size_for
    assert page_size_for(locale_name) == size


def test_letter_paper_is_written_when_chosen(dialog, qtbot, tmp_path):
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("Letter"))
    for key in ("summary", "cohorts", "value", "feedback", "appendix"):
        dialog.section_boxes[key].setChecked(False)
    dialog.path_edit.setText(str(tmp_path / "letter.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    info = subprocess.run(["pdfinfo", str(blocker.args[0])], capture_output=True, text=True).stdout
    assert "(letter)" in info                     # 612 x 792 pts


def test_segments_section_can_be_chosen_alone_and_is_written_in_the_background(dialog, qtbot,
                                                                               tmp_path):
    for key, box in dialog.section_boxes.items():
        box.setChecked(key == "segments")
    dialog.path_edit.setText(str(tmp_path / "segments.pdf"))
    _click(qtbot, dialog.export_button)
    assert not dialog.export_button.isEnabled()        # the dialog returned at once: a job runs
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as blocker:
        pass
    text = subprocess.run(["pdftotext", str(blocker.args[0]), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Loyalty and segments" in text and "Loyal customers over time" in text
    assert "Retention and churn rate" not in text
    assert dialog.export_button.isEnabled()
