"""The one place long work leaves the GUI thread (STYLE: import, compute, fit, export).

A :class:`Job` runs a plain function that takes ``progress=`` in a QThread. The progress
callback it passes emits a queued signal (so the bar moves) and raises ``Cancelled`` once
the user pressed Cancel — cancellation is cooperative, at the function's own progress
points. Results and errors come back as signals on the GUI thread.

While a worker runs, Python's *automatic* cyclic garbage collection is off and the GUI
thread collects on a timer instead (:class:`_GuiThreadCollector`). Automatic collection runs
in whichever thread happens to allocate past the threshold — during an export that is the
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
    """Keeps cyclic garbage collection on the GUI thread while worker threads run.

    ``worker_started`` (GUI thread, before the thread starts) switches automatic collection
    off; a timer on the GUI thread then collects the young generations when their counts
    pass the usual thresholds (the scheme of ``pyqtgraph.util.garbage_collector``), so
    garbage made by the worker is still freed promptly and each pause stays short. The old
    generation — a full collection takes a few hundred milliseconds with an analysis in
    memory, which would freeze the window — is left to Python's own policy: ``worker_ended``
    (after the thread was waited for) restores automatic collection once no worker is left,
    when only the GUI thread runs Python."""

    INTERVAL_MS = 100

    def __init__(self) -> None:
        super().__init__()
        self._workers = 0
        self._was_enabled = True
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect)

    def worker_started(self) -> None:
        if self._workers == 0:
            self._was_enabled = gc.isenabled()
            gc.disable()
            self._timer.start()
        self._workers += 1

    def worker_ended(self) -> None:
        self._workers = max(0, self._workers - 1)
        if self._workers == 0:
            self._timer.stop()
            if self._was_enabled:
                gc.enable()
            self.collect()

    def workers(self) -> int:
        return self._workers

    @staticmethod
    def collect() -> None:
        """Generation 1 (with 0) or 0 when due; never a full collection."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] > thresholds[0]:
            gc.collect(1 if counts[1] >= thresholds[1] else 0)


_collector: "_GuiThreadCollector | None" = None


def _gui_collector() -> _GuiThreadCollector:
    global _collector
    if _collector is None:
        _collector = _GuiThreadCollector()
    return _collector


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
        self._counted = False            # counted by the GUI-thread garbage collector
        self._runner = _Runner(fn, args, kwargs)
        self._runner.progressed.connect(self.progressed)
        self._runner.succeeded.connect(self._on_success)
        self._runner.failed.connect(self._on_failure)
        self._runner.was_cancelled.connect(self._on_cancel)

    def start(self) -> "Job":
        Job._running.add(self)
        _gui_collector().worker_started()     # no garbage collection in the worker
        self._counted = True
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
        if self._counted:
            self._counted = False
            _gui_collector().worker_ended()
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
