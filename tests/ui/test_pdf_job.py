"""The PDF report is written off the GUI thread: the window stays responsive, the status bar
shows progress and Cancel, and Cancel leaves no half-written file (issue 10, SPEC §7)."""
from __future__ import annotations

import subprocess
import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer

from loyalty_desktop.report import pdf
from loyalty_desktop.ui.main_window import MainWindow

#: SPEC §7 promises 100 ms; the test machine runs other suites in parallel, so the test
#: allows some slack — benchmarks/bench_report.py reports the real figure.
LATENESS_LIMIT = 0.25


class LatenessProbe:
    """A 10 ms timer; the worst delay between when it should and did fire is how long the
    event loop was blocked."""

    def __init__(self, interval_ms: int = 10) -> None:
        self.interval = interval_ms / 1000
        self.worst = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self._last - self.interval)
        self._last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


@pytest.fixture
def window(qtbot, demo_project):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.analysis_ready, timeout=120_000):
        win.set_project(demo_project)
    yield win
    if win.job is not None:
        win.job.wait(30000)


def test_pdf_is_written_in_a_worker_with_progress_and_a_responsive_window(
        window, qtbot, tmp_path, monkeypatch):
    threads: list[str] = []
    real_write = pdf.write_pdf

    def spy(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real_write(*args, **kwargs)

    monkeypatch.setattr(pdf, "write_pdf", spy)      # observed, still the real writer
    seen: list[float] = []
    probe = LatenessProbe()
    job = window.export_pdf(str(tmp_path / "report.pdf"))
    job.progressed.connect(lambda fraction, _: seen.append(fraction))
    assert window.progress.isVisible() and window.cancel_button.isVisible()
    with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
        pass
    worst = probe.stop()
    out = blocker.args[0]
    assert out == tmp_path / "report.pdf" and out.stat().st_size > 10_000
    assert threads and threads[0] != threading.main_thread().name     # pages: not the GUI thread
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0) and len(seen) >= 10
    assert worst < LATENESS_LIMIT, f"event loop blocked for {worst * 1000:.0f} ms"
    qtbot.waitUntil(lambda: not window.progress.isVisible())
    assert window.status_label.text() == f"Report saved to {out}"
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Customer loyalty report" in text and "Page 1 of" in text


def test_cancel_in_the_status_bar_stops_the_report_and_leaves_no_file(window, qtbot, tmp_path):
    target = tmp_path / "cancelled.pdf"
    job = window.export_pdf(str(target))
    with qtbot.waitSignal(job.progressed, timeout=30_000):
        pass
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not job.is_running())
    assert not target.exists()
    assert window.status_label.text() == "Cancelled."
    assert not window.cancel_button.isVisible()


def test_cancel_while_the_pages_are_written_removes_the_half_written_file(qapp, tmp_path):
    from loyalty_desktop.engine.progress import Cancelled
    from tests.io.export_frames import tiny_analysis

    target = tmp_path / "partial.pdf"

    def progress(fraction: float, message: str) -> None:
        if message.startswith("Page 2"):
            assert target.exists()                      # the writer had started the file
            raise Cancelled()

    with pytest.raises(Cancelled):
        pdf.write_pdf(tiny_analysis(), target, {}, progress=progress)
    assert not target.exists()
