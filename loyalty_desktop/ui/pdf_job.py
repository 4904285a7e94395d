"""The PDF report written off the GUI thread, with progress and Cancel.

Charts are widgets, so only building them stays on the GUI thread: one chart per turn of
the event loop (a zero-timeout timer), each recorded into a QPicture and thrown away
(``report/pdf_charts.py``, a few tens of milliseconds), so the window keeps repainting and
the Cancel button is honoured between two charts. The pages themselves — layout, tables,
text, replaying the pictures, embedding the fonts — are written by ``report.pdf.write_pdf``
in a :class:`~loyalty_desktop.ui.jobs.Job` worker. The object looks like a Job to
``MainWindow.run_job`` (title, the same signals, start/cancel/is_running/wait).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Optional, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from ..engine.analysis import Analysis
from ..engine.progress import sub_progress
from .jobs import Job

#: share of the progress bar for recording the charts (the rest is writing the pages)
CHARTS_SHARE = 0.6


class PdfExportJob(QObject):
    """``finished(path)``, ``failed(exception)`` or ``cancelled()``, then ``done()``."""

    progressed = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()

    def __init__(self, title: str, analysis: Analysis, path: str | Path, *,
                 imports: Sequence[dict] = (), sections: Optional[Sequence[str]] = None,
                 business_name: str = "", page_size: Optional[str] = None) -> None:
        super().__init__()
        from ..report import pdf, pdf_charts
        self.title = title
        self.path = Path(path)
        self.analysis, self.imports = analysis, list(imports)
        self.sections = tuple(sections) if sections is not None else pdf.SECTIONS
        self.business_name = business_name
        self.page_size = page_size or pdf.default_page_size()
        self._plan = pdf_charts.chart_plan(analysis, self.sections, self.page_size)
        self._width = pdf_charts.page_pixels(self.page_size)[0] - 2 * pdf.MARGIN
        self._recorded: dict[str, Any] = {}
        self._built: Any = None           # a chart built in one turn, recorded in the next
        self._writer: Optional[Job] = None
        self._running = False
        self._cancel = False

    # -- the Job interface ---------------------------------------------------------
    def start(self) -> "PdfExportJob":
        self._running = True
        Job._running.add(self)             # type: ignore[arg-type] - counted like a Job
        QTimer.singleShot(1, self._record_next)
        return self

    def cancel(self) -> None:
        self._cancel = True
        if self._writer is not None:
            self._writer.cancel()

    def is_running(self) -> bool:
        return self._running

    def wait(self, msecs: int = 30000) -> bool:
        """Only the writing worker can be waited for; the recording stops at once on cancel."""
        if self._writer is not None:
            return self._writer.wait(msecs)
        return True

    # -- steps ---------------------------------------------------------------------
    def _record_next(self) -> None:
        """One step per event-loop turn: build the next chart, or record the built one."""
        from ..report.pdf import tr
        from ..report.pdf_charts import record_chart
        if self._cancel:
            self._drop_built()
            self._end(self.cancelled.emit)
            return
        done = len(self._recorded)
        if done == len(self._plan):
            self._write()
            return
        spec = self._plan[done]
        try:
            if self._built is None:
                self._built = spec.build()
            else:
                built, self._built = self._built, None
                self._recorded[spec.key] = record_chart(built, self._width, spec.height)
                self.progressed.emit(CHARTS_SHARE * (done + 1) / len(self._plan),
                                     tr("Drawing the charts…"))
        except Exception as exc:  # noqa: BLE001 - reported to the user like a Job's error
            self._drop_built()
            self._end(lambda: self.failed.emit(exc))
            return
        QTimer.singleShot(1, self._record_next)

    def _drop_built(self) -> None:
        if self._built is not None:
            from ..report.render import dispose
            dispose(self._built.widget)
            self._built = None

    def _write(self) -> None:
        job = Job(self.title, _write, self.analysis, self.path, self._recorded,
                  imports=self.imports, sections=self.sections,
                  business_name=self.business_name, page_size=self.page_size)
        job.progressed.connect(self.progressed)
        job.finished.connect(lambda path: self._end(lambda: self.finished.emit(path)))
        job.failed.connect(lambda exc: self._end(lambda: self.failed.emit(exc)))
        job.cancelled.connect(lambda: self._end(self.cancelled.emit))
        self._writer = job
        job.start()

    def _end(self, emit) -> None:
        self._running = False
        Job._running.discard(self)          # type: ignore[arg-type]
        emit()
        self.done.emit()


def _write(analysis, path, recorded, *, progress=None, **options):
    """Worker side: the pages, mapped onto the bar after the charts' share."""
    from ..report.pdf import write_pdf
    return write_pdf(analysis, path, recorded, progress=sub_progress(progress, CHARTS_SHARE, 1.0),
                     **options)
