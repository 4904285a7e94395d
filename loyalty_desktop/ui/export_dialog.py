"""File ▸ Export…: the PDF report with the sections the owner picks, the Excel workbook,
or the win-back list (Excel or CSV), with a progress bar.

The Excel and win-back exports are plain functions without Qt, so they run in a worker
(``jobs.Job``). The PDF's charts are recorded on the GUI thread one per event-loop turn and
its pages written in a worker (``pdf_job.PdfExportJob``). Close cancels a running export.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Optional, Sequence

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog,
                               QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
                               QRadioButton, QVBoxLayout, QWidget)

from ..engine.analysis import Analysis
from .jobs import Job

KINDS = ("pdf", "xlsx", "winback_xlsx", "winback_csv")
SUFFIX = {"pdf": ".pdf", "xlsx": ".xlsx", "winback_xlsx": ".xlsx", "winback_csv": ".csv"}
DEFAULT_NAMES = {"pdf": "loyalty-report", "xlsx": "loyalty-tables", "winback_xlsx": "win-back-list",
                 "winback_csv": "win-back-list"}


class ExportDialog(QDialog):
    """``exported(path)`` fires once the file is written; ``failed(exception)`` otherwise."""

    exported = Signal(object)
    failed = Signal(object)

    def __init__(self, analysis: Analysis, imports: Sequence[dict] = (), *, business_name: str = "",
                 lang: str = "en", kind: str = "pdf", folder: Optional[Path] = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.analysis, self.imports = analysis, list(imports)
        self.business_name, self.lang = business_name, lang
        self.folder = Path(folder) if folder else Path.home()
        self.job: Optional[Job] = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._kind_box())
        layout.addWidget(self._pdf_box())
        layout.addLayout(self._path_row())
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.kind_buttons[kind].setChecked(True)
        self._kind_changed()

    # -- construction ----------------------------------------------------------------
    def _kind_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What to export"))
        column = QVBoxLayout(box)
        labels = {"pdf": self.tr("PDF report"), "xlsx": self.tr("Excel workbook with every table"),
                  "winback_xlsx": self.tr("Win-back list of customers at risk (Excel)"),
                  "winback_csv": self.tr("Win-back list of customers at risk (CSV)")}
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        for kind in KINDS:
            button = QRadioButton(labels[kind])
            button.setObjectName(f"kind_{kind}")
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            column.addWidget(button)
            button.toggled.connect(self._kind_changed)
        return box

    def _pdf_box(self) -> QGroupBox:
        from ..report.pdf import page_size_for
        self.pdf_box = QGroupBox(self.tr("Sections of the report"))
        form = QFormLayout(self.pdf_box)
        labels = {"summary": self.tr("Summary of key figures"), "retention": self.tr("Retention"),
                  "cohorts": self.tr("Cohorts"), "value": self.tr("Customer value and lost value"),
                  "feedback": self.tr("Feedback: NPS, satisfaction and comments"),
                  "segments": self.tr("Loyal customers and segments"),
                  "appendix": self.tr("Appendix: customers at risk and imported files")}
        self.section_boxes: dict[str, QCheckBox] = {}
        for key, label in labels.items():
            check = QCheckBox(label)
            check.setObjectName(f"section_{key}")
            check.setChecked(True)
            self.section_boxes[key] = check
            form.addRow(check)
        self.page_size = QComboBox()
        # shown in words, passed on as the key ("A4" | "Letter") the report understands
        self.page_size.addItem(self.tr("A4"), "A4")
        self.page_size.addItem(self.tr("Letter (US)"), "Letter")
        self.page_size.setCurrentIndex(self.page_size.findData(page_size_for(QLocale().name())))
        form.addRow(self.tr("Paper size"), self.page_size)
        return self.pdf_box

    def _path_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(QLabel(self.tr("Save as")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        return row

    # -- state -----------------------------------------------------------------------
    def kind(self) -> str:
        return next((k for k, b in self.kind_buttons.items() if b.isChecked()), "pdf")

    def sections(self) -> tuple[str, ...]:
        return tuple(k for k, box in self.section_boxes.items() if box.isChecked())

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.pdf_box.setEnabled(kind == "pdf")
        current = Path(self.path_edit.text()) if self.path_edit.text() else None
        folder = current.parent if current else self.folder
        self.path_edit.setText(str(folder / (DEFAULT_NAMES[kind] + SUFFIX[kind])))

    def _browse(self) -> None:
        kind = self.kind()
        filters = {".pdf": self.tr("PDF (*.pdf)"), ".xlsx": self.tr("Excel workbook (*.xlsx)"),
                   ".csv": self.tr("CSV, opens in Excel (*.csv)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), self.path_edit.text(),
                                              filters[SUFFIX[kind]])
        if path:
            self.path_edit.setText(path)

    def _target(self) -> Path:
        path = Path(self.path_edit.text().strip())
        suffix = SUFFIX[self.kind()]
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    # -- work ------------------------------------------------------------------------
    def start_export(self) -> None:
        """Write the chosen export; the result arrives as ``exported`` or ``failed``."""
        if not self.path_edit.text().strip():
            self.status.setText(self.tr("Choose where to save the file."))
            return
        kind, path = self.kind(), self._target()
        if kind == "pdf" and not self.sections():
            self.status.setText(self.tr("Choose at least one section for the report."))
            return
        self._busy(True)
        from ..report.excel import write_workbook
        from ..report.winback import write_winback
        if kind == "pdf":
            from .pdf_job import PdfExportJob
            job = PdfExportJob(self.tr("Writing the PDF report…"), self.analysis, path,
                               imports=self.imports, sections=self.sections(),
                               business_name=self.business_name,
                               page_size=self.page_size.currentData())
        elif kind == "xlsx":
            job = Job(self.tr("Writing the Excel workbook…"), write_workbook, self.analysis, path,
                      imports=self.imports, lang=self.lang)
        else:
            job = Job(self.tr("Writing the win-back list…"), write_winback, self.analysis, path,
                      self.lang)
        job.progressed.connect(self._on_progress)
        job.finished.connect(self._on_done)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        self.job = job.start()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.export_button.setEnabled(not busy)

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        if message:
            self.status.setText(message)

    def _on_done(self, path: Any) -> None:
        self._busy(False)
        self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))
        self.exported.emit(Path(path))

    def _on_cancelled(self) -> None:
        self._busy(False)
        self.status.setText(self.tr("Cancelled."))

    def _on_failed(self, exc: object) -> None:
        from .errors import describe
        self._busy(False)
        title, message = describe(exc)
        self.status.setText(f"{title}: {message}")
        self.failed.emit(exc)

    def reject(self) -> None:
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait(5000)
        super().reject()
