"""The Excel workbook (``--xlsx``, File ▸ Export Excel workbook) read back with openpyxl."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from loyalty_desktop.report.excel import write_workbook
from loyalty_desktop.report.excel_format import money_format

from .export_frames import IMPORTS, tiny_analysis


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "report.xlsx"
    analysis = tiny_analysis(benchmarks={"repeat_purchase_rate": 0.5})
    write_workbook(analysis, path, imports=IMPORTS)
    return openpyxl.load_workbook(path), analysis


def _rows(sheet) -> list[dict]:
    values = list(sheet.iter_rows(values_only=True))
    return [dict(zip(values[0], row)) for row in values[1:]]


def test_workbook_has_a_sheet_per_table_with_data_and_none_for_missing_data(workbook):
    book, _ = workbook
    names = book.sheetnames
    for name in ("Summary", "Retention", "Cohorts", "Customers", "Imports", "Rejected rows",
                 "Definitions"):
        assert name in names
    # no survey answers were imported: no NPS or satisfaction sheet (never an empty one)
    assert "NPS waves" not in names and "Satisfaction" not in names


def test_summary_holds_kpi_values_as_numbers_with_their_units(workbook):
    book, _ = workbook
    rows = {r["Key figure"]: r for r in _rows(book["Summary"])}
    assert rows["Customers"]["Value"] == 3
    # revenue 100 + 300 + 50 + 200 − 20 = 630 kr, written as a number in the SEK format
    assert rows["Revenue"]["Value"] == pytest.approx(630.0)
    # repeat purchase rate: A has 2 purchases, B 1, C 1 (the refund is no purchase) → 1/3
    repeat = rows["Repeat purchase rate"]
    assert repeat["Value"] == pytest.approx(1 / 3)
    assert repeat["Benchmark"] == pytest.approx(0.5)
    assert repeat["Assessment"] == "weakness"       # 33 % < 50 % benchmark
    sheet = book["Summary"]
    revenue_row = [r[0].row for r in sheet.iter_rows() if r[0].value == "Revenue"][0]
    assert sheet.cell(revenue_row, 2).number_format == '"SEK\u00a0"#,##0.00'   # English report
    repeat_row = [r[0].row for r in sheet.iter_rows() if r[0].value == "Repeat purchase rate"][0]
    assert sheet.cell(repeat_row, 2).number_format == "0.0%"


def test_customer_sheet_has_real_dates_integers_and_money(workbook):
    book, _ = workbook
    rows = {r["Customer"]: r for r in _rows(book["Customers"])}
    a = rows["A"]
    assert a["First purchase"] == dt.datetime(2024, 1, 10)
    assert a["Last purchase"] == dt.datetime(2024, 3, 5)
    assert a["Purchases"] == 2 and isinstance(a["Purchases"], int)
    assert a["Revenue"] == pytest.approx(400.0)
    sheet = book["Customers"]
    header = [c.value for c in sheet[1]]
    first = sheet.cell(2, header.index("First purchase") + 1)
    assert first.is_date and first.number_format == "yyyy-mm-dd"
    assert sheet.cell(2, header.index("Revenue") + 1).number_format == '"SEK\u00a0"#,##0.00'


def test_sheets_have_frozen_header_autofilter_and_fitted_widths(workbook):
    book, _ = workbook
    sheet = book["Rejected rows"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:D3"          # header + 2 rejected rows, 4 columns
    # the reason column is wider than the 8-character minimum: widths follow the content
    assert sheet.column_dimensions["D"].width > 20


def test_import_accounting_and_rejected_rows_are_listed(workbook):
    book, _ = workbook
    imports = _rows(book["Imports"])
    assert imports[0]["File"] == "kassa.csv"
    assert (imports[0]["Rows read"], imports[0]["Rows accepted"], imports[0]["Rows rejected"]) == (7, 5, 2)
    rejects = _rows(book["Rejected rows"])
    assert [(r["Row"], r["Column"]) for r in rejects] == [(4, "Datum"), (7, "Kund")]


def test_definitions_sheet_has_the_chart_sentences_and_settings(workbook):
    book, analysis = workbook
    rows = {r["Chart or setting"]: r["Definition"] for r in _rows(book["Definitions"])}
    # each row named in words (issue 13: the workbook speaks the report language)
    assert rows["Retention"] == analysis.sections["definitions_text"].sentences["retention"]
    assert rows["Inactivity window (days)"] == "30"
    assert rows["Currency"] == "SEK"
    assert rows["Refunds count as purchases"] == "no"


def test_money_format_places_the_symbol_as_the_currency_expects():
    # CLDR placement per report language (issue 13): kr after in sv, the code before in en
    assert money_format("SEK", "sv") == '#,##0.00"\u00a0kr"'
    assert money_format("SEK", "en") == '"SEK\u00a0"#,##0.00'
    assert money_format("EUR", "en") == '"€"#,##0.00'
    assert money_format("EUR", "nl") == '"€\u00a0"#,##0.00'
    assert money_format(None) == "#,##0.00"


def test_missing_folder_gives_a_plain_oserror(tmp_path):
    target = tmp_path / "missing" / "t.xlsx"
    with pytest.raises(OSError, match="Cannot save .*t.xlsx: the folder does not exist"):
        write_workbook(tiny_analysis(), target)
