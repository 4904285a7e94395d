"""Cold-start probe for ``benchmarks/bench_app.py`` (issue 14).

With ``LOYALTY_DESKTOP_EXIT_AFTER_PAINT=1`` in the environment the app prints one line,
``painted <seconds since the probe was installed>``, to stdout after the main window's
first paint event and quits with exit code 0. The benchmark measures wall time from
process start to that line, so everything a user waits for (interpreter, imports, window
construction, the first frame) is counted. Without the variable this does nothing.
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
        QCoreApplication.exit(0)


def exit_after_first_paint(window: QObject) -> None:
    """Install the probe on ``window`` when the benchmark asked for it (see module doc)."""
    if os.environ.get(ENV_VAR) == "1":
        window.installEventFilter(_FirstPaint(window))
