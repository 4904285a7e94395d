"""CSV tables that Excel opens in the owner's country: BOM, delimiter, decimal mark."""
from __future__ import annotations

import csv

import pandas as pd
import pytest

from loyalty_desktop.report.csv_export import csv_style, write_csv

FRAME = pd.DataFrame({"Kund": ["Åsa", "Дмитрий"], "Belopp": [1234.5, 7.0],
                      "Datum": pd.to_datetime(["2024-03-05", "2024-12-31"]),
                      "Antal": pd.array([3, None], dtype="Int64")})


@pytest.mark.parametrize("lang, delimiter, decimal", [
    ("en", ",", "."), ("sv", ";", ","), ("da", ";", ","), ("nl", ";", ","), ("ru", ";", ",")])
def test_delimiter_and_decimal_follow_the_language(tmp_path, lang, delimiter, decimal):
    path = write_csv(FRAME, tmp_path / f"{lang}.csv", lang)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                     # UTF-8 BOM for Excel
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == delimiter.join(["Kund", "Belopp", "Datum", "Antal"])
    # 1234.5 → "1234,5" with a decimal comma; the date stays ISO; missing count → empty
    assert lines[1] == delimiter.join(["Åsa", f"1234{decimal}5", "2024-03-05", "3"])
    assert lines[2] == delimiter.join(["Дмитрий", "7", "2024-12-31", ""])


def test_text_containing_the_delimiter_is_quoted_and_reads_back(tmp_path):
    frame = pd.DataFrame({"comment": ["bra; men dyrt", "line\nbreak"], "n": [1, 2]})
    path = write_csv(frame, tmp_path / "c.csv", "sv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows == [["comment", "n"], ["bra; men dyrt", "1"], ["line\nbreak", "2"]]


def test_unknown_language_falls_back_to_comma_and_point():
    assert csv_style("fi") == (",", ".")
    assert csv_style("sv_SE") == (";", ",")


def test_index_can_be_written_as_the_first_column(tmp_path):
    frame = pd.DataFrame({"revenue": [10.0]}, index=pd.Index(["A"], name="customer_id"))
    text = write_csv(frame, tmp_path / "i.csv", "en", index=True).read_text(encoding="utf-8-sig")
    assert text.splitlines() == ["customer_id,revenue", "A,10"]
