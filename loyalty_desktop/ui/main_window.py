"""The main window: a sidebar of pages, menus, a progress area, and the work it starts.

The window owns no numbers: it hands the project's data and definitions to the engine in
a worker (``ui/jobs.py``) and gives each page the resulting Analysis to draw.

The pages and the filter bar (and the chart and engine modules behind them) are built the
first time a project with data needs them, not in the constructor: the first start shows the
welcome screen without paying for eight pages nobody sees yet (issue 12, cold start).
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QListWidget,
                               QMainWindow, QMessageBox, QProgressBar, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from .. import __version__
from .jobs import Job
from .table_export import install_for_window
from .widgets import EmptyState

if TYPE_CHECKING:  # pragma: no cover - annotations only; the engine loads with the pages
    from ..engine.analysis import Analysis
    from ..engine.view_filter import ViewFilter, ViewResult
    from .filter_bar import FilterBar

log = logging.getLogger(__name__)

SUPPORTED = "*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods"
#: the sidebar's pages, in order (MainWindow.pages builds them on first use)
PAGE_KEYS = ("overview", "retention", "customers", "value", "at_risk", "feedback", "segments",
             "data")


def _analyse_for_pages(*args, progress=None):
    """``engine.view_filter.analyse_view`` in the worker, then the import the pages would
    otherwise pay on the GUI thread: ``scipy.stats`` (the segment comparison's test, kept
    out of the engine's import for the command line's start) froze the Segments page's
    first show for 0.3–0.6 s."""
    from ..engine.view_filter import analyse_view
    result = analyse_view(*args, progress=progress)
    import scipy.stats  # noqa: F401
    return result


class _Pages(dict):
    """The sidebar's pages by key. An analysis fills only the page on screen; the others are
    filled when they are shown or looked up here (``pages["customers"]`` hands out the page
    up to date, every chart drawn), so one result never draws eight pages in one event-loop
    turn (SPEC §7). A page with ``analysis_steps(analysis)`` (a generator: one chart per
    step) is drawn one step per event-loop turn when it is shown."""

    def __init__(self, pages: dict[str, QWidget], bring_up_to_date) -> None:
        super().__init__(pages)
        self._bring_up_to_date = bring_up_to_date

    def __getitem__(self, key: str) -> QWidget:
        page = super().__getitem__(key)
        self._bring_up_to_date(key)
        return page

    def get(self, key: str, default=None):
        return self[key] if key in self else default

    def values(self):
        return [self[key] for key in self]

    def items(self):
        return [(key, self[key]) for key in self]


class MainWindow(QMainWindow):
    """``project`` is an io.project.Project (dataset, definitions, imports)."""

    analysis_ready = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, project: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Loyalty Desktop"))
        self.setAcceptDrops(True)
        self.project = project
        self.analysis: Optional[Analysis] = None      # what the pages show (filtered)
        self.base_analysis: Optional[Analysis] = None  # unfiltered: segment members, dates
        self.job: Optional[Job] = None
        self._pages: Optional[dict[str, QWidget]] = None   # built by the ``pages`` property
        self._filter_bar: Optional[FilterBar] = None       # built with the pages
        self._unfilled: set[str] = set()     # pages not yet given ``self.analysis``
        self._drawing: dict[str, Any] = {}   # page key → its analysis_steps still to run
        self._step_timer = QTimer(self)      # one step of a page's drawing per loop turn
        self._step_timer.setSingleShot(True)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._draw_next_step)
        self._build_pages()
        install_for_window(self)   # issue 10: right-click export on every table (ui/table_export.py)
        self._build_menus()
        self._build_status()
        self._restore_settings()
        self._show_current()

    # -- construction ----------------------------------------------------------------
    def _build_pages(self) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(230)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.empty = EmptyState()
        self.empty.import_requested.connect(self.choose_files)
        self.empty.demo_requested.connect(self.open_demo)
        titles = {"overview": self.tr("Overview"), "retention": self.tr("Retention"),
                  "customers": self.tr("Customers"), "value": self.tr("Value"),
                  "at_risk": self.tr("At risk"),
                  "feedback": self.tr("Feedback"), "segments": self.tr("Loyalty & segments"),
                  "data": self.tr("Data")}
        self.stack.addWidget(self.empty)
        for key in PAGE_KEYS:
            self.sidebar.addItem(titles[key])
        # wide enough for the longest page name in the chosen language ("Лояльность и сегменты")
        font = QFont(self.sidebar.font())
        font.setPointSizeF(11)                     # the sidebar's size in style.py
        widest = max(QFontMetrics(font).horizontalAdvance(t) for t in titles.values())
        self.sidebar.setFixedWidth(max(230, widest + 64))   # + item padding and margins
        self.sidebar.currentRowChanged.connect(self._on_page_selected)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        # the global date range and segment filter (issue 9) goes above the stack, built
        # with the pages (``filter_bar``)
        self._column = QVBoxLayout()
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.stack, 1)
        layout.addLayout(self._column, 1)
        self.setCentralWidget(body)

    @property
    def pages(self) -> dict[str, QWidget]:
        """The sidebar's pages by key, built (all at once, in PAGE_KEYS order after the
        welcome screen in the stack) the first time anything asks for them."""
        if self._pages is None:
            self._pages = _Pages(self._build_page_widgets(), self._fill_page)
        return self._pages

    def built_pages(self) -> dict[str, QWidget]:
        """The pages if they have been built, else an empty dict — for code that only looks
        at what exists (a language switch copying view state) and must not build or fill them."""
        return dict(self._pages) if self._pages is not None else {}

    def unfilled_pages(self) -> set[str]:
        """Keys of the pages that have not drawn the current analysis yet (filled when shown)."""
        return set(self._unfilled)

    def drawing_pages(self) -> set[str]:
        """Keys of the pages still drawing the current analysis, one step per loop turn."""
        return set(self._drawing)

    def _start_page(self, key: str) -> None:
        """Give the page the analysis: its first step now, the others on the next turns."""
        if key not in self._unfilled or self.analysis is None:
            return
        self._unfilled.discard(key)
        page = dict.__getitem__(self._pages, key)
        steps = getattr(page, "analysis_steps", None)
        if steps is None:
            page.show_analysis(self.analysis)
            return
        drawing = steps(self.analysis)
        self._drawing[key] = drawing
        # painted between the steps, every added chart re-laid out the page and repainted
        # the charts above it several times in one turn (12 chart paints, 126-190 ms, when
        # the Retention page added its heat map); the page paints once, when it is complete
        page.setUpdatesEnabled(False)
        self._step(key, drawing)

    def _step(self, key: str, drawing) -> None:
        try:
            next(drawing)
        except StopIteration:
            self._drawn(key)
            return
        self._step_timer.start()

    def _drawn(self, key: str) -> None:
        """``key``'s drawing finished or was dropped: paint the page (once) from now on."""
        self._drawing.pop(key, None)
        if self._pages is not None and key in dict.keys(self._pages):
            dict.__getitem__(self._pages, key).setUpdatesEnabled(True)

    def _draw_next_step(self) -> None:
        if self._drawing:
            key, drawing = next(iter(self._drawing.items()))
            self._step(key, drawing)

    def _fill_page(self, key: str) -> None:
        """The page up to date now, every step drawn (a lookup in ``pages``)."""
        self._start_page(key)
        drawing = self._drawing.get(key)
        if drawing is not None:
            for _ in drawing:
                pass
            self._drawn(key)
            # widgets added to a page on screen are shown by a queued call (QLayout), then
            # laid out: both now, as they would be had the page drawn while hidden
            for child in dict.__getitem__(self._pages, key).findChildren(QWidget):
                QCoreApplication.sendPostedEvents(child, QEvent.Type.MetaCall)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _forget_drawing(self) -> None:
        for key, drawing in list(self._drawing.items()):
            drawing.close()
            self._drawn(key)

    @property
    def filter_bar(self) -> FilterBar:
        """The global date range and segment filter above every page (built with them)."""
        if self._filter_bar is None:
            self.pages  # noqa: B018 - builds the pages and the filter bar
        return self._filter_bar

    def _build_page_widgets(self) -> dict[str, QWidget]:
        from .pages.at_risk import AtRiskPage
        from .pages.customers import CustomersPage
        from .pages.data import DataPage
        from .pages.feedback import FeedbackPage
        from .pages.overview import OverviewPage
        from .pages.retention import RetentionPage
        from .pages.value import ValuePage
        from .filter_bar import FilterBar
        from .segments_page import SegmentsPage

        pages: dict[str, QWidget] = {
            "overview": OverviewPage(), "retention": RetentionPage(),
            "customers": CustomersPage(), "value": ValuePage(), "at_risk": AtRiskPage(),
            "feedback": FeedbackPage(),
            "segments": SegmentsPage(), "data": DataPage()}
        assert tuple(pages) == PAGE_KEYS
        pages["segments"].definitions_changed.connect(self.set_definitions)
        pages["feedback"].import_requested.connect(self.choose_files)
        pages["feedback"].definitions_changed.connect(self.set_definitions)
        for key in ("retention", "value", "feedback", "segments"):
            pages[key].customers_requested.connect(self.show_customers)
        for page in pages.values():
            page.setObjectName("page")
            self.stack.addWidget(page)
        self._filter_bar = FilterBar()
        self._filter_bar.changed.connect(self.apply_filter)
        self._filter_bar.setVisible(False)   # until there is an analysis (_show_current)
        self._column.insertWidget(0, self._filter_bar)
        return pages

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = self._action(self.tr("&Import files…"), self.choose_files, "Ctrl+I")
        self.demo_action = self._action(self.tr("Open the &demo project"), self.open_demo)
        self.export_pdf_action = self._action(self.tr("Export &PDF report…"), self.choose_pdf, "Ctrl+E")
        # issue 10 exports (ui/export_dialog.py): sections, Excel workbook, win-back list
        self.export_action = self._action(self.tr("E&xport…"), lambda: self.open_export("pdf"),
                                          "Ctrl+Shift+E")
        self.export_xlsx_action = self._action(self.tr("Export &Excel workbook…"),
                                               lambda: self.open_export("xlsx"))
        self.export_winback_action = self._action(self.tr("Export &win-back list…"),
                                                  lambda: self.open_export("winback_xlsx"))
        self.export_actions = (self.export_pdf_action, self.export_action,
                               self.export_xlsx_action, self.export_winback_action)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        for action in (self.import_action, self.demo_action, None, *self.export_actions, None,
                       self.quit_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        from .project_actions import ProjectActions
        self.project_actions = ProjectActions(self)
        self.project_actions.install(file_menu)
        from .language_menu import LanguageMenu
        self.language_menu = LanguageMenu(self)
        self.menuBar().addMenu(self.language_menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Loyalty Desktop"), self.about))

    def _build_status(self) -> None:
        self.status_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setFixedWidth(220)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_job)
        bar = self.statusBar()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self._set_busy(False)

    # -- settings --------------------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        self._last_page = int(settings.value("window/page", 0) or 0)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self.project_actions.confirm_close():
            event.ignore()
            return
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait(5000)
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/page", max(self.sidebar.currentRow(), 0))
        super().closeEvent(event)

    # -- pages -----------------------------------------------------------------------
    def _has_data(self) -> bool:
        return self.project is not None and self.project.dataset.has_transactions

    def _show_current(self) -> None:
        has_data = self._has_data()
        self.sidebar.setEnabled(has_data)
        if self._filter_bar is not None:
            self._filter_bar.setVisible(has_data and self.base_analysis is not None)
        for action in self.export_actions:
            action.setEnabled(has_data and self.analysis is not None)
        if not has_data:
            self.stack.setCurrentWidget(self.empty)
        elif self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(min(self._last_page, self.sidebar.count() - 1))

    def _on_page_selected(self, row: int) -> None:
        if row >= 0 and self._has_data():
            key = PAGE_KEYS[row]
            self._start_page(key)
            self.stack.setCurrentWidget(dict.__getitem__(self.pages, key))

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(PAGE_KEYS.index(key))

    def show_customers(self, customer_ids, description: str = "") -> None:
        """Drill-down: the Customers page limited to the customers behind a clicked bar."""
        if self.analysis is None:
            return
        self._unfilled.discard("customers")     # filled here, with the customers asked for
        self._drawn("customers")
        self.pages["customers"].show_analysis(self.analysis, customer_ids, description)
        self.show_page("customers")
        if description:
            self.status_label.setText(description)

    # -- work ------------------------------------------------------------------------
    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setValue(0)
        self.status_label.setText(message)
        for action in (self.import_action, self.demo_action):
            action.setEnabled(not busy)
        self.busy_changed.emit(busy)

    def run_job(self, job: Job, on_done) -> Job:
        """Start ``job`` with the progress bar and Cancel button wired; one job at a time."""
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait()
        self.job = job
        self._set_busy(True, job.title)
        job.progressed.connect(self._on_progress)
        job.finished.connect(on_done)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(lambda: self.status_label.setText(self.tr("Cancelled.")))
        job.done.connect(lambda: self._job_done(job))
        return job.start()

    def _job_done(self, job: Job) -> None:
        if self.job is job:
            self.progress.setVisible(False)
            self.cancel_button.setVisible(False)
            for action in (self.import_action, self.demo_action):
                action.setEnabled(True)
            self.busy_changed.emit(False)

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        if message:
            self.status_label.setText(message)

    def _on_failed(self, exc: object) -> None:
        from .errors import show_error
        show_error(self, exc)

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def set_project(self, project: Any) -> None:
        self.project = project
        self.analysis = None
        self.base_analysis = None
        # an empty project (File ▸ New, a language switch on the welcome screen) leaves the
        # pages unbuilt: the sidebar is disabled until there are transactions, and the set_project
        # that brings them builds the pages and fills the Data page then
        if self._pages is not None or self._has_data():
            self.filter_bar.clear_silently()
            self.pages["data"].show_imports(project.imports)
        self._show_current()
        if self._has_data():
            self.recompute()

    def set_definitions(self, defs) -> None:
        """The owner changed a definition (criteria, segments, window …): store it, recompute."""
        if self.project is None:
            return
        self.project.definitions = defs
        self.project.mark_dirty()
        self.recompute()

    def recompute(self) -> Job:
        """Data or definitions changed: the unfiltered analysis, then the filtered one."""
        self.base_analysis = None
        job = Job(self.tr("Computing…"), _analyse_for_pages, self.project.dataset,
                  self.project.definitions, self.filter_bar.view(), None)
        return self.run_job(job, self._on_view_result)

    def apply_filter(self, view: ViewFilter) -> Optional[Job]:
        """The owner changed the date range or segment: recompute the filtered analysis in
        the worker from the unfiltered one. The filter is a view setting, like scrolling: it
        is not stored in the project, so a saved project, the command line and the next start
        always mean all customers and all dates unless the owner filters again."""
        if self.project is None or not self._has_data():
            return None
        job = Job(self.tr("Applying the filter…"), _analyse_for_pages, self.project.dataset,
                  self.project.definitions, view, self.base_analysis)
        return self.run_job(job, self._on_view_result)

    def _on_view_result(self, result: ViewResult) -> None:
        from ..engine.view_filter import ViewFilter
        self.base_analysis = result.base
        self.filter_bar.set_analysis(result.base)
        section = result.shown.sections.get("view")
        self.filter_bar.show_applied(section.view if section is not None else ViewFilter())
        self._on_analysis(result.shown)

    def _on_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        # only the page on screen draws now; each other page when it is first shown
        # (``_Pages``): all eight at once froze the window for 9 s on the demo
        self._forget_drawing()
        self._unfilled = {key for key, page in dict.items(self.pages) if hasattr(page, "show_analysis")}
        shown = self.sidebar.currentRow()
        if shown >= 0 and self.stack.currentWidget() is not self.empty:
            self._start_page(PAGE_KEYS[shown])
        self.status_label.setText(self.tr("%Ln customers analysed.", "", analysis.summary["customers"]))
        self._show_current()
        # in the log file too: the installed-package test waits for it before its screenshot
        log.info("analysis shown: %s customers", analysis.summary["customers"])
        self.analysis_ready.emit(analysis)

    # -- actions ---------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import files"), str(Path.home()),
            self.tr("Spreadsheets and text exports (%1)").replace("%1", SUPPORTED))
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        from .importing import start_import
        start_import(self, paths)

    def open_demo(self) -> Job:
        from .importing import start_demo
        return start_demo(self)

    def choose_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF report"),
                                              "loyalty-report.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.export_pdf(path)

    def export_pdf(self, path: str):
        """Write the PDF report off the GUI thread (ui/pdf_job.py) with the status bar's
        progress and Cancel; returns the job (``finished(path)`` once it is saved)."""
        from .pdf_job import PdfExportJob
        if self.analysis is None:
            return None
        job = PdfExportJob(self.tr("Writing the PDF report…"), self.analysis, path,
                           imports=self.project.imports,
                           business_name=self.project.definitions.business_name)
        return self.run_job(job, lambda out: self.status_label.setText(
            self.tr("Report saved to %1").replace("%1", str(out))))

    def open_export(self, kind: str = "pdf"):
        """File ▸ Export…: the dialog for PDF sections, the Excel workbook or the win-back list."""
        from .export_dialog import ExportDialog
        if self.analysis is None or self.project is None:
            return None
        dialog = ExportDialog(self.analysis, self.project.imports, kind=kind,
                              business_name=self.project.definitions.business_name,
                              lang=self.project.definitions.lang, parent=self)
        dialog.exported.connect(lambda path: self.status_label.setText(
            self.tr("Saved to %1").replace("%1", str(path))))
        dialog.open()
        return dialog

    def about(self) -> None:
        from .about import about_text
        QMessageBox.about(self, self.tr("About Loyalty Desktop"), about_text(__version__))

    # -- drag and drop ---------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

