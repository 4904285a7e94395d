"""Five languages: complete catalogues, a translated window, translated PDFs, local formats."""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from loyalty_desktop import i18n
from loyalty_desktop.engine import i18n as engine_i18n
from loyalty_desktop.report import formatting as fmt
from loyalty_desktop.resources.translations import update

LANGS = ("sv", "da", "nl", "ru")
PLACEHOLDER = re.compile(r"%(?:\d+|L?n)|\{[^{}]*\}")


@pytest.fixture
def english_afterwards(qapp):
    """The translator is process-wide: every test that switches language switches back."""
    yield
    i18n.set_language("en")


def messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated_and_keeps_its_placeholders(lang):
    problems = []
    for context, message in messages(update.ts_path(lang)):
        source = message.findtext("source")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        expected = sorted(set(PLACEHOLDER.findall(source)))
        for text in translations_of(message):
            if not text.strip() or sorted(set(PLACEHOLDER.findall(text))) != expected:
                problems.append(f"{context}: {source!r} → {text!r} loses a placeholder")
    assert problems == []


@pytest.mark.parametrize("lang", LANGS)
def test_no_message_is_listed_twice(lang):
    # lrelease drops duplicates with a warning, and which translation wins is then arbitrary
    keys = [(ctx, m.findtext("source")) for ctx, m in messages(update.ts_path(lang))]
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []


@pytest.mark.parametrize("lang", LANGS)
def test_russian_and_other_plurals_have_the_forms_the_language_needs(lang):
    for _context, message in messages(update.ts_path(lang)):
        if message.get("numerus") == "yes":
            assert len(translations_of(message)) == update.PLURAL_FORMS[lang]


def test_every_string_in_the_source_is_in_every_catalogue(tmp_path):
    # lupdate on the code as it is now, into a fresh file: a source string that is in the code
    # but not in a shipped catalogue means `make translations` was not run after adding it.
    fresh = tmp_path / "fresh.ts"
    update.extract(fresh, "sv")
    in_code = {(ctx, m.findtext("source")) for ctx, m in messages(fresh)}
    assert len(in_code) > 300
    for lang in LANGS:
        shipped = {(ctx, m.findtext("source")) for ctx, m in messages(update.ts_path(lang))}
        assert sorted(in_code - shipped) == [], lang


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_catalogue_is_shipped_next_to_its_source(lang):
    qm = i18n.qm_path(lang)
    assert qm.exists() and qm.stat().st_mtime >= update.ts_path(lang).stat().st_mtime - 1


@pytest.mark.parametrize(("lang", "overview", "data", "quit_text"), [
    ("sv", "Översikt", "Data", "&Avsluta"),
    ("da", "Overblik", "Data", "&Afslut"),
    ("nl", "Overzicht", "Gegevens", "&Afsluiten"),
    ("ru", "Обзор", "Данные", "&Выход"),
])
def test_window_shows_page_titles_and_menus_in_the_chosen_language(
        qtbot, english_afterwards, lang, overview, data, quit_text):
    from loyalty_desktop.ui.main_window import MainWindow
    assert i18n.set_language(lang)
    window = MainWindow()
    qtbot.addWidget(window)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles[0] == overview and data in titles
    assert window.quit_action.text() == quit_text


def test_module_level_tr_helpers_are_found_under_their_runtime_context(english_afterwards):
    # report/pdf.py calls translate("report", …), but lupdate files it under the empty context
    i18n.set_language("sv")
    assert QCoreApplication.translate("report", "Summary") == "Sammanfattning"
    assert QCoreApplication.translate("charts", "Churn rate") == "Kundtapp"
    i18n.set_language("en")
    assert QCoreApplication.translate("report", "Summary") == "Summary"


def test_language_menu_switches_and_remembers_the_choice(qtbot, english_afterwards):
    from loyalty_desktop.ui import relanguage
    from loyalty_desktop.ui.main_window import MainWindow
    window = MainWindow()          # not given to qtbot: the switch replaces (deletes) it
    window.language_menu.actions_by_language["da"].trigger()
    assert i18n.current_language() == "da"
    assert i18n.saved_language() == "da"
    assert fmt.money(1234.5, "DKK", 2).endswith("kr.")
    danish = relanguage.current_window()      # no project: rebuilt at once
    qtbot.addWidget(danish)
    assert danish is not window and danish.quit_action.text() == "&Afslut"
    assert danish.statusBar().currentMessage() == "Sprog: Dansk."
    assert danish.language_menu.actions_by_language["da"].isChecked()


def test_engine_text_goes_through_the_installed_translator(english_afterwards):
    assert engine_i18n.translate("report", "Summary") == "Summary"
    i18n.set_language("nl")
    assert engine_i18n.translate("report", "Summary") == "Samenvatting"
    # a template is translated before it is filled in, so unknown text stays English
    assert engine_i18n.translate("nowhere", "Not a catalogue entry") == "Not a catalogue entry"


def test_definitions_sentence_under_a_chart_is_written_in_the_chosen_language(english_afterwards):
    from loyalty_desktop.engine.definitions import Definitions
    from loyalty_desktop.engine.describe import describe
    defs = Definitions()
    english = describe("retention", defs, window_days=90, as_of=None)
    i18n.set_language("sv")
    swedish = describe("retention", defs, window_days=90, as_of=None)
    assert english.startswith("Monthly periods; a customer counts as churned after 90 days")
    assert swedish.startswith("Månadsvisa perioder; en kund räknas som förlorad efter 90 dagar utan köp")


def test_first_start_follows_a_supported_system_language():
    assert i18n.system_language() in i18n.LANGUAGES


