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
