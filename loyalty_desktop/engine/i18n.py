"""Qt-free translation hook for the engine's user-facing text.

The engine may not import Qt, yet its sentences (descriptions, reasons, notes) are read by the
user. Modules mark each English template with :func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate``
extracts it under that context, and call :func:`translate` on the template *before*
``.format()`` — translating a filled-in sentence would never match the catalogue.

Without Qt (tests, scripts) :func:`translate` is the identity; the app installs
``QCoreApplication.translate`` through :func:`install` when a language is chosen.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Callable, Optional

Translate = Callable[[str, str], str]

_translate: Optional[Translate] = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for extraction under ``context`` and returns it unchanged."""
    return text


def install(function: Optional[Translate]) -> None:
    """Route :func:`translate` through ``function`` (None restores English)."""
    global _translate
    _translate = function


def translate(context: str, text: str) -> str:
    """``text`` in the chosen language, or unchanged when none is installed or it is missing."""
    if _translate is None:
        return text
    return _translate(context, text) or text


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
            return translate(self.context, value)
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
