"""Start the app on a virtual X screen and time it until its window is painted.

Used by the installed-package test (tests/e2e/test_installer_deb.py) and by
``benchmarks/bench_installer.py``, so the installed app and the source checkout are measured the
same way. "Painted" is judged from outside the process, like a person would: the screen of a
fresh Xvfb is one flat colour, and the moment a window with text has been drawn it holds dozens
of distinct colours (antialiased glyphs). The screen is read with ``xwd`` (a raw dump, ~10 ms)
every 20 ms, so the measured time is at most ~30 ms late.
"""
from __future__ import annotations

import os
import select
import struct
import subprocess
import time
from pathlib import Path
from typing import Optional, Sequence

#: distinct colours that mean "a window with text is on the screen" (empty Xvfb: 1)
PAINTED_COLOURS = 40


def start_xvfb(screen: str = "1360x860x24") -> tuple[subprocess.Popen, str]:
    """A private X server; ``-displayfd`` picks a free display number without races."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", screen,
                             "-nolisten", "tcp", "-br"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = pipe.readline().strip()
    if not display:
        proc.kill()
        raise RuntimeError("Xvfb did not start")
    return proc, f":{display}"


def stop(proc: Optional[subprocess.Popen], timeout: float = 10) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout)


def isolated_env(home: Path, display: str, extra: Optional[dict] = None) -> dict[str, str]:
    """The app's settings, demo project and log go to ``home``, never the tester's own folders."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(home / "runtime"))
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    env.update(extra or {})
    return env


def screen_colours(display: str, step: int = 3) -> int:
    """Distinct colours on the screen of ``display`` (every ``step``-th pixel of every row)."""
    dump = subprocess.run(["xwd", "-root", "-silent", "-display", display],
                          capture_output=True, check=True).stdout
    header = struct.unpack(">25I", dump[:100])
    header_size, width, height = header[0], header[4], header[5]
    bits_per_pixel, bytes_per_line, ncolors = header[11], header[12], header[19]
    if bits_per_pixel not in (24, 32):
        raise ValueError(f"xwd: expected 24 or 32 bits per pixel, got {bits_per_pixel}")
    import numpy as np

    start = header_size + 12 * ncolors
    size = bits_per_pixel // 8
    rows = np.frombuffer(dump, dtype=np.uint8, count=height * bytes_per_line, offset=start)
    rows = rows.reshape(height, bytes_per_line)[::step, :width * size]
    channels = rows.reshape(rows.shape[0], width, size)[:, ::step, :3].astype(np.uint32)
    pixels = channels[..., 0] | (channels[..., 1] << 8) | (channels[..., 2] << 16)
    return int(np.unique(pixels).size)


def settle(display: str, quiet: float = 3.0, timeout: float = 120.0) -> bool:
    """Wait until the screen has not changed for ``quiet`` seconds (the demo finished loading);
    False if it kept changing (e.g. a blinking cursor) until ``timeout``."""
    import hashlib

    started = last_change = time.perf_counter()
    previous = None
    while time.perf_counter() - started < timeout:
        dump = subprocess.run(["xwd", "-root", "-silent", "-display", display],
                              capture_output=True, check=True).stdout
        digest = hashlib.sha1(dump).digest()
        now = time.perf_counter()
        if digest != previous:
            previous, last_change = digest, now
        elif now - last_change >= quiet:
            return True
        time.sleep(0.25)
    return False


def launch_until_painted(command: Sequence[str], env: dict[str, str], display: str, *,
                         colours: int = PAINTED_COLOURS, timeout: float = 60.0
                         ) -> tuple[subprocess.Popen, float]:
    """Start ``command`` and return (process, seconds until the screen shows ``colours``).

    Raises RuntimeError with the app's stderr if it exits or the screen stays blank."""
    started = time.perf_counter()
    proc = subprocess.Popen(list(command), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    while time.perf_counter() - started < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"{command[0]} exited with {proc.returncode}: "
                               f"{proc.stderr.read().decode(errors='replace')[-2000:]}")
        if screen_colours(display) >= colours:
            return proc, time.perf_counter() - started
        time.sleep(0.02)
    stop(proc)
    raise RuntimeError(f"{command[0]}: the screen stayed blank for {timeout:.0f} s")


def cold_start(command: Sequence[str], home: Path, *, runs: int = 3,
               colours: int = PAINTED_COLOURS) -> list[float]:
    """Seconds to a painted window, one fresh Xvfb and process per run (page cache stays warm:
    dropping it needs privileges a CI runner does not have, so this is a warm-disk cold start)."""
    times = []
    for run in range(runs):
        xvfb, display = start_xvfb()
        app = None
        try:
            app, seconds = launch_until_painted(command, isolated_env(home, display), display,
                                                colours=colours)
            times.append(seconds)
        finally:
            stop(app)
            stop(xvfb)
    return times


def cold_start_to_overview(command: Sequence[str], project: Path, home: Path, *,
                           runs: int = 3, timeout: float = 180.0) -> list[float]:
    """Seconds from spawning ``command project`` (a double-clicked project file) until its
    Overview page has been painted with the project's figures, as the app itself reports it
    (``LOYALTY_DESKTOP_EXIT_AFTER_PAINT=overview``, loyalty_desktop/ui/startup_probe.py):
    opening the file, the whole analysis and the pages are counted, not only the window."""
    times = []
    for run in range(runs):
        xvfb, display = start_xvfb()
        app = None
        try:
            env = isolated_env(home, display, {"LOYALTY_DESKTOP_EXIT_AFTER_PAINT": "overview"})
            started = time.perf_counter()
            app = subprocess.Popen([*command, str(project)], env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
            # the probe's one line, or "" if the app exited; never wait forever for it
            ready, _, _ = select.select([app.stdout], [], [], timeout)
            line = app.stdout.readline() if ready else ""
            seconds = time.perf_counter() - started
            if not line.startswith("painted"):
                if not ready:
                    stop(app)
                    raise RuntimeError(f"{command[0]}: no Overview painted in {timeout:.0f} s")
                app.wait(timeout)
                raise RuntimeError(f"{command[0]} exited with {app.returncode} before the "
                                   f"Overview was painted: {app.stderr.read()[-2000:]}")
            times.append(seconds)
            app.wait(timeout)
        finally:
            stop(app)
            stop(xvfb)
    return times


def screenshot(display: str, target: Path) -> Path:
    """A PNG of the whole screen with ImageMagick's ``import`` (for the test's evidence)."""
    subprocess.run(["import", "-display", display, "-window", "root", str(target)],
                   check=True, capture_output=True)
    return target
