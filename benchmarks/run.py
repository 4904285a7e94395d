"""``make bench``: run every ``benchmarks/bench_*.py`` and write results.json + results.md.

Each module exposes ``run() -> list[dict]`` with rows
``{"name", "value", "unit", "baseline", "ratio", "goal", "met"}``: ``value`` is our figure,
``baseline`` the reference measured in the same run on the same data (so a slow or noisy
machine moves both), ``ratio = value / baseline``, ``goal`` the promise in words.
"""
from __future__ import annotations

import importlib
import os
import json
import sys
import time
import traceback
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # see loyalty_desktop/__init__.py
HERE = Path(__file__).resolve().parent
FIELDS = ("name", "value", "unit", "baseline", "ratio", "goal", "met")


def _fmt(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def table(rows: list[dict]) -> str:
    lines = ["| " + " | ".join(FIELDS) + " |", "|" + "---|" * len(FIELDS)]
    for row in rows:
        lines.append("| " + " | ".join(_fmt(row.get(k)) for k in FIELDS) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    names = argv or sorted(p.stem for p in HERE.glob("bench_*.py"))
    rows: list[dict] = []
    started = time.perf_counter()
    for name in names:
        print(f"== {name}", flush=True)
        t0 = time.perf_counter()
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            got = module.run()
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
            traceback.print_exc()
            got = [{"name": f"{name} (failed to run)", "value": None, "unit": "", "baseline": None,
                    "ratio": None, "goal": "runs", "met": False}]
        for row in got:
            print("   " + ", ".join(f"{k}={_fmt(row.get(k))}" for k in FIELDS), flush=True)
        rows.extend(got)
        print(f"   ({time.perf_counter() - t0:.1f} s)", flush=True)
    (HERE / "results.json").write_text(json.dumps(rows, indent=1, default=str) + "\n")
    md = table(rows)
    (HERE / "results.md").write_text(md + "\n")
    print(md)
    print(f"\n{sum(1 for r in rows if r.get('met'))}/{len(rows)} goals met in "
          f"{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
