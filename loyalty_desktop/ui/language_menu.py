"""The Language menu: pick one of the five languages; the choice is remembered.

The pages build their text once, so a switch reaches the menus, dialogs, charts and PDF made
after it, and the status bar says that a restart shows every page in the new language (Qt's
LanguageChange event is sent, but re-building every page's text on it is not done yet).
"""
from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from .. import i18n


class LanguageMenu(QMenu):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setTitle(self.tr("&Language"))
        self._window = window
        self._group = QActionGroup(self)
        self.actions_by_language: dict[str, QAction] = {}
        for lang in i18n.LANGUAGES:
            # Each language in its own name, so it can be found whatever is shown now.
            action = QAction(i18n.NATIVE_NAMES[lang], self, checkable=True)
            action.setChecked(lang == i18n.current_language())
            action.triggered.connect(lambda _checked=False, code=lang: self.choose(code))
            self._group.addAction(action)
            self.addAction(action)
            self.actions_by_language[lang] = action

    def choose(self, lang: str) -> None:
        if lang == i18n.current_language():
            return
        i18n.set_language(lang, remember=True)
        self.actions_by_language[lang].setChecked(True)
        self._window.statusBar().showMessage(self.tr(
            "Language: %1. New charts, dialogs and reports use it now; restart Loyalty Desktop "
            "to show every page in it.").replace("%1", i18n.NATIVE_NAMES[lang]))
