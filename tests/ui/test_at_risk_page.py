"""The At risk page: one column per warning sign with the reason in words, ranked by value at
risk, sortable, filterable by segment, and the win-back export read back from the file."""
from __future__ import annotations

import csv

import openpyxl
import pandas as pd
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from loyalty_desktop.engine.analysis import analyse
from loyalty_desktop.engine.data import Dataset
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.ui.pages.at_risk import AtRiskPage

AS_OF = pd.Timestamp("2024-06-30")
EVIL_NAME = '=HYPERLINK("http://example.com","click")'


def _orders() -> pd.DataFrame:
    rows = []
    # A: every 30 days until 2024-03-26, 96 days before the analysis date → overdue
    for k in range(10):
        rows.append(("A", AS_OF - pd.Timedelta(days=96 + 30 * k), 100.0))
    # B: every 10 days, still buying → no sign
    for k in range(12):
        rows.append(("B", AS_OF - pd.Timedelta(days=1 + 10 * k), 50.0))
    # C: monthly buyer who returned an order two weeks ago → recent returns
    for k in range(8):
        rows.append(("C", AS_OF - pd.Timedelta(days=5 + 30 * k), 80.0))
    rows.append(("C", AS_OF - pd.Timedelta(days=14), -80.0))
    # D … K: weekly buyers who stopped at different times (overdue), plus one-time buyers
    for i, customer in enumerate("DEFGHIJK"):
        for k in range(4 + i):
            rows.append((customer, AS_OF - pd.Timedelta(days=40 + 10 * i + 7 * k), 20.0 + i))
    for i in range(6):
        rows.append((f"N{i}", AS_OF - pd.Timedelta(days=3 + 40 * i), 30.0))
    rows.append(("Z", AS_OF, 10.0))
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    frame["customer_id"] = frame["customer_id"].astype("string")
    return frame


def _customers() -> pd.DataFrame:
    return pd.DataFrame({"customer_id": pd.array(["A", "C", "D"], dtype="string"),
                         "name": [EVIL_NAME, "Cecilia", "David"],
                         "email": ["a@shop.se", "c@shop.se", "d@shop.se"],
                         "phone": ["+46 70 111 22 33", "070-222 33 44", "0703334455"]})


@pytest.fixture(scope="module")
def analysis():
    return analyse(Dataset(transactions=_orders(), customers=_customers()),
                   Definitions(churn_window_days=90, currency="SEK"))


@pytest.fixture
def page(qtbot, analysis):
    widget = AtRiskPage()
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show_analysis(analysis)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _column(page: AtRiskPage, title: str) -> list[str]:
    proxy = page.proxy
    headers = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())]
    c = headers.index(title)
    return [proxy.index(r, c).data() for r in range(proxy.rowCount())]


def test_every_sign_is_its_own_column_with_the_reason_in_words(page, analysis):
    proxy = page.proxy
    headers = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())]
    assert headers == ["Customer", "Name", "Value at risk", "Overdue", "Buying less often",
                       "Low score", "Recent returns", "Probably lost", "E-mail", "Phone",
                       "RFM segment", "Chance still a customer", "Predicted value", "Signs"]
    customers = _column(page, "Customer")
    row = customers.index("A")
    assert _column(page, "Overdue")[row] == "last bought 96 days ago; usually every 30"
    overdue = [page.proxy.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.proxy.columnCount())].index("Overdue")
    assert page.proxy.index(row, overdue).data(Qt.ItemDataRole.ToolTipRole) == (
        "last bought 96 days ago; usually every 30")
    # no model was trusted (11 repeat customers < 30): the chance is unknown, not invented
    assert set(_column(page, "Chance still a customer")) == {"—"}
    assert _column(page, "Name")[row] == EVIL_NAME
    assert _column(page, "Phone")[row] == "+46 70 111 22 33"
    assert _column(page, "Recent returns")[customers.index("C")] == (
        "returned an order in the last 30 days")
    assert "B" not in customers and "Z" not in customers
    # the rows are the engine's list, in its ranking by value at risk
    engine = analysis.sections["at_risk"].table
    assert customers == [str(i) for i in engine.index]
    assert page.summary.text().startswith(f"{len(engine)} customers show at least one warning sign")
    # without a trusted model the caption says how value at risk was counted instead
    assert page.caption.text().startswith(
        "Value at risk = the whole predicted value of customers with a warning sign (the chance "
        "that a customer is still buying could not be estimated). At risk: overdue")


