"""The generic import path: text and numbers as small businesses' exports write them (SPEC §2, §2.1)."""
from __future__ import annotations

import datetime as dt
import json

import numpy as np
import openpyxl
import pandas as pd
import pytest

from loyalty_desktop.io.errors import ImportFailed
from loyalty_desktop.io.importer import ImportOptions, import_file, inspect_file


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_swedish_file_with_decimal_comma_and_day_first_dates(tmp_path):
    path = write(tmp_path, "kassa.csv",
                 "Kundnummer;Datum;Belopp\n"
                 "0042;31.01.2024;1 234,50\n"
                 "0042;01.02.2024;99,90\n"
                 "107;15.02.2024;-12,00\n")
    result = import_file(path)
    table, log = result.table, result.log
    assert log.delimiter == ";" and log.decimal == "," and log.date_order == "dmy"
    assert log.mapping == {"customer_id": "Kundnummer", "date": "Datum", "amount": "Belopp"}
    assert table["customer_id"].tolist() == ["0042", "0042", "107"]      # leading zeros kept
    assert table["date"].tolist() == [pd.Timestamp("2024-01-31"), pd.Timestamp("2024-02-01"),
                                      pd.Timestamp("2024-02-15")]
    assert table["amount"].tolist() == [1234.5, 99.9, -12.0]
    assert str(table["date"].dtype) == "datetime64[ns]"
    assert (log.rows_read, log.rows_accepted, log.rows_rejected, log.orders) == (3, 3, 0, 3)


def test_iso_dates_and_headers_in_danish_dutch_and_russian(tmp_path):
    for header in ("Kundenummer;Dato;Beløb", "Klantnummer;Datum;Bedrag", "Номер клиента;Дата;Сумма"):
        path = write(tmp_path, "x.csv", f"{header}\nA1;2024-03-05;10,00\n")
        result = import_file(path)
        assert result.table["amount"].tolist() == [10.0], header
        assert result.table["date"].tolist() == [pd.Timestamp("2024-03-05")], header


def test_currency_symbols_thousands_and_no_break_spaces_are_read(tmp_path):
    path = write(tmp_path, "sales.csv",
                 "Customer;Date;Amount\n"
                 "a;2024-01-01;kr 1.234,50\n"
                 "b;2024-01-02;1\u00a0234,50 kr\n"
                 "c;2024-01-03;12,00 kr\n")
    result = import_file(path)
    assert result.table["amount"].tolist() == [1234.5, 1234.5, 12.0]
    assert result.log.currency == "SEK"


def test_dollar_amounts_with_point_decimals_and_negative_signs(tmp_path):
    path = write(tmp_path, "sales.csv",
                 "Customer,Date,Amount\n"
                 'a,2024-01-01,"$1,234.50"\n'
                 "b,2024-01-02,-$7.00\n")
    result = import_file(path)
    assert result.table["amount"].tolist() == [1234.5, -7.0]
    assert result.log.decimal == "." and result.log.currency == "USD"


def test_mixed_currencies_stop_the_import_naming_the_rows(tmp_path):
    path = write(tmp_path, "mixed.csv",
                 "Customer;Date;Amount\n"
                 "a;2024-01-01;€ 12,00\n"
                 "b;2024-01-02;12,00 kr\n"
                 "c;2024-01-03;€ 3,00\n")
    with pytest.raises(ImportFailed) as caught:
        import_file(path)
    message = str(caught.value)
    assert "mixes currencies" in message
    assert "EUR in rows 2, 4" in message and "SEK in rows 3" in message


def test_ambiguous_day_month_order_is_asked_never_guessed(tmp_path):
    path = write(tmp_path, "amb.csv", "Customer;Date;Amount\na;01/02/2024;1\nb;03/04/2024;2\n")
    with pytest.raises(ImportFailed) as caught:
        import_file(path)
    assert caught.value.column == "Date"
    assert "date_order" in str(caught.value) and '"Date"' in str(caught.value)
    month_first = import_file(path, options=ImportOptions(date_order="mdy"))
    assert month_first.table["date"].tolist() == [pd.Timestamp("2024-01-02"),
                                                  pd.Timestamp("2024-03-04")]
    day_first = import_file(path, options=ImportOptions(date_order="dmy"))
    assert day_first.table["date"].iloc[0] == pd.Timestamp("2024-02-01")


