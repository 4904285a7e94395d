"""Formula-looking data comes back as inert text in every export (SPEC §2.1, issue 10)."""
from __future__ import annotations

import csv

import openpyxl
import pandas as pd
import pytest

from loyalty_desktop.report.csv_export import write_csv
from loyalty_desktop.report.excel import write_workbook
from loyalty_desktop.report.neutralise import is_formula_like, neutralise_text
from loyalty_desktop.report.winback import write_winback

from .export_frames import IMPORTS, overdue_analysis, tiny_analysis

HOSTILE = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=y"]


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_like_text_is_detected(text):
    assert is_formula_like(text)
    assert neutralise_text(text) == "'" + text


@pytest.mark.parametrize("value", ["Anna", "1+1", "a=b", -2.5, 3, None, ""])
def test_ordinary_values_and_numbers_are_left_alone(value):
    assert not is_formula_like(value)
    assert neutralise_text(value) == value


def test_csv_prefixes_formula_like_cells_with_a_quote(tmp_path):
    frame = pd.DataFrame({"name": HOSTILE, "amount": [-2.0, 1.0, 2.0, 3.0, 4.0, 5.0]})
    path = write_csv(frame, tmp_path / "x.csv", "en")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [r[0] for r in rows[1:]] == ["'" + t for t in HOSTILE]
    assert rows[1][1] == "-2"          # a negative *number* is a number, not a formula


def test_xlsx_keeps_formula_like_cells_as_strings(tmp_path):
    analysis = tiny_analysis()
    path = write_workbook(analysis, tmp_path / "x.xlsx", imports=IMPORTS)
    book = openpyxl.load_workbook(path)
    customers = book["Customers"]
    header = [c.value for c in customers[1]]
    names = {customers.cell(r, 1).value: customers.cell(r, header.index("Name") + 1)
             for r in range(2, customers.max_row + 1)}
    assert names["B"].value == "=1+1" and names["B"].data_type == "s"
    emails = {customers.cell(r, 1).value: customers.cell(r, header.index("E-mail") + 1)
              for r in range(2, customers.max_row + 1)}
    assert emails["B"].value == "@cmd" and emails["B"].data_type == "s"
    reason = book["Rejected rows"].cell(3, 4)
    assert reason.value == "=cmd|' /C calc'!A0" and reason.data_type == "s"
    # no cell in the whole workbook is a formula
    assert not [c.coordinate for ws in book.worksheets for row in ws.iter_rows() for c in row
                if c.data_type == "f"]


def test_winback_exports_neutralise_a_hostile_name_and_phone(tmp_path):
    analysis = overdue_analysis()            # X "=1+1", phone "+46 70 123", is overdue
    write_winback(analysis, tmp_path / "w.csv", "sv")
    write_winback(analysis, tmp_path / "w.xlsx", "sv")
    with (tmp_path / "w.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [(r["Customer"], r["Name"], r["Phone"]) for r in rows] == [("X", "'=1+1", "'+46 70 123")]
    sheet = openpyxl.load_workbook(tmp_path / "w.xlsx").active
    header = [c.value for c in sheet[1]]
    name = sheet.cell(2, header.index("Name") + 1)
    phone = sheet.cell(2, header.index("Phone") + 1)
    assert (name.value, name.data_type) == ("=1+1", "s")
    assert (phone.value, phone.data_type) == ("+46 70 123", "s")
