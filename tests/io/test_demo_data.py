"""The Kafé Linnea demo files: real Swedish export formats, deterministic, and shaped like a business.

Files are read back with plain pandas/openpyxl (not the app's importer), so these tests pin the
*format* a Swedish till, register and survey tool write, and the *shape* every chart needs.
"""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

try:
    from loyalty_desktop.resources.demo import generate
except ModuleNotFoundError:  # editable install made before resources/ was a package
    from resources.demo import generate

NBSP = "\u00a0"
WAVE_MONTHS = ["2023-05", "2023-11", "2024-05", "2024-11", "2025-05"]
EXIT_REASONS = {"Flyttade", "För dyrt", "Sämre kvalitet", "Dålig service", "Hittade annat ställe",
                "Öppettider"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> dict[str, Path]:
    return generate.write_demo_files(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def lines(demo) -> pd.DataFrame:
    """The till export as a Swedish spreadsheet user would open it: `;`, decimal comma, NBSP thousands."""
    frame = pd.read_csv(demo["transactions"], sep=";", decimal=",", thousands=NBSP, encoding="utf-8-sig",
                        engine="python", dtype={"Kundnummer": str, "E-post": str}, keep_default_na=False)
    frame["when"] = pd.to_datetime(frame["Datum"], format="%Y-%m-%d %H:%M")
    return frame


@pytest.fixture(scope="module")
def orders(lines) -> pd.DataFrame:
    """One row per receipt (Kvittonummer), net amount summed over its line items."""
    return lines.groupby("Kvittonummer").agg(customer=("Kundnummer", "first"), when=("when", "first"),
                                             amount=("Belopp (kr)", "sum"), lines=("Artikel", "size"))


@pytest.fixture(scope="module")
def purchases(orders) -> pd.DataFrame:
    """Member receipts with a positive net amount (SPEC §2: those are purchases)."""
    return orders[(orders["customer"] != "") & (orders["amount"] > 0)]


@pytest.fixture(scope="module")
def register(demo) -> pd.DataFrame:
    return pd.read_excel(demo["customers"], header=2, engine="openpyxl")


@pytest.fixture(scope="module")
def nps(demo, register) -> pd.DataFrame:
    frame = pd.read_csv(demo["responses"], sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    frame.columns = ["date", "customer", "email", "score", "satisfaction", "comment"]
    frame["when"] = pd.to_datetime(frame["date"], format="%Y-%m-%d %H:%M")
    frame["score"] = frame["score"].astype(int)
    by_email = dict(zip(register["E-post"].dropna().str.lower(), register["Kundnummer"].astype(str)))
    matched = frame["email"].str.strip().str.lower().map(by_email).fillna("")
    frame["match"] = frame["customer"].where(frame["customer"] != "", matched)
    return frame


def _days_by_customer(purchases: pd.DataFrame) -> dict[str, np.ndarray]:
    return {cid: np.sort(group["when"].dt.normalize().unique())
            for cid, group in purchases.groupby("customer")}


# -- determinism and format ---------------------------------------------------------------------------

def test_same_seed_writes_identical_bytes_also_from_the_command_line(demo, tmp_path, capsys):
    assert generate.main([str(tmp_path / "again"), "--seed", "2024"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == \
        f"transactions: {tmp_path / 'again' / 'kassa_transaktioner.csv'}"
    for kind, path in demo.items():
        assert (tmp_path / "again" / path.name).read_bytes() == path.read_bytes(), kind


def test_other_seed_writes_other_purchases(demo, tmp_path):
    other = generate.write_demo_files(tmp_path / "other", seed=7)
    assert other["transactions"].read_bytes() != demo["transactions"].read_bytes()


def test_files_have_the_names_a_swedish_owner_exports(demo):
    assert {kind: path.name for kind, path in demo.items()} == {
        "transactions": "kassa_transaktioner.csv", "customers": "kundregister.xlsx",
        "responses": "nps_enkat.csv", "exit_survey": "utgangsenkat.csv"}


def test_kronor_writes_decimal_comma_and_no_break_space_thousands():
    assert generate.kronor(1234.5) == f"1{NBSP}234,50"
    assert generate.kronor(-45) == "-45,00"
    assert generate.kronor(1234567.891) == f"1{NBSP}234{NBSP}567,89"   # rounds .891 → ,89
    assert generate.kronor(0.5) == "0,50"


def test_till_export_is_a_bom_semicolon_crlf_csv_with_swedish_headers(demo):
    raw = demo["transactions"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header, first = raw[3:].decode("utf-8").split("\r\n")[:2]
    assert header == "Kvittonummer;Datum;Kundnummer;E-post;Artikel;Antal;Belopp (kr);Kanal;Butik"
    assert re.fullmatch(r"\d+;\d{4}-\d\d-\d\d \d\d:\d\d;\d*;[^;]*;[^;]+;-?\d+;-?[\d\xa0]+,\d\d;\w+;.+", first)


def test_every_amount_is_written_with_decimal_comma(demo):
    text = pd.read_csv(demo["transactions"], sep=";", encoding="utf-8-sig", dtype=str)["Belopp (kr)"]
    assert text.str.fullmatch(r"-?\d{1,3}(\xa0\d{3})*,\d\d").all()
    assert text.str.contains(NBSP).sum() >= 100            # four-digit receipts: catering, gift baskets


def test_pandas_reads_the_amounts_as_numbers_with_decimal_comma(lines, demo):
    assert lines["Belopp (kr)"].dtype == np.float64
    text = pd.read_csv(demo["transactions"], sep=";", encoding="utf-8-sig", dtype=str)["Belopp (kr)"]
    row = int(text[text.str.contains(NBSP)].index[0])
    # e.g. "2 550,00" → 2550.0: the thousands space and the decimal comma are understood
    assert lines["Belopp (kr)"].iloc[row] == float(text.iloc[row].replace(NBSP, "").replace(",", "."))


# -- shape of the business ----------------------------------------------------------------------------

def test_line_rows_and_receipts_are_realistic(lines, orders):
    assert 25_000 <= len(lines) <= 40_000
    assert 0.3 <= (orders["lines"] >= 2).mean() <= 0.9        # line items to aggregate
    per_receipt = lines.groupby("Kvittonummer")[["Datum", "Kundnummer", "Kanal", "Butik"]].nunique()
    assert (per_receipt == 1).all().all()                      # one time, customer, channel, store each


def test_about_1500_customers_all_in_the_register(purchases, register):
    customers = set(purchases["customer"])
    assert 1_300 <= len(customers) <= 1_700
    assert customers <= set(register["Kundnummer"].astype(str))


def test_three_years_of_data_ending_2025_10_31(orders):
    assert orders["when"].min() >= pd.Timestamp("2022-11-01")
    assert orders["when"].max().normalize() == pd.Timestamp("2025-10-31")
    assert (orders["when"].max() - orders["when"].min()).days >= 1090


def test_guest_purchases_have_neither_customer_number_nor_email(lines, orders):
    guests = lines[lines["Kundnummer"] == ""]
    assert (guests["E-post"] == "").all()
    assert 0.1 <= (orders["customer"] == "").mean() <= 0.4


def test_refunds_are_negative_retur_receipts(lines, orders):
    returns = lines[lines["Artikel"].str.startswith("Retur: ")]
    assert len(returns) >= 100
    assert (returns["Antal"] < 0).all() and (returns["Belopp (kr)"] < 0).all()
    assert (orders["amount"] < 0).sum() >= 100                 # refund-only receipts
    assert (orders.loc[orders["customer"] == "", "amount"] < 0).sum() >= 5   # guests return things too


def test_stamp_card_gives_a_negative_line_inside_a_positive_receipt(lines, orders):
    stamp = lines[lines["Artikel"].str.startswith("Stämpelkort")]
    assert len(stamp) >= 100 and (stamp["Belopp (kr)"] < 0).all()
    assert (orders.loc[stamp["Kvittonummer"].unique(), "amount"] > 0).all()


def test_december_and_summer_sell_more_than_the_average_month(orders):
    sales = orders[orders["amount"] > 0]
    monthly = sales.groupby(sales["when"].dt.to_period("M"))["amount"].sum()
    for year in (2023, 2024):
        months = monthly[monthly.index.year == year]
        assert months[months.index.month == 12].iloc[0] > 1.2 * months.mean()
        assert months[months.index.month == 7].iloc[0] > months[months.index.month == 3].iloc[0]


def test_weekends_are_busier_than_weekdays(orders):
    per_weekday = orders.groupby(orders["when"].dt.day_of_week).size()
    # Monday 0 … Sunday 6; the dataset has 156-157 of each weekday, so totals compare fairly
    assert per_weekday[5] > 1.3 * per_weekday[1]
    assert per_weekday[6] > per_weekday[1]


def test_new_customers_arrive_every_month(purchases):
    first = purchases.groupby("customer")["when"].min().dt.to_period("M").value_counts()
    months = pd.period_range("2022-11", "2025-10", freq="M")
    assert (first.reindex(months, fill_value=0) >= 5).all()


def test_repeat_purchase_share_and_heavy_buyers_are_plausible(purchases):
    days = _days_by_customer(purchases)
    counts = pd.Series({cid: len(d) for cid, d in days.items()})
    assert 0.45 <= (counts >= 2).mean() <= 0.8                 # repeat purchase rate
    assert (counts >= 31).sum() >= 50                          # ≥ 30 repeat purchases: BG/NBD has data


def test_some_customers_come_back_after_a_long_lapse(purchases):
    days = _days_by_customer(purchases)
    longest_gap = pd.Series({cid: np.diff(d).max() / np.timedelta64(1, "D") if len(d) > 1 else 0
                             for cid, d in days.items()})
    assert (longest_gap >= 150).sum() >= 30


def test_some_regulars_are_overdue_at_the_end(purchases):
    end = np.datetime64("2025-10-31")
    overdue = 0
    for d in _days_by_customer(purchases).values():
        if len(d) >= 10:
            typical_gap = np.median(np.diff(d)) / np.timedelta64(1, "D")
            since = (end - d[-1]) / np.timedelta64(1, "D")
            overdue += 30 < since < 180 and since > 1.5 * typical_gap
    assert overdue >= 20


def test_a_few_big_spenders_carry_a_large_share_of_revenue(purchases):
    revenue = purchases.groupby("customer")["amount"].sum().sort_values(ascending=False)
    assert revenue.head(10).sum() / revenue.sum() > 0.15
    assert (purchases["amount"] >= 1000).sum() >= 50


# -- customer register --------------------------------------------------------------------------------

def test_register_is_an_excel_sheet_with_a_title_row_and_real_dates(demo):
    sheet = openpyxl.load_workbook(demo["customers"]).active
    assert sheet["A1"].value == "Kundregister Kafé Linnea – export 2025-11-01"
    assert [c.value for c in sheet[3]] == ["Kundnummer", "Namn", "E-post", "Stad", "Kanal", "Medlem sedan"]
    assert isinstance(sheet["F4"].value, datetime) and sheet["F4"].number_format == "yyyy-mm-dd"
    assert isinstance(sheet["A4"].value, int)


def test_register_has_cities_channels_and_unique_numbers(register):
    assert register["Kundnummer"].is_unique
    assert {"Stockholm", "Uppsala", "Göteborg", "Malmö"} <= set(register["Stad"])
    assert set(register["Kanal"]) == {"Butik", "Webb", "App"}
    assert register["Kanal"].value_counts().min() >= 150       # every channel a usable segment


def test_members_sign_up_before_their_first_purchase(register, purchases):
    first = purchases.groupby("customer")["when"].min().dt.normalize()
    signup = register.set_index(register["Kundnummer"].astype(str))["Medlem sedan"]
    assert (signup.reindex(first.index) <= first).all()


# -- NPS survey ---------------------------------------------------------------------------------------

def test_nps_survey_header_is_the_survey_tools_questions(demo):
    header = demo["responses"].read_bytes()[3:].decode("utf-8").split("\r\n")[0]
    assert header == ("Datum;Kundnummer;E-post;Hur sannolikt är det att du skulle rekommendera oss till en "
                      "vän? (0-10);Hur nöjd är du med ditt senaste besök? (1-5);Kommentar")


def test_nps_waves_come_every_six_months_with_a_quarter_answering(nps, register, purchases):
    assert sorted(nps["date"].str[:7].unique()) == WAVE_MONTHS
    assert nps["score"].between(0, 10).all()
    emails = set(register["E-post"].dropna().astype(str))
    with_email = purchases[purchases["customer"].isin(set(register.loc[register["E-post"].isin(emails),
                                                                         "Kundnummer"].astype(str)))]
    for month in WAVE_MONTHS:
        start = pd.Timestamp(f"{month}-05")
        invited = with_email[(with_email["when"] >= start - pd.Timedelta(days=365))
                             & (with_email["when"] < start)]["customer"].nunique()
        answered = (nps["date"].str[:7] == month).sum()
        assert 0.2 <= answered / invited <= 0.35, month


def test_respondents_are_often_known_only_by_a_messy_email(nps, register):
    assert 0.3 <= (nps["customer"] == "").mean() <= 0.7
    exact = set(register["E-post"].dropna())
    messy = nps[(nps["email"] != "") & ~nps["email"].isin(exact) & (nps["match"] != "")]
    assert len(messy) >= 20                                    # only case or spaces differ
    assert (nps["match"] == "").sum() >= 10                    # some answers match no customer
    assert (nps["match"] != "").mean() >= 0.9


def test_satisfaction_has_enough_answers_at_every_level(nps):
    levels = nps.loc[nps["satisfaction"] != "", "satisfaction"].astype(int).value_counts()
    assert sorted(levels.index) == [1, 2, 3, 4, 5]
    assert levels.min() >= 25


def _bought_within(nps: pd.DataFrame, purchases: pd.DataFrame, days: int) -> pd.Series:
    """Per matched answer: did that customer buy again within ``days`` after answering?"""
    by_customer = _days_by_customer(purchases)
    def again(row) -> bool:
        d = by_customer.get(row["match"], np.array([], dtype="datetime64[ns]"))
        return bool(((d > row["when"]) & (d <= row["when"] + pd.Timedelta(days=days))).any())
    matched = nps[nps["match"] != ""]
    return matched.apply(again, axis=1)


def test_promoters_buy_again_more_than_detractors(nps, purchases):
    again = _bought_within(nps, purchases, 180)
    scores = nps.loc[again.index, "score"]
    assert again[scores >= 9].mean() > 1.5 * again[scores <= 6].mean()


def test_very_satisfied_customers_repurchase_more_often(nps, purchases):
    again = _bought_within(nps, purchases, 90)
    level = nps.loc[again.index, "satisfaction"]
    assert again[level == "5"].mean() > 1.2 * again[level == "4"].mean()
    assert again[level == "4"].mean() > again[level.isin(["1", "2"])].mean()


def test_price_complaints_rise_in_the_wave_after_the_price_increase(nps):
    price_words = r"dyr|pris|expensive|price"
    complains = nps["comment"].str.contains(price_words, case=False)
    wave = nps["date"].str[:7]
    assert complains[wave == "2024-11"].mean() > 1.5 * complains[wave == "2024-05"].mean()
    nps_score = nps.groupby(wave)["score"].apply(lambda s: 100 * ((s >= 9).mean() - (s <= 6).mean()))
    assert nps_score["2024-11"] < nps_score.drop("2024-11").min()


def test_comments_are_varied_swedish_and_english(nps):
    comments = nps.loc[nps["comment"] != "", "comment"]
    assert len(comments) >= 0.4 * len(nps)
    assert comments.nunique() >= 150
    assert comments.str.contains("personal", case=False).sum() >= 10      # sv: staff
    assert comments.str.contains(r"\bstaff\b", case=False).sum() >= 3
    assert comments.str.contains(r"\b(?:the|and)\b").sum() >= 10          # English answers
    assert comments.str.contains("\n").sum() >= 3                         # typed line breaks


# -- exit survey --------------------------------------------------------------------------------------

def test_exit_survey_asks_lapsed_members_why_they_left(demo, purchases):
    raw = demo["exit_survey"].read_bytes()
    assert raw[3:].decode("utf-8").split("\r\n")[0] == \
        "Kundnummer;Datum;Varför slutade du handla hos oss?;Kommentar"
    exits = pd.read_csv(demo["exit_survey"], sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert set(exits["Varför slutade du handla hos oss?"]) == EXIT_REASONS
    assert len(exits) >= 100
    days = _days_by_customer(purchases)
    for _, row in exits.iterrows():
        asked = np.datetime64(row["Datum"])
        before = days[row["Kundnummer"]][days[row["Kundnummer"]] < asked]
        assert (asked - before[-1]) / np.timedelta64(1, "D") >= 150    # lapsed for months when asked


# -- through the app's own import path ----------------------------------------------------------------

def test_demo_files_import_through_the_users_import_path(demo, lines, orders):
    from loyalty_desktop.io.importer import import_file

    till = import_file(demo["transactions"], "transactions")
    log = till.log.to_json()
    assert (log["delimiter"], log["decimal"], log["date_order"], log["header_row"]) == (";", ",", "ymd", 1)
    assert log["mapping"]["customer_id"] == "Kundnummer" and log["mapping"]["amount"] == "Belopp (kr)"
    guests = int((lines["Kundnummer"] == "").sum())
    assert (log["rows_read"], log["rows_rejected"]) == (len(lines), guests)   # only guest rows rejected
    members = orders[orders["customer"] != ""]
    assert len(till.table) == len(members)                                     # one row per receipt
    assert till.table["amount"].sum() == pytest.approx(members["amount"].sum())

    register = import_file(demo["customers"], "customers").log.to_json()
    assert (register["header_row"], register["rows_rejected"]) == (3, 0)       # title row skipped

    survey = import_file(demo["responses"], "responses")
    assert survey.log.rows_rejected == 0
    assert survey.table["score"].between(0, 10).all()
