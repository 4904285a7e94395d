"""The Feedback page's own controls: what a survey wave is, how long "bought again" may
take, and the pick-two NPS comparison (issue 7 point 2–3).

The bar changes ``Definitions`` (``nps_wave``, ``repurchase_window_days``) and hands them to
the window, which stores them in the project and recomputes; the comparison box only asks
the engine's :class:`NpsGroups` to compare the two groups the owner picked.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from ..engine.definitions import PERIODS, Definitions
from ..engine.voice_groups import NpsGroups
from ..report import formatting as fmt
from .widgets import note_label


class SurveySettingsBar(QWidget):
    """Wave definition, repurchase window, and the keyword-group and sample buttons."""

    definitions_changed = Signal(object)
    keywords_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._defs: Optional[Definitions] = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.wave = QComboBox()
        names = {"week": self.tr("weeks"), "month": self.tr("months"),
                 "quarter": self.tr("quarters"), "half-year": self.tr("half-years"),
                 "year": self.tr("years")}
        for period in PERIODS:
            self.wave.addItem(names[period], period)
        self.wave.addItem(self.tr("as in the survey file (wave column)"), "column")
        # sized for the usual choices, not the longest one: the row must fit in sv/ru too
        self.wave.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.wave.setMinimumContentsLength(14)
        self.window = QSpinBox()
        self.window.setRange(7, 730)
        self.window.setSuffix(self.tr(" days"))
        self.keywords = QPushButton(self.tr("Edit keyword groups…"))
        self.sample = QPushButton(self.tr("Survey sample for the next wave…"))
        layout.addWidget(QLabel(self.tr("Survey waves:")))
        layout.addWidget(self.wave)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Bought again within:")))
        layout.addWidget(self.window)
        layout.addStretch(1)
        layout.addWidget(self.keywords)
        layout.addWidget(self.sample)
        self.wave.activated.connect(self._changed)
        self.window.editingFinished.connect(self._changed)
        self.keywords.clicked.connect(self.keywords_requested)
        self.sample.clicked.connect(self.sample_requested)

    def set_definitions(self, defs: Definitions) -> None:
        self._defs = defs
        index = self.wave.findData(defs.nps_wave)
        self.wave.setCurrentIndex(index if index >= 0 else self.wave.findData("half-year"))
        self.window.blockSignals(True)
        self.window.setValue(int(defs.repurchase_window_days))
        self.window.blockSignals(False)

    def _changed(self, *_args) -> None:
        if self._defs is None:
            return
        wave, days = str(self.wave.currentData()), int(self.window.value())
        if wave == self._defs.nps_wave and days == int(self._defs.repurchase_window_days):
            return
        self._defs = self._defs.replace(nps_wave=wave, repurchase_window_days=days)
        self.definitions_changed.emit(self._defs)


class NpsCompareBox(QWidget):
    """Two drop-downs (waves, loyal / rest, segments) and the engine's sentence about them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: Optional[NpsGroups] = None
        self._names: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Compare two NPS figures"))
        heading.setObjectName("kpiLabel")
        bar = QHBoxLayout()
        self.first, self.second = QComboBox(), QComboBox()
        for combo in (self.first, self.second):
            combo.setMinimumContentsLength(22)
            combo.currentIndexChanged.connect(self._compare)
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("with")))
        bar.addWidget(self.second)
        bar.addStretch(1)
        self.figures = note_label()
        self.sentence = note_label()
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.figures)
        layout.addWidget(self.sentence)

    def _name(self, kind: str, label: str) -> str:
        kinds = {"wave": self.tr("Wave %1"), "loyalty": "%1", "segment": self.tr("Segment %1"),
                 "rfm": self.tr("RFM: %1")}
        return kinds.get(kind, "%1").replace("%1", label)

    def set_groups(self, groups: Optional[NpsGroups]) -> None:
        self._groups = groups
        answered = [g for g in (groups.groups if groups else []) if g.result.n]
        self._names = {g.key: self._name(g.kind, g.label) for g in answered}
        for combo in (self.first, self.second):
            combo.blockSignals(True)
            combo.clear()
            for group in answered:
                combo.addItem(self._names[group.key] + " " + self.tr("(%1 answers)").replace(
                    "%1", fmt.number(group.result.n)), group.key)
            combo.blockSignals(False)
        pair = groups.default_pair() if groups else None
        self.setVisible(pair is not None)
        if pair is not None:
            self.first.setCurrentIndex(self.first.findData(pair[0]))
            self.second.setCurrentIndex(self.second.findData(pair[1]))
        self._compare()

    def choose(self, first_key: str, second_key: str) -> None:
        """Pick the two groups by key (what a user does with the two drop-downs)."""
        self.first.setCurrentIndex(self.first.findData(first_key))
        self.second.setCurrentIndex(self.second.findData(second_key))

    def _compare(self, *_args) -> None:
        a, b = self.first.currentData(), self.second.currentData()
        if self._groups is None or a is None or b is None:
            self.figures.setText("")
            self.sentence.setText("")
            return
        if a == b:
            self.figures.setText("")
            self.sentence.setText(self.tr("Pick two different groups to compare."))
            return
        comparison = self._groups.compare(a, b)
        self.figures.setText(self.tr("%1: NPS %2 from %3 answers · %4: NPS %5 from %6 answers")
                             .replace("%1", self._names[a])
                             .replace("%2", fmt.number(comparison.a.score))
                             .replace("%3", fmt.number(comparison.a.n))
                             .replace("%4", self._names[b])
                             .replace("%5", fmt.number(comparison.b.score))
                             .replace("%6", fmt.number(comparison.b.n)))
        self.sentence.setText(comparison.sentence)
