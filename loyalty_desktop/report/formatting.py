"""The one place numbers, money, percentages and dates are turned into text (QLocale).

Follows the chosen UI language (sv → ``1 234,50 kr``, en → ``kr 1,234.50``); the data's
currency symbol is placed as that locale expects.
"""
from __future__ import annotations

import math
from typing import Optional

from PySide6.QtCore import QDate, QLocale, QObject

LOCALES = {"en": "en_GB", "sv": "sv_SE", "da": "da_DK", "nl": "nl_NL", "ru": "ru_RU"}
CURRENCY_SYMBOLS = {"SEK": "kr", "DKK": "kr.", "NOK": "kr", "EUR": "€", "RUB": "₽", "USD": "$",
                    "GBP": "£"}
DASH = "—"

_current = QLocale(LOCALES["en"])


def set_language(lang: str) -> None:
    global _current
    _current = QLocale(LOCALES.get(lang, lang))


def locale() -> QLocale:
    return _current


def _missing(value: Optional[float]) -> bool:
    return value is None or (isinstance(value, float) and not math.isfinite(value))


def number(value: Optional[float], decimals: int = 0) -> str:
    if _missing(value):
        return DASH
    return _current.toString(float(value), "f", decimals)


def percent(fraction: Optional[float], decimals: int = 0) -> str:
    if _missing(fraction):
        return DASH
    sep = "\u00a0" if _current.language() != QLocale.Language.English else ""
    return f"{_current.toString(float(fraction) * 100.0, 'f', decimals)}{sep}%"


def money(value: Optional[float], currency: Optional[str], decimals: int = 0) -> str:
    if _missing(value):
        return DASH
    symbol = CURRENCY_SYMBOLS.get((currency or "").upper(), currency or "")
    if not symbol:
        return number(value, decimals)
    return _current.toCurrencyString(float(value), symbol, decimals)


def days(value: Optional[float]) -> str:
    if _missing(value):
        return DASH
    count = int(round(float(value)))
    if _current.language() == QLocale.Language.English:  # English is the source: no catalogue
        return f"{number(value, 0)} " + ("day" if count == 1 else "days")
    return _Units().days(count)


class _Units(QObject):
    """Counted units through ``self.tr``: the Python lupdate marks plural (numerus) messages
    only for ``tr``, not for ``QCoreApplication.translate``, and Russian needs three forms."""

    def days(self, count: int) -> str:
        return self.tr("%n day(s)", "", count)


def date_text(value) -> str:
    if value is None:
        return DASH
    text = str(value)[:10]
    qdate = QDate.fromString(text, "yyyy-MM-dd")
    return _current.toString(qdate, QLocale.FormatType.ShortFormat) if qdate.isValid() else text
