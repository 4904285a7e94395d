"""The first start paints the welcome screen without the analysis stack (issue 12).

pandas (+ pyarrow), pyqtgraph, scipy and numpy cost ~0.7 s of imports on this machine; the
welcome screen (menus, sidebar, Import and Demo buttons) needs none of them, so the real
entry point — ``python -m loyalty_desktop`` as a first start, with the cold-start probe
quitting after the first paint — must not load them. They load with the first project.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ("pandas", "pyarrow", "pyqtgraph", "scipy", "numpy", "openpyxl")

# the app's own entry point; at exit (after the probe's first paint) report what was loaded
SCRIPT = """
import atexit, json, sys
heavy = {heavy!r}
atexit.register(lambda: print("modules " + json.dumps(sorted(m for m in heavy if m in sys.modules))))
from loyalty_desktop.cli import main
sys.exit(main({argv!r}))
"""


def _start(tmp_path, argv: list[str]) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LOYALTY_DESKTOP_EXIT_AFTER_PAINT": "1",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", SCRIPT.format(heavy=HEAVY, argv=argv)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert "painted" in lines, result.stdout
    return {"painted": float(lines["painted"]), "modules": json.loads(lines["modules"])}


def test_first_start_paints_without_pandas_pyqtgraph_or_scipy(tmp_path):
    started = _start(tmp_path, [])
    assert started["modules"] == [], (
        f"the welcome screen imported {started['modules']}: import them where a project "
        "needs them (MainWindow.pages, io.project), not at module level on the start path")


def test_the_guard_would_see_them(tmp_path):
    # `make run` (--demo) starts importing the demo before the first paint, so pandas is there
    # — the check above is not vacuous (pyqtgraph comes later, with the pages)
    started = _start(tmp_path, ["--demo"])
    assert {"pandas", "numpy"} <= set(started["modules"])
