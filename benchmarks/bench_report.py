"""Report and export speed on the demo project (issue 10, goal 5).

1. The full PDF report (every section, appendix included) vs rendering one chart (the
   retention flow) to a one-page PDF in the same run — the unit cost of a vector chart, so
   the ratio says how many "chart pages" a report costs. Goal: under 2 s for ≈10 pages.
2. The Excel workbook (every table, typed cells) vs ``DataFrame.to_excel`` of the customer
   table alone with the same xlsxwriter engine (the floor for the biggest sheet). Goal < 1 s.

The demo project is built once (generator → importer → .loyalty, ~3 s) and analysed once;
times are the best of 3. Run: ``python -m benchmarks.bench_report``.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


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
        full = best_of(lambda: build_pdf(analysis, report, imports=project.imports,
                                         business_name=project.definitions.business_name))
        chart = best_of(lambda: one_chart_pdf(analysis, out / "chart.pdf"))
        pages = _pages(report)
        book = best_of(lambda: write_workbook(analysis, out / "tables.xlsx", imports=project.imports))
        floor = best_of(lambda: analysis.customers.to_excel(out / "floor.xlsx", engine="xlsxwriter"))
    return [
        {"name": f"full PDF report, demo project ({pages} pages)", "value": full, "unit": "s",
         "baseline": chart, "ratio": full / chart, "goal": "< 2 s for ≈10 pages",
         "met": full < 2.0},
        {"name": "Excel workbook, demo project (every table)", "value": book, "unit": "s",
         "baseline": floor, "ratio": book / floor,
         "goal": "< 1 s (baseline: customer sheet alone via DataFrame.to_excel)", "met": book < 1.0},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
