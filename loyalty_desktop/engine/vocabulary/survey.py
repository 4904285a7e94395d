"""Survey questions and answer labels in en/sv/da/nl/ru (issue 7 point 6).

Survey tools export the *question text* as the column header ("How likely is it that you
would recommend Kafé Linnea to a friend or colleague?", "Hur troligt är det att du skulle
rekommendera …"), so the score and comment columns are found by fragments of the usual
wording, per language, plus the fixed system columns of Google Forms ("Timestamp",
"Tidstämpel", "Отметка времени"), SurveyMonkey ("Respondent ID", "End Date") and Typeform
("Submitted At", "Network ID").

Order matters: the first field whose pattern matches claims the header. "What is the main
reason for your score?" is a *comment* about the score, not an exit reason and not a score,
so the comment-about-the-score patterns come before both.
"""
from __future__ import annotations

import re

from .headers import normalise_header

#: (field, regular expression on the normalised header), tried in this order.
QUESTION_PATTERNS: tuple[tuple[str, str], ...] = (
    # comments about the score/rating ("why did you give us that score?")
    ("comment", r"(reason|why).*(score|rating|rate|answer)|"
                r"(varför|anledning|orsak).*(betyg|poäng|svar)|"
                r"(hvorfor|årsag|grund).*(karakter|score|vurdering|svar)|"
                r"(waarom|reden).*(cijfer|score|beoordeling|antwoord)|"
                r"(почему|причин).*(оценк|балл|ответ)"),
    # exit reasons
    ("reason", r"why did you (leave|stop|cancel|switch)|reason for (leaving|cancel|stopping)|"
               r"no longer|stopped (buying|shopping|using|coming)|"
               r"varför (slutade|lämnade|avslutade)|anledning till att du (slutade|lämnade)|"
               r"hvorfor (stoppede|holdt|forlod|opsagde)|årsag til at du|"
               r"waarom (bent u gestopt|ben je gestopt|heeft u opgezegd|heb je opgezegd)|"
               r"reden van opzegging|"
               r"почему вы (ушли|перестали|отказались)|причина (ухода|отказа)|"
               r"^(exit reason|reason|orsak|anledning|årsag|grund|reden|причина)$"),
    # NPS 0–10
    ("score", r"recommend|rekommendera|anbefale|aanbevelen|aanbeveelt|aanraden|"
              r"порекоменд|рекомендова|net promoter|^nps\b"),
    # CSAT 1–5
    ("satisfaction", r"satisf|nöjd|tilfreds|tevreden|доволь|удовлетвор|^csat\b"),
    # free text
    ("comment", r"comment|feedback|anything else|tell us|improve|suggestion|"
                r"kommentar|synpunkt|förbättra|något mer|"
                r"bemærkning|forbedre|andet du|"
                r"opmerking|toelichting|verbeteren|suggestie|"
                r"комментар|отзыв|пожелани|улучш|предложени|"
                r"^(why|varför|hvorfor|waarom|почему)\b"),
    ("email", r"e ?mail|e post|epost|mailadres|почт"),
    ("customer_id", r"customer (id|number)|member (id|number)|kundnummer|medlemsnummer|"
                    r"kundenummer|klantnummer|lidnummer|номер (клиента|карты)"),
    ("respondent_id", r"^respondent id$|^response id$|^token$"),
    ("date", r"^(timestamp|submitted at|submit date|end date|date submitted|completed|"
             r"tidstämpel|tidsstempel|tijdstempel|отметка времени)\b|"
             r"^(date|response date|datum|svarsdatum|dato|svardato|antwoorddatum|дата|"
             r"дата ответа)$"),
    ("wave", r"^(wave|survey wave|omgång|runde|ronde|волна)$"),
)

_COMPILED = tuple((field, re.compile(pattern)) for field, pattern in QUESTION_PATTERNS)

#: Worded satisfaction answers → 1…5 (normalised with ``normalise_header``).
SATISFACTION_LABELS: dict[str, int] = {
    "very satisfied": 5, "satisfied": 4, "neutral": 3, "neither satisfied nor dissatisfied": 3,
    "dissatisfied": 2, "very dissatisfied": 1,
    "mycket nöjd": 5, "nöjd": 4, "varken nöjd eller missnöjd": 3, "varken eller": 3,
    "missnöjd": 2, "mycket missnöjd": 1,
    "meget tilfreds": 5, "tilfreds": 4, "hverken tilfreds eller utilfreds": 3,
    "hverken eller": 3, "utilfreds": 2, "meget utilfreds": 1,
    "zeer tevreden": 5, "tevreden": 4, "neutraal": 3, "niet tevreden niet ontevreden": 3,
    "ontevreden": 2, "zeer ontevreden": 1,
    "очень доволен": 5, "доволен": 4, "нейтрально": 3, "затрудняюсь ответить": 3,
    "недоволен": 2, "не доволен": 2, "очень недоволен": 1,
    "полностью удовлетворен": 5, "скорее удовлетворен": 4, "скорее не удовлетворен": 2,
    "совсем не удовлетворен": 1,
}


def question_field(header: object) -> str | None:
    """The survey field a column header (question text) stands for, or None."""
    key = normalise_header(header)
    if not key:
        return None
    for field, pattern in _COMPILED:
        if pattern.search(key):
            return field
    return None