def test_date_order_is_decided_from_the_whole_column(tmp_path):
    # Only the last row (13/01) proves the column is day-first.
    rows = "".join(f"c{i};0{i}/01/2024;1\n" for i in range(1, 10)) + "c0;13/01/2024;1\n"
    result = import_file(write(tmp_path, "late.csv", "Customer;Date;Amount\n" + rows))
    assert result.log.date_order == "dmy"
    assert result.table["date"].min() == pd.Timestamp("2024-01-01")
    assert result.table["date"].max() == pd.Timestamp("2024-01-13")


def test_times_am_pm_and_time_zones_keep_the_wall_clock_time(tmp_path):
    path = write(tmp_path, "tz.csv",
                 "Email,Created at,Total\n"
                 "a@x.se,2025-12-07 19:08:25 +0100,10\n"
                 "b@x.se,2025-12-07T23:30:00Z,10\n")
    result = import_file(path)
    assert result.table["date"].tolist() == [pd.Timestamp("2025-12-07 19:08:25"),
                                              pd.Timestamp("2025-12-07 23:30:00")]
    us = write(tmp_path, "us.csv", "Customer,Date,Amount\na,12/24/2024 07:05 PM,5\n")
    assert import_file(us).table["date"].iloc[0] == pd.Timestamp("2024-12-24 19:05")


def test_month_names_in_five_languages(tmp_path):
    path = write(tmp_path, "months.csv",
                 "Customer;Date;Amount\n"
                 "a;7 dec. 2025;1\nb;Dec 8, 2025;1\nc;9 december 2025;1\n"
                 "d;10 mars 2025;1\ne;11 maj 2025;1\nf;12 mrt 2025;1\ng;13 января 2025 г.;1\n")
    dates = import_file(path).table.sort_values("customer_id")["date"].dt.strftime("%Y-%m-%d")
    assert dates.tolist() == ["2025-12-07", "2025-12-08", "2025-12-09", "2025-03-10",
                              "2025-05-11", "2025-03-12", "2025-01-13"]


def test_preamble_footer_and_blank_rows_are_counted_not_imported(tmp_path):
    path = write(tmp_path, "report.csv",
                 "Försäljningsrapport;;\n"
                 "Period: 2024-01-01 - 2024-01-31;;\n"
                 ";;\n"
                 "Kundnummer;Datum;Belopp\n"
                 "1;02.01.2024;100,00\n"
                 ";;\n"
                 "2;03.01.2024;50,00\n"
                 "Totalt;;150,00\n")
    log = import_file(path).log
    assert log.header_row == 4
    assert (log.rows_read, log.rows_accepted, log.blank_rows, log.footer_rows) == (2, 2, 1, 1)


def test_bad_cells_are_rejected_with_excel_row_column_and_reason(tmp_path):
    path = write(tmp_path, "bad.csv",
                 "Kundnummer;Datum;Belopp\n"
                 "1;02.01.2024;100,00\n"       # row 2 fine
                 "2;31.02.2024;5,00\n"         # row 3: no 31 February
                 "3;03.01.2024;abc\n"          # row 4: not a number
                 ";04.01.2024;7,00\n"          # row 5: guest
                 "5;;7,00\n")                  # row 6: no date
    log = import_file(path).log
    assert (log.rows_read, log.rows_accepted, log.rows_rejected, log.guest_rows) == (5, 1, 4, 1)
    found = {(p.row, p.column, p.reason) for p in log.rejects}
    assert (3, "Datum", "this is not a date the app can read") in found
    assert (4, "Belopp", "this is not a number") in found
    assert (6, "Datum", "the date is empty") in found
    guest = [p for p in log.rejects if p.row == 5][0]
    assert guest.column == "Kundnummer" and "guest" in guest.reason
    assert log.to_json()["rejects"][0] == {"row": 3, "column": "Datum",
                                           "reason": "this is not a date the app can read"}


def test_line_items_are_aggregated_to_orders_with_quantity_times_price(tmp_path):
    path = write(tmp_path, "lines.csv",
                 "InvoiceNo,InvoiceDate,Quantity,UnitPrice,CustomerID\n"
                 "1001,2024-01-01 10:00,2,2.50,17\n"    # 2 × 2.50 = 5.00
                 "1001,2024-01-01 10:00,1,10.00,17\n"   # + 10.00 → order 1001 = 15.00
                 "C1002,2024-01-02 11:00,-1,10.00,17\n")  # cancellation: −10.00
    result = import_file(path)
    assert result.table["order_id"].tolist() == ["1001", "C1002"]
    assert result.table["amount"].tolist() == [15.0, -10.0]
    assert result.table["quantity"].tolist() == [3.0, -1.0]
    assert (result.log.rows_read, result.log.orders) == (3, 2)