def test_clicking_the_value_header_sorts_the_other_way(qtbot, page, analysis):
    header = page.table.horizontalHeader()
    column = [page.proxy.headerData(c, Qt.Orientation.Horizontal)
              for c in range(page.proxy.columnCount())].index("Value at risk")
    values = analysis.sections["at_risk"].table["value_at_risk"]
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    first = page.proxy.index(0, 0).data()
    assert first == str(values.idxmin())


def _choose_segment(qtbot, page: AtRiskPage, key: str) -> None:
    combo = page.segment
    index = combo.findData(key)
    assert index >= 0, [combo.itemData(i) for i in range(combo.count())]
    combo.showPopup()
    view = combo.view()
    rect = view.visualRect(view.model().index(index, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: combo.currentIndex() == index)


def test_choosing_a_segment_keeps_only_its_members_in_ranking_order(qtbot, page, analysis):
    segment = str(analysis.customers.loc["A", "rfm_segment"])
    labels = [page.segment.itemText(i) for i in range(page.segment.count())]
    assert labels[0] == "All customers" and f"RFM: {segment}" in labels
    _choose_segment(qtbot, page, f"rfm:{segment}")
    engine = analysis.sections["at_risk"].table
    in_segment = analysis.customers.index[analysis.customers["rfm_segment"] == segment]
    expected = [str(i) for i in engine.index if i in in_segment]
    assert _column(page, "Customer") == expected and "A" in expected
    assert set(_column(page, "RFM segment")) == {segment}
    _choose_segment(qtbot, page, None)
    assert len(_column(page, "Customer")) == len(engine)


def _export(qtbot, page: AtRiskPage, monkeypatch, path, file_filter: str) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), file_filter)))
    with qtbot.waitSignal(page.exported, timeout=20000) as signal:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert signal.args == [str(path)]
    qtbot.waitUntil(lambda: page.export_button.isEnabled())
    assert page.status.text() == f"Saved to {path}"


def test_export_writes_the_segment_shown_with_contacts_and_inert_formulas(
        qtbot, page, analysis, monkeypatch, tmp_path):
    segment = str(analysis.customers.loc["A", "rfm_segment"])
    _choose_segment(qtbot, page, f"rfm:{segment}")
    shown = _column(page, "Customer")
    path = tmp_path / "win-back.xlsx"
    _export(qtbot, page, monkeypatch, path, "Excel workbook (*.xlsx)")
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:7] == ["Customer", "Name", "E-mail", "Phone", "Value at risk", "Why",
                          "Warning signs"]
    assert [str(r[0]) for r in rows[1:]] == shown
    a = rows[1 + shown.index("A")]
    assert a[header.index("E-mail")] == "a@shop.se"
    assert a[header.index("Phone")] == "+46 70 111 22 33"
    assert a[header.index("Why")].startswith("last bought 96 days ago; usually every 30")
    # the formula-looking name is stored as text, not as a formula Excel would run
    cell = sheet.cell(2 + shown.index("A"), header.index("Name") + 1)
    assert cell.value == EVIL_NAME and cell.data_type == "s"


def test_csv_export_neutralises_formula_looking_text(qtbot, page, monkeypatch, tmp_path):
    path = tmp_path / "win-back.csv"
    _export(qtbot, page, monkeypatch, path, "CSV file (*.csv)")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    by_id = {row[0]: row for row in rows[1:]}
    assert [row[0] for row in rows[1:]] == _column(page, "Customer")
    assert by_id["A"][header.index("Name")] == "'" + EVIL_NAME
    assert by_id["A"][header.index("E-mail")] == "a@shop.se"
    assert by_id["A"][header.index("Phone")] == "'+46 70 111 22 33"


def test_empty_project_says_what_to_import(qtbot):
    widget = AtRiskPage()
    qtbot.addWidget(widget)
    widget.show_analysis(analyse(Dataset(), Definitions()))
    assert widget.proxy.rowCount() == 0
    assert widget.summary.text() == "Import your sales to see which customers are slipping away."
    assert not widget.export_button.isEnabled()
