"""Draw and save the customers to invite to the next survey wave (issue 7 point 4).

The owner picks how many, by which groups the draw is balanced, whether last survey's
respondents are left out, and a seed (shown, with "New seed" to draw another). The draw is
``engine.voice_groups.survey_sample``; the preview shows per group how many customers
there are and how many were drawn, and the file (``report.survey_sample``) holds the seed
so the same list can be drawn again.
"""
from __future__ import annotations

import secrets
from pathlib import Path
from typing import Optional

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QMessageBox, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from ..engine.analysis import Analysis
from ..engine.representativeness import SurveySample
from ..engine.voice_groups import STRATA, survey_sample
from ..report import formatting as fmt
from ..report.survey_sample import write_sample
from .widgets import note_label

MAX_SEED = 2 ** 31 - 1


class SurveySampleDialog(QDialog):
    """See module doc. ``analysis`` supplies the customers and the matched respondents."""

    def __init__(self, analysis: Analysis, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis = analysis
        self.sample: Optional[SurveySample] = None
        self.setWindowTitle(self.tr("Survey sample for the next wave"))
        self.resize(620, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(self.tr(
            "Draws customers at random, in proportion to the groups of your whole customer "
            "base, so the next survey hears from everyone and not only the keenest. Only "
            "customers with an e-mail address or phone number are drawn.")))
        form = QFormLayout()
        customers = len(analysis.customers)
        self.size = QSpinBox()
        self.size.setRange(1, max(customers, 1))
        self.size.setValue(min(200, max(customers, 1)))
        self.by = QComboBox()
        names = {"spend_band": self.tr("spend band"), "rfm_segment": self.tr("RFM segment")}
        for key in STRATA:
            self.by.addItem(names[key], key)
        self.exclude = QCheckBox(self.tr("Leave out customers who answered the last survey"))
        self.exclude.setChecked(True)
        self.seed = QSpinBox()
        self.seed.setRange(0, MAX_SEED)
        self.seed.setValue(secrets.randbelow(MAX_SEED))
        self.new_seed = QPushButton(self.tr("New seed"))
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.new_seed)
        form.addRow(self.tr("Customers to invite:"), self.size)
        form.addRow(self.tr("In proportion to:"), self.by)
        form.addRow("", self.exclude)
        form.addRow(self.tr("Seed:"), seed_row)
        layout.addLayout(form)
        self.summary = note_label()
        layout.addWidget(self.summary, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(self.tr("Save the list…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.choose_file)
        self.new_seed.clicked.connect(lambda: self.seed.setValue(secrets.randbelow(MAX_SEED)))
        for spin in (self.size, self.seed):
            spin.valueChanged.connect(self.draw)
        self.by.currentIndexChanged.connect(self.draw)
        self.exclude.toggled.connect(self.draw)
        self.draw()

    def _respondents(self) -> list:
        join = self.analysis.sections.get("responses_join")
        answers = getattr(join, "responses", None)
        if answers is None or "customer_id" not in answers:
            return []
        return answers["customer_id"].dropna().unique().tolist()

    def draw(self, *_args) -> SurveySample:
        """Draw again with the current settings and describe the result."""
        excluded = self._respondents() if self.exclude.isChecked() else []
        self.sample = survey_sample(self.analysis.customers, self.size.value(),
                                    by=str(self.by.currentData()), seed=self.seed.value(),
                                    exclude=excluded)
        lines = [self.tr("%1 customers drawn with seed %2 — enter the same seed again to draw "
                         "the same list.").replace("%1", fmt.number(len(self.sample.table)))
                 .replace("%2", str(self.sample.seed))]
        if len(self.sample.table) < self.size.value():
            lines.append(self.tr("Fewer customers than asked for can be reached."))
        for row in self.sample.strata.itertuples(index=False):
            lines.append(self.tr("%1: %2 of %3 customers drawn").replace("%1", str(row.stratum))
                         .replace("%2", fmt.number(row.sampled))
                         .replace("%3", fmt.number(row.customers)))
        self.summary.setText("\n".join(lines))
        self.save_button.setEnabled(len(self.sample.table) > 0)
        return self.sample

    def save_to(self, path: str | Path) -> Path:
        """Write the current draw to ``path`` (.xlsx or .csv)."""
        excluded = len(self._respondents()) if self.exclude.isChecked() else 0
        return write_sample(self.sample, path, stratified_by=self.by.currentText(),
                            excluded=excluded, as_of=self.analysis.as_of,
                            lang=self.analysis.defs.lang)

    def choose_file(self) -> Optional[Path]:
        name = self.tr("survey-sample-seed-%1.xlsx").replace("%1", str(self.sample.seed))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the survey sample"), name,
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"))
        if not path:
            return None
        try:
            return self.save_to(path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Could not save"), str(error))
            return None
