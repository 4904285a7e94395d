"""Right-click → "Export table to Excel…/CSV…" and "Copy" on any table, as a user does it.

The menu comes from one app-wide event filter (ui/table_export.py), so the tests use tables
the way pages build them — a DataFrameModel behind a sort/filter proxy — and a plain
QStandardItemModel table made after the window, which no page code knows about.
The save dialog is the only thing replaced (a native file dialog cannot be driven).
"""
from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pandas as pd
import pytest
from PySide6.QtCore import QPoint, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QFileDialog, QTableView

from loyalty_desktop.ui import table_export
from loyalty_desktop.ui.models import DataFrameModel

HOSTILE = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x"]


def _frame() -> pd.DataFrame:
    return pd.DataFrame({
        "customer_id": ["C1", "C2", "C3", "C4", "C5"],
        "name": HOSTILE,
        "status": ["active", "churned", "churned", "active", "churned"],
        "first_purchase": pd.to_datetime(["2024-01-05", "2023-03-01", "2024-06-30",
                                          "2022-12-24", "2023-07-14"]),
        "purchases": [3, 1, 7, 2, 5],
        "revenue": [120.5, 80.0, 999.25, 40.0, 310.0],
        "p_alive": [0.9, 0.2, 0.35, 0.8, 0.1]})


HEADERS = {"customer_id": "Kund", "name": "Namn", "status": "Status",
           "first_purchase": "Första köp", "purchases": "Köp", "revenue": "Intäkt",
           "p_alive": "Chans kvar"}


@pytest.fixture
def exporter(qapp):
    return table_export.install(lambda: ("SEK", "sv"))


@pytest.fixture
def view(qtbot, exporter):
    """Like the Customers page: a sortable, filtered proxy over a lazily fetched model."""
    model = DataFrameModel()
    model.BATCH = 2                                 # only 2 of 5 rows fetched by the view
    statuses = {"active": "Aktiv", "churned": "Förlorad"}
    model.set_frame(_frame(), HEADERS, {"status": lambda v: statuses.get(v, "—")})
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(DataFrameModel.SORT_ROLE)
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table._keep = (model, proxy)
    qtbot.addWidget(table)
    table.resize(700, 300)
    table.show()
    qtbot.waitExposed(table)
    return table


def _choose_from_menu(qtbot, view: QTableView, text: str) -> None:
    """Right-click the table and pick ``text`` from the menu that opens."""
    picked = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, pick)
            return
        action = next(a for a in menu.actions() if a.text() == text)
        picked.append([a.text() for a in menu.actions()])
        menu.close()
        action.trigger()

    QTimer.singleShot(0, pick)
    _right_click(view.viewport(), QPoint(30, 40))
    qtbot.waitUntil(lambda: bool(picked), timeout=5000)
    assert picked[0] == ["Export table to Excel…", "Export table to CSV…", "Copy"]


def _right_click(widget, pos: QPoint) -> None:
    """The context-menu event the windowing system turns a right-click into (QTest's mouse
    clicks go straight to the widget and never produce one)."""
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
    QApplication.postEvent(widget, event)


