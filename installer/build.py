"""Build the installable app: the PyInstaller folder, and on Linux the .deb.   (`make installer`)

    .venv/bin/python installer/build.py [--skip-bundle] [--compression xz|zstd]

Prints the sizes and build times, the figures the issue asks for. PyInstaller runs under
``nice``: it is CPU-heavy and the build machine is shared.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from app_metadata import INSTALLER, PACKAGE, REPO, version  # noqa: E402

DIST = REPO / "dist"
WORK = REPO / "build" / "installer"


def folder_size(path: Path) -> int:
    """Bytes of the files under ``path`` (symlinks counted as links, as dpkg and du do)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir() or p.is_symlink())


def build_bundle() -> Path:
    nice = ["nice", "-n", "10"] if shutil.which("nice") else []
    subprocess.run([*nice, sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"),
                    str(INSTALLER / f"{PACKAGE}.spec")], check=True, cwd=REPO)
    return DIST / PACKAGE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-bundle", action="store_true", help="reuse dist/loyalty-desktop")
    parser.add_argument("--no-deb", action="store_true", help="only the PyInstaller folder")
    parser.add_argument("--compression", default="xz", choices=["xz", "zstd", "gzip"],
                        help="xz: smallest .deb (~3 min); zstd: ~40%% larger, seconds")
    args = parser.parse_args(argv)
    started = time.monotonic()
    bundle = DIST / PACKAGE if args.skip_bundle else build_bundle()
    print(f"bundle: {bundle} {folder_size(bundle) / 1e6:.0f} MB "
          f"(version {version()}, {time.monotonic() - started:.0f} s)")
    if sys.platform.startswith("linux") and shutil.which("dpkg-deb") and not args.no_deb:
        sys.path.insert(0, str(INSTALLER / "linux"))
        from build_deb import build

        started = time.monotonic()
        deb = build(bundle, DIST, WORK / "deb", compression=args.compression)
        print(f"deb: {deb} {deb.stat().st_size / 1e6:.0f} MB ({time.monotonic() - started:.0f} s)")
    elif sys.platform == "win32":
        print("next: iscc installer\\windows\\loyalty-desktop.iss (see installer/README.md)")
    elif sys.platform == "darwin":
        print("next: installer/macos/build_dmg.sh (see installer/README.md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
