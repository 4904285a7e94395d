"""The import wizard: settings with a live preview → column mapping → validation (SPEC §2.1).

Page 1 shows the first rows of the file with every detected setting (kind, encoding,
delimiter, decimal mark, date order, header row, sheet) editable; the preview refreshes on
each change. Page 2 pre-fills one combo box per field from the preset, a mapping remembered
for this header set (QSettings, keyed by a hash of the header names), or the synonym guess.
Page 3 imports off the GUI thread (``ui/jobs.py``) with progress and Cancel, then lists
rejected rows (row as Excel shows it, column, reason), exportable to CSV. Finish emits
``imported(list[ImportResult])``.
"""
from __future__ import annotations

import json
import os
from dataclasses import replace

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QProgressBar, QPushButton, QSpinBox, QTableView, QVBoxLayout,
                               QWidget, QWizard, QWizardPage)

from ..engine.i18n import QT_TR_NOOP
from ..engine.progress import report
from ..io.errors import ImportFailed
from ..io.importer import ImportOptions, ImportResult, import_file
from ..io.presets import PRESETS
from ..io.preview import Preview, fields_for, preview_file
from ..io.reader import is_spreadsheet
from ..io.rejects import write_rejects_csv
from ..report import formatting as fmt
from .jobs import Job
from .models import DataFrameModel

SETTINGS_GROUP = "import/mappings"
PRESET_LABELS = {p.name: p.label for p in PRESETS}
NOT_MAPPED = ""


def import_all(jobs: list[tuple[str, ImportOptions]], remembered: dict | None = None,
               progress=None) -> list[tuple[str, object]]:
    """Import each file; a file that fails gives its ImportFailed instead of stopping the rest.

    A file whose mapping was never settled (the owner did not look at it) gets the same
    mapping its preview would offer — a remembered one from ``remembered`` (the stored
    mappings, read on the GUI thread) or the detected one — worked out here, off the GUI
    thread, because a spreadsheet's preview can take seconds."""
    results: list[tuple[str, object]] = []
    for index, (path, options) in enumerate(jobs):
        def step(fraction: float, message: str = "", index=index) -> None:
            if progress is not None:
                progress((index + fraction) / len(jobs), message)
        try:
            if options.mapping is None and remembered is not None:
                options = settled_options(path, options, remembered)
            results.append((path, import_file(path, options=options, progress=step)))
        except ImportFailed as failure:
            results.append((path, failure))
    return results


def remembered_in(store: dict, preview: Preview) -> dict[str, str] | None:
    """The mapping stored for this header set and kind of data, if any."""
    if not preview.names:
        return None
    stored = store.get(preview.header_key)
    try:
        data = json.loads(stored) if stored else None
    except (TypeError, ValueError):
        return None
    if not data or data.get("kind") != preview.kind:
        return None
    return {f: c for f, c in data.get("mapping", {}).items() if c in preview.names}


def settled_options(path: str, options: ImportOptions, store: dict) -> ImportOptions:
    """The options a file imports with when its preview was never shown."""
    preview = preview_file(path, replace(options, mapping=None))
    mapping = remembered_in(store, preview) or preview.mapping
    return replace(options, mapping=mapping or None, kind=options.kind or preview.kind)


def read_preview(path: str, options: ImportOptions, progress=None) -> Preview:
    """A preview, as a :class:`Job` function (its progress points allow cancelling)."""
    report(progress, 0.0, "Reading the first rows")
    preview = preview_file(path, options)
    report(progress, 1.0, "")
    return preview


def reads_in_background(path: str) -> bool:
    """Spreadsheets are previewed off the GUI thread: .xls and .ods readers parse the whole
    sheet, which takes seconds for a big one. Text files read only their first 256 KB."""
    try:
        return is_spreadsheet(path)
    except OSError:
        return False