# --- Local formats: what QLocale really writes (NBSP = U+00A0, NNBSP = U+202F) ------------------
@pytest.mark.parametrize(("lang", "currency", "expected"), [
    ("sv", "SEK", "1\u00a0234,50\u00a0kr"),      # Swedish: space groups, comma, kr after
    ("da", "DKK", "1.234,50\u00a0kr."),         # Danish: dot groups, kr. after
    ("nl", "EUR", "€\u00a01.234,50"),           # Dutch: € before, dot groups
    ("ru", "RUB", "1\u00a0234,50\u00a0₽"),      # Russian: NBSP groups, ₽ after
    ("en", "SEK", "SEK\u00a01,234.50"),         # English: ISO code before (kr alone is ambiguous)
    ("en", "EUR", "€1,234.50"),                 # English: a sign before, no space
    ("sv", "EUR", "1\u00a0234,50\u00a0€"),      # Swedish: any currency after the number
    ("nl", "SEK", "SEK\u00a01.234,50"),         # Dutch: a foreign crown by its code, before
])
def test_money_is_written_as_the_locale_expects(qapp, english_afterwards, lang, currency, expected):
    i18n.set_language(lang)
    assert fmt.money(1234.5, currency, 2) == expected


@pytest.mark.parametrize(("lang", "number", "percent", "date"), [
    ("sv", "1\u00a0234,5", "38,2\u00a0%", "2025-03-12"),
    ("da", "1.234,5", "38,2\u00a0%", "12.03.2025"),
    ("nl", "1.234,5", "38,2%", "12-03-2025"),      # CLDR nl: no space before %
    ("ru", "1\u00a0234,5", "38,2\u00a0%", "12.03.2025"),
    ("en", "1,234.5", "38.2%", "12/03/2025"),
])
def test_numbers_percentages_and_dates_follow_the_locale(
        qapp, english_afterwards, lang, number, percent, date):
    i18n.set_language(lang)
    assert fmt.number(1234.5, 1) == number
    assert fmt.percent(0.382, 1) == percent
    assert fmt.date_text("2025-03-12") == date


# --- The PDF in each language (CLI --lang) ------------------------------------------------------
def small_sales_csv(path: Path) -> Path:
    # 6 customers over 8 months, enough for every summary section
    lines = ["customer_id,date,amount"]
    for customer in range(1, 7):
        for month in range(1, 1 + customer + 2):
            lines.append(f"C{customer},2024-{month:02d}-{10 + customer},{100 + customer * 10}.50")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def sales_csv(tmp_path_factory):
    return small_sales_csv(tmp_path_factory.mktemp("sales") / "sales.csv")


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "titles"), [
    ("sv", ["Rapport om kundlojalitet", "Sammanfattning", "Kvarhållning", "Kohorter"]),
    ("da", ["Rapport om kundeloyalitet", "Sammenfatning", "Fastholdelse", "Kohorter"]),
    ("nl", ["Rapport klantloyaliteit", "Samenvatting", "Klantbehoud", "Cohorten"]),
    ("ru", ["Отчёт о лояльности клиентов", "Сводка", "Удержание", "Когорты"]),
])
def test_pdf_report_has_translated_section_titles(tmp_path, sales_csv, lang, titles):
    pdf = tmp_path / f"report_{lang}.pdf"
    run = subprocess.run([sys.executable, "-m", "loyalty_desktop", "report", "--transactions",
                          str(sales_csv), "--lang", lang, "--pdf", str(pdf)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    text = " ".join(text.split())
    missing = [title for title in titles if title not in text]
    assert missing == []
    assert "Customer loyalty report" not in text


@pytest.mark.parametrize(("lang", "sheets", "header"), [
    ("sv", ["Sammanfattning", "Kvarhållning", "Kohorter"], "Kunder i kohorten"),
    ("ru", ["Сводка", "Удержание", "Когорты"], "Клиентов в когорте"),
])
def test_excel_workbook_speaks_the_report_language(tmp_path, sales_csv, lang, sheets, header):
    from openpyxl import load_workbook
    xlsx = tmp_path / f"report_{lang}.xlsx"
    run = subprocess.run([sys.executable, "-m", "loyalty_desktop", "report", "--transactions",
                          str(sales_csv), "--lang", lang, "--xlsx", str(xlsx)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    book = load_workbook(xlsx, read_only=True)
    assert [s for s in sheets if s not in book.sheetnames] == []
    cohorts = book[sheets[2]]
    first_row = [cell.value for cell in next(cohorts.iter_rows(max_row=1))]
    assert header in first_row
    # cohort cells stay percentages although their "Period k" headers are translated
    second_row = next(cohorts.iter_rows(min_row=2, max_row=2))
    assert second_row[2].number_format.endswith("%")


def test_translation_tables_never_give_one_text_two_translations():
    # update.table() raises when two tables disagree on a key; before that check the last
    # table read silently won, and the rule forms' Russian "мес." became "месяцы".
    assert len(update.table()) > 300


def test_a_word_translated_per_screen_keeps_each_screens_words():
    shipped = {(ctx, m.findtext("source")): translations_of(m)[0]
               for ctx, m in messages(update.ts_path("ru"))}
    assert shipped[("", "months")] == "мес."                  # rule forms: "не менее 12 мес."
    assert shipped[("SurveySettingsBar", "months")] == "месяцы"
    assert shipped[("SettingsForms", "years")] == "лет"
    assert shipped[("SurveySettingsBar", "years")] == "годы"
    assert shipped[("SegmentMetricsView", "with")] == "с группой"
    assert shipped[("NpsCompareBox", "with")] == "с"
