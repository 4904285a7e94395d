"""Wrap the PyInstaller folder in a Debian package (dpkg-deb), installed under /opt.

    .venv/bin/python installer/linux/build_deb.py dist/loyalty-desktop dist/

Layout: /opt/loyalty-desktop/ (the bundle), /usr/bin/loyalty-desktop (a symlink; the bundle finds
its files through /proc/self/exe), the .desktop entry, hicolor icons, the MIME type for
``.loyalty`` and /usr/share/doc/loyalty-desktop/copyright. Every file belongs to the package, so
``dpkg -r`` removes all of it; postinst/postrm only refresh the desktop caches.
``Depends`` is computed: every shared library the bundle needs that it does not carry itself,
mapped to its Debian package with ``dpkg -S``.

The package does not carry copies of Debian's own libraries (libssl3, libstdc++6, libglib2.0-0,
the X11/xcb libraries …) that PyInstaller copied from the build host: it depends on them instead,
like any Debian package, so they get the distribution's security updates and match the system's
graphics drivers (a bundled libstdc++ older than Mesa's is a known cause of GL failures). Kept:
libpython (not Debian's) and SQLite (the project file format should not change with the host).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from app_metadata import (ICON_SIZES, ICONS, MAINTAINER, HOMEPAGE, PACKAGE,  # noqa: E402
                          SUMMARY, description, version)

PREFIX = Path("opt") / PACKAGE
#: minimal "Depends" when dpkg cannot be asked (FINDINGS trap 9: the bundle carries the rest)
FALLBACK_DEPENDS = ["libc6", "libgl1", "libegl1", "libfontconfig1"]


#: host libraries the package keeps although Debian has them (see the module docstring)
KEEP_BUNDLED = ("libpython", "libsqlite3")


def host_libraries(internal: Path) -> list[Path]:
    """The libraries in ``_internal/`` that are copies of the build host's Debian libraries."""
    if not shutil.which("dpkg") or not shutil.which("ldconfig"):
        return []
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    host = dict(re.findall(r"^\s+(\S+) \(libc6,x86-64[^)]*\) => (\S+)$", cache, re.M))
    candidates = [p for p in sorted(internal.glob("lib*.so*")) if not p.is_symlink() and _is_elf(p)
                  and not p.name.startswith(KEEP_BUNDLED) and p.name in host]
    owned = {p for p in candidates if debian_packages({host[p.name]})}
    return [p for p in candidates if p in owned]


def layout(bundle: Path, root: Path) -> Path:
    """Copy the bundle and the desktop integration files into the package tree ``root``."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    for library in host_libraries(root / PREFIX / "_internal"):
        library.unlink()
    (root / "usr/bin").mkdir(parents=True)
    os.symlink(f"/{PREFIX}/{PACKAGE}", root / "usr/bin" / PACKAGE)
    share = root / "usr/share"
    _install(HERE / f"{PACKAGE}.desktop", share / "applications" / f"{PACKAGE}.desktop")
    _install(HERE / f"{PACKAGE}-mime.xml", share / "mime/packages" / f"{PACKAGE}.xml")
    _install(ICONS / f"{PACKAGE}.svg", share / "icons/hicolor/scalable/apps" / f"{PACKAGE}.svg")
    for size in ICON_SIZES:
        _install(ICONS / "png" / f"{PACKAGE}-{size}.png",
                 share / f"icons/hicolor/{size}x{size}/apps" / f"{PACKAGE}.png")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(), encoding="utf-8")
    return root


def _install(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(0o644)


def copyright_text() -> str:
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {PACKAGE}\nSource: {HOMEPAGE}\n\n"
        "Files: *\nCopyright: 2026 Loyalty Desktop founding engineers\nLicense: MIT\n\n"
        f"Files: {PREFIX}/_internal/*\n"
        "Copyright: the authors of each bundled component\n"
        "License: various\n"
        f" Python, Qt (LGPL-3.0, see /usr/share/common-licenses/LGPL-3), pandas, numpy, scipy,\n"
        f" pyarrow and the other bundled components; the full list with every licence text is in\n"
        f" /{PREFIX}/_internal/licenses/ (README.txt lists them).\n"
    )


def _is_elf(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(4) == b"\x7fELF"


#: plugins Qt loads only where their system library exists: the GTK theme needs libgtk-3, which
#: brings cairo, pango … itself, so they are no reason to depend on those
OPTIONAL_PLUGINS = ("platformthemes/libqgtk3.so",)


def _library_paths(bundle: Path) -> list[Path]:
    return [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()
            and (".so" in p.name or os.access(p, os.X_OK)) and _is_elf(p)
            and not p.as_posix().endswith(OPTIONAL_PLUGINS)]


def external_libraries(bundle: Path) -> set[str]:
    """Absolute paths of the system libraries the bundle's binaries load (ldd, bundle first)."""
    dirs = sorted({str(p.parent) for p in bundle.rglob("*.so*")})
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join(dirs)}
    found: set[str] = set()
    for binary in _library_paths(bundle):
        result = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env)
        for match in re.finditer(r"=>\s+(/\S+)", result.stdout):
            if not match[1].startswith(str(bundle)):
                found.add(match[1])
    return found


