"""Right-click on any table of the app: "Export table to Excel…", "Export table to CSV…", "Copy".

One mechanism for every table, present and future: an event filter on the application sees
the context-menu event of any QTableView (on its viewport for the mouse, on the view for the
menu key), so a page — ours or one added later, a dialog's preview — needs no code of its
own. A view that sets its own context-menu policy keeps its own menu; a view can opt out
with the dynamic property ``tableExport = False``.

What is shown is what is exported: the rows in the order and filter of the view's proxy
models (every row of a lazily fetched model, not just the fetched batch), the visible columns
in their on-screen order with the headers the table shows, and the typed values behind the
cells (numbers, real dates), not their display strings. The files are written in a worker by
``report/table_files.py``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional

from PySide6.QtCore import (QAbstractItemModel, QAbstractProxyModel, QDate, QDateTime, QEvent,
                            QModelIndex, QObject, Qt)
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMenu, QTableView, QWidget

from .jobs import Job

if TYPE_CHECKING:  # pragma: no cover - pandas loads with the first table, not with the window
    import pandas as pd

#: (currency, language) of the open project, for money formats and the CSV dialect
Context = Callable[[], tuple[Optional[str], Optional[str]]]


@dataclass
class ShownTable:
    """The table as the user sees it: engine column names → typed values, plus headers."""
    frame: pd.DataFrame
    headers: dict[str, str]
    title: str


class TableExporter(QObject):
    """Install once with :func:`install`; ``context`` gives the project's currency and language."""

    def __init__(self, context: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.jobs: list[Job] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.ContextMenu:
            return False
        view = _table_of(watched)
        if view is None or not isinstance(event, QContextMenuEvent):
            return False
        self.menu(view).exec(event.globalPos())
        return True

    # -- the menu --------------------------------------------------------------------
    def menu(self, view: QTableView) -> QMenu:
        menu = QMenu(view)
        menu.setObjectName("tableExportMenu")
        empty = view.model() is None or view.model().rowCount() == 0
        for text, slot in ((self.tr("Export table to Excel…"), lambda: self.export(view, "xlsx")),
                           (self.tr("Export table to CSV…"), lambda: self.export(view, "csv")),
                           (self.tr("Copy"), lambda: self.copy(view))):
            action = menu.addAction(text, slot)
            action.setEnabled(not empty)
        return menu

    def copy(self, view: QTableView) -> str:
        """The selected rows (all shown rows when nothing is selected) to the clipboard."""
        from ..report.table_files import clipboard_text
        shown = shown_table(view, selected_only=True)
        text = clipboard_text(shown.frame, lang=self.context()[1], headers=shown.headers)
        QGuiApplication.clipboard().setText(text)
        return text

    def export(self, view: QTableView, kind: str, path: str | None = None) -> Optional[Job]:
        """Ask where to save (unless ``path``), then write the shown table in a worker."""
        shown = shown_table(view)
        if path is None:
            filters = {"xlsx": self.tr("Excel workbook (*.xlsx)"),
                       "csv": self.tr("CSV, opens in Excel (*.csv)")}
            path, _ = QFileDialog.getSaveFileName(view, self.tr("Export table"),
                                                  _file_name(shown.title, kind), filters[kind])
            if not path:
                return None
        target = Path(path) if Path(path).suffix.lower() == f".{kind}" else Path(f"{path}.{kind}")
        return self._start(view, kind, target, shown)

    def _start(self, view: QTableView, kind: str, target: Path, shown: ShownTable) -> Job:
        from ..report.table_files import write_table_csv, write_table_xlsx
        currency, lang = self.context()
        if kind == "xlsx":
            job = Job(self.tr("Exporting the table…"), write_table_xlsx, shown.frame, target,
                      sheet_title=shown.title, headers=shown.headers, currency=currency)
        else:
            job = Job(self.tr("Exporting the table…"), write_table_csv, shown.frame, target,
                      lang=lang, headers=shown.headers)
        window = view.window()
        job.finished.connect(lambda out: _say(window, self.tr("Table saved to %1").replace("%1", str(out))))
        job.failed.connect(lambda exc: _show_error(window, exc))
        job.done.connect(lambda: self.jobs.remove(job) if job in self.jobs else None)
        self.jobs.append(job)
        return job.start()


def install(context: Context, app: QApplication | None = None) -> TableExporter:
    """Put the table menu on every QTableView of ``app`` (idempotent)."""
    app = app or QApplication.instance()
    existing = app.findChild(TableExporter)
    if existing is not None:
        existing.context = context
        return existing
    exporter = TableExporter(context, app)
    app.installEventFilter(exporter)
    return exporter


def install_for_window(window: QWidget) -> TableExporter:
    """The main window's tables (and every other one) with the open project's currency and
    the language the app speaks (its CSV dialect); both are read at export time."""
    def context() -> tuple[Optional[str], Optional[str]]:
        from ..i18n import current_language
        defs = getattr(getattr(window, "project", None), "definitions", None)
        return getattr(defs, "currency", None), current_language()
    return install(context)


# -- what the view shows -----------------------------------------------------------------
def _table_of(watched: QObject) -> Optional[QTableView]:
    view = watched if isinstance(watched, QTableView) else None
    if view is None and isinstance(watched, QWidget) and isinstance(watched.parent(), QTableView):
        view = watched.parent() if watched.parent().viewport() is watched else None
    if view is None or view.property("tableExport") is False:
        return None
    if view.contextMenuPolicy() != Qt.ContextMenuPolicy.DefaultContextMenu:
        return None             # the view has a menu of its own
    return view


def _source_chain(model: QAbstractItemModel) -> tuple[list[QAbstractProxyModel], QAbstractItemModel]:
    proxies = []
    while isinstance(model, QAbstractProxyModel) and model.sourceModel() is not None:
        proxies.append(model)
        model = model.sourceModel()
    return proxies, model


def _to_source(proxies: list[QAbstractProxyModel], index: QModelIndex) -> QModelIndex:
    for proxy in proxies:
        index = proxy.mapToSource(index)
    return index


def shown_table(view: QTableView, *, selected_only: bool = False) -> ShownTable:
    """The rows, columns, headers and typed values ``view`` shows (see the module doc)."""
    from .models import DataFrameModel

    model = view.model()
    proxies, source = _source_chain(model)
    if isinstance(source, DataFrameModel):
        source.fetch_all()      # the proxy then filters and sorts every row, not one batch
    header = view.horizontalHeader()
    columns = [header.logicalIndex(v) for v in range(header.count())]
    columns = [c for c in columns if not view.isColumnHidden(c)]
    rows = [r for r in range(model.rowCount()) if not view.isRowHidden(r)]
    if selected_only and view.selectionModel() is not None and view.selectionModel().hasSelection():
        chosen = {i.row() for i in view.selectionModel().selectedIndexes()}
        rows = [r for r in rows if r in chosen]
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    title = _title_of(view)
    if isinstance(source, DataFrameModel):
        source_rows = [_to_source(proxies, model.index(r, 0)).row() for r in rows]
        source_cols = _source_columns(proxies, model, columns)
        frame = source.export_values(source_rows, source_cols)
        names = [str(n) for n in frame.columns]
        frame.columns = names
        return ShownTable(frame, dict(zip(names, titles)), title)
    return ShownTable(_generic_values(model, rows, columns, titles), {}, title)


def _source_columns(proxies: list[QAbstractProxyModel], model: QAbstractItemModel,
                    columns: list[int]) -> list[int]:
    if not proxies or model.rowCount() == 0:
        return columns
    return [_to_source(proxies, model.index(0, c)).column() for c in columns]


def _generic_values(model: QAbstractItemModel, rows: list[int], columns: list[int],
                    titles: list[str]) -> pd.DataFrame:
    """Any other model: the edit role (usually the typed value), else the display text."""
    import pandas as pd

    data: dict[str, list[Any]] = {}
    for column, title in zip(columns, titles):
        name = title if title not in data else f"{title} ({column + 1})"
        data[name] = [_typed(model, model.index(r, column)) for r in rows]
    frame = pd.DataFrame(data)
    return frame.infer_objects()


def _typed(model: QAbstractItemModel, index: QModelIndex) -> Any:
    import pandas as pd

    value = model.data(index, Qt.ItemDataRole.EditRole)
    if value is None:
        value = model.data(index, Qt.ItemDataRole.DisplayRole)
    if isinstance(value, QDateTime):
        return pd.Timestamp(value.toPython())
    if isinstance(value, QDate):
        return pd.Timestamp(value.toPython())
    if isinstance(value, (date, datetime)):
        return pd.Timestamp(value)
    return value


def _title_of(view: QTableView) -> str:
    """The page's title for the sheet and file name ("Customers"), else the window's."""
    widget: Optional[QWidget] = view
    while widget is not None:
        label = widget.findChild(QLabel, "pageTitle")
        if label is not None and label.text():
            return label.text()
        widget = None if widget.isWindow() else widget.parentWidget()
    return view.window().windowTitle() or "Table"


def _file_name(title: str, kind: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip() or "table"
    return f"{safe}.{kind}"


def _say(window: QWidget, text: str) -> None:
    label = getattr(window, "status_label", None)
    if isinstance(label, QLabel):
        label.setText(text)


def _show_error(window: QWidget, exc: object) -> None:
    from .errors import show_error
    show_error(window, exc)