def test_identity_falls_back_to_email_lowercased_then_phone_then_name(tmp_path):
    path = write(tmp_path, "who.csv",
                 "Email,Phone,Customer name,Date,Amount\n"
                 " Anna@Example.SE ,,,2024-01-01,1\n"
                 ",+46 70-123 45 67,,2024-01-02,1\n"
                 ",,Bo  Ek,2024-01-03,1\n")
    ids = import_file(path).table["customer_id"].tolist()
    assert ids == ["anna@example.se", "+46701234567", "Bo Ek"]


def test_missing_required_columns_name_what_is_missing_and_what_was_found(tmp_path):
    path = write(tmp_path, "nodate.csv", "Kundnummer;Belopp\n1;2\n")
    with pytest.raises(ImportFailed) as caught:
        import_file(path, kind="transactions")
    assert caught.value.missing == ("date",)
    assert caught.value.found == ("Kundnummer", "Belopp")


def test_formula_looking_cells_stay_text(tmp_path):
    path = write(tmp_path, "f.csv",
                 'Customer,Date,Amount,Product\n=1+2,2024-01-01,5,"=HYPERLINK(""x"")"\n')
    table = import_file(path).table
    assert table["customer_id"].iloc[0] == "=1+2"
    assert table["product"].iloc[0] == '=HYPERLINK("x")'


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "cp1252"])
def test_western_encodings_are_detected(tmp_path, encoding):
    path = write(tmp_path, "enc.csv", "Kund;Datum;Belopp\nÅsa Öberg;2024-01-01;12,50\n", encoding)
    result = import_file(path)
    assert result.table["customer_id"].iloc[0] == "Åsa Öberg"
    assert result.table["amount"].iloc[0] == 12.5


def test_cp1251_russian_export_is_detected(tmp_path):
    path = write(tmp_path, "ru.csv",
                 "Номер клиента;Дата;Сумма\nИванов Пётр;05.03.2024;1 500,00 руб.\n", "cp1251")
    result = import_file(path)
    assert result.log.encoding == "cp1251"
    assert result.table["customer_id"].iloc[0] == "Иванов Пётр"
    assert result.table["amount"].iloc[0] == 1500.0
    assert result.log.currency == "RUB"


