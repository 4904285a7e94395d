"""Scale: import → dashboard metrics → PDF at 100k, 300k and 1M orders (issue 14, goal 2).

Each size is a European till export (``;``, decimal comma, ``dd.mm.yyyy``, about 10 orders
per customer, 2 % refunds) run end to end in a fresh process, so the peak RSS (VmHWM) is
that run's own and no cache from a smaller size helps a larger one. The stages are the
real ones: ``io.importer.import_file`` → ``engine.analysis.analyse`` (what the dashboard
shows) → ``report.pdf.build_pdf`` on the offscreen Qt platform.

Figures: the time of each stage at 1M rows, the peak RSS of the 1M run (goal < 800 MB)
against the RSS of the same libraries imported with no data (the floor), and the growth
exponent k of total time ∝ rowsᵏ fitted by least squares on log time vs log rows (goal:
close to 1, i.e. ≤ 1.15; 2 would mean tripling the data makes it nine times slower).

Run alone: ``python -m benchmarks.bench_scale``.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
SIZES = (100_000, 300_000, 1_000_000)
ORDERS_PER_CUSTOMER = 10
RSS_GOAL_MB = 800.0
EXPONENT_GOAL = 1.15
LIBRARIES = ("pandas", "pyarrow", "scipy", "PySide6.QtWidgets", "pyqtgraph")


def scale_csv(rows: int) -> Path:
    """``Kundnummer;Datum;Belopp`` — one row per order, dates after each customer's start."""
    path = DATA / f"scale_{rows}.csv"
    if path.exists():
        return path
    import pandas as pd

    DATA.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(rows)
    customers = max(rows // ORDERS_PER_CUSTOMER, 1)
    who = rng.integers(0, customers, rows)
    span = 4 * 365
    start = rng.integers(0, span, customers)
    day = start[who] + (rng.random(rows) * (span - start[who])).astype(int)
    cents = rng.integers(500, 250_000, rows)
    cents[rng.random(rows) < 0.02] *= -1                  # refunds are negative amounts
    frame = pd.DataFrame({
        "Kundnummer": np.char.add("K", np.char.zfill(who.astype(str), 7)),
        "Datum": pd.Timestamp("2021-01-01") + pd.to_timedelta(day, unit="D"),
        "Belopp": cents / 100.0,
    }).sort_values("Datum", kind="stable")
    tmp = path.with_suffix(".tmp")
    frame.to_csv(tmp, sep=";", decimal=",", index=False, date_format="%d.%m.%Y")
    tmp.replace(path)
    return path


def _peak_rss_mb() -> float:
    """VmHWM: the most resident memory this process ever had (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024.0
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _pipeline(csv_path: str, pdf_path: str) -> dict:
    """The child's work: one real import → analyse → PDF, each stage timed."""
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    from loyalty_desktop.engine.analysis import analyse
    from loyalty_desktop.engine.definitions import Definitions
    from loyalty_desktop.io.importer import import_file
    from loyalty_desktop.io.project import Project
    from loyalty_desktop.report.pdf import build_pdf
    from loyalty_desktop.ui.app import create_application
    create_application()
    times["startup"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    result = import_file(csv_path, "transactions")
    project = Project.new()
    project.add_import(result)
    times["import"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    analysis = analyse(project.dataset, Definitions())
    times["analyse"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    build_pdf(analysis, pdf_path, imports=project.imports)
    times["pdf"] = time.perf_counter() - t0
    return {"times": times, "orders": int(len(project.dataset.transactions)),
            "rows_rejected": int(result.log.rows_rejected), "peak_rss_mb": _peak_rss_mb()}


def _floor() -> dict:
    """The same libraries and a QApplication, no data: what any run costs before work."""
    import importlib
    for name in LIBRARIES:
        importlib.import_module(name)
    from loyalty_desktop.ui.app import create_application
    create_application()
    return {"peak_rss_mb": _peak_rss_mb()}


def _child(*args: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "benchmarks.bench_scale", *args], env=env,
                         capture_output=True, text=True, timeout=900, check=False,
                         cwd=HERE.parent)
    if out.returncode != 0:
        raise RuntimeError(f"bench_scale child {args} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def growth_exponent(rows: list[int], seconds: list[float]) -> float:
    """Slope of log(seconds) against log(rows): 1 = linear, 2 = quadratic."""
    slope, _ = np.polyfit(np.log(rows), np.log(seconds), 1)
    return float(slope)


def _row(name, value, unit, baseline, goal, met) -> dict:
    ratio = value / baseline if baseline else None
    return {"name": name, "value": round(value, 4), "unit": unit,
            "baseline": None if baseline is None else round(baseline, 4),
            "ratio": None if ratio is None else round(ratio, 3), "goal": goal, "met": bool(met)}


def run() -> list[dict]:
    runs = {}
    for rows in SIZES:
        runs[rows] = _child("--child", str(scale_csv(rows)), str(DATA / f"scale_{rows}.pdf"))
    floor = _child("--floor")
    big = runs[SIZES[-1]]
    totals = [sum(v for k, v in runs[n]["times"].items() if k != "startup") for n in SIZES]
    out = []
    for rows, total in zip(SIZES, totals):
        out.append(_row(f"scale: import+analyse+PDF, {rows:,} orders", total, "s", None,
                        "reported (see exponent)", runs[rows]["rows_rejected"] == 0))
    for stage in ("import", "analyse", "pdf"):
        out.append(_row(f"scale: {stage} stage, 1M orders", big["times"][stage], "s", None,
                        "reported", True))
    rss = big["peak_rss_mb"]
    out.append(_row("scale: peak RSS, 1M orders import→dashboard→PDF (floor = libraries only)", rss,
                    "MB", floor["peak_rss_mb"], f"< {RSS_GOAL_MB:.0f} MB", rss < RSS_GOAL_MB))
    exponent = growth_exponent(list(SIZES), totals)
    out.append(_row("scale: growth exponent k (time ∝ rows^k, 100k/300k/1M)", exponent, "",
                    1.0, f"close to linear (k ≤ {EXPONENT_GOAL})", exponent <= EXPONENT_GOAL))
    for stage in ("import", "analyse", "pdf"):
        k = growth_exponent(list(SIZES), [max(runs[n]["times"][stage], 1e-3) for n in SIZES])
        out.append(_row(f"scale: growth exponent of {stage}", k, "", 1.0, "reported", True))
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        print(json.dumps(_pipeline(argv[1], argv[2])))
    elif argv[:1] == ["--floor"]:
        print(json.dumps(_floor()))
    else:
        for row in run():
            print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