class ImportWizard(QWizard):
    """Import ``paths``; ``imported`` carries the ImportResult of every file that imported."""

    imported = Signal(list)
    preview_ready = Signal(str)      # a background preview arrived (or failed, or stopped)

    def __init__(self, paths: list[str], parent: QWidget | None = None, *,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import data"))
        self.paths = [os.fspath(p) for p in paths]
        self.options = {p: ImportOptions() for p in self.paths}
        self.previews: dict[str, Preview] = {}
        self.results: list[ImportResult] = []
        self.loading: dict[str, Job] = {}      # previews being read off the GUI thread
        self.settings = settings if settings is not None else QSettings()
        self.current = self.paths[0] if self.paths else ""
        self.settings_page = SettingsPage(self)
        self.mapping_page = MappingPage(self)
        self.validation_page = ValidationPage(self)
        for page in (self.settings_page, self.mapping_page, self.validation_page):
            self.addPage(page)
        self.settings_page.refresh()

    # -- state shared by the pages --------------------------------------------------------
    def preview(self, path: str | None = None) -> Preview:
        """The file's preview; a spreadsheet's is read in the background, and until it
        arrives an empty placeholder (no kind, so Next stays disabled) is returned."""
        path = path or self.current
        if path in self.previews:
            return self.previews[path]
        options = replace(self.options[path], mapping=None)
        if reads_in_background(path):
            self._read_in_background(path, options)
            return Preview(file=os.path.basename(path))
        self._store_preview(path, preview_file(path, options))
        return self.previews[path]

    def is_loading(self, path: str | None = None) -> bool:
        return (path or self.current) in self.loading

    def _read_in_background(self, path: str, options: ImportOptions) -> None:
        if path in self.loading:
            return
        job = Job(self.tr("Reading the file"), read_preview, path, options)
        self.loading[path] = job
        job.finished.connect(lambda preview, job=job: self._preview_arrived(path, job, preview))
        job.failed.connect(lambda exc, job=job: self._preview_arrived(path, job, Preview(
            file=os.path.basename(path), problem=str(exc))))
        job.start()

    def _preview_arrived(self, path: str, job: Job, preview: Preview) -> None:
        if self.loading.get(path) is not job:
            return                      # stopped, or the settings changed meanwhile
        del self.loading[path]
        self._store_preview(path, preview)
        self.preview_ready.emit(path)

    def stop_reading(self, path: str | None = None) -> None:
        """Stop waiting for a background preview (the owner pressed Stop)."""
        path = path or self.current
        job = self.loading.pop(path, None)
        if job is None:
            return
        job.cancel()
        self.previews[path] = Preview(file=os.path.basename(path), problem=self.tr(
            "Reading the file was stopped. Change a setting to read it again."))
        self.preview_ready.emit(path)

    def _store_preview(self, path: str, preview: Preview) -> None:
        self.previews[path] = preview
        remembered = self.remembered_mapping(preview)
        if remembered and not self.options[path].mapping:
            preview.mapping = remembered

    def invalidate(self, path: str) -> None:
        self.previews.pop(path, None)
        job = self.loading.pop(path, None)
        if job is not None:
            job.cancel()                # its result would describe the old settings

    def remembered_store(self) -> dict[str, str]:
        """Every stored mapping (header key → JSON), for use off the GUI thread."""
        self.settings.beginGroup(SETTINGS_GROUP)
        try:
            return {key: self.settings.value(key) for key in self.settings.childKeys()}
        finally:
            self.settings.endGroup()

    def remembered_mapping(self, preview: Preview) -> dict[str, str] | None:
        if not preview.names:
            return None
        stored = self.settings.value(f"{SETTINGS_GROUP}/{preview.header_key}")
        return remembered_in({preview.header_key: stored}, preview)

    def remember(self) -> None:
        """Store each hand-checked mapping for its header set (offered next time)."""
        for path, options in self.options.items():
            preview = self.previews.get(path)
            if preview and options.mapping and preview.names:
                self.settings.setValue(f"{SETTINGS_GROUP}/{preview.header_key}", json.dumps(
                    {"kind": options.kind or preview.kind, "mapping": options.mapping}))
        self.settings.sync()

    def accept(self) -> None:  # noqa: D401 - Qt API
        self.remember()
        self.imported.emit(list(self.results))
        super().accept()

    def reject(self) -> None:
        self.validation_page.cancel()
        for path in list(self.loading):
            self.invalidate(path)
        super().reject()


class SettingsPage(QWizardPage):
    """Detected settings, editable, over a live preview of the first rows."""

    # marked for lupdate under the empty context (shown through self.tr below)
    # marked for lupdate under the empty context (shown through self.tr below)
    KINDS = (("", QT_TR_NOOP("Detect")), ("transactions", QT_TR_NOOP("Sales")),
             ("customers", QT_TR_NOOP("Customers")), ("responses", QT_TR_NOOP("Survey answers")))
    ENCODINGS = ("", "utf-8", "utf-8-sig", "utf-16", "cp1252", "cp1251")
    DELIMITERS = (("", QT_TR_NOOP("Detect")), (",", ","), (";", ";"), ("\t", QT_TR_NOOP("Tab")),
                  ("|", "|"))
    DECIMALS = (("", QT_TR_NOOP("Detect")), (",", QT_TR_NOOP("Comma (1.234,50)")),
                (".", QT_TR_NOOP("Point (1,234.50)")))
    ORDERS = (("", QT_TR_NOOP("Detect")), ("dmy", QT_TR_NOOP("Day/month/year")),
              ("mdy", QT_TR_NOOP("Month/day/year")), ("ymd", QT_TR_NOOP("Year/month/day")))

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self._loading = False
        self.setTitle(self.tr("Check how the file is read"))
        self.file_box = QComboBox()
        self.file_box.addItems([os.path.basename(p) for p in wizard.paths])
        self.kind_box = self._combo([(k, self.tr(t)) for k, t in self.KINDS])
        self.encoding_box = self._combo([(e, e or self.tr("Detect")) for e in self.ENCODINGS])
        self.delimiter_box = self._combo([(d, self.tr(t)) for d, t in self.DELIMITERS])
        self.decimal_box = self._combo([(d, self.tr(t)) for d, t in self.DECIMALS])
        self.order_box = self._combo([(o, self.tr(t)) for o, t in self.ORDERS])
        self.header_spin = QSpinBox()
        self.header_spin.setRange(0, 1000)
        self.header_spin.setSpecialValueText(self.tr("Detect"))
        self.sheet_box = QComboBox()
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.reading = QProgressBar()
        self.reading.setRange(0, 0)             # busy: a sheet is read in one step
        self.reading.setTextVisible(False)
        self.stop_button = QPushButton(self.tr("Stop reading"))
        self.stop_button.clicked.connect(lambda: self.owner.stop_reading())
        self.table = QTableView()
        self.model = DataFrameModel(parent=self)
        self.table.setModel(self.model)
        self._layout()
        self._connect()
        wizard.preview_ready.connect(self._preview_ready)

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        for value, label in items:
            box.addItem(label, value)
        return box

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("File"), self.file_box)
        form.addRow(self.tr("Kind of data"), self.kind_box)
        form.addRow(self.tr("Text encoding"), self.encoding_box)
        form.addRow(self.tr("Delimiter"), self.delimiter_box)
        form.addRow(self.tr("Decimal mark"), self.decimal_box)
        form.addRow(self.tr("Date order"), self.order_box)
        form.addRow(self.tr("Header row"), self.header_spin)
        form.addRow(self.tr("Sheet"), self.sheet_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        reading = QHBoxLayout()
        reading.addWidget(self.reading, 1)
        reading.addWidget(self.stop_button)
        layout.addLayout(reading)
        layout.addWidget(self.detected)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self.file_box.currentIndexChanged.connect(self._file_changed)
        for box in (self.kind_box, self.encoding_box, self.delimiter_box, self.decimal_box,
                    self.order_box, self.sheet_box):
            box.currentIndexChanged.connect(self._setting_changed)
        self.header_spin.valueChanged.connect(self._setting_changed)

    def _file_changed(self, index: int) -> None:
        self.owner.current = self.owner.paths[index]
        self.refresh()

    def _setting_changed(self, *_: object) -> None:
        if self._loading:
            return
        path = self.owner.current
        self.owner.options[path] = replace(
            self.owner.options[path],
            kind=self.kind_box.currentData() or None,
            encoding=self.encoding_box.currentData() or None,
            delimiter=self.delimiter_box.currentData() or None,
            decimal=self.decimal_box.currentData() or None,
            date_order=self.order_box.currentData() or None,
            header_row=self.header_spin.value() or None,
            sheet=self.sheet_box.currentData() or None,
            mapping=None)
        self.owner.invalidate(path)
        self.refresh()

    def _preview_ready(self, path: str) -> None:
        if path == self.owner.current:
            self.refresh()

    def refresh(self) -> None:
        """Re-read the preview of the current file and show what was detected."""
        if not self.owner.paths:
            return
        preview = self.owner.preview()
        loading = self.owner.is_loading()
        self.reading.setVisible(loading)
        self.stop_button.setVisible(loading)
        options = self.owner.options[self.owner.current]
        self._loading = True
        try:
            self._show_sheets(preview, options)
            self._select(self.kind_box, options.kind or "")
            self._select(self.encoding_box, options.encoding or "")
            self._select(self.delimiter_box, options.delimiter or "")
            self._select(self.decimal_box, options.decimal or "")
            self._select(self.order_box, options.date_order or "")
            self.header_spin.setValue(options.header_row or 0)
        finally:
            self._loading = False
        self.model.set_frame(preview.rows)
        self.detected.setText(self._describe(preview))
        self.warning.setText(self._warn(preview, options))
        self.completeChanged.emit()

    def _show_sheets(self, preview: Preview, options: ImportOptions) -> None:
        self.sheet_box.clear()
        self.sheet_box.addItem(self.tr("Largest table"), "")
        for name in preview.sheets:
            self.sheet_box.addItem(name, name)
        self._select(self.sheet_box, options.sheet or "")
        self.sheet_box.setEnabled(bool(preview.sheets))

    @staticmethod
    def _select(box: QComboBox, value: str) -> None:
        index = box.findData(value)
        box.setCurrentIndex(max(index, 0))

    def _describe(self, preview: Preview) -> str:
        if self.owner.is_loading():
            return self.tr("Reading the file…")
        if preview.problem:
            return ""
        delimiter = {"\t": self.tr("Tab"), None: "—"}.get(preview.delimiter, preview.delimiter)
        return (self.tr("Detected: %1 · %2 · encoding %3 · delimiter %4 · decimal %5 · "
                        "header row %6 · date order %7")
                .replace("%1", PRESET_LABELS.get(preview.preset, self.tr("generic file")))
                .replace("%2", self.tr(dict(self.KINDS).get(preview.kind or "", "unknown kind")))
                .replace("%3", preview.encoding or "—").replace("%4", delimiter)
                .replace("%5", preview.decimal or "—")
                .replace("%6", str(preview.header_row or "—"))
                .replace("%7", preview.date_order or "—"))

    def _warn(self, preview: Preview, options: ImportOptions) -> str:
        if preview.problem:
            return preview.problem
        if self.owner.is_loading():
            return ""
        if preview.date_order_unclear and not options.date_order:
            return self.tr("The dates could be day/month or month/day. Choose the date order.")
        if not preview.kind:
            return self.tr("Choose the kind of data this file holds.")
        return ""

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        preview = self.owner.preview() if self.owner.paths else None
        return bool(preview and not preview.problem and preview.kind)


class MappingPage(QWizardPage):
    """One combo box per field, pre-filled; required fields must be chosen."""

    LABELS = {  # marked for lupdate; shown through self.tr
        "customer_id": QT_TR_NOOP("Customer number"),
        "email": QT_TR_NOOP("E-mail"),
        "phone": QT_TR_NOOP("Phone"),
        "name": QT_TR_NOOP("Name"),
        "first_name": QT_TR_NOOP("First name"),
        "last_name": QT_TR_NOOP("Last name"),
        "date": QT_TR_NOOP("Date"),
        "time": QT_TR_NOOP("Time"),
        "amount": QT_TR_NOOP("Amount"),
        "refunded": QT_TR_NOOP("Refunded amount"),
        "quantity": QT_TR_NOOP("Quantity"),
        "unit_price": QT_TR_NOOP("Unit price"),
        "order_id": QT_TR_NOOP("Order number"),
        "product": QT_TR_NOOP("Product"),
        "channel": QT_TR_NOOP("Channel"),
        "store": QT_TR_NOOP("Store"),
        "currency": QT_TR_NOOP("Currency"),
        "status": QT_TR_NOOP("Status"),
        "signup_date": QT_TR_NOOP("Customer since"),
        "score": QT_TR_NOOP("Score 0–10 (NPS)"),
        "satisfaction": QT_TR_NOOP("Satisfaction 1–5"),
        "comment": QT_TR_NOOP("Comment"),
        "reason": QT_TR_NOOP("Reason for leaving"),
        "wave": QT_TR_NOOP("Survey wave"),
    }

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Which column holds what?"))
        self.boxes: dict[str, QComboBox] = {}
        self.form = QFormLayout()
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.missing)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        while self.form.rowCount():
            self.form.removeRow(0)
        self.boxes.clear()
        preview = self.owner.preview()
        mapping = self.owner.options[self.owner.current].mapping or preview.mapping
        for field in fields_for(preview.kind):
            box = QComboBox()
            box.addItem(self.tr("(not in the file)"), NOT_MAPPED)
            for name in preview.names:
                box.addItem(name, name)
            box.setCurrentIndex(max(box.findData(mapping.get(field, NOT_MAPPED)), 0))
            box.currentIndexChanged.connect(self._changed)
            self.boxes[field] = box
            self.form.addRow(self.tr(self.LABELS.get(field, field)), box)
        self._changed()

    def mapping(self) -> dict[str, str]:
        return {f: b.currentData() for f, b in self.boxes.items() if b.currentData()}

    def _changed(self, *_: object) -> None:
        from ..io.importer import missing_fields

        missing = missing_fields(self.owner.preview().kind, self.mapping())
        self.missing.setText(self.tr("Still needed: %1").replace("%1", ", ".join(
            self.tr(self.LABELS.get(f, f)) for f in missing)) if missing else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        from ..io.importer import missing_fields

        return bool(self.boxes) and not missing_fields(self.owner.preview().kind, self.mapping())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        path = self.owner.current
        preview = self.owner.preview()
        self.owner.options[path] = replace(self.owner.options[path], mapping=self.mapping(),
                                           kind=self.owner.options[path].kind or preview.kind)
        return True


class ValidationPage(QWizardPage):
    """Runs the import with progress and Cancel; lists rejected rows, exportable to CSV."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.job: Job | None = None
        self.finished = False
        self.problems: list = []
        self.setTitle(self.tr("Checking every row"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.model = DataFrameModel(parent=self)
        self.table.setModel(self.model)
        self.export_button = QPushButton(self.tr("Export rejected rows…"))
        self.export_button.clicked.connect(self._export_clicked)
        self.export_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.export_button)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.finished = False
        self.owner.results = []
        self.problems = []
        self.summary.setText(self.tr("Importing…"))
        self.cancel_button.setEnabled(True)
        jobs = [(p, self._options(p)) for p in self.owner.paths]
        self.job = Job(self.tr("Importing"), import_all, jobs, self.owner.remembered_store())
        self.job.progressed.connect(lambda f, _m: self.progress.setValue(int(f * 1000)))
        self.job.finished.connect(self._show)
        self.job.failed.connect(lambda exc: self._stopped(str(exc)))
        self.job.cancelled.connect(lambda: self._stopped(self.tr("The import was cancelled.")))
        self.job.start()
        self.completeChanged.emit()

    def _options(self, path: str) -> ImportOptions:
        options = self.owner.options[path]
        if options.mapping is None and path in self.owner.previews:
            preview = self.owner.previews[path]
            options = replace(options, mapping=preview.mapping or None,
                              kind=options.kind or preview.kind)
        return options

    def cancel(self) -> None:
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait()

    def _stopped(self, message: str) -> None:
        self.summary.setText(message)
        self.cancel_button.setEnabled(False)
        self.finished = True
        self.completeChanged.emit()

    def _show(self, outcomes: list) -> None:
        lines = []
        for path, outcome in outcomes:
            if isinstance(outcome, ImportFailed):
                lines.append(str(outcome))
                continue
            log = outcome.log
            self.owner.results.append(outcome)
            self.problems.extend(log.rejects)
            lines.append(self.tr("%1: %2 rows read, %3 imported, %4 rejected (%5 guest rows); "
                                 "%6 blank and %7 total rows skipped.")
                         .replace("%1", log.file).replace("%2", fmt.number(log.rows_read))
                         .replace("%3", fmt.number(log.rows_accepted))
                         .replace("%4", fmt.number(log.rows_rejected))
                         .replace("%5", fmt.number(log.guest_rows))
                         .replace("%6", fmt.number(log.blank_rows))
                         .replace("%7", str(log.footer_rows)))
        self._fill_table()
        self.progress.setValue(1000)
        self._stopped("\n".join(lines))
        self.export_button.setEnabled(bool(self.problems))

    def _fill_table(self) -> None:
        import pandas as pd

        frame = pd.DataFrame([{"file": p.file, "row": p.row, "column": p.column or "",
                               "value": p.value or "", "reason": p.reason}
                              for p in self.problems[:10_000]],
                             columns=["file", "row", "column", "value", "reason"])
        headers = {"file": self.tr("File"), "row": self.tr("Row"), "column": self.tr("Column"),
                   "value": self.tr("Value"), "reason": self.tr("Reason")}
        self.model.set_frame(frame, headers, {"row": lambda v: str(v)})

    def export_rejects(self, path: str) -> int:
        """Write every rejected row to ``path`` as CSV; returns the number written."""
        return write_rejects_csv(self.problems, path)

    def _export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export rejected rows"),
                                              "rejected-rows.csv", self.tr("CSV files (*.csv)"))
        if path:
            count = self.export_rejects(path)
            self.summary.setText(self.summary.text() + "\n" + self.tr(
                "%1 rejected rows written to %2.").replace("%1", str(count)).replace("%2", path))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.finished and bool(self.owner.results)
