"""Qt-free translation hook for the engine's user-facing text.

The engine may not import Qt, yet its sentences (descriptions, reasons, notes) are read by the
user. Modules mark each English template with :func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate``
extracts it under that context, and call :func:`translate` on the template *before*
``.format()`` — translating a filled-in sentence would never match the catalogue.

Without Qt (tests, scripts) :func:`translate` is the identity; the app installs
``QCoreApplication.translate`` through :func:`install` when a language is chosen, and the
locale's number and date style through :func:`install_formats` (see the second half).
"""
from __future__ import annotations

import datetime
import numbers
import re
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Callable, Optional

Translate = Callable[[str, str], str]

_translate: Optional[Translate] = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for extraction under ``context`` and returns it unchanged."""
    return text


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for extraction under the empty context (looked up for any context by
    the app's fallback translator, loyalty_desktop/i18n.py) and returns it unchanged."""
    return text


def install(function: Optional[Translate]) -> None:
    """Route :func:`translate` through ``function`` (None restores English)."""
    global _translate
    _translate = function


def translate(context: str, text: str) -> str:
    """``text`` in the chosen language, or unchanged when none is installed or it is missing."""
    if _translate is None:
        return Template(text)
    return Template(_translate(context, text) or text)


class Catalogue(Mapping[str, Any]):
    """A module's English templates, handed out in the chosen language on every lookup.

    ``TEXTS = Catalogue("nps", {...})`` keeps the module's dict as it was; ``TEXTS[key]``
    is translated at the moment of use, so a language switch needs no re-import. Nested
    dicts (e.g. one word per period) come back as catalogues of the same context.
    ``make translations`` extracts the strings from the ``Catalogue("context", {...})`` call.
    """

    def __init__(self, context: str, texts: dict[str, Any]) -> None:
        self.context = context
        self._texts = texts

    def __getitem__(self, key: str) -> Any:
        value = self._texts[key]
        if isinstance(value, str):
            return Template(translate(self.context, value))
        if isinstance(value, dict):
            return Catalogue(self.context, value)
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def english(self) -> dict[str, Any]:
        """The untranslated templates (for tests that check the English wording)."""
        return self._texts


# --- Local number and date formats -------------------------------------------------------------
# The engine writes numbers into its sentences with ``str.format`` specs ("{rate:.0%}",
# "{customers:,}"). Templates handed out by a Catalogue are :class:`Template` strings whose
# ``format`` keeps Python's rounding, width and sign rules and only swaps the separators, the
# minus sign and the percent sign for the chosen locale's (installed from Qt's QLocale by
# ``loyalty_desktop/i18n.py``, CLDR data). Dates — ``date``/``Timestamp`` values and ISO day
# strings "2025-03-12" — are written by the installed date function.

@dataclass(frozen=True)
class NumberStyle:
    """How the chosen locale writes numbers and days; the default is Python's (English, ISO)."""

    decimal: str = "."
    group: str = ","
    minus: str = "-"
    percent: str = "%"          # with the locale's space, e.g. "\u00a0%" in sv/da/ru
    day: Callable[[datetime.date], str] = datetime.date.isoformat


ENGLISH = NumberStyle()
_style: NumberStyle = ENGLISH
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def install_formats(style: Optional[NumberStyle]) -> None:
    """Write numbers and days in ``style`` from now on (None restores Python's English)."""
    global _style
    _style = style or ENGLISH


def number_style() -> NumberStyle:
    return _style


def localise_number(text: str, *, percent: bool = False) -> str:
    """Python's "-1,234.5" / "38%" in the installed locale's characters."""
    if _style is ENGLISH:
        return text
    table = {ord(","): _style.group, ord("."): _style.decimal, ord("-"): _style.minus}
    if percent:
        table[ord("%")] = _style.percent
    return text.translate(table)


def number(value: float, decimals: int = 0, *, grouping: bool = True) -> str:
    """``value`` rounded to ``decimals`` in the installed locale ("1 234,5" in sv)."""
    return localise_number(format(float(value), f"{',' if grouping else ''}.{decimals}f"))


def percent(fraction: float, decimals: int = 0) -> str:
    """A share 0…1 as a percentage in the installed locale ("38 %" in sv, "38%" in en)."""
    return localise_number(format(float(fraction), f".{decimals}%"), percent=True)


def day(value: Any) -> str:
    """A ``date``/``Timestamp``/ISO string as the installed locale writes a day."""
    if isinstance(value, str):
        value = datetime.date.fromisoformat(value[:10])
    elif hasattr(value, "date") and callable(value.date):   # datetime / pandas Timestamp
        value = value.date()
    return _style.day(value)


class _LocalFormatter(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, numbers.Number) and not isinstance(value, bool):
            text = format(value, format_spec)
            return localise_number(text, percent=format_spec.endswith("%"))
        if not format_spec and (isinstance(value, datetime.date)
                                or (isinstance(value, str) and _ISO_DAY.fullmatch(value))):
            try:
                return day(value)
            except (ValueError, TypeError, AttributeError):   # "2025-13-45", NaT: as written
                return super().format_field(value, format_spec)
        return super().format_field(value, format_spec)


_FORMATTER = _LocalFormatter()


class Template(str):
    """A translated template whose ``format`` writes numbers and days in the chosen locale.

    Behaves like ``str`` everywhere else; with English installed it *is* ``str.format`` (so
    the per-row reasons of a big import pay nothing)."""

    __slots__ = ()

    def format(self, *args: Any, **kwargs: Any) -> str:  # noqa: A003 - str API
        if _style is ENGLISH:
            return str.format(self, *args, **kwargs)
        return _FORMATTER.vformat(str(self), args, kwargs)
