"""How well the purchase model predicts: the owner picks the holdout weeks and runs the check.

The check (``engine.clv.check_last_weeks``: fit on the calibration period, compare with the
weeks held out) runs in a :class:`Job`, with its own progress bar and Cancel button here,
so the analysis in the status bar is not interrupted. Both charts come from
``report/charts_holdout.py`` (shared with the PDF).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import pandas as pd
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QProgressBar, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from ..engine.analysis import Analysis
from ..engine.chart_members import frequency_members
from ..report import charts_holdout as ch
from ..report import formatting as fmt
from .jobs import Job
from .widgets import ChartPanel, note_label

if TYPE_CHECKING:  # engine.clv pulls in scipy.optimize/special: imported when first used
    from ..engine.clv import HoldoutCheck

PANEL_HEIGHT = 330


class HoldoutPanel(QWidget):
    """``checked(HoldoutCheck)`` once a check's charts (or its reason for failing) are shown;
    ``customers_requested(ids, description)`` when a frequency group's bars are clicked."""

    checked = Signal(object)
    customers_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._analysis: Optional[Analysis] = None
        self.job: Optional[Job] = None
        self.panels: dict[str, ChartPanel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        heading = QLabel(self.tr("How well does the prediction work?"))
        heading.setObjectName("kpiLabel")
        layout.addWidget(heading)
        layout.addWidget(note_label(self.tr(
            "Hide the last weeks from the model, let it predict them from the weeks before, and "
            "compare with what your customers really did.")))
        layout.addLayout(self._controls())
        self.message = note_label()
        layout.addWidget(self.message)
        self._charts = QVBoxLayout()
        self._charts.setSpacing(12)
        layout.addLayout(self._charts)
        app = QCoreApplication.instance()
        if app is not None:         # never leave a check running while the app shuts down
            app.aboutToQuit.connect(self.stop)

    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 1)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.valueChanged.connect(self._show_split)
        self.split_label = QLabel()
        self.run_button = QPushButton(self.tr("Check the prediction"))
        self.run_button.clicked.connect(self.run_check)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(160)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(QLabel(self.tr("Hold out the last")))
        row.addWidget(self.weeks)
        row.addWidget(self.split_label)
        row.addWidget(self.run_button)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        self._set_running(False)
        return row

    # -- analysis --------------------------------------------------------------------
    def show_analysis(self, analysis: Analysis) -> None:
        """New data or definitions: offer the default split; old charts no longer apply."""
        self.cancel()
        self._analysis = analysis
        self._clear_charts()
        if analysis.is_empty or analysis.as_of is None:
            self.setVisible(False)
            return
        self.setVisible(True)
        from ..engine.clv import holdout_weeks_choice

        choice = holdout_weeks_choice(analysis.orders["day"].min(), analysis.as_of)
        self.weeks.blockSignals(True)
        self.weeks.setRange(choice.minimum, choice.maximum)
        self.weeks.setValue(choice.default)
        self.weeks.blockSignals(False)
        self._show_split()
        self.message.setText(self.tr("Choose how many weeks to hold out and press “Check the "
                                     "prediction”."))

    def _split_day(self) -> Optional[pd.Timestamp]:
        if self._analysis is None or self._analysis.as_of is None:
            return None
        return pd.Timestamp(self._analysis.as_of).normalize() - pd.Timedelta(weeks=self.weeks.value())

    def _show_split(self) -> None:
        split = self._split_day()
        self.split_label.setText("" if split is None else self.tr("(model fitted up to %1)")
                                 .replace("%1", fmt.date_text(split)))

    # -- the job ---------------------------------------------------------------------
    def run_check(self) -> Optional[Job]:
        if self._analysis is None or self._analysis.is_empty:
            return None
        self.cancel()
        analysis = self._analysis
        from ..engine.clv import check_last_weeks

        job = Job(self.tr("Checking the prediction…"), check_last_weeks, analysis.orders,
                  self.weeks.value(), analysis.defs, as_of=analysis.as_of)
        job.progressed.connect(self._on_progress)
        job.finished.connect(self._on_checked)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(lambda: self.message.setText(self.tr("The check was cancelled.")))
        job.done.connect(lambda: self._set_running(False) if self.job is job else None)
        self.job = job
        self._set_running(True)
        self.message.setText(job.title)
        return job.start()

    def cancel(self) -> None:
        if self.job is not None and self.job.is_running():
            self.job.cancel()

    def stop(self) -> None:
        """Cancel a running check and wait for its thread (the window is closing)."""
        self.cancel()
        if self.job is not None:
            self.job.wait(5000)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setValue(0)
        self.cancel_button.setVisible(running)
        self.run_button.setEnabled(not running)
        self.weeks.setEnabled(not running)

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        if message:
            self.message.setText(message)

    def _on_failed(self, exc: object) -> None:
        from .errors import show_error
        self.message.setText(self.tr("The check could not be run."))
        show_error(self, exc)

    def _on_checked(self, check: HoldoutCheck) -> None:
        self._clear_charts()
        if not check.ok:
            self.message.setText(self.tr("The check cannot be made: %1.").replace("%1", check.message))
        else:
            self.message.setText(check.message[:1].upper() + check.message[1:] + ". "
                                 + check.verdict() + ".")
            for chart in (ch.holdout_frequency_chart(check), ch.holdout_tracking_chart(check)):
                panel = ChartPanel(chart)
                panel.setMinimumHeight(PANEL_HEIGHT)
                self._charts.addWidget(panel)
                self.panels[chart.key] = panel
            self.panels["holdout_frequency"].chart.widget.hover.clicked.connect(
                lambda frequency: self._open_group(check, frequency))
        self.checked.emit(check)

    def _open_group(self, check: HoldoutCheck, frequency: str) -> None:
        """The customers of one group: ``frequency`` repeat purchases before the split."""
        self.customers_requested.emit(
            frequency_members(check.frequency_of, frequency),
            self.tr("%1 repeat purchases up to %2").replace("%1", frequency)
            .replace("%2", fmt.date_text(check.calibration_end)))

    def _clear_charts(self) -> None:
        for panel in self.panels.values():
            self._charts.removeWidget(panel)
            panel.deleteLater()
        self.panels = {}
