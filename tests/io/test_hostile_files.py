"""Hostile or broken files get a clear ImportFailed within seconds — never a crash or a hang."""
from __future__ import annotations

import io
import time
import zipfile

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loyalty_desktop.io.errors import ImportFailed
from loyalty_desktop.io.importer import import_file
from tests.fixtures import exports


def fails_quickly(path, *, within=5.0) -> str:
    start = time.perf_counter()
    with pytest.raises(ImportFailed) as caught:
        import_file(path)
    assert time.perf_counter() - start < within
    message = str(caught.value)
    assert message.startswith(path.name) and "Traceback" not in message
    return message


_XLSX: list[bytes] = []


def small_xlsx(tmp_path=None) -> bytes:
    """A tiny valid workbook, built once (openpyxl stamps the time, so bytes vary per call)."""
    if _XLSX:
        return _XLSX[0]
    book = openpyxl.Workbook()
    book.active.append(["Customer", "Date", "Amount"])
    book.active.append(["a", "2024-01-01", 1])
    buffer = io.BytesIO()
    book.save(buffer)
    _XLSX.append(buffer.getvalue())
    return _XLSX[0]


@pytest.mark.parametrize("name", ["empty.csv", "empty.xlsx", "empty.ods"])
def test_empty_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    assert "The file is empty" in fails_quickly(path)


def test_only_whitespace_and_a_bom_is_empty(tmp_path):
    path = tmp_path / "blank.csv"
    path.write_bytes(b"\xef\xbb\xbf \r\n\r\n")
    assert "The file is empty" in fails_quickly(path)


def test_binary_data_with_a_spreadsheet_extension(tmp_path):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(bytes(range(256)) * 40)
    assert "binary data" in fails_quickly(path) or "not a real spreadsheet" in fails_quickly(path)


def test_truncated_xlsx(tmp_path):
    path = tmp_path / "cut.xlsx"
    path.write_bytes(small_xlsx(tmp_path)[:1500])
    assert "damaged or not a real spreadsheet" in fails_quickly(path)


def test_zip_bomb_is_not_expanded(tmp_path):
    path = tmp_path / "bomb.xlsx"
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            for _ in range(60):                 # 60 MB of zeros → about 60 KB compressed
                member.write(chunk)
    assert path.stat().st_size < 200_000
    assert "zip bomb" in fails_quickly(path)


def test_billion_laughs_entities_are_not_expanded(tmp_path):
    source = zipfile.ZipFile(io.BytesIO(small_xlsx(tmp_path)))
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">'
                        for i in range(1, 10))
              + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
              "</sheetData></worksheet>")
    path = tmp_path / "lol.xlsx"
    with zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = laughs.encode()
            target.writestr(item, data)
    start = time.perf_counter()
    try:
        result = import_file(path)
        assert result.log.rows_read == result.log.rows_accepted + result.log.rows_rejected
        assert all(len(str(v)) < 10_000 for v in result.table.to_numpy().ravel())
    except ImportFailed as failure:
        assert str(failure).startswith("lol.xlsx")
    assert time.perf_counter() - start < 5


def test_a_hundred_megabyte_single_line(tmp_path):
    path = tmp_path / "line.csv"
    with open(path, "wb") as handle:
        for _ in range(100):
            handle.write(b"x" * (1 << 20))
    assert "The first line is longer than" in fails_quickly(path)


def test_a_hundred_thousand_columns(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(100_000)) + "\n" + ",".join("1" * 100_000))
    assert "columns; at most 2,000" in fails_quickly(path)


