"""The Language menu: pick one of the five languages; the choice is remembered.

Choosing a language switches the open window at once: ``ui/relanguage.py`` builds a new
window in that language with the same project, page, geometry and view, so every page —
also pages added later — speaks it without a restart.
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
        from .relanguage import switch_when_idle
        # tr() after set_language: the message is already in the chosen language
        switch_when_idle(self._window, self.tr("Language: %1.").replace(
            "%1", i18n.NATIVE_NAMES[lang]))
