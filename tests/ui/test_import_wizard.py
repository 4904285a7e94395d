"""The import wizard, driven the way an owner uses it (pytest-qt)."""
from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from loyalty_desktop.ui.import_wizard import ImportWizard
from tests.fixtures import exports

SWEDISH = ("Kundnummer;Datum;Belopp\n"
           "0042;31.01.2024;1 234,50\n"
           "0042;01.02.2024;99,90\n"
           ";15.02.2024;12,00\n"          # row 4: a guest
           "107;31.02.2024;5,00\n")       # row 5: no such date


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def make_wizard(qtbot, paths, settings):
    wizard = ImportWizard([str(p) for p in paths], settings=settings)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def click_next(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def wait_for_import(qtbot, wizard):
    page = wizard.validation_page
    qtbot.waitUntil(lambda: page.finished, timeout=20_000)
    qtbot.waitUntil(lambda: page.job is None or not page.job.is_running(), timeout=5_000)
    return page


def test_preview_shows_detected_settings_and_first_rows(qtbot, tmp_path, settings):
    path = tmp_path / "kassa.csv"
    path.write_text(SWEDISH, encoding="utf-8")
    wizard = make_wizard(qtbot, [path], settings)
    page = wizard.settings_page
    assert page.model.rowCount() == 4 and page.model.columnCount() == 3
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Kundnummer"
    assert "delimiter ;" in page.detected.text() and "decimal ," in page.detected.text()
    assert "date order dmy" in page.detected.text()


def test_changing_the_delimiter_refreshes_the_preview(qtbot, tmp_path, settings):
    path = tmp_path / "kassa.csv"
    path.write_text(SWEDISH, encoding="utf-8")
    wizard = make_wizard(qtbot, [path], settings)
    page = wizard.settings_page
    page.delimiter_box.setCurrentIndex(page.delimiter_box.findData(","))
    # With "," the whole header line is one column name.
    assert page.model.columnCount() == 1
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Kundnummer;Datum;Belopp"
    page.delimiter_box.setCurrentIndex(page.delimiter_box.findData(";"))
    assert page.model.columnCount() == 3


def test_full_import_lists_rejected_rows_and_emits_results(qtbot, tmp_path, settings, monkeypatch):
    path = tmp_path / "kassa.csv"
    path.write_text(SWEDISH, encoding="utf-8")
    wizard = make_wizard(qtbot, [path], settings)
    click_next(qtbot, wizard)
    mapping = wizard.mapping_page
    assert mapping.boxes["customer_id"].currentText() == "Kundnummer"
    assert mapping.boxes["amount"].currentText() == "Belopp"
    click_next(qtbot, wizard)
    page = wait_for_import(qtbot, wizard)
    assert "5 rows read" not in page.summary.text()
    assert "4 rows read, 2 imported, 2 rejected (1 guest rows)" in page.summary.text()
    assert page.model.rowCount() == 2
    rows = [page.model.data(page.model.index(r, 1)) for r in range(2)]
    assert rows == ["4", "5"]
    assert page.model.data(page.model.index(1, 4)) == "this is not a date the app can read"
    target = tmp_path / "rejected.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    with open(target, encoding="utf-8-sig") as handle:
        exported = list(csv.reader(handle))
    assert exported[0] == ["file", "row", "column", "value", "reason"]
    assert exported[2][:4] == ["kassa.csv", "5", "Datum", "31.02.2024"]
    with qtbot.waitSignal(wizard.imported) as signal:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    [result] = signal.args[0]
    assert result.log.rows_accepted == 2 and result.table["amount"].tolist() == [1234.5, 99.9]


def test_hand_made_mapping_is_remembered_for_the_same_headers(qtbot, tmp_path, settings):
    text = "Ref;När;Pengar\nA1;2024-01-02;10,00\n"
    first = tmp_path / "a.csv"
    first.write_text(text)
    wizard = make_wizard(qtbot, [first], settings)
    page = wizard.settings_page
    page.kind_box.setCurrentIndex(page.kind_box.findData("transactions"))
    click_next(qtbot, wizard)
    mapping = wizard.mapping_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()   # nothing mapped yet
    for field, column in (("customer_id", "Ref"), ("date", "När"), ("amount", "Pengar")):
        mapping.boxes[field].setCurrentIndex(mapping.boxes[field].findData(column))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click_next(qtbot, wizard)
    wait_for_import(qtbot, wizard)
    with qtbot.waitSignal(wizard.imported):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    second = tmp_path / "b.csv"
    second.write_text(text.replace("A1", "B2"))
    again = make_wizard(qtbot, [second], settings)
    again.settings_page.kind_box.setCurrentIndex(
        again.settings_page.kind_box.findData("transactions"))
    click_next(qtbot, again)
    assert again.mapping_page.boxes["amount"].currentText() == "Pengar"
    assert again.mapping_page.boxes["customer_id"].currentText() == "Ref"


def test_ambiguous_dates_ask_for_the_order(qtbot, tmp_path, settings):
    path = tmp_path / "amb.csv"
    path.write_text("Customer;Date;Amount\na;01/02/2024;1\nb;03/04/2024;2\n")
    wizard = make_wizard(qtbot, [path], settings)
    page = wizard.settings_page
    assert "day/month or month/day" in page.warning.text()
    page.order_box.setCurrentIndex(page.order_box.findData("mdy"))
    assert page.warning.text() == ""
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    wait_for_import(qtbot, wizard)
    assert wizard.results[0].table["date"].dt.month.tolist() == [1, 3]


def test_preset_file_imports_with_no_questions(qtbot, tmp_path, settings):
    path = exports.zettle_sales(tmp_path)
    wizard = make_wizard(qtbot, [path], settings)
    assert "Detected: Zettle sales report · Sales" in wizard.settings_page.detected.text()
    click_next(qtbot, wizard)
    assert wizard.mapping_page.boxes["amount"].currentText() == "Beløb"
    click_next(qtbot, wizard)
    page = wait_for_import(qtbot, wizard)
    assert "3 rows read, 2 imported, 1 rejected" in page.summary.text()
    assert "1 total rows skipped" in page.summary.text()


def test_cancel_stops_the_import(qtbot, tmp_path, settings):
    path = tmp_path / "big.csv"
    with open(path, "w") as handle:
        handle.write("Kundnummer;Datum;Belopp\n")
        handle.writelines(f"{i % 5000};0{1 + i % 9}.01.2024;{i},50\n" for i in range(400_000))
    wizard = make_wizard(qtbot, [path], settings)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.validation_page
    assert page.cancel_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    wait_for_import(qtbot, wizard)
    assert page.summary.text() == "The import was cancelled."
    assert wizard.results == []
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_several_files_one_broken_the_others_still_import(qtbot, tmp_path, settings):
    good = tmp_path / "kassa.csv"
    good.write_text(SWEDISH, encoding="utf-8")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    survey = exports.typeform(tmp_path)
    wizard = make_wizard(qtbot, [good, broken, survey], settings)
    assert wizard.settings_page.file_box.count() == 3
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wait_for_import(qtbot, wizard)
    text = page.summary.text()
    assert "kassa.csv: 4 rows read" in text and "responses.csv: 3 rows read" in text
    assert "broken.xlsx: The file is damaged or not a real spreadsheet" in text
    assert [r.log.file for r in wizard.results] == ["kassa.csv", "responses.csv"]
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def big_ods(tmp_path, rows=40_000):
    from tests.fixtures.sheets import write_ods

    body = [[f"{i % 900:04d}", f"2024-05-{1 + i % 28:02d}", 10.5 + i % 7] for i in range(rows)]
    return write_ods(tmp_path / "kassa.ods", {"Kassa": [["Kundnummer", "Datum", "Belopp"]] + body})


def wait_for_reading(qtbot, wizard):
    from loyalty_desktop.ui.jobs import running_jobs

    qtbot.waitUntil(lambda: not wizard.is_loading() and running_jobs() == 0, timeout=20_000)


def test_spreadsheet_preview_is_read_off_the_gui_thread(qtbot, tmp_path, settings):
    wizard = make_wizard(qtbot, [big_ods(tmp_path)], settings)
    page = wizard.settings_page
    # The constructor returned before the sheet was parsed: a worker reads it, the page
    # shows a busy bar with Stop, and Next waits for the preview.
    assert wizard.is_loading() and wizard.loading[wizard.current].is_running()
    assert page.reading.isVisible() and page.stop_button.isVisible()
    assert page.detected.text() == "Reading the file…"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    wait_for_reading(qtbot, wizard)
    timer.stop()
    assert ticks, "the GUI thread kept handling events while the sheet was read"
    assert page.model.rowCount() == 50 and page.model.columnCount() == 3
    assert not page.reading.isVisible() and not page.stop_button.isVisible()
    assert "Sales" in page.detected.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_stop_reading_then_read_again(qtbot, tmp_path, settings):
    wizard = make_wizard(qtbot, [big_ods(tmp_path)], settings)
    page = wizard.settings_page
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert page.warning.text() == "Reading the file was stopped. Change a setting to read it again."
    assert not page.reading.isVisible()
    wait_for_reading(qtbot, wizard)        # the stopped worker's late result is ignored
    assert page.model.rowCount() == 0
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.kind_box.setCurrentIndex(page.kind_box.findData("transactions"))
    assert wizard.is_loading()
    wait_for_reading(qtbot, wizard)
    assert page.model.rowCount() == 50 and page.warning.text() == ""
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    done = wait_for_import(qtbot, wizard)
    assert "kassa.ods: 40,000 rows read, 40,000 imported" in done.summary.text()


def test_unviewed_spreadsheet_gets_its_remembered_mapping_off_the_gui_thread(qtbot, tmp_path,
                                                                             settings):
    from loyalty_desktop.io.preview import preview_file

    sheet = big_ods(tmp_path, rows=300)
    preview = preview_file(sheet)
    settings.setValue(f"import/mappings/{preview.header_key}", json.dumps(
        {"kind": "transactions", "mapping": {"name": "Kundnummer", "date": "Datum",
                                             "amount": "Belopp"}}))
    good = tmp_path / "kassa.csv"
    good.write_text(SWEDISH, encoding="utf-8")
    wizard = make_wizard(qtbot, [good, sheet], settings)
    assert str(sheet) not in wizard.previews          # the sheet was never previewed
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    wait_for_import(qtbot, wizard)
    result = next(r for r in wizard.results if r.log.file == "kassa.ods")
    assert result.log.mapping == {"name": "Kundnummer", "date": "Datum", "amount": "Belopp"}


def test_import_progress_bar_moves_to_the_end(qtbot, tmp_path, settings):
    path = tmp_path / "big.csv"
    with open(path, "w") as handle:
        handle.write("Kundnummer;Datum;Belopp\n")
        handle.writelines(f"{i % 5000};0{1 + i % 9}.01.2024;{i},50\n" for i in range(50_000))
    wizard = make_wizard(qtbot, [path], settings)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.validation_page
    seen = []
    page.job.progressed.connect(lambda fraction, _message: seen.append(page.progress.value()))
    wait_for_import(qtbot, wizard)
    assert len(set(seen)) >= 2 and seen == sorted(seen)      # it moved, never backwards
    assert page.progress.value() == 1000 and "50,000 rows read" in page.summary.text()
