"""One shared vocabulary (engine/vocabulary/) covers all five languages, and nothing copies it."""
from __future__ import annotations

from pathlib import Path

import pytest

import loyalty_desktop
from loyalty_desktop.engine import text
from loyalty_desktop.engine.vocabulary.headers import field_containing, field_for_header
from loyalty_desktop.engine.vocabulary.keywords import CAUSE_GROUPS, KEEP_WORDS
from loyalty_desktop.engine.vocabulary.survey import SATISFACTION_LABELS, question_field

LANGS = ("en", "sv", "da", "nl", "ru")

# The headers of a till or web-shop export as it is written in each language.
HEADERS = {
    "en": {"Customer number": "customer_id", "Order date": "date", "Amount": "amount",
           "E-mail": "email", "Order number": "order_id", "Quantity": "quantity"},
    "sv": {"Kundnummer": "customer_id", "Datum": "date", "Belopp": "amount",
           "E-post": "email", "Kvittonummer": "order_id", "Antal": "quantity"},
    "da": {"Kundenummer": "customer_id", "Dato": "date", "Beløb": "amount",
           "E-mailadresse": "email", "Ordrenummer": "order_id", "Antal": "quantity"},
    "nl": {"Klantnummer": "customer_id", "Datum": "date", "Bedrag": "amount",
           "E-mailadres": "email", "Bestelnummer": "order_id", "Aantal": "quantity"},
    "ru": {"Номер клиента": "customer_id", "Дата": "date", "Сумма": "amount",
           "Электронная почта": "email", "Номер заказа": "order_id", "Количество": "quantity"},
}

# Survey questions as Google Forms / SurveyMonkey export them, per language.
QUESTIONS = {
    "en": {"How likely is it that you would recommend Kafé Linnea to a friend?": "score",
           "How satisfied are you with your last visit?": "satisfaction",
           "Anything else you would like to tell us?": "comment"},
    "sv": {"Hur troligt är det att du skulle rekommendera oss till en vän?": "score",
           "Hur nöjd är du med ditt senaste besök?": "satisfaction",
           "Övriga kommentarer": "comment"},
    "da": {"Hvor sandsynligt er det, at du vil anbefale os til en ven?": "score",
           "Hvor tilfreds er du med dit seneste besøg?": "satisfaction",
           "Hvad kan vi forbedre?": "comment"},
    "nl": {"Hoe waarschijnlijk is het dat je ons zou aanbevelen aan een vriend?": "score",
           "Hoe tevreden ben je over je laatste bezoek?": "satisfaction",
           "Heb je nog een opmerking?": "comment"},
    "ru": {"Насколько вероятно, что вы порекомендуете нас другу?": "score",
           "Насколько вы довольны последним визитом?": "satisfaction",
           "Ваш комментарий": "comment"},
}


@pytest.mark.parametrize("lang", LANGS)
def test_export_headers_in_each_language_map_to_fields(lang):
    found = {header: field_for_header(header) for header in HEADERS[lang]}
    assert found == HEADERS[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_survey_questions_in_each_language_are_recognised(lang):
    found = {question: question_field(question) for question in QUESTIONS[lang]}
    assert found == QUESTIONS[lang]


def test_a_long_question_header_is_found_by_its_fragment_in_every_language():
    for question in ("Would you recommend us?", "Skulle du rekommendera oss?",
                     "Vil du anbefale os?", "Zou je ons aanbevelen?", "Вы бы нас порекомендуете?"):
        assert field_containing(question, ("score",)) == "score", question


@pytest.mark.parametrize("lang", LANGS)
def test_every_cause_group_and_the_opinion_words_exist_in_every_language(lang):
    assert all(group.get(lang) for group in CAUSE_GROUPS.values())
    assert KEEP_WORDS.get(lang)


@pytest.mark.parametrize(("lang", "very", "unhappy"), [
    ("en", "very satisfied", "dissatisfied"), ("sv", "mycket nöjd", "missnöjd"),
    ("da", "meget tilfreds", "utilfreds"), ("nl", "zeer tevreden", "ontevreden"),
    ("ru", "очень доволен", "недоволен"),
])
def test_worded_satisfaction_answers_in_every_language(lang, very, unhappy):
    assert SATISFACTION_LABELS[very] == 5 and SATISFACTION_LABELS[unhappy] == 2


@pytest.mark.parametrize("lang", LANGS)
def test_stop_words_drop_filler_but_keep_opinion_and_cause_words(lang):
    stop = text._stop_words(lang)
    assert len(stop) > 100
    kept = set(KEEP_WORDS[lang]) | {w.rstrip("*") for g in CAUSE_GROUPS.values() for w in g[lang]}
    assert not kept & stop


def test_no_module_outside_the_vocabulary_keeps_its_own_word_lists():
    # distinctive entries of each list: a copy elsewhere would drift from the shared one
    # (io/presets.py names the exact columns of one vendor's export, e.g. Zettle's
    # "Kundnummer": that is a file format, not the shared vocabulary)
    distinctive = ("kundnummer", "klantnummer", "номер клиента", "rekommendera", "aanbevelen",
                   "порекоменд", "kundtjänst", "доставк", "mycket missnöjd", "zeer ontevreden")
    package = Path(loyalty_desktop.__file__).parent
    vocabulary = package / "engine" / "vocabulary"
    copies = [f"{path.relative_to(package)}: {word}"
              for path in package.rglob("*.py")
              if vocabulary not in path.parents and path.name != "presets.py"
              for word in distinctive if word in path.read_text(encoding="utf-8").lower()]
    assert copies == []
