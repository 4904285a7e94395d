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
