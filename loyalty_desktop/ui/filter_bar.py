"""The filter bar above every page: "From [date] to [date]", range presets and the segment.

It only collects the owner's choice as an ``engine.view_filter.ViewFilter`` and says what
is shown (the chip); the main window recomputes in its worker and every page receives the
filtered analysis. The choice is a view setting: it is not saved in the project (see
``MainWindow.apply_filter``).
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from PySide6.QtCore import QDate, QLocale, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QSizePolicy, QWidget)

from ..engine.analysis import Analysis
from ..engine.view_filter import PRESETS, ViewFilter, preset_range, segment_choices
from ..report import formatting as fmt

#: Wait this long after the last change before recomputing (typing a date changes it per key).
SETTLE_MS = 400
CUSTOM = "custom"


class FilterBar(QFrame):
    """``changed(ViewFilter)`` fires once the owner's choice settles."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._first: Optional[date] = None
        self._last: Optional[date] = None
        self._names: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 8, 20, 8)
        layout.setSpacing(8)
        self.preset = QComboBox()
        for key, text in self._preset_texts().items():
            self.preset.addItem(text, key)
        self.start = self._date_edit()
        self.end = self._date_edit()
        self.segment = QComboBox()
        self.segment.setMinimumContentsLength(16)
        self.segment.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chip = QLabel()
        self.chip.setObjectName("filterChip")
        # as wide as its text, but it may shrink rather than widen the window (tooltip: all of it)
        self.chip.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.chip.setMinimumWidth(80)
        self.clear_button = QPushButton(self.tr("Show everything"))
        self.clear_button.setObjectName("linkButton")
        for widget in (self._label(self.tr("Period")), self.preset, self._label(self.tr("from")),
                       self.start, self._label(self.tr("to")), self.end):
            layout.addWidget(widget)
        layout.addSpacing(16)
        layout.addWidget(self._label(self.tr("Segment")))
        layout.addWidget(self.segment)
        layout.addStretch(1)
        layout.addWidget(self.chip)
        layout.addWidget(self.clear_button)
        self.preset.activated.connect(self._preset_chosen)
        self.start.dateChanged.connect(self._date_edited)
        self.end.dateChanged.connect(self._date_edited)
        self.segment.activated.connect(lambda _index: self._timer.start())
        self.clear_button.clicked.connect(self.clear)
        self.set_segments([])
        self.show_applied(ViewFilter())

    def _preset_texts(self) -> dict[str, str]:
        texts = {"all": self.tr("All time"), "last_12_months": self.tr("Last 12 months"),
                 "this_year": self.tr("This year"), "last_year": self.tr("Last year"),
                 CUSTOM: self.tr("Custom range")}
        return {key: texts[key] for key in (*PRESETS, CUSTOM)}

    def _label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("filterLabel")
        return label

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(fmt.locale().dateFormat(QLocale.FormatType.ShortFormat))   # as dates are written
        return edit

    # -- what the window tells the bar ------------------------------------------------
    def set_analysis(self, base: Analysis) -> None:
        """Dates limited to the data of the unfiltered analysis; its groups as segments."""
        if base.as_of is None or not len(base.orders):
            return
        first = base.orders["day"].min().date()
        last = base.as_of.date()
        new_data = (first, last) != (self._first, self._last)
        self._first, self._last = first, last
        for edit in (self.start, self.end):
            edit.blockSignals(True)
            edit.setDateRange(QDate(first), QDate(last))
            edit.blockSignals(False)
        if new_data and self.preset.currentData() != CUSTOM:
            self._apply_preset(self.preset.currentData())
        self.set_segments(segment_choices(base))

    def set_segments(self, choices: list[tuple[str, str]]) -> None:
        current = self.segment.currentData()
        self.segment.blockSignals(True)
        self.segment.clear()
        self.segment.addItem(self.tr("All customers"), None)
        self._names = dict(choices)
        for key, name in choices:
            self.segment.addItem(self._segment_text(key, name), key)
        index = self.segment.findData(current)
        self.segment.setCurrentIndex(max(index, 0))
        self.segment.blockSignals(False)

    def _segment_text(self, key: str, name: str) -> str:
        if key.startswith("rfm:"):
            return self.tr("RFM: %1").replace("%1", name)
        return name

    def show_applied(self, view: ViewFilter) -> None:
        """The chip says what every page shows (the filter as the engine clamped it)."""
        label = view.label()
        self.chip.setText(label or self.tr("All customers, all dates"))
        self.chip.setToolTip(self.chip.text())
        self.chip.setProperty("active", bool(label))
        self.chip.style().unpolish(self.chip)
        self.chip.style().polish(self.chip)
        self.clear_button.setVisible(bool(label))

    # -- what the owner does ----------------------------------------------------------
    def view(self) -> ViewFilter:
        key = self.segment.currentData()
        if self._first is None:
            return ViewFilter(segment=key, segment_name=self._segment_name())
        start, end = self.start.date().toPython(), self.end.date().toPython()
        return ViewFilter(start=None if start <= self._first else start,
                          end=None if end >= self._last else end,
                          segment=key, segment_name=self._segment_name() if key else "")

    def _segment_name(self) -> str:
        return self._names.get(self.segment.currentData(), "")

    def choose_preset(self, key: str) -> None:
        self.preset.setCurrentIndex(self.preset.findData(key))
        self._preset_chosen()

    def choose_segment(self, key: Optional[str]) -> None:
        self.segment.setCurrentIndex(max(self.segment.findData(key), 0))
        self._timer.start()

    def clear(self) -> None:
        self.segment.setCurrentIndex(0)
        self.choose_preset("all")

    def clear_silently(self) -> None:
        """Back to everything without a recompute (another project was opened)."""
        self._timer.stop()
        self._first = self._last = None
        self.segment.setCurrentIndex(0)
        self.preset.setCurrentIndex(self.preset.findData("all"))
        self.show_applied(ViewFilter())

    def _preset_chosen(self, _index: int = 0) -> None:
        key = self.preset.currentData()
        if key != CUSTOM:
            self._apply_preset(key)
        self._timer.start()

    def _apply_preset(self, key: str) -> None:
        if self._first is None:
            return
        start, end = preset_range(key, self._first, self._last)
        for edit, day in ((self.start, start or self._first), (self.end, end or self._last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)

    def _date_edited(self) -> None:
        self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
        self._timer.start()

    def _emit(self) -> None:
        self.changed.emit(self.view())
