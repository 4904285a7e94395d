"""The one place long work leaves the GUI thread (STYLE: import, compute, fit, export).

A :class:`Job` runs a plain function that takes ``progress=`` in a QThread. The progress
callback it passes emits a queued signal (so the bar moves) and raises ``Cancelled`` once
the user pressed Cancel — cancellation is cooperative, at the function's own progress
points. Results and errors come back as signals on the GUI thread.

Python's *automatic* cyclic garbage collection is off in the app; a timer on the GUI thread
collects instead (:func:`collect_garbage_on_gui_thread`). Automatic collection runs in
whichever thread happens to allocate past the threshold — during an export that is the
worker, which allocates a lot — and it then frees unreachable PySide wrappers of GUI objects
(closed dialogs, disposed charts, pyqtgraph items: all in reference cycles), i.e. runs their
C++ destructors in the worker while the GUI thread's event loop delivers events to the same
objects. That race segfaulted the UI tests (main thread in
``QApplicationPrivate::notify_helper`` via the app-wide event filter's
``PySide::getWrapperForQObject``) and could crash an owner's export.
"""
from __future__ import annotations

import gc
import logging
import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from ..engine.labels import progress_label
from ..engine.progress import Cancelled

log = logging.getLogger(__name__)


class _GuiThreadCollector(QObject):
    """Python's cyclic garbage collection, only ever run by a timer on the GUI thread.

    Automatic collection runs wherever an allocation passes the threshold: in a worker
    thread (destroying GUI widgets there, racing the event loop), or on the GUI thread in
    the middle of delivering an event — e.g. inside the app-wide Python event filter
    (``ui/table_export.py``) — where it can destroy the very window whose child is
    receiving the event. Both segfaulted in ``QApplicationPrivate::notify_helper``. So
    automatic collection is switched off and this timer collects instead, from the top of
    the event loop: each generation when its count passes the usual threshold (the scheme
    of ``pyqtgraph.util.garbage_collector``). A full collection (150–220 ms with an analysis
    in memory) waits until no worker runs, so a running export never freezes the window."""

    INTERVAL_MS = 100

    def __init__(self) -> None:
        super().__init__()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    @staticmethod
    def collect() -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return
        if counts[1] < thresholds[1]:
            gc.collect(0)
        elif counts[2] >= thresholds[2] and not Job._running:
            gc.collect(2)
        else:
            gc.collect(1)


_collector: "_GuiThreadCollector | None" = None


def collect_garbage_on_gui_thread() -> None:
    """Switch automatic garbage collection off for good and collect from a GUI-thread timer
    (idempotent; call on the GUI thread once the QApplication exists)."""
    global _collector
    if _collector is None:
        _collector = _GuiThreadCollector()


class _Runner(QThread):
    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    was_cancelled = Signal()

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, fraction: float, message: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.progressed.emit(float(fraction), progress_label(str(message)))   # chosen language

    def run(self) -> None:  # runs in the worker thread
        try:
            result = self._fn(*self._args, progress=self._progress, **self._kwargs)
        except Cancelled:
            self.was_cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - every error is reported to the user
            log.error("job failed: %s", "".join(traceback.format_exception(exc)))
            self.failed.emit(exc)
        else:
            if self._cancel.is_set():
                self.was_cancelled.emit()
            else:
                self.succeeded.emit(result)


class Job(QObject):
    """Run ``fn(*args, progress=cb, **kwargs)`` off the GUI thread.

    Signals: ``progressed(fraction, message)``, ``finished(result)``, ``failed(exception)``,
    ``cancelled()``; exactly one of the last three fires, then ``done()``.
    """

    progressed = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()

    _running: set["Job"] = set()   # keep Python wrappers alive while their thread runs

    def __init__(self, title: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.title = title
        self._runner = _Runner(fn, args, kwargs)
        self._runner.progressed.connect(self.progressed)
        self._runner.succeeded.connect(self._on_success)
        self._runner.failed.connect(self._on_failure)
        self._runner.was_cancelled.connect(self._on_cancel)

    def start(self) -> "Job":
        collect_garbage_on_gui_thread()      # never a garbage collection in the worker
        Job._running.add(self)
        self._runner.start()
        return self

    def cancel(self) -> None:
        self._runner.cancel()

    def is_running(self) -> bool:
        return self._runner.isRunning()

    def wait(self, msecs: int = 30000) -> bool:
        return self._runner.wait(msecs)

    def _finish(self) -> None:
        self._runner.wait()
        Job._running.discard(self)
        self.done.emit()

    def _on_success(self, result: object) -> None:
        self.finished.emit(result)
        self._finish()

    def _on_failure(self, exc: object) -> None:
        self.failed.emit(exc)
        self._finish()

    def _on_cancel(self) -> None:
        self.cancelled.emit()
        self._finish()


def running_jobs() -> int:
    return len(Job._running)


def stop_all(msecs: int = 30000) -> bool:
    """Cancel every running job and wait for its thread (the app is quitting): a QThread
    destroyed while it runs aborts the whole process. True when all of them stopped."""
    jobs = list(Job._running)
    for job in jobs:
        job.cancel()
    stopped = all(job.wait(msecs) for job in jobs)
    app = QCoreApplication.instance()
    if app is not None:
        app.processEvents()    # their cancelled/done signals, so they leave ``_running``
    return stopped
