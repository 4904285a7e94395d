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
