"""The one place numbers, money, percentages and dates are turned into text (QLocale).

Follows the chosen UI language through Qt's CLDR data: sv ``1 234,50 kr``, da
``1.234,50 kr.``, nl ``€ 1.234,50``, ru ``1 234,50 ₽``, en ``SEK 1,234.50``. The data's
currency is shown with the locale's own symbol when it is the locale's currency (``kr`` in
sv), with its well-known sign when it has one (``€ $ £ ₽``) and otherwise with its ISO code
— ``kr`` alone would not say whether Swedish, Danish or Norwegian crowns are meant.
:func:`engine_style` hands the same conventions to the Qt-free engine (engine/i18n.py).
"""
from __future__ import annotations

import datetime
import math
from typing import Optional

from PySide6.QtCore import QDate, QLocale, QObject

from ..engine.i18n import NumberStyle

LOCALES = {"en": "en_GB", "sv": "sv_SE", "da": "da_DK", "nl": "nl_NL", "ru": "ru_RU"}
#: The usual sign of each currency; kr-currencies are written with their ISO code outside
#: their own country (see module doc).
CURRENCY_SYMBOLS = {"SEK": "kr", "DKK": "kr.", "NOK": "kr", "EUR": "€", "RUB": "₽", "USD": "$",
                    "GBP": "£"}
WELL_KNOWN = {"EUR", "USD", "GBP", "RUB"}
#: CLDR percent patterns: "38 %" in sv/da/ru (no-break space), "38%" in en and nl.
PERCENT_SIGNS = {"en": "%", "nl": "%", "sv": "\u00a0%", "da": "\u00a0%", "ru": "\u00a0%"}
DASH = "—"

_lang = "en"
_current = QLocale(LOCALES["en"])


def set_language(lang: str) -> None:
    global _current, _lang
    _lang = lang if lang in LOCALES else "en"
    _current = QLocale(LOCALES[_lang])


def locale() -> QLocale:
    return _current


def language() -> str:
    return _lang


def _missing(value: Optional[float]) -> bool:
    return value is None or (isinstance(value, float) and not math.isfinite(value))


def number(value: Optional[float], decimals: int = 0) -> str:
    if _missing(value):
        return DASH
    return _current.toString(float(value), "f", decimals)


def percent(fraction: Optional[float], decimals: int = 0) -> str:
    if _missing(fraction):
        return DASH
    return f"{_current.toString(float(fraction) * 100.0, 'f', decimals)}{PERCENT_SIGNS[_lang]}"


def currency_symbol(currency: Optional[str]) -> str:
    """How the chosen locale names the data's currency (see module doc); "" when unknown."""
    code = (currency or "").strip().upper()
    if not code:
        return ""
    if code == _current.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode):
        return _current.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    if code in WELL_KNOWN:
        return CURRENCY_SYMBOLS[code]
    if len(code) == 3 and code.isalpha():
        return code
    return currency.strip()       # a sign the data used as it is ("kr", "€")


def money(value: Optional[float], currency: Optional[str], decimals: int = 0) -> str:
    if _missing(value):
        return DASH
    symbol = currency_symbol(currency)
    if not symbol:
        return number(value, decimals)
    text = _spaced(_current.toCurrencyString(float(value), symbol, decimals), symbol)
    if text.startswith("("):
        # Qt writes en/nl negatives the accountant's way, "(SEK 5.00)"; CLDR's standard
        # pattern, which a refund line should use, is "-SEK 5.00" (en) and "€ -5,00" (nl).
        positive = money(-float(value), currency, decimals)
        prefix, _suffix = currency_affixes(currency)
        if _lang == "nl" and prefix:
            return prefix + _current.negativeSign() + positive[len(prefix):]
        return _current.negativeSign() + positive
    return text


def _spaced(text: str, symbol: str) -> str:
    """CLDR currency spacing, which Qt leaves out: a symbol ending (or starting) with a letter
    gets a no-break space next to the digits ("SEK1,234.50" → "SEK 1,234.50")."""
    at = text.find(symbol)
    if at < 0:
        return text
    before, after = text[:at], text[at + len(symbol):]
    if after[:1].isdigit() and symbol[-1].isalpha():
        after = "\u00a0" + after
    if before[-1:].isdigit() and symbol[0].isalpha():
        before += "\u00a0"
    return before + symbol + after


def currency_affixes(currency: Optional[str], lang: Optional[str] = None) -> tuple[str, str]:
    """(text before, text after) the number for the data's currency in the chosen locale
    (or ``lang``'s), e.g. ("", "\u00a0kr") in sv, ("€\u00a0", "") in nl — for Excel formats."""
    if lang is not None and lang != _lang:
        previous = _lang
        set_language(lang)
        try:
            return currency_affixes(currency)
        finally:
            set_language(previous)
    symbol = currency_symbol(currency)
    if not symbol:
        return "", ""
    sample = _spaced(_current.toCurrencyString(1.0, symbol, 0), symbol)
    digit = sample.find("1")
    return sample[:digit], sample[digit + 1:]


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
        return self.tr("%Ln day(s)", "", count)


def date_text(value) -> str:
    if value is None:
        return DASH
    text = str(value)[:10]
    qdate = QDate.fromString(text, "yyyy-MM-dd")
    return _current.toString(qdate, QLocale.FormatType.ShortFormat) if qdate.isValid() else text


def date_format() -> str:
    """The chosen locale's short date pattern for date entry boxes (``QDateEdit``), the same
    days ``date_text`` writes: en 31/12/2024, sv 2024-12-31, da/ru 31.12.2024, nl 31-12-2024.
    A two-digit year pattern is widened, so no one types a date a century off."""
    pattern = _current.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def engine_style() -> NumberStyle:
    """The chosen locale's separators and day format for the engine's sentences."""
    return NumberStyle(decimal=_current.decimalPoint(), group=_current.groupSeparator(),
                       minus=_current.negativeSign(), percent=PERCENT_SIGNS[_lang],
                       day=_engine_day)


def _engine_day(day: datetime.date) -> str:
    return date_text(day.isoformat())