def test_nul_bytes_in_a_text_file(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes(b"Customer,Date,Amount\na,2024-01-01,1\x00\x00\x00\nb\x00,2024-01-02,2\n")
    assert "binary data" in fails_quickly(path)


def test_unclosed_quote_is_an_error_or_an_accounted_import(tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text('Customer,Date,Amount\na,2024-01-01,1\n"b,2024-01-02,2\nc,2024-01-03,3\n')
    try:
        log = import_file(path).log
        assert log.rows_read == log.rows_accepted + log.rows_rejected
        assert log.rows_accepted >= 1
    except ImportFailed as failure:
        assert str(failure).startswith("quote.csv")


def test_a_row_with_too_many_values_is_rejected_with_its_row_number(tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text("Customer,Date,Amount\na,2024-01-01,1\nb,2024-01-02,2,oops\nc,2024-01-03,3\n")
    log = import_file(path).log
    assert (log.rows_read, log.rows_accepted, log.rows_rejected) == (3, 2, 1)
    assert log.rejects[0].row == 3
    assert log.rejects[0].reason == "this row has 4 values but the header has 3 columns"


def test_missing_file_and_folder(tmp_path):
    assert "does not exist" in fails_quickly(tmp_path / "nope.csv")
    folder = tmp_path / "dir.csv"
    folder.mkdir()
    assert "folder" in fails_quickly(folder)


def _accounted_or_failed(path) -> None:
    try:
        log = import_file(path).log
    except ImportFailed as failure:
        assert str(failure).startswith(path.name)
        assert "unexpected problem" not in str(failure), str(failure)
        return
    assert log.rows_read == log.rows_accepted + log.rows_rejected
    assert len(log.rejects) == log.rows_rejected


FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(data=st.binary(max_size=2000))
def test_fuzz_random_bytes_as_csv(tmp_path, data):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    _accounted_or_failed(path)


@FUZZ
@given(name=st.sampled_from(sorted(exports.WRITERS)), data=st.data())
def test_fuzz_mutated_real_fixtures(tmp_path, name, data):
    original = exports.WRITERS[name](tmp_path).read_bytes()
    position = data.draw(st.integers(0, len(original)))
    action = data.draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
    junk = data.draw(st.binary(min_size=1, max_size=20))
    if action == "flip":
        mutated = original[:position] + junk + original[position + len(junk):]
    elif action == "insert":
        mutated = original[:position] + junk + original[position:]
    elif action == "delete":
        mutated = original[:position] + original[position + len(junk):]
    else:
        mutated = original[:position]
    path = tmp_path / f"mutated_{name}.csv"
    path.write_bytes(mutated)
    _accounted_or_failed(path)


@FUZZ
@given(data=st.data())
def test_fuzz_mutated_xlsx(tmp_path, data):
    original = small_xlsx(tmp_path)
    position = data.draw(st.integers(0, len(original) - 1))
    junk = data.draw(st.binary(min_size=1, max_size=30))
    mutated = original[:position] + junk + original[position + len(junk):]
    path = tmp_path / "mutated.xlsx"
    path.write_bytes(mutated)
    _accounted_or_failed(path)


def test_ole2_signature_followed_by_garbage(tmp_path):
    path = tmp_path / "fake.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8)
    assert "damaged or not a real spreadsheet" in fails_quickly(path)


_XLS: list[bytes] = []


@FUZZ
@given(data=st.data())
def test_fuzz_mutated_xls(tmp_path, data):
    from tests.fixtures.xls import write_xls

    if not _XLS:
        _XLS.append(write_xls(tmp_path / "base.xls", [["Customer", "Date", "Amount"],
                                                      ["a", "2024-01-01", 1.5]]).read_bytes())
    original = _XLS[0]
    position = data.draw(st.integers(0, len(original) - 1))
    junk = data.draw(st.binary(min_size=1, max_size=30))
    path = tmp_path / "mutated.xls"
    path.write_bytes(original[:position] + junk + original[position + len(junk):])
    _accounted_or_failed(path)


def test_gzip_that_is_truncated(tmp_path):
    import gzip

    data = gzip.compress(b"Customer,Date,Amount\n" + b"a,2024-01-01,1\n" * 1000)
    path = tmp_path / "cut.csv.gz"
    path.write_bytes(data[: len(data) // 2])
    assert "The compressed file is damaged" in fails_quickly(path)


CELLS = st.one_of(
    st.sampled_from(["", " ", "0042", "17850.0", "anna@example.se", "+46 70 123 45 67", "Total",
                     "31.02.2024", "01/02/2024", "13/01/2024", "2024-01-02 10:00:00 +0100",
                     "7 dec. 2025", "19970101", "45000", "kr 1.234,50", "-$7.00", "€ 12,00",
                     "1 234,50", "(5,00)", "=1+2", "@SUM(A1)", "nan", "1e400", "NULL", "—"]),
    st.text(max_size=12),
    st.integers(-10**12, 10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)


@FUZZ
@given(header=st.permutations(["Kundnummer", "Datum", "Belopp", "Ordernummer", "Antal",
                               "E-post", "Valuta", "Status"]).map(lambda h: h[:5]),
       body=st.lists(st.lists(CELLS, min_size=0, max_size=7), max_size=25),
       delimiter=st.sampled_from([";", ",", "\t"]))
def test_fuzz_structured_tables(tmp_path, header, body, delimiter):
    import csv

    path = tmp_path / "table.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(body)
    _accounted_or_failed(path)


def _xlsx_with_sheet(tmp_path, name, sheet_xml: bytes):
    source = zipfile.ZipFile(io.BytesIO(small_xlsx()))
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml
            target.writestr(item, data)
    return path


def test_valid_xlsx_with_cells_in_opposite_corners_is_refused_not_a_crash(tmp_path):
    # calamine issue #693: this 2 KB file makes calamine allocate 550 GB and abort the process.
    path = _xlsx_with_sheet(tmp_path, "corners.xlsx", (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1"><v>1</v></c></row>'
        b'<row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData></worksheet>'))
    message = fails_quickly(path)
    assert 'spans 1,048,576 rows × 16,384 columns' in message


def test_xls_with_an_impossible_sheet_size_is_refused_not_a_crash(tmp_path):
    from tests.fixtures.xls import write_xls

    path = write_xls(tmp_path / "dims.xls", [["Customer", "Date", "Amount"], ["a", "2024-01-01", 1]])
    data = bytearray(path.read_bytes())
    dimensions = data.index(b"\x00\x02\x0e\x00", 1536)       # DIMENSIONS record in the stream
    data[dimensions + 8:dimensions + 12] = b"\xb8\x21\xae\x1a"  # rwMac = 447,619,512
    path.write_bytes(bytes(data))
    assert "damaged or not a real spreadsheet" in fails_quickly(path)


def test_a_huge_line_in_the_middle_of_a_file(tmp_path):
    path = tmp_path / "middle.csv"
    with open(path, "wb") as handle:
        handle.write(b"Customer,Date,Amount\na,2024-01-01,1\nb,2024-01-02,")
        for _ in range(40):
            handle.write(b"9" * (1 << 20))          # one 40 MB cell
        handle.write(b"\nc,2024-01-03,3\n")
    start = time.perf_counter()
    try:
        log = import_file(path).log
        assert log.rows_read == log.rows_accepted + log.rows_rejected == 3
    except ImportFailed as failure:
        assert str(failure).startswith("middle.csv, row 3: a value here is longer than 131,072")
    assert time.perf_counter() - start < 10


def test_a_row_with_a_million_values(tmp_path):
    path = tmp_path / "wide_row.csv"
    path.write_bytes(b"Customer,Date,Amount\na,2024-01-01,1\n" + b"b,2024-01-02,2" + b",x" * 1_000_000
                     + b"\nc,2024-01-03,3\n")
    start = time.perf_counter()
    log = import_file(path).log
    assert (log.rows_read, log.rows_rejected) == (3, 1)
    assert log.rejects[0].row == 3 and "1000003 values" in log.rejects[0].reason
    assert time.perf_counter() - start < 10
