"""The real app process in a real X server (Xvfb): it starts, loads the demo and paints."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb


def _start_xvfb() -> tuple[subprocess.Popen, str]:
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1360x860x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = pipe.readline().strip()
    return proc, f":{display}"


def _colours(png: Path) -> int:
    from PySide6.QtGui import QImage
    image = QImage(str(png)).scaled(340, 215)
    return len({image.pixel(x, y) for x in range(image.width()) for y in range(image.height())})


def isolated_env(tmp_path: Path, display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    return env


def test_app_window_is_painted_with_the_demo_under_xvfb(tmp_path):
    for tool in ("Xvfb", "import"):
        assert shutil.which(tool), f"{tool} is missing: `make test` installs xvfb and imagemagick"
    xvfb, display = _start_xvfb()
    app = None
    try:
        env = isolated_env(tmp_path, display)
        started = time.monotonic()
        app = subprocess.Popen([sys.executable, "-m", "loyalty_desktop", "--demo"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        shot = tmp_path / "screen.png"
        colours = 0
        while time.monotonic() - started < 120:
            time.sleep(2)
            assert app.poll() is None, app.stderr.read().decode(errors="replace")
            subprocess.run(["import", "-display", display, "-window", "root", str(shot)],
                           check=True, capture_output=True)
            colours = _colours(shot)
            if colours > 200:     # KPI cards, charts and text: far more than an empty desktop
                break
        assert colours > 200, f"the screen stayed (nearly) blank: {colours} colours"
    finally:
        if app is not None:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
        xvfb.terminate()
        xvfb.wait(10)


def test_without_a_display_the_window_command_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "loyalty_desktop"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "xvfb-run make run" in lines[0]
