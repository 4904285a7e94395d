"""Detection pieces on their own: encodings, delimiters, decimal marks, dates, headers, progress."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_desktop.engine.progress import Cancelled
from loyalty_desktop.io import importer
from loyalty_desktop.io.dates import parse_dates, simple_format
from loyalty_desktop.io.importer import ImportOptions, import_file, import_files
from loyalty_desktop.io.numbers import detect_decimal, parse_numbers
from loyalty_desktop.io.sniff import detect_delimiter, detect_encoding
from loyalty_desktop.io.table import detect_header_row, merge_two_row_header


@pytest.mark.parametrize(("data", "expected"), [
    ("Kund;Belopp\nÅsa;1\n".encode("utf-8"), "utf-8"),
    ("\ufeffKund;Belopp\n".encode("utf-8"), "utf-8"),
    ("Kund;Belopp\nÅsa;1\n".encode("utf-16"), "utf-16-le"),
    ("Kund;Belopp\nÅsa;1\n".encode("utf-16-le"), "utf-16-le"),   # no BOM: NUL pattern
    ("Kund;Belopp\nÅsa Öberg;1\n".encode("cp1252"), "cp1252"),
    ("Клиент;Сумма\nИванов;1\n".encode("cp1251"), "cp1251"),
])
def test_encoding_detection(data, expected):
    assert detect_encoding(data)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("a,b,c\n1,2,3\n", ","),
    ("a;b;c\n1,5;2,5;3\n", ";"),                  # decimal commas do not fool it
    ("a\tb\n1\t2\n", "\t"),
    ("a|b|c\n1|2|3\n", "|"),
    ('a,b\n"x, y",2\n"z, w",3\n', ","),
])
def test_delimiter_detection(text, expected):
    assert detect_delimiter(text) == expected


@pytest.mark.parametrize(("values", "delimiter", "expected"), [
    (["12,50", "3,00"], None, ","),
    (["1.234,50"], None, ","),
    (["12.50", "1,234.50"], None, "."),
    (["1,234"], ";", ","),                     # ambiguous: the ";" file decides
    (["1,234"], ",", "."),
    (["0,5"], None, ","),
])
def test_decimal_mark_detection(values, delimiter, expected):
    assert detect_decimal([pa.array(values)], delimiter) == expected


def test_numbers_with_parentheses_trailing_minus_and_unicode_minus():
    parsed = parse_numbers(pa.array(["(5,00)", "7,00-", "−3,50", "1'234,00"]), ",")
    assert parsed.values.tolist() == [-5.0, -7.0, -3.5, 1234.0]
    assert not parsed.bad.any()


def test_two_digit_years_and_dash_dates():
    dates = parse_dates(pa.array(["31-12-24", "01-01-70"]))
    assert dates.order == "dmy"
    assert [str(d)[:10] for d in dates.values] == ["2024-12-31", "1970-01-01"]


def test_conflicting_day_first_and_month_first_values_are_rejected_not_guessed():
    # 13/01 proves day-first; then 01/13 cannot be a date.
    dates = parse_dates(pa.array(["13/01/2024", "01/13/2024"]))
    assert dates.order == "dmy" and dates.bad.tolist() == [False, True]


def test_simple_format_for_the_fast_path():
    assert simple_format(["01.02.2024", "31.12.2024"]) == "%d.%m.%Y"   # parsed after reading
    assert simple_format(["2024-01-02 10:00:00"]) == "%Y-%m-%d %H:%M:%S"
    assert simple_format(["13/01/2024", "01/02/2024"]) == "%d/%m/%Y"
    assert simple_format(["01/02/2024"]) is None          # ambiguous: no fast path
    assert simple_format(["1.2.2024"]) is None


def test_header_row_detection_skips_titles_and_blank_lines():
    rows = [["Sales report"], [""], ["Period", "2024"], ["Customer", "Date", "Amount"],
            ["a", "2024-01-01", "1"], ["b", "2024-01-02", "2"]]
    assert detect_header_row(rows) == 3


def test_surveymonkey_header_merge():
    merged = merge_two_row_header(["Respondent ID", "Which?", "", "Why?"],
                                  ["", "Coffee", "Tea", "Open-Ended Response"])
    assert merged == ["Respondent ID", "Which? - Coffee", "Which? - Tea", "Why?"]


@settings(max_examples=40, deadline=None)
@given(cents=st.lists(st.integers(-10**9, 10**9), min_size=1, max_size=30))
def test_european_money_round_trips(cents):
    # 123456 cents → "1.234,56" must read back as 1234.56 exactly (to the cent).
    def european(c):
        sign, c = ("-" if c < 0 else ""), abs(c)
        whole = f"{c // 100:,}".replace(",", ".")
        return f"{sign}{whole},{c % 100:02d}"
    parsed = parse_numbers(pa.array([european(c) for c in cents]), ",")
    assert np.allclose(parsed.values, np.array(cents) / 100, atol=1e-9)


def test_progress_is_reported_and_cancel_stops_the_import(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("Kundnummer;Datum;Belopp\n1;02.01.2024;1,00\n")
    seen = []
    import_file(path, progress=lambda f, m: seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0

    def cancel(fraction, message):
        if fraction > 0:
            raise Cancelled()
    with pytest.raises(Cancelled):
        import_file(path, progress=cancel)


def test_import_files_concatenates_per_kind_with_the_source_file(tmp_path):
    a = tmp_path / "a.csv"
    a.write_text("Kundnummer;Datum;Belopp\n1;02.01.2024;1,00\n")
    b = tmp_path / "b.csv"
    b.write_text("Kundnummer;Datum;Belopp\n2;01.01.2024;2,00\n")
    people = tmp_path / "people.csv"
    people.write_text("Kundnummer;Namn;Stad\n1;Åsa;Lund\n1;Åsa;Lund\n2;Bo;Malmö\n")
    dataset, logs = import_files([a, b], customers=[people])
    assert dataset.transactions["source"].tolist() == ["b.csv", "a.csv"]   # sorted by date
    assert dataset.customers["customer_id"].tolist() == ["1", "2"]
    assert dataset.customers["stad"].tolist() == ["Lund", "Malmö"]
    assert logs[2].rows_rejected == 1 and logs[2].rejects[0].reason == "the same customer as row 2"


def _big_file(path, rows, last_line):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("Kundnummer;Ordernummer;Datum;Belopp\n")
        handle.writelines(f"K{i % 997};{i};{1 + i % 28:02d}.03.2024;{i % 500},50\n"
                          for i in range(rows))
        handle.write(last_line)


@pytest.mark.parametrize(("last_line", "reason"), [
    ("K1;X1;31.02.2024;1,00\n", "this is not a date the app can read"),
    ("K1;X1;01.03.2024;1.234,50 kr\n", None),
    ("K1;X1;01.03.2024;abc\n", "this is not a number"),
])
def test_fast_path_falls_back_when_a_late_row_breaks_the_plan(tmp_path, monkeypatch, last_line,
                                                               reason):
    monkeypatch.setattr(importer, "PLAN_MIN_BYTES", 1000)
    path = tmp_path / "big.csv"
    _big_file(path, 5000, last_line)
    result = import_file(path)
    log = result.log
    assert log.rows_read == 5001 and log.date_order == "dmy" and log.decimal == ","
    if reason is None:
        assert log.rows_rejected == 0
        assert result.table.set_index("order_id").loc["X1", "amount"] == 1234.5
    else:
        assert [(p.row, p.reason) for p in log.rejects] == [(5002, reason)]


def test_fast_path_and_exact_path_give_the_same_table(tmp_path, monkeypatch):
    path = tmp_path / "same.csv"
    _big_file(path, 3000, "")
    exact = import_file(path).table
    monkeypatch.setattr(importer, "PLAN_MIN_BYTES", 1000)
    fast = import_file(path).table
    pd.testing.assert_frame_equal(exact, fast)
    assert len(fast) == 3000


def test_options_override_detection(tmp_path):
    path = tmp_path / "o.csv"
    path.write_text("Kund;Datum;Belopp\n1;2024-01-02;1.000\n")
    assert import_file(path).table["amount"].iloc[0] == 1000.0          # ";" → decimal comma
    assert import_file(path, options=ImportOptions(decimal=".")).table["amount"].iloc[0] == 1.0
    assert import_file(path, options=ImportOptions(currency="EUR")).log.currency == "EUR"


def test_impossible_compact_dates_are_rejected_not_rolled_over():
    # Arrow's strptime would turn 19970231 into 1997-03-03.
    dates = parse_dates(pa.array(["19970228", "19970231"]))
    assert str(dates.values[0])[:10] == "1997-02-28"
    assert dates.bad.tolist() == [False, True]


def test_dotted_day_first_dates_are_parsed_strictly():
    # The one-format shortcut for dd.mm.yyyy must not let 31.02 become 3 March, nor accept
    # a year the general path refuses; a leap day is a real day.
    clean = parse_dates(pa.array(["28.02.2023", "29.02.2024", "05.03.2024", None]))
    assert clean.order == "dmy" and not clean.ambiguous
    assert [str(d)[:10] for d in clean.values] == ["2023-02-28", "2024-02-29", "2024-03-05",
                                                   "NaT"]
    assert clean.bad.tolist() == [False, False, False, False]
    rolled = parse_dates(pa.array(["28.02.2023", "31.02.2023", "29.02.2023", "01.03.2023"]))
    assert rolled.bad.tolist() == [False, True, True, False]
    assert str(rolled.values[3])[:10] == "2023-03-01" and rolled.order == "dmy"
    assert parse_dates(pa.array(["01.02.1899", "01.02.2024"])).bad.tolist() == [True, False]
    # Month-first dots (a second number over 12) still take the general path.
    assert parse_dates(pa.array(["12.31.2024", "01.02.2024"])).order == "mdy"


def test_fast_path_with_iso_dates_rejects_an_impossible_late_date(tmp_path, monkeypatch):
    path = tmp_path / "iso.csv"
    with open(path, "w") as handle:
        handle.write("Kundnummer,Datum,Belopp\n")
        handle.writelines(f"K{i % 97},2024-03-{1 + i % 28:02d},{i % 50}.25\n" for i in range(4000))
        handle.write("K1,2024-02-31,1.00\n")
    exact = import_file(path)
    monkeypatch.setattr(importer, "PLAN_MIN_BYTES", 1000)
    fast = import_file(path)
    assert [(p.row, p.reason) for p in fast.log.rejects] == [
        (4002, "this is not a date the app can read")]
    pd.testing.assert_frame_equal(exact.table, fast.table)


def test_exported_rejects_neutralise_formula_looking_cells(tmp_path):
    import csv

    from loyalty_desktop.io.errors import DataProblem
    from loyalty_desktop.io.rejects import write_rejects_csv

    problems = [DataProblem("kassa.csv", 7, "Belopp", '=HYPERLINK("http://x")', "this is not a number"),
                DataProblem("kassa.csv", 9, "Datum", "-1+2", "this is not a date the app can read")]
    target = tmp_path / "rejected.csv"
    assert write_rejects_csv(problems, target) == 2
    with open(target, encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[1] == ["kassa.csv", "7", "Belopp", '\'=HYPERLINK("http://x")', "this is not a number"]
    assert rows[2][3] == "'-1+2"
