"""Editor for the comment-cause keyword groups (issue 7 point 5: "user-editable").

One row per cause (quality, price, service …), one column per language with its keywords
separated by commas (a trailing * matches every word that starts so: ``expens*``). The
result is the JSON shape ``engine.text.keyword_groups_from_json`` reads, stored in
``Definitions.keyword_groups`` — so the project remembers it and the CLI's ``--config``
uses the same groups.
"""
from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ..engine.labels import keyword_group_key, keyword_group_label
from ..engine.text import default_keyword_groups
from .widgets import note_label

LANGUAGES = ("en", "sv", "da", "nl", "ru")


def split_keywords(text: str) -> list[str]:
    """'price, expens* ,, dyr' → ['price', 'expens*', 'dyr'] (duplicates kept out)."""
    out: list[str] = []
    for word in text.replace(";", ",").split(","):
        word = word.strip()
        if word and word not in out:
            out.append(word)
    return out


class KeywordGroupsDialog(QDialog):
    """Edit, add, remove or restore the cause groups; :meth:`groups` is the JSON to store."""

    def __init__(self, groups: Mapping[str, Mapping[str, Any]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyword groups for comment causes"))
        self.resize(1180, 620)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(self.tr(
            "A comment counts for a cause when it contains one of the cause's keywords in the "
            "comment's language. Separate keywords with commas; end a keyword with * to match "
            "every word that starts with it (expens* finds expensive and expenses). Word "
            "endings are handled for you: “price” also finds “prices”.")))
        self.table = QTableWidget(0, 1 + len(LANGUAGES))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Cause")] + [self._language_name(lang) for lang in LANGUAGES])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a cause"))
        self.remove_button = QPushButton(self.tr("Remove the selected cause"))
        self.restore_button = QPushButton(self.tr("Restore the standard groups"))
        for button in (self.add_button, self.remove_button, self.restore_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(self.add_group)
        self.remove_button.clicked.connect(self.remove_selected)
        self.restore_button.clicked.connect(lambda: self.set_groups(default_keyword_groups()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.set_groups(groups if groups is not None else default_keyword_groups())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Row heights fit the wrapped keywords only once the columns have their width."""
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _language_name(self, lang: str) -> str:
        return {"en": self.tr("English"), "sv": self.tr("Swedish"), "da": self.tr("Danish"),
                "nl": self.tr("Dutch"), "ru": self.tr("Russian")}[lang]

    def set_groups(self, groups: Mapping[str, Mapping[str, Any]]) -> None:
        self.table.setRowCount(0)
        for name, by_lang in groups.items():
            row = self.table.rowCount()
            self.table.insertRow(row)
            # a standard group in the chosen language; stored under its key unless renamed
            self.table.setItem(row, 0, QTableWidgetItem(keyword_group_label(name)))
            for col, lang in enumerate(LANGUAGES, start=1):
                words = by_lang.get(lang, []) if isinstance(by_lang, Mapping) else []
                item = QTableWidgetItem(", ".join(map(str, words)))
                item.setToolTip(item.text())
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()

    def add_group(self) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(self.tr("new cause")))
        for col in range(1, 1 + len(LANGUAGES)):
            self.table.setItem(row, col, QTableWidgetItem(""))
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def set_keywords(self, group: str, lang: str, text: str) -> None:
        """Type ``text`` into the cell of ``group`` × ``lang`` (what the owner does by hand)."""
        for row in range(self.table.rowCount()):
            if keyword_group_key(self.table.item(row, 0).text().strip()) == group:
                self.table.item(row, 1 + LANGUAGES.index(lang)).setText(text)
                return
        raise KeyError(group)

    def groups(self) -> dict[str, dict[str, list[str]]]:
        """{cause: {language: [keyword, …]}}; unnamed rows and empty languages left out."""
        out: dict[str, dict[str, list[str]]] = {}
        for row in range(self.table.rowCount()):
            name_item = self.table.item(row, 0)
            name = keyword_group_key(name_item.text().strip()) if name_item else ""
            if not name:
                continue
            by_lang = {}
            for col, lang in enumerate(LANGUAGES, start=1):
                item = self.table.item(row, col)
                words = split_keywords(item.text() if item else "")
                if words:
                    by_lang[lang] = words
            if by_lang:
                out.setdefault(name, {}).update(by_lang)
        return out