def test_xlsx_with_title_rows_typed_cells_and_text_ids(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Notes"
    sheet["A1"] = "just a note"
    data = book.create_sheet("Försäljning")
    data.append(["Sales report 2024"])
    data.append([])
    data.append(["Kundnummer", "Datum", "Belopp"])
    data.append(["0007", dt.datetime(2024, 1, 5, 14, 30), 120.5])
    data.append([17850, dt.date(2024, 1, 6), "1 000,00"])
    data.append(["Summa", None, 1120.5])
    path = tmp_path / "book.xlsx"
    book.save(path)
    result = import_file(path)
    log = result.log
    assert log.sheet == "Försäljning" and log.sheets == ["Notes", "Försäljning"]
    assert log.header_row == 3 and log.footer_rows == 1
    assert result.table["customer_id"].tolist() == ["0007", "17850"]
    assert result.table["amount"].tolist() == [120.5, 1000.0]
    assert result.table["date"].tolist() == [pd.Timestamp("2024-01-05 14:30"),
                                              pd.Timestamp("2024-01-06")]
    notes = import_file(path, kind="customers", options=ImportOptions(
        sheet="Notes", header_row=1, mapping={"name": "just a note"}))
    assert notes.log.sheet == "Notes" and notes.log.rows_read == 0


def test_excel_serial_dates_and_compact_dates_in_text(tmp_path):
    path = write(tmp_path, "serial.csv", "Customer,Date,Amount\na,45000,1\nb,45000.5,1\n")
    assert import_file(path).table["date"].tolist() == [pd.Timestamp("2023-03-15"),
                                                         pd.Timestamp("2023-03-15 12:00")]


def test_inspect_reports_format_mapping_and_accounting(tmp_path):
    path = write(tmp_path, "kassa.csv", "Kundnummer;Datum;Belopp\n1;02.01.2024;1,00\n;03.01.2024;1\n")
    info = inspect_file(path)
    assert info["format"] == "csv" and info["kind"] == "transactions"
    assert info["preset"] == "generic" and info["delimiter"] == ";"
    assert info["rows_read"] == info["rows_accepted"] + info["rows_rejected"] == 2
    assert info["rejects"][0]["row"] == 3 and info["guest_rows"] == 1
    assert info["columns"] == ["Kundnummer", "Datum", "Belopp"]
    assert json.loads(json.dumps(info))["rows_read"] == 2          # plain JSON types only


@pytest.mark.slow
def test_online_retail_imports_through_the_generic_path(shared_data):
    result = import_file(shared_data / "online_retail.csv.gz")      # read straight from the .gz
    log, table = result.log, result.table
    assert log.rows_read == 541_909
    assert log.rows_rejected == log.guest_rows == 135_080          # empty CustomerID (SOURCES.md)
    assert log.rows_accepted == 541_909 - 135_080
    assert {p.column for p in log.rejects} == {"CustomerID"}
    assert "guest" in log.rejects[0].reason
    assert log.orders == len(table) == 22_190                       # invoices with a customer
    assert (table["amount"] <= 0).sum() == 3_658                    # all C-invoices + 4 others
    cancellations = table[table["order_id"].str.startswith("C")]
    assert len(cancellations) == 3_654 and (cancellations["amount"] < 0).all()
    assert table["customer_id"].nunique() == 4_372
    assert table["customer_id"].iloc[0] == "17850"                  # "17850.0" in the file
    assert log.format == "csv.gz" and log.file == "online_retail.csv.gz"


def test_cdnow_compact_dates_and_zero_padded_ids(shared_data):
    result = import_file(shared_data / "cdnow_sample.csv")
    table = result.table
    assert result.log.rows_read == result.log.rows_accepted == 6_919
    assert table["customer_id"].nunique() == 2_357
    assert table["customer_id"].min() == "0001" and table["customer_id"].max() == "2357"
    assert table["date"].min() == pd.Timestamp("1997-01-01")
    assert table["date"].max() == pd.Timestamp("1998-06-30")
    assert np.isclose(table["amount"].sum(), 244_091.94)


def test_nps_survey_imports_as_responses_with_day_first_dates(shared_data):
    result = import_file(shared_data / "nps_responses.csv")
    table = result.table
    assert result.log.kind == "responses" and result.log.date_order == "dmy"
    assert result.log.rows_read == 2_385
    assert table["score"].notna().sum() == 2_353
    assert ((table["score"] >= 9).sum(), (table["score"] <= 6).sum()) == (690, 1_271)
    assert table["date"].min() == pd.Timestamp("2017-12-11 19:36")
    assert table["date"].max() == pd.Timestamp("2018-06-20 19:51")


def test_customer_list_keeps_attributes_and_rejects_duplicates(tmp_path):
    path = write(tmp_path, "kunder.csv",
                 "Kundnummer;Namn;E-post;Stad;Medlem sedan\n"
                 "0001;Åsa Öberg;ASA@example.se;Lund;2023-05-01\n"
                 "0002;Bo Ek;;Malmö;2024-01-15\n"
                 "0001;Åsa Ö.;;Lund;2023-05-01\n"          # row 4: the same customer as row 2
                 ";;;Umeå;\n")                             # row 5: nobody
    result = import_file(path)
    log, table = result.log, result.table
    assert log.kind == "customers"
    assert table["customer_id"].tolist() == ["0001", "0002"]
    assert table["email"].tolist()[0] == "asa@example.se"
    assert table["stad"].tolist() == ["Lund", "Malmö"]
    assert table["signup_date"].tolist() == [pd.Timestamp("2023-05-01"), pd.Timestamp("2024-01-15")]
    assert [(p.row, p.reason) for p in log.rejects] == [
        (4, "the same customer as row 2"), (5, "no customer id, e-mail, phone or name")]


def test_survey_answers_with_words_and_out_of_range_scores(tmp_path):
    path = write(tmp_path, "enkät.csv",
                 "Datum;Kundnummer;Rekommendera;Nöjdhet;Kommentar\n"
                 "2024-01-05;1;9;Mycket nöjd;Bra\n"
                 "2024-01-06;2;11;Nöjd;\n"               # row 3: 11 is not an NPS score
                 "2024-01-07;3;;;Bara en kommentar\n"
                 "2024-01-08;4;;;\n")                    # row 5: nothing answered
    result = import_file(path)
    table, log = result.table, result.log
    assert log.kind == "responses"
    assert table["score"].tolist()[0] == 9 and table["score"].isna().tolist() == [False, True]
    assert table["satisfaction"].tolist()[0] == 5
    assert [(p.row, p.column) for p in log.rejects] == [(3, "Rekommendera"), (5, None)]


def _big_european_lines(rows: int, seed: int = 3) -> list[str]:
    """Line items of about 2.5 per order, orders in runs, one date per ~50 orders."""
    rng = np.random.default_rng(seed)
    orders = np.sort(rng.integers(0, rows // 2.5, rows))
    days = np.datetime64("2023-01-01") + (orders // 50).astype("timedelta64[D]")
    ymd = days.astype(str)
    cents = rng.integers(100, 500_000, rows)
    return [f"K{(o * 7919) % 5000:05d};{o:07d};{d[8:10]}.{d[5:7]}.{d[:4]};{c // 100},{c % 100:02d}"
            for o, d, c in zip(orders.tolist(), ymd.tolist(), cents.tolist())]


def _reference(lines: list[str]) -> pd.DataFrame:
    """The same file read the plain pandas way: strict dates, first row per order, sums."""
    frame = pd.DataFrame([line.split(";") for line in lines],
                         columns=["customer_id", "order_id", "date", "amount"])
    frame["date"] = pd.to_datetime(frame["date"], format="%d.%m.%Y", errors="coerce")
    frame["amount"] = frame["amount"].str.replace(",", ".").astype(float)
    frame = frame[frame["date"].notna()]
    return frame.groupby("order_id", sort=False).agg(
        customer_id=("customer_id", "first"), date=("date", "first"),
        amount=("amount", "sum")).reset_index()


@pytest.mark.parametrize("layout", ["in runs", "shuffled", "padded cells"])
def test_big_file_fast_paths_match_a_plain_reading(tmp_path, layout):
    # 80,000 rows (over 2 MB): pyarrow types the amounts while reading, orders and dates come
    # in runs. The shuffled file takes the hashing path, padded cells the trimming path; all
    # three must give exactly what a plain, row-by-row reading gives — strict dates included.
    lines = _big_european_lines(80_000)
    order = lines[40_000].split(";")[1]
    lines[40_000] = lines[40_000].replace(lines[40_000].split(";")[2], "31.02.2023")
    if layout == "shuffled":
        lines = [lines[i] for i in np.random.default_rng(5).permutation(len(lines))]
    if layout == "padded cells":
        lines = [line.replace(";", " ; ", 1) for line in lines]
    bad_row = next(i for i, line in enumerate(lines) if "31.02.2023" in line) + 2
    path = write(tmp_path, "big.csv", "Kundnummer;Ordernummer;Datum;Belopp\n" + "\n".join(lines)
                 + "\n")
    result = import_file(path)
    log = result.log
    assert (log.rows_read, log.rows_accepted, log.rows_rejected) == (80_000, 79_999, 1)
    assert [(p.row, p.column, p.value) for p in log.rejects] == [(bad_row, "Datum", "31.02.2023")]
    expected = _reference([line.replace(" ; ", ";") for line in lines])
    assert order in set(expected["order_id"])
    got = result.table.set_index("order_id").loc[expected["order_id"]]
    assert log.orders == len(expected) == len(result.table)
    assert got["customer_id"].tolist() == expected["customer_id"].tolist()
    assert got["date"].tolist() == expected["date"].tolist()
    np.testing.assert_allclose(got["amount"].to_numpy(), expected["amount"].to_numpy(), rtol=0,
                               atol=1e-6)
    assert result.table["date"].is_monotonic_increasing


def test_currency_named_in_the_header_and_conflicting_cells(tmp_path):
    plain = write(tmp_path, "sek.csv", "Kund;Datum;Belopp (SEK)\na;2024-01-01;12,50\n")
    assert import_file(plain).log.currency == "SEK"
    euro = write(tmp_path, "eur.csv", "Customer,Date,Total €\na,2024-01-01,12.50\n")
    assert import_file(euro).log.currency == "EUR"
    clash = write(tmp_path, "clash.csv", "Kund;Datum;Belopp (SEK)\na;2024-01-01;€ 12,50\n")
    with pytest.raises(ImportFailed) as caught:
        import_file(clash)
    assert "EUR in rows 2" in str(caught.value) and "SEK in the column header" in str(caught.value)


def test_cli_asks_for_the_date_order_with_exit_3_naming_the_column(tmp_path, capsys):
    from loyalty_desktop.cli import main as cli_main

    path = write(tmp_path, "amb.csv", "Kund;Köpdatum;Belopp\na;01/02/2024;1\nb;03/04/2024;2\n")
    assert cli_main(["inspect", str(path)]) == 3
    error = capsys.readouterr().err
    assert '"Köpdatum"' in error and "date_order" in error and "amb.csv" in error
    config = tmp_path / "config.json"
    config.write_text(json.dumps({"date_order": "mdy"}), encoding="utf-8")
    assert cli_main(["inspect", str(path), "--config", str(config)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["date_order"] == "mdy" and info["rows_accepted"] == 2
