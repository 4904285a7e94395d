"""Numbers, percentages, money and days in the chosen locale: window, engine sentences,
chart axes, Excel formats — and the CLI speaking --lang (issue 13)."""
from __future__ import annotations

import datetime
import subprocess
import sys

import pytest

from loyalty_desktop import i18n
from loyalty_desktop.engine import i18n as engine_i18n
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.describe import describe
from loyalty_desktop.report import formatting as fmt
from loyalty_desktop.report.excel_format import money_format

NBSP = "\u00a0"


@pytest.fixture
def english_afterwards(qapp):
    yield
    i18n.set_language("en")


# --- engine sentences: the formatting hook set from loyalty_desktop/i18n.py ---------------------
SENTENCE = engine_i18n.Catalogue("tests", {
    "s": "{customers:,} customers, {kept:.1%} kept, p = {p:.2f}, {change:+.0f} points, data up to {day}"})


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "12,345 customers, 38.2% kept, p = 0.05, -3 points, data up to 31/01/2025"),
    ("sv", f"12{NBSP}345 customers, 38,2{NBSP}% kept, p = 0,05, −3 points, data up to 2025-01-31"),
    ("da", f"12.345 customers, 38,2{NBSP}% kept, p = 0,05, -3 points, data up to 31.01.2025"),
    ("nl", "12.345 customers, 38,2% kept, p = 0,05, -3 points, data up to 31-01-2025"),
    ("ru", f"12{NBSP}345 customers, 38,2{NBSP}% kept, p = 0,05, -3 points, data up to 31.01.2025"),
])
def test_engine_sentences_write_numbers_and_days_in_the_locale(english_afterwards, lang, expected):
    i18n.set_language(lang)
    text = SENTENCE["s"].format(customers=12345, kept=0.3821, p=0.0512, change=-3.2,
                                day="2025-01-31")
    assert text == expected


def test_without_qt_the_engine_keeps_python_formatting():
    engine_i18n.install_formats(None)
    assert SENTENCE["s"].format(customers=12345, kept=0.3821, p=0.0512, change=-3.2,
                                day="2025-01-31").startswith("12,345 customers, 38.2% kept")
    assert "2025-01-31" in SENTENCE["s"].format(customers=1, kept=0, p=0, change=0,
                                                 day=datetime.date(2025, 1, 31))


def test_definitions_sentence_uses_the_locale_for_margin_and_dates(english_afterwards):
    defs = Definitions(margin=0.375)
    i18n.set_language("da")
    text = describe("value", defs, window_days=90, as_of=datetime.date(2025, 3, 12))
    assert f"37,5{NBSP}%" in text and "12.03.2025" in text
    i18n.set_language("ru")
    text = describe("lost_value", defs, window_days=90, as_of=datetime.date(2025, 3, 12),
                    start=datetime.date(2024, 3, 13))
    assert "между 13.03.2024 и 12.03.2025" in text


# --- money: symbol and placement ----------------------------------------------------------------
@pytest.mark.parametrize(("lang", "value", "currency", "expected"), [
    ("sv", -1234.5, "SEK", f"−1{NBSP}234,50{NBSP}kr"),
    ("da", 209, "DKK", f"209,00{NBSP}kr."),
    ("da", 209, "SEK", f"209,00{NBSP}SEK"),        # kr alone would read as Danish crowns
    ("nl", -5, "EUR", f"€{NBSP}-5,00"),           # CLDR, not the accountant's "(€ 5,00)"
    ("en", -5, "SEK", f"-SEK{NBSP}5.00"),
    ("en", 3202275, "SEK", f"SEK{NBSP}3,202,275.00"),
    ("ru", 99.9, "USD", f"99,90{NBSP}$"),
    ("en", 12, None, "12.00"),
])
def test_money_names_the_currency_as_each_locale_does(english_afterwards, lang, value, currency,
                                                       expected):
    i18n.set_language(lang)
    assert fmt.money(value, currency, 2) == expected


@pytest.mark.parametrize(("lang", "expected"), [
    ("sv", f'#,##0.00"{NBSP}kr"'), ("da", f'#,##0.00"{NBSP}SEK"'), ("nl", f'"SEK{NBSP}"#,##0.00'),
    ("ru", f'#,##0.00"{NBSP}SEK"'), ("en", f'"SEK{NBSP}"#,##0.00'),
])
def test_excel_money_format_places_the_currency_for_the_report_language(qapp, lang, expected):
    assert money_format("SEK", lang) == expected


def test_kpi_reading_names_the_currency_of_a_money_benchmark(english_afterwards):
    from loyalty_desktop.engine.kpis import Kpi
    from loyalty_desktop.report.kpis import KpiRow, reading
    i18n.set_language("sv")
    kpi = Kpi("average_order_value", "", "money", 209.0, None, 250.0, None, True, "weakness")
    row = KpiRow(kpi, "Snittorder", fmt.money(209.0, "SEK"), "", "", "SEK")
    text = reading(row, "month")
    assert f"209{NBSP}kr" in text and f"250{NBSP}kr" in text


def test_chart_axis_ticks_use_the_locale_decimal_sign(qtbot, english_afterwards):
    from loyalty_desktop.report.charts import _plot
    i18n.set_language("sv")
    widget = _plot("test")
    qtbot.addWidget(widget)
    ticks = widget.getPlotItem().getAxis("left").tickStrings([0.5, -1.5, 2.0], 1.0, 0.5)
    assert ticks == ["0,5", "−1,5", "2,0"]
    # large whole numbers grouped like the amounts on the bars ("600 000", not "600000")
    big = widget.getPlotItem().getAxis("left").tickStrings([0.0, 300000.0, 600000.0], 1.0, 300000.0)
    assert big == ["0", f"300{fmt.engine_style().group}000", f"600{fmt.engine_style().group}000"]


# --- the command line speaks --lang ---------------------------------------------------------------
def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "loyalty_desktop", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def file_without_amounts(tmp_path):
    path = tmp_path / "kassa.csv"
    path.write_text("kund;datum\nC1;2024-01-05\nC2;2024-02-07\n", encoding="utf-8")
    return path


def test_cli_report_with_lang_sv_explains_a_broken_file_in_swedish(file_without_amounts):
    run = run_cli("report", "--transactions", str(file_without_amounts), "--lang", "sv")
    assert run.returncode == 3 and run.stdout == ""
    assert run.stderr.startswith("loyalty-desktop: kassa.csv: Hittade ingen kolumn för: amount")
    assert "Koppla kolumnerna för hand." in run.stderr
    assert "Hittade kolumner: kund, datum." in run.stderr


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "the file does not exist."), ("da", "filen findes ikke."),
    ("nl", "het bestand bestaat niet."), ("ru", "файл не существует."),
])
def test_cli_inspect_and_import_speak_the_chosen_language(tmp_path, lang, words):
    missing = tmp_path / "nowhere.csv"
    run = run_cli("inspect", str(missing), "--lang", lang)
    assert run.returncode == 3 and run.stderr.strip().endswith(words)
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    run = run_cli("import", str(tmp_path / "p.loyalty"), "--transactions", str(empty),
                  "--lang", lang)
    assert run.returncode == 3
    if lang == "ru":
        assert "Файл пуст." in run.stderr
