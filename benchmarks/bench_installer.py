"""Installer size and cold start (issue 12, goal 5), measured on the built package.

Needs `make installer` first (this benchmark never builds: that takes minutes). Measures
1. the unpacked size of the installed app folder /opt/loyalty-desktop (measured on disk if the
   .deb is installed, else summed from the package's file list). Goal < 300 MB. Also shown: the
   self-contained PyInstaller folder dist/loyalty-desktop, which still carries the Debian
   libraries the .deb leaves to ``Depends`` (installer/linux/build_deb.py).
2. the .deb size. Goal < 120 MB.
3. the cold start to a painted window of the frozen app vs the source checkout
   (`python -m loyalty_desktop`), both in the same run, on a fresh Xvfb each time, judged from
   screen dumps (installer/smoke.py). Median of 3. Goal < 1.2 s. "Painted window" means what a
   first start shows: the real main window (menus, sidebar, the welcome page with its Import
   and Demo buttons, all working), judged from outside once the screen holds >= 40 colours —
   no splash screen exists. The pages are built when a project needs them (ui/main_window.py).
4. reported beside it, no goal: the start on a project file (a double-clicked demo .loyalty)
   until the Overview page has been painted with the project's figures, as the app itself
   reports it (``LOYALTY_DESKTOP_EXIT_AFTER_PAINT=overview``): opening the file, the whole
   analysis and building the pages are counted. Frozen vs source, median of 3.
The frozen app is the installed /usr/bin/loyalty-desktop when the .deb is installed, else
dist/loyalty-desktop/loyalty-desktop. The 1-minute load average before and after the timings is
reported too: on a shared 2-core machine the figures move by 2x with the load.
Warm caches: the page cache stays warm between runs (dropping it needs root and disturbs other
work) and so does fontconfig's (the system cache in /var/cache/fontconfig, built when the fonts
were installed; each run has a fresh XDG_CACHE_HOME but fontconfig finds nothing to rebuild).
Run: ``python -m benchmarks.bench_installer``.
"""
from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "installer"))

import app_metadata as meta  # noqa: E402
import smoke  # noqa: E402


def _row(name, value, unit, goal, limit, baseline=None):
    met = None if value is None else value < limit
    ratio = None if value is None or not baseline else round(value / baseline, 3)
    return {"name": name, "value": value, "unit": unit, "baseline": baseline, "ratio": ratio,
            "goal": goal, "met": met}


def _app_folder() -> tuple[Path | None, list[str]]:
    installed = Path("/opt") / meta.PACKAGE
    if (installed / meta.PACKAGE).exists():
        return installed, [f"/usr/bin/{meta.PACKAGE}"]
    built = REPO / "dist" / meta.PACKAGE
    if (built / meta.PACKAGE).exists():
        return built, [str(built / meta.PACKAGE)]
    return None, []


def _megabytes(folder: Path) -> float:
    return round(sum(p.lstat().st_size for p in folder.rglob("*")) / 1e6, 1)


def _packaged_megabytes(deb: Path) -> float | None:
    """Bytes the .deb unpacks under /opt (its tar listing), without installing it."""
    if not shutil.which("dpkg-deb"):
        return None
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True).stdout
    sizes = re.findall(rf"^\S+\s+\S+\s+(\d+)\s+\S+\s+\S+\s+\./opt/{meta.PACKAGE}/", listing, re.M)
    return round(sum(map(int, sizes)) / 1e6, 1) if sizes else None


def run() -> list[dict]:
    folder, command = _app_folder()
    if folder is None:
        return [_row("installer: not built (run `make installer`)", None, "", "built", 0)]
    debs = sorted((REPO / "dist").glob(f"{meta.PACKAGE}_{meta.version()}_*.deb"))
    installed = Path("/opt") / meta.PACKAGE
    rows = []
    if folder == installed:
        rows.append(_row(f"installer: installed app folder ({installed})", _megabytes(installed),
                         "MB", "< 300 MB", 300))
    elif debs and _packaged_megabytes(debs[-1]) is not None:
        rows.append(_row(f"installer: app folder the .deb installs ({installed})",
                         _packaged_megabytes(debs[-1]), "MB", "< 300 MB", 300))
    built = REPO / "dist" / meta.PACKAGE
    if built.exists():
        rows.append({**_row("installer: PyInstaller folder dist/ (self-contained: still carries "
                            "the Debian libraries the .deb depends on)", _megabytes(built), "MB",
                            "info", 1), "met": None})
    if debs:
        rows.append(_row("installer: .deb (xz)", round(debs[-1].stat().st_size / 1e6, 1), "MB",
                         "< 120 MB", 120))
    if not (shutil.which("Xvfb") and shutil.which("xwd")):
        rows.append(_row("installer: cold start (needs Xvfb and xwd)", None, "s", "< 1.2 s", 1.2))
        return rows
    source_command = [sys.executable, "-m", "loyalty_desktop"]
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        source = statistics.median(smoke.cold_start(source_command, Path(tmp) / "source"))
        frozen = statistics.median(smoke.cold_start(command, Path(tmp) / "frozen"))
        project = _demo_project(Path(tmp) / "demo.loyalty")
        source_project = statistics.median(
            smoke.cold_start_to_overview(source_command, project, Path(tmp) / "source-project"))
        frozen_project = statistics.median(
            smoke.cold_start_to_overview(command, project, Path(tmp) / "frozen-project"))
    rows.append(_row("installer: cold start to painted window (first start: main window with "
                     "its welcome page), frozen app (baseline: source)",
                     round(frozen, 3), "s", "< 1.2 s", 1.2, baseline=round(source, 3)))
    rows.append({**_row("installer: start on a project file until the Overview shows its "
                        "figures (open + analysis + pages), frozen app (baseline: source)",
                        round(frozen_project, 3), "s", "reported", 1,
                        baseline=round(source_project, 3)), "met": None})
    rows.append({**_row("installer: 1-minute load average before / after the timings (2 cores)",
                        round(os.getloadavg()[0], 2), "", "info", 1,
                        baseline=round(load_before, 2)), "met": None, "ratio": None})
    return rows


def _demo_project(path: Path) -> Path:
    """The bundled demo data saved as a project file (what a double-click opens)."""
    subprocess.run([sys.executable, "-c", "import sys; from loyalty_desktop.io.demo import "
                    "build_demo_project; build_demo_project().save(sys.argv[1])", str(path)],
                   check=True, cwd=REPO)
    return path


if __name__ == "__main__":
    for result in run():
        print(result)