def debian_packages(paths: set[str]) -> list[str]:
    """The Debian package owning each library (merged /usr: try the path, /usr+path, real path)."""
    packages = set()
    for path in paths:
        candidates = [path, "/usr" + path, os.path.realpath(path)]
        for candidate in candidates:
            result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if result.returncode == 0:
                packages.add(result.stdout.split(":")[0].strip())
                break
    return sorted(packages)


def depends(bundle: Path) -> list[str]:
    if not shutil.which("dpkg") or not shutil.which("ldd"):
        return FALLBACK_DEPENDS
    packages = debian_packages(external_libraries(bundle)) or FALLBACK_DEPENDS
    glibc = os.confstr("CS_GNU_LIBC_VERSION").split()[-1]  # built against this glibc or newer
    return [f"libc6 (>= {glibc})" if name == "libc6" else name for name in packages]


def control(root: Path, depends_on: list[str], arch: str) -> str:
    size_kib = sum(p.lstat().st_size for p in root.rglob("*") if "DEBIAN" not in p.parts) // 1024
    long_text = "\n".join(f" {line}" if line.strip() else " ." for line in _wrap(description()))
    return (f"Package: {PACKAGE}\nVersion: {version()}\nArchitecture: {arch}\n"
            f"Maintainer: {MAINTAINER}\nInstalled-Size: {size_kib}\n"
            f"Depends: {', '.join(depends_on)}\nSection: misc\nPriority: optional\n"
            f"Homepage: {HOMEPAGE}\nDescription: {SUMMARY}\n{long_text}\n")


def _wrap(text: str, width: int = 78) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


def write_debian_dir(root: Path, depends_on: list[str], arch: str) -> None:
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control(root, depends_on, arch), encoding="utf-8")
    for script in ("postinst", "postrm"):
        shutil.copyfile(HERE / script, debian / script)
        (debian / script).chmod(0o755)


def build(bundle: Path, out_dir: Path, work: Path, compression: str = "xz") -> Path:
    """Build ``out_dir/<package>_<version>_<arch>.deb`` from the PyInstaller folder ``bundle``."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    root = layout(bundle, work / "root")
    write_debian_dir(root, depends(root / PREFIX), arch)
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{PACKAGE}_{version()}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(deb)],
                   check=True, stdout=subprocess.DEVNULL)
    return deb


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: build_deb.py BUNDLE_DIR OUT_DIR [WORK_DIR]")
    work_dir = Path(sys.argv[3]) if len(sys.argv) > 3 else Path("build/deb")
    print(build(Path(sys.argv[1]), Path(sys.argv[2]), work_dir))