def _save_as(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


def _wait_jobs(qtbot, exporter) -> None:
    qtbot.waitUntil(lambda: not exporter.jobs, timeout=30_000)


def test_excel_export_has_the_shown_rows_columns_headers_and_typed_cells(
        qtbot, view, exporter, monkeypatch, tmp_path):
    view.sortByColumn(5, Qt.SortOrder.DescendingOrder)          # revenue, highest first
    view.setColumnHidden(4, True)                               # "Köp" hidden
    view.horizontalHeader().moveSection(6, 1)                   # "Chans kvar" second
    _save_as(monkeypatch, tmp_path / "kunder")
    _choose_from_menu(qtbot, view, "Export table to Excel…")
    _wait_jobs(qtbot, exporter)
    sheet = openpyxl.load_workbook(tmp_path / "kunder.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Kund", "Chans kvar", "Namn", "Status", "Första köp", "Intäkt")
    # every row, not only the 2 the view had fetched, in the view's order
    assert [r[0] for r in rows[1:]] == ["C3", "C5", "C1", "C2", "C4"]
    c3 = sheet[2]
    assert c3[4].value == dt.datetime(2024, 6, 30) and c3[4].is_date
    assert c3[5].value == pytest.approx(999.25) and c3[5].data_type == "n"
    assert "kr" in c3[5].number_format or "SEK" in c3[5].number_format   # money, not a bare number
    assert c3[1].value == pytest.approx(0.35) and "%" in c3[1].number_format
    assert c3[3].value == "Förlorad"                  # the words shown, not the code
    assert c3[2].value == "-2+3" and c3[2].data_type == "s"      # text, never a formula
    assert not [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert sheet.column_dimensions["E"].width >= 10    # dates fit


def test_csv_export_follows_the_filter_and_the_swedish_dialect(
        qtbot, view, exporter, monkeypatch, tmp_path):
    proxy = view.model()
    proxy.setFilterKeyColumn(2)
    proxy.setFilterFixedString("Förlorad")                      # churned only
    _save_as(monkeypatch, tmp_path / "churned.csv")
    _choose_from_menu(qtbot, view, "Export table to CSV…")
    _wait_jobs(qtbot, exporter)
    raw = (tmp_path / "churned.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                     # UTF-8 with BOM for Excel
    with (tmp_path / "churned.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == list(HEADERS.values())
    assert [r[0] for r in rows[1:]] == ["C2", "C3", "C5"]
    c3 = rows[2]
    assert c3[1] == "'-2+3"                                     # neutralised
    assert c3[3] == "2024-06-30" and c3[5] == "999,25" and c3[4] == "7"


def test_every_hostile_first_character_is_neutralised_in_both_formats(
        qtbot, view, exporter, monkeypatch, tmp_path):
    exporter.export(view, "csv", str(tmp_path / "t.csv"))
    exporter.export(view, "xlsx", str(tmp_path / "t.xlsx"))
    _wait_jobs(qtbot, exporter)
    with (tmp_path / "t.csv").open(encoding="utf-8-sig", newline="") as handle:
        names = [r[1] for r in list(csv.reader(handle, delimiter=";"))[1:]]
    assert names == ["'" + t for t in HOSTILE]
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    cells = [sheet.cell(r, 2) for r in range(2, 7)]
    assert [(c.value, c.data_type) for c in cells] == [(t, "s") for t in HOSTILE]


def test_copy_puts_the_selected_rows_on_the_clipboard_as_cells(qtbot, view, exporter):
    view.selectRow(0)
    _choose_from_menu(qtbot, view, "Copy")
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:3] == ["Kund", "Namn", "Status"]
    assert lines[1].split("\t") == ["C1", "'=1+1", "Aktiv", "2024-01-05", "3", "120,5", "0,9"]
    assert len(lines) == 2


def test_a_table_made_later_with_another_model_gets_the_menu_too(
        qtbot, exporter, monkeypatch, tmp_path):
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Vecka", "Datum", "Andel"])
    for week, day, share in ((1, dt.date(2025, 1, 6), 0.5), (2, dt.date(2025, 1, 13), 0.25)):
        items = [QStandardItem(), QStandardItem(), QStandardItem()]
        items[0].setData(week, Qt.ItemDataRole.EditRole)
        items[1].setData(day, Qt.ItemDataRole.EditRole)
        items[2].setData(share, Qt.ItemDataRole.EditRole)
        model.appendRow(items)
    table = QTableView()
    table.setModel(model)
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)
    _save_as(monkeypatch, tmp_path / "later.xlsx")
    _choose_from_menu(qtbot, table, "Export table to Excel…")
    _wait_jobs(qtbot, exporter)
    rows = list(openpyxl.load_workbook(tmp_path / "later.xlsx").active.iter_rows(values_only=True))
    assert rows == [("Vecka", "Datum", "Andel"), (1, dt.datetime(2025, 1, 6), 0.5),
                    (2, dt.datetime(2025, 1, 13), 0.25)]


def test_a_view_with_its_own_menu_keeps_it(qtbot, exporter):
    table = QTableView()
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    asked = []
    table.customContextMenuRequested.connect(asked.append)
    table.setModel(QStandardItemModel(2, 2))
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)
    _right_click(table.viewport(), QPoint(10, 10))
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert QApplication.activePopupWidget() is None


def test_the_windows_customer_table_exports_what_the_page_shows(qtbot, monkeypatch, tmp_path,
                                                                 demo_project):
    """No page code: the window installs the menu, the Customers page only builds its table."""
    from loyalty_desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.analysis_ready, timeout=120_000) as blocker:
        window.set_project(demo_project)
    analysis = blocker.args[0]
    window.show_page("customers")
    page = window.pages["customers"]
    page.status.setCurrentIndex(page.status.findData("churned"))
    revenue = list(page.headers()).index("revenue")
    page.table.sortByColumn(revenue, Qt.SortOrder.DescendingOrder)
    qtbot.waitExposed(page.table)
    _save_as(monkeypatch, tmp_path / "churned.xlsx")
    exporter = QApplication.instance().findChild(table_export.TableExporter)
    _choose_from_menu(qtbot, page.table, "Export table to Excel…")
    _wait_jobs(qtbot, exporter)
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Table saved to"))
    book = openpyxl.load_workbook(tmp_path / "churned.xlsx")
    assert book.sheetnames == ["Customers"]
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0] == tuple(page.headers().values())
    churned = analysis.customers[analysis.customers["status"] == "churned"]
    assert len(rows) - 1 == len(churned)
    top = churned["revenue"].sort_values(ascending=False)
    assert [r[0] for r in rows[1:4]] == [str(i) for i in top.index[:3]]
    assert {r[3] for r in rows[1:]} == {"Churned"}
    assert isinstance(rows[1][4], dt.datetime)                         # first purchase
    revenue_cell = book.active.cell(2, 8)
    assert revenue_cell.data_type == "n" and revenue_cell.value == pytest.approx(top.iloc[0])
    assert "SEK" in revenue_cell.number_format or "kr" in revenue_cell.number_format
    if window.job is not None:
        window.job.wait(30000)
