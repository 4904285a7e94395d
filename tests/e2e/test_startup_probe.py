"""The cold-start hook ``bench_app`` relies on (ui/startup_probe.py) keeps working."""
from __future__ import annotations

import os
import subprocess
import sys


def test_exit_after_paint_prints_the_time_and_quits_cleanly(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LOYALTY_DESKTOP_EXIT_AFTER_PAINT": "1",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-m", "loyalty_desktop"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    word, seconds = result.stdout.split()
    assert word == "painted" and 0.0 <= float(seconds) < 60.0


def test_overview_mode_waits_for_the_projects_figures(tmp_path):
    """``=overview`` on a project file (bench_installer's second row): the line comes once the
    Overview has been painted with the figures, and the pages exist by then."""
    from tests.e2e.test_cli import run_cli

    sales = tmp_path / "sales.csv"
    rows = [(1000 + i, f"K{i % 7}", f"2025-{1 + i % 10:02d}-{1 + i % 27:02d}", f"{50 + i},00")
            for i in range(60)]
    sales.write_text("Ordernummer;Kundnummer;Datum;Belopp\n" + "".join(
        f"{o};{c};{d};{a}\n" for o, c, d, a in rows), encoding="utf-8")
    project = tmp_path / "shop.loyalty"
    made = run_cli("import", str(project), "--transactions", str(sales))
    assert made.returncode == 0, made.stderr
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "LOYALTY_DESKTOP_EXIT_AFTER_PAINT": "overview",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-m", "loyalty_desktop", str(project)], env=env,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    word, seconds = result.stdout.split()
    assert word == "painted" and 0.0 <= float(seconds) < 120.0
