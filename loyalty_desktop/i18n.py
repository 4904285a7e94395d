"""Which language the app speaks: Qt translators, the saved choice and the system locale.

Outside ``engine/`` on purpose: it needs Qt. The engine gets translated text through the
Qt-free hook in ``engine/i18n.py``, which :func:`set_language` points at
``QCoreApplication.translate``.

Why a fallback translator: module-level helpers such as ``tr(text)`` in ``report/charts.py``
call ``QCoreApplication.translate("charts", text)``, but ``pyside6-lupdate`` cannot see the
context inside the helper and files those messages under the empty context. Looking up the
empty context when the named one has no entry finds them without touching every module.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = ("en", "sv", "da", "nl", "ru")
#: Shown in the language picker in each language's own name, so a user who cannot read the
#: current language still finds theirs.
NATIVE_NAMES = {"en": "English", "sv": "Svenska", "da": "Dansk", "nl": "Nederlands",
                "ru": "Русский"}
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "resources" / "translations"
SETTINGS_KEY = "ui/language"

_translator: Optional["FallbackTranslator"] = None
#: Qt's own words (Close, Cancel, < Back, Next >, the colour and file dialogs) from the
#: qtbase_<lang>.qm shipped with PySide6 (kept by installer/trim.py for our languages).
_qt_translator: Optional[QTranslator] = None
_current = "en"


class FallbackTranslator(QTranslator):
    """A translator that also looks a message up under the empty context (see module doc)."""

    def __init__(self, inner: QTranslator) -> None:
        super().__init__()
        self._inner = inner

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401 - Qt API
        found = self._inner.translate(context, source_text, disambiguation, n)
        if not found and context:
            found = self._inner.translate("", source_text, disambiguation, n)
        # None becomes a null QString: Qt then asks the next translator or keeps the source
        # text. An empty string would be shown as an empty label.
        return found or None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return self._inner.isEmpty()


def qm_path(lang: str) -> Path:
    return TRANSLATIONS_DIR / f"loyalty_desktop_{lang}.qm"


def system_language() -> str:
    """The system locale's language if the app speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def saved_language() -> Optional[str]:
    value = QSettings().value(SETTINGS_KEY)
    return value if value in LANGUAGES else None


def startup_language() -> str:
    """The user's saved choice, else the system language (first start)."""
    return saved_language() or system_language()


def current_language() -> str:
    return _current


def _install_qt_translator(lang: str, app: Optional[QCoreApplication]) -> None:
    global _qt_translator
    if _qt_translator is not None and app is not None:
        QCoreApplication.removeTranslator(_qt_translator)
        _qt_translator.deleteLater()
    _qt_translator = None
    if lang == "en" or app is None:
        return
    # owned by the application (parent), so it dies with it: a translator Python frees after
    # the application is gone crashed the CLI at exit
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _qt_translator = qt
        QCoreApplication.installTranslator(qt)


def set_language(lang: str, *, remember: bool = False) -> bool:
    """Switch translations, number formats and engine text to ``lang`` at run time.

    Text made from now on (widgets, charts, engine sentences, PDF) uses ``lang``; an open
    window is rebuilt in it by ``ui/relanguage.py``. Returns False when the language is
    unknown or its .qm file is missing (the app then stays in English text with the chosen
    number formats).
    """
    global _translator, _current
    from .engine import i18n as engine_i18n
    from .report import formatting

    if lang not in LANGUAGES:
        return False
    app = QCoreApplication.instance()
    if _translator is not None and app is not None:
        QCoreApplication.removeTranslator(_translator)
    _translator = None
    _install_qt_translator(lang, app)
    ok = True
    if lang != "en":
        inner = QTranslator()
        ok = inner.load(str(qm_path(lang)))
        if ok and app is not None:
            _translator = FallbackTranslator(inner)
            QCoreApplication.installTranslator(_translator)
    _current = lang
    formatting.set_language(lang)
    # Qt's own number writing (%Ln in counts, spin boxes, date edits) follows the language too
    QLocale.setDefault(formatting.locale())
    engine_i18n.install(QCoreApplication.translate if lang != "en" else None)
    engine_i18n.install_formats(formatting.engine_style())   # numbers and days in sentences
    if remember:
        QSettings().setValue(SETTINGS_KEY, lang)
    return ok
