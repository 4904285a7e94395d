"""Cold-start probe for ``benchmarks/bench_app.py`` (issue 14) and ``bench_installer.py`` (issue 12).

With ``LOYALTY_DESKTOP_EXIT_AFTER_PAINT=1`` in the environment the app prints one line,
``painted <seconds since the probe was installed>``, to stdout after the main window's
first paint event and quits with exit code 0. The benchmark measures wall time from
process start to that line, so everything a user waits for (interpreter, imports, window
construction, the first frame) is counted.

With ``LOYALTY_DESKTOP_EXIT_AFTER_PAINT=overview`` (start it on a project file) the line
comes only after the Overview page has been painted *with the project's figures*: after the
window's ``analysis_ready`` and the Overview's next paint — the time until a double-clicked
project shows its numbers, not a window with a progress bar. Without the variable this does
nothing.
"""
from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

ENV_VAR = "LOYALTY_DESKTOP_EXIT_AFTER_PAINT"


class _FirstPaint(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._started = time.perf_counter()
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            # Report once the paint has been handled: the zero timer runs after this event.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        sys.stdout.write(f"painted {time.perf_counter() - self._started:.4f}\n")
        sys.stdout.flush()
        # work the start began (--demo's import, a recomputation) must end before the process
        # does: a QThread destroyed while running aborts it (exit code -6, not 0)
        job = getattr(self.parent(), "job", None)
        if job is not None and job.is_running():
            job.cancel()
            job.wait(60_000)
        QCoreApplication.exit(0)


class _PagePaint(_FirstPaint):
    """Application-wide filter: the first Paint of ``page`` or any widget inside it. The page
    itself is covered by its scroll area's viewport and gets no Paint events of its own —
    what the owner sees is painted by its children (cards, labels)."""

    def __init__(self, parent: QObject, page) -> None:
        super().__init__(parent)
        self._page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if (event.type() == QEvent.Type.Paint and not self._seen and watched.isWidgetType()
                and (watched is self._page or self._page.isAncestorOf(watched))):
            self._seen = True
            QCoreApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False


def _watch_overview(window) -> None:
    """Once the analysis is shown, the Overview page's next paint is the one that counts; the
    time is counted from here, when the window was built (like mode 1)."""
    started = time.perf_counter()

    def ready(_analysis) -> None:
        window.analysis_ready.disconnect(ready)
        window.show_page("overview")
        page = window.pages["overview"]
        probe = _PagePaint(window, page)
        probe._started = started
        QCoreApplication.instance().installEventFilter(probe)
        page.update()     # repaint with the new figures even if it was already on screen

    window.analysis_ready.connect(ready)


def exit_after_first_paint(window: QObject) -> None:
    """Install the probe on ``window`` when the benchmark asked for it (see module doc)."""
    mode = os.environ.get(ENV_VAR)
    if mode == "1":
        window.installEventFilter(_FirstPaint(window))
    elif mode == "overview":
        _watch_overview(window)
