"""Every supported format reaches the same tidy table: .csv .txt .tsv .xlsx .xlsm .xls .ods."""
from __future__ import annotations

import re
import zipfile

import openpyxl
import pandas as pd
import pytest

from loyalty_desktop.io.errors import ImportFailed
from loyalty_desktop.io.importer import ImportOptions, import_file

EXPECTED_AMOUNTS = [12.5, 7.0]
TSV = "Kundnummer\tDatum\tBelopp\n001\t2024-05-01\t12,50\n002\t2024-05-02\t7,00\n"

ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet>
<table:table table:name="Small"><table:table-row>
 <table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>
</table:table-row></table:table>
<table:table table:name="Kassa">
<table:table-row>
 <table:table-cell office:value-type="string"><text:p>Kundnummer</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Datum</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Belopp</text:p></table:table-cell>
</table:table-row>
<table:table-row>
 <table:table-cell office:value-type="string"><text:p>001</text:p></table:table-cell>
 <table:table-cell office:value-type="date" office:date-value="2024-05-01"><text:p>01.05.2024</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="12.5"><text:p>12,50</text:p></table:table-cell>
</table:table-row>
<table:table-row>
 <table:table-cell office:value-type="string"><text:p>002</text:p></table:table-cell>
 <table:table-cell office:value-type="date" office:date-value="2024-05-02"><text:p>02.05.2024</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="7"><text:p>7,00</text:p></table:table-cell>
</table:table-row>
</table:table>
</office:spreadsheet></office:body></office:document-content>"""

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def write_ods(path):
    """A minimal OpenDocument spreadsheet as LibreOffice writes it (mimetype first, stored)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", MANIFEST)
        archive.writestr("content.xml", re.sub(r">\s+<", "><", ODS_CONTENT))
    return path


def check(result):
    assert result.table["customer_id"].tolist() == ["001", "002"]
    assert result.table["amount"].tolist() == EXPECTED_AMOUNTS
    assert result.table["date"].tolist() == [pd.Timestamp("2024-05-01"), pd.Timestamp("2024-05-02")]


@pytest.mark.parametrize("name", ["kassa.tsv", "kassa.txt"])
def test_tab_separated_text(tmp_path, name):
    path = tmp_path / name
    path.write_text(TSV, encoding="utf-8")
    result = import_file(path)
    check(result)
    assert result.log.delimiter == "\t" and result.log.format == name.split(".")[1]


def test_pipe_separated_with_quoted_newlines(tmp_path):
    path = tmp_path / "pipe.csv"
    path.write_text('Kundnummer|Datum|Belopp|Anteckning\n001|2024-05-01|12,50|"rad ett\nrad två"\n'
                    "002|2024-05-02|7,00|\n")
    result = import_file(path)
    check(result)
    assert result.log.delimiter == "|"


def test_quoted_newlines_far_below_the_sample_are_values_not_line_ends(tmp_path, monkeypatch):
    # No quote in the first 256 kB, then notes spanning two lines. pyarrow splits the file
    # into blocks at line ends (small blocks here, so many fall inside a note): the reader
    # must find out (whole-file quote scan, or rows of the wrong width sending it to the
    # exact reader) and keep every record whole.
    monkeypatch.setattr("loyalty_desktop.io.delimited.BLOCK_LIMITS", (4096, 4096))
    lines = [f"K{i:05d};2024-05-01;{i % 90},50;" + ('"rad ett\nrad två"' if i > 20_000 else "")
             for i in range(30_000)]
    path = tmp_path / "late_quotes.csv"
    path.write_text("Kundnummer;Datum;Belopp;Anteckning\n" + "\n".join(lines) + "\n",
                    encoding="utf-8")
    log = import_file(path).log
    assert (log.rows_read, log.rows_accepted, log.rows_rejected) == (30_000, 30_000, 0)


def test_ods_largest_sheet_is_preselected_and_typed_cells_kept(tmp_path):
    result = import_file(write_ods(tmp_path / "kassa.ods"))
    check(result)
    assert result.log.sheet == "Kassa" and result.log.sheets == ["Small", "Kassa"]
    assert result.log.format == "ods"


