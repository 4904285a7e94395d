"""Report and export speed on the demo project (issue 10, goal 5).

1. The full PDF report (every section, appendix included) vs rendering one chart (the
   retention flow: built, drawn as vectors into a one-page PDF) in the same run — the unit
   cost of a vector chart, so the ratio says how many "chart pages" a report costs.
   Goal: under 2 s for ≈10 pages. Both sides include building the chart widgets.
2. The window's PDF export (``ui/pdf_job.PdfExportJob``: charts recorded on the GUI thread
   one per event-loop turn, pages written in a worker): the worst lateness of a 10 ms timer
   on the GUI thread while it runs, vs the same probe on an idle loop. Goal (SPEC §7): the
   event loop is never blocked for more than 100 ms.
3. The Excel workbook (every table, typed cells) vs ``DataFrame.to_excel`` of the customer
   table alone with the same xlsxwriter engine (the floor for the biggest sheet). Goal < 1 s.

The demo project is built once (generator → importer → .loyalty, ~3 s) and analysed once;
each figure is the median of 5 runs (3 for the window export). Run:
``python -m benchmarks.bench_report``.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPEAT = 5
PROBE_MS = 10


def median_of(fn: Callable[[], object], repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def one_chart_pdf(analysis, path: Path) -> None:
    """The baseline: one chart, built and rendered as vectors into a one-page PDF."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter, QPdfWriter

    from loyalty_desktop.report import charts, render
    from loyalty_desktop.report.captions import chart_caption

    chart = charts.retention_flow_chart(analysis.retention, chart_caption(analysis, "retention"))
    writer = QPdfWriter(str(path))
    writer.setResolution(96)
    painter = QPainter(writer)
    try:
        render.render(chart.widget, painter, QRectF(56, 56, 680, 300))
    finally:
        painter.end()
    render.dispose(chart.widget)


def _probe_worst(run_loop: Callable[[Callable[[], None]], None]) -> float:
    """Worst lateness (s) of a 10 ms timer while ``run_loop(quit)`` spins the event loop."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    loop = QEventLoop()
    state = {"last": time.perf_counter(), "worst": 0.0}

    def tick() -> None:
        now = time.perf_counter()
        state["worst"] = max(state["worst"], now - state["last"] - PROBE_MS / 1000)
        state["last"] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(PROBE_MS)
    timer.timeout.connect(tick)
    timer.start()
    run_loop(loop.quit)
    loop.exec()
    timer.stop()
    return state["worst"]


def window_export_lateness(analysis, project, path: Path) -> tuple[float, float]:
    """(worst lateness, wall time) of one export through the window's PDF job."""
    from loyalty_desktop.ui.pdf_job import PdfExportJob

    timing = {}

    def start(quit_loop) -> None:
        job = PdfExportJob("bench", analysis, path, imports=project.imports,
                           business_name=project.definitions.business_name)
        job.done.connect(quit_loop)
        job.failed.connect(lambda exc: print("export failed:", exc))
        timing["job"], timing["t0"] = job, time.perf_counter()
        job.start()

    worst = _probe_worst(start)
    return worst, time.perf_counter() - timing["t0"]


def idle_lateness(seconds: float) -> float:
    from PySide6.QtCore import QTimer
    return _probe_worst(lambda quit_loop: QTimer.singleShot(int(seconds * 1000), quit_loop))


def _pages(path: Path) -> int:
    data = path.read_bytes()
    return data.count(b"/Type /Page\n") or data.count(b"/Type /Page") - data.count(b"/Type /Pages")


def run() -> list[dict]:
    from loyalty_desktop.engine.analysis import analyse
    from loyalty_desktop.io.demo import build_demo_project
    from loyalty_desktop.report.excel import write_workbook
    from loyalty_desktop.report.pdf import build_pdf
    from loyalty_desktop.ui.app import create_application

    create_application()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        project = build_demo_project(out / "demo")
        analysis = analyse(project.dataset, project.definitions)
        report = out / "report.pdf"
        build_pdf(analysis, report, imports=project.imports)            # warm-up (imports, fonts)
        one_chart_pdf(analysis, out / "chart.pdf")
        full = median_of(lambda: build_pdf(analysis, report, imports=project.imports,
                                           business_name=project.definitions.business_name))
        chart = median_of(lambda: one_chart_pdf(analysis, out / "chart.pdf"))
        pages = _pages(report)
        runs = [window_export_lateness(analysis, project, out / f"window{i}.pdf") for i in range(3)]
        late = statistics.median(r[0] for r in runs)
        wall = statistics.median(r[1] for r in runs)
        idle = idle_lateness(wall)
        book = median_of(lambda: write_workbook(analysis, out / "tables.xlsx", imports=project.imports))
        floor = median_of(lambda: analysis.customers.to_excel(out / "floor.xlsx", engine="xlsxwriter"))
    return [
        {"name": f"full PDF report, demo project ({pages} pages; baseline: one chart built and "
                 "rendered to a one-page PDF)", "value": full, "unit": "s",
         "baseline": chart, "ratio": full / chart, "goal": "< 2 s for ≈10 pages", "met": full < 2.0},
        {"name": "window PDF export: worst event-loop lateness, median of 3 (baseline: idle loop)",
         "value": late * 1000, "unit": "ms", "baseline": idle * 1000,
         "ratio": late / idle if idle > 0 else None,
         "goal": "< 100 ms (SPEC §7)", "met": late < 0.1},
        {"name": "window PDF export: wall time (charts on the GUI thread, pages in a worker)",
         "value": wall, "unit": "s", "baseline": full, "ratio": wall / full,
         "goal": "reported (baseline: the one-go report above)", "met": True},
        {"name": "Excel workbook, demo project (every table)", "value": book, "unit": "s",
         "baseline": floor, "ratio": book / floor,
         "goal": "< 1 s (baseline: customer sheet alone via DataFrame.to_excel)", "met": book < 1.0},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
