"""The real .deb: install with dpkg -i, run the installed app, remove with dpkg -r, nothing left.

Runs under `make installer-test` (which builds the package first and sets LOYALTY_INSTALLER_TEST=1
and LOYALTY_DEB). In `make test` it is skipped with the reason: the PyInstaller build and the xz
compression take 2–5 minutes on 2 cores; tests/e2e/test_installer_structure.py covers the files.
It changes the system (installs a package under /opt), so it also needs root and dpkg.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "installer"))
sys.path.insert(0, str(REPO / "installer" / "linux"))

import app_metadata as meta  # noqa: E402
import smoke  # noqa: E402
import trim  # noqa: E402

PACKAGE = meta.PACKAGE
WATCHED = [Path("/opt"), Path("/usr/bin"), Path("/usr/share/applications"), Path("/usr/share/mime"),
           Path("/usr/share/icons/hicolor"), Path("/usr/share/doc")]
#: host libraries some Qt plugins load only on desktops that have them (Wayland, GNOME: the GTK
#: theme's libraries are left to the system, installer/trim.py)
DESKTOP_ONLY_LIBRARIES = ("libwayland-", "libgtk-3", "libgdk-3", "libxkbcommon-x11",
                          *(f"lib{name}.so" for name in trim.GTK_THEME_ONLY))


def _status() -> str:
    """dpkg's status of the package: "install ok installed", "deinstall ok config-files"
    (removed; dpkg keeps postrm until purge) or "" when dpkg does not know it."""
    result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", PACKAGE], capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 else ""


def _skip_reason() -> str | None:
    if os.environ.get("LOYALTY_INSTALLER_TEST") != "1":
        return ("full .deb install test: run `make installer-test` (PyInstaller build + xz take 2-5 min, "
                "too slow for `make test`; the structural test covers the files)")
    if not shutil.which("dpkg") or not shutil.which("dpkg-deb"):
        return "needs dpkg (Debian/Ubuntu)"
    if os.geteuid() != 0:
        return "needs root to run dpkg -i / dpkg -r"
    if _status() == "install ok installed":
        return f"{PACKAGE} is already installed on this machine; remove it first (dpkg -P {PACKAGE})"
    return None


pytestmark = pytest.mark.skipif(_skip_reason() is not None, reason=_skip_reason() or "")


def _files_under(roots: list[Path]) -> set[str]:
    return {str(p) for root in roots if root.exists() for p in root.rglob("*")}


def _deb() -> Path:
    given = os.environ.get("LOYALTY_DEB")
    if given:
        return Path(given)
    subprocess.run([sys.executable, str(REPO / "installer" / "build.py")], check=True)
    return sorted((REPO / "dist").glob(f"{PACKAGE}_{meta.version()}_*.deb"))[-1]


@pytest.fixture(scope="module")
def installed():
    """Install the package once for the module; the last test removes it (the fixture makes sure)."""
    deb = _deb()
    before = _files_under(WATCHED)
    result = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True)
    assert result.returncode == 0, f"dpkg -i {deb} failed: {result.stderr}"
    info = {"deb": deb, "before": before}
    yield info
    # purge: leave not even dpkg's record of the removed package (its postrm) behind
    subprocess.run(["dpkg", "--purge", PACKAGE], capture_output=True)


def _figures() -> dict:
    path = REPO / "build" / "installer" / "figures.json"
    return json.loads(path.read_text()) if path.exists() else {}


def _record(**values) -> None:
    path = REPO / "build" / "installer" / "figures.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({**_figures(), **values}, indent=1))


def test_installed_command_prints_the_version_from_pyproject(installed):
    result = subprocess.run(["/usr/bin/loyalty-desktop", "--version"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"loyalty-desktop {meta.version()}"


def test_installed_package_carries_the_licences_of_bundled_components(installed):
    readme = Path(f"/opt/{PACKAGE}/_internal/licenses/README.txt").read_text(encoding="utf-8")
    assert "PySide6_Essentials" in readme and "LGPL-3.0" in readme and "pyarrow" in readme
    assert Path(f"/opt/{PACKAGE}/_internal/licenses/pyarrow/NOTICE.txt").is_file()
    assert "_internal/licenses" in Path(f"/usr/share/doc/{PACKAGE}/copyright").read_text()


def test_installed_bundle_passes_its_native_library_check(installed):
    result = subprocess.run([f"/opt/{PACKAGE}/{PACKAGE}", "--check-bundle"], capture_output=True,
                            text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "blas: ok" in result.stdout and "arrow: ok" in result.stdout and "qt: ok" in result.stdout


def test_no_bundled_library_is_broken_or_missing_a_trimmed_dependency(installed):
    """dlopen every shared library of the installed bundle (catches strip damage and exclusions)."""
    bundle = Path(f"/opt/{PACKAGE}/_internal")
    folders = sorted({str(p.parent) for p in bundle.rglob("*.so*")})
    code = ("import ctypes, os, sys\n"
            "for path in sys.argv[1:]:\n"
            "    try: ctypes.CDLL(path, mode=os.RTLD_LAZY)\n"
            "    except OSError as exc: print(path, '|', exc)\n")
    libraries = [str(p) for p in bundle.rglob("*.so*") if p.is_file() and not p.is_symlink()
                 and p.read_bytes()[:4] == b"\x7fELF"]
    result = subprocess.run([sys.executable, "-c", code, *libraries], capture_output=True, text=True,
                            env={**os.environ, "LD_LIBRARY_PATH": ":".join(folders)}, timeout=300)
    problems = [line for line in result.stdout.splitlines()
                if "undefined symbol" not in line  # Python C API: only resolvable inside the app
                and not any(name in line.split("|")[1] for name in DESKTOP_ONLY_LIBRARIES)]
    assert problems == []


def test_installed_report_writes_json_and_pdf_for_the_demo_files(installed, tmp_path):
    generate = ("import json, sys; sys.path.insert(0, sys.argv[1]); "
                "from resources.demo.generate import write_demo_files; "
                "print(json.dumps({k: str(v) for k, v in write_demo_files("
                "__import__('pathlib').Path(sys.argv[2])).items()}))")
    files = json.loads(subprocess.run([sys.executable, "-c", generate, str(REPO), str(tmp_path / "demo")],
                                      capture_output=True, text=True, check=True).stdout)
    out_json, out_pdf = tmp_path / "out.json", tmp_path / "out.pdf"
    env = smoke.isolated_env(tmp_path / "home", ":0", {"QT_QPA_PLATFORM": "offscreen"})
    env.pop("DISPLAY")
    # customers (.xlsx) and survey comments too: they need openpyxl/calamine and the language
    # model data files, which a PyInstaller build silently leaves out unless told
    result = subprocess.run(["/usr/bin/loyalty-desktop", "report", "--transactions", files["transactions"],
                             "--customers", files["customers"], "--responses", files["responses"],
                             "--json", str(out_json), "--pdf", str(out_pdf)],
                            capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    assert doc["schema"] == "loyalty-desktop/metrics/1" and doc["summary"]["customers"] > 0
    assert doc["nps"] is not None and doc["nps"]["n"] > 0
    assert out_pdf.read_bytes()[:5] == b"%PDF-"


def test_installed_app_paints_the_demo_window_under_xvfb(installed, tmp_path):
    xvfb, display = smoke.start_xvfb()
    app = None
    try:
        env = smoke.isolated_env(tmp_path / "home", display)
        app, seconds = smoke.launch_until_painted(["/usr/bin/loyalty-desktop", "--demo"], env, display,
                                                  colours=200, timeout=180)
        # the demo project is generated, imported and analysed: the window logs when the pages
        # show the analysis (a quiet screen is no proof: the analysis has silent stretches, and
        # the sidebar alone has > 200 colours)
        log = tmp_path / "home" / "state" / "LoyaltyDesktop" / "log" / "loyalty-desktop.log"
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and app.poll() is None:
            log_text = log.read_text(encoding="utf-8") if log.exists() else ""
            if "analysis shown:" in log_text or " ERROR " in log_text:
                break
            time.sleep(0.5)
        smoke.settle(display, quiet=1.5, timeout=60)   # the pages' last repaint
        shot = smoke.screenshot(display, tmp_path / "installed-demo.png")
        assert app.poll() is None, "the app quit after painting"
        # an error dialog also has many colours: the log says whether the demo really loaded
        log_text = log.read_text(encoding="utf-8") if log.exists() else ""
        assert " ERROR " not in log_text and "Traceback" not in log_text, log_text[-3000:]
        assert "analysis shown:" in log_text, f"the demo was not shown in 180 s: {log_text[-3000:]}"
        assert smoke.screen_colours(display) > 200  # KPI cards, charts and text
        assert shot.stat().st_size > 10_000
        shutil.copyfile(shot, REPO / "build" / "installer" / "installed-demo.png")
        _record(demo_window_first_start_s=round(seconds, 2))
    finally:
        smoke.stop(app)
        smoke.stop(xvfb)


def test_installed_size_and_cold_start_against_the_source_checkout(installed, tmp_path):
    installed_bytes = sum(p.lstat().st_size for p in Path(f"/opt/{PACKAGE}").rglob("*"))
    frozen = smoke.cold_start(["/usr/bin/loyalty-desktop"], tmp_path / "frozen", runs=3)
    source = smoke.cold_start([sys.executable, "-m", "loyalty_desktop"], tmp_path / "source", runs=3)
    figures = {"deb_mb": round(installed["deb"].stat().st_size / 1e6, 1),
               "installed_mb": round(installed_bytes / 1e6, 1),
               "cold_start_installed_s": sorted(frozen)[1], "cold_start_source_s": sorted(source)[1]}
    _record(**figures)
    print(f"\ninstaller figures: {json.dumps(_figures())}")
    assert installed_bytes > 50e6 and all(t < 30 for t in frozen + source)


def test_menu_entry_icon_and_mime_type_are_registered(installed):
    assert Path("/usr/share/applications/loyalty-desktop.desktop").is_file()
    assert Path("/usr/share/icons/hicolor/256x256/apps/loyalty-desktop.png").is_file()
    globs = Path("/usr/share/mime/globs2")
    if shutil.which("update-mime-database"):
        assert f"{meta.PROJECT_MIME}:*.loyalty" in globs.read_text()
    handlers = Path("/usr/share/applications/mimeinfo.cache")  # what a double-click opens
    if handlers.exists() and shutil.which("update-desktop-database"):
        assert f"{meta.PROJECT_MIME}=loyalty-desktop.desktop;" in handlers.read_text()


def test_dpkg_r_removes_every_file_and_the_mime_registration(installed):
    result = subprocess.run(["dpkg", "-r", PACKAGE], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert _status() in ("deinstall ok config-files", "")  # no conffiles: only postrm is kept
    left = sorted(_files_under(WATCHED) - installed["before"])
    assert left == []
    assert not Path(f"/opt/{PACKAGE}").exists() and not Path("/usr/bin/loyalty-desktop").exists()
    for cache in (Path("/usr/share/mime/globs2"), Path("/usr/share/applications/mimeinfo.cache")):
        assert not cache.exists() or "loyalty" not in cache.read_text()