def test_xlsm_reads_like_xlsx(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Kundnummer", "Datum", "Belopp"])
    book.active.append(["001", "2024-05-01", 12.5])
    book.active.append(["002", "2024-05-02", 7])
    path = tmp_path / "kassa.xlsm"
    book.save(path)
    result = import_file(path)
    check(result)
    assert result.log.format == "xlsm"


def test_xls_that_is_really_tab_separated_text(tmp_path):
    # Many tills "export to Excel" by writing tab-separated text with an .xls name.
    path = tmp_path / "export.xls"
    path.write_text(TSV, encoding="cp1252")
    result = import_file(path)
    check(result)
    assert result.log.format == "xls (text)"


def test_unknown_sheet_name_lists_the_sheets(tmp_path):
    with pytest.raises(ImportFailed) as caught:
        import_file(write_ods(tmp_path / "kassa.ods"), options=ImportOptions(sheet="Nope"))
    assert "Sheets: Small, Kassa" in str(caught.value)


def test_header_row_can_be_set_by_hand(tmp_path):
    path = tmp_path / "h.csv"
    path.write_text("Kundnummer;Datum;Belopp\nKund;Dag;Summa\n001;2024-05-01;12,50\n"
                    "002;2024-05-02;7,00\n")
    result = import_file(path, options=ImportOptions(
        header_row=2, mapping={"customer_id": "Kund", "date": "Dag", "amount": "Summa"}))
    check(result)
    assert result.log.header_row == 2


def test_typed_date_cells_with_a_separate_time_column(tmp_path):
    import datetime as dt

    book = openpyxl.Workbook()
    book.active.append(["Customer ID", "Date", "Time", "Amount"])
    book.active.append(["C1", dt.date(2024, 1, 5), "14:05:33", 12.5])
    book.active.append(["C2", dt.date(2024, 1, 6), "2:05 PM", 7])
    book.active.append(["C3", dt.date(2024, 1, 7), "", 1])
    path = tmp_path / "till.xlsx"
    book.save(path)
    result = import_file(path)
    assert result.log.mapping["time"] == "Time"
    assert result.table["date"].tolist() == [pd.Timestamp("2024-01-05 14:05:33"),
                                              pd.Timestamp("2024-01-06 14:05"),
                                              pd.Timestamp("2024-01-07")]


def test_binary_xls_is_read_with_calamine(tmp_path):
    from tests.fixtures.xls import write_xls

    path = write_xls(tmp_path / "kassa.xls", [
        ["Kassarapport"],
        ["Kundnummer", "Datum", "Belopp"],
        ["001", "2024-05-01", 12.5],
        ["002", "2024-05-02", 7],
        ["Summa", None, 19.5]], sheet="Kassa")
    result = import_file(path)
    check(result)
    log = result.log
    assert (log.format, log.sheet, log.header_row, log.footer_rows) == ("xls", "Kassa", 2, 1)


def test_xlsx_preview_reads_only_the_first_rows_and_agrees_with_the_import(tmp_path):
    from loyalty_desktop.io.preview import preview_file

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet["B2"] = "Kundnummer"
    sheet["C2"] = "Datum"
    sheet["D2"] = "Belopp"
    for i in range(3, 1003):
        sheet.cell(i, 2, f"{i:04d}")
        sheet.cell(i, 3, "2024-05-01")
        sheet.cell(i, 4, 1000.0)
    book.create_sheet("Tiny")["A1"] = "x"
    path = tmp_path / "big.xlsx"
    book.save(path)
    preview = preview_file(path)
    assert preview.sheet == "Data" and preview.sheets == ["Data", "Tiny"]
    assert preview.names == ["Kundnummer", "Datum", "Belopp"] and preview.header_row == 2
    assert len(preview.rows) == 50 and preview.rows["Belopp"].iloc[0] == "1000"
    assert preview.names == import_file(path).log.columns


def test_gzipped_csv_imports_and_previews(tmp_path):
    import gzip

    from loyalty_desktop.io.preview import preview_file

    path = tmp_path / "kassa.csv.gz"
    path.write_bytes(gzip.compress(TSV.encode("utf-8")))
    result = import_file(path)
    check(result)
    assert result.log.format == "csv.gz" and result.log.file == "kassa.csv.gz"
    assert preview_file(path).names == ["Kundnummer", "Datum", "Belopp"]
