"""The bundle clean-up that works on real ELF files (installer/elf_prune.py) and the rules that
leave host libraries to the .deb's Depends (installer/linux/build_deb.py): fast, no PyInstaller.

The shared libraries are compiled here with gcc, so the NEEDED surgery is checked on files the
dynamic loader really opens.
"""
from __future__ import annotations

import ctypes
import importlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "installer"))
sys.path.insert(0, str(REPO / "installer" / "linux"))

elf_prune = importlib.import_module("elf_prune")
trim = importlib.import_module("trim")
build_deb = importlib.import_module("build_deb")

needs_toolchain = pytest.mark.skipif(not (sys.platform.startswith("linux") and shutil.which("gcc")
                                          and shutil.which("ldd")),
                                     reason="needs Linux with gcc and ldd (the bundle is pruned on Linux only)")


def _library(folder: Path, name: str, source: str, *links: str) -> Path:
    """Compile ``source`` into ``folder/name``; ``links`` are NEEDED even if unused."""
    (folder / f"{name}.c").write_text(source)
    target = folder / name
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(target), str(folder / f"{name}.c"),
                    f"-Wl,-soname,{name}", "-Wl,--no-as-needed", f"-L{folder}",
                    *[f"-l:{link}" for link in links]], check=True)
    return target


@pytest.fixture
def libraries(tmp_path):
    """libarrow_substrait.so.1 (never called), libuser.so (calls it), libplain.so (only links it)."""
    substrait = _library(tmp_path, "libarrow_substrait.so.1", "int plan(void) { return 7; }\n")
    plain = _library(tmp_path, "libplain.so", "int answer(void) { return 42; }\n", substrait.name)
    user = _library(tmp_path, "libuser.so", "int plan(void);\nint twice(void) { return 2 * plan(); }\n",
                    substrait.name)
    return tmp_path, substrait, plain, user


@needs_toolchain
def test_an_unused_needed_entry_is_cut_and_the_library_still_loads(libraries):
    folder, substrait, plain, _ = libraries
    assert substrait.name in elf_prune.needed(plain)
    assert elf_prune.unused_by(plain, substrait.name, str(folder))
    assert elf_prune.remove_needed(plain, substrait.name)
    assert substrait.name not in elf_prune.needed(plain) and "libc.so.6" in elf_prune.needed(plain)
    assert not elf_prune.remove_needed(plain, substrait.name)  # nothing left to cut
    substrait.unlink()
    assert ctypes.CDLL(str(plain)).answer() == 42
    readelf = subprocess.run(["readelf", "-d", str(plain)], capture_output=True, text=True)
    assert readelf.returncode == 0 and "Warning" not in readelf.stderr


@needs_toolchain
def test_a_library_whose_symbols_are_called_is_kept_with_every_link(libraries):
    folder, substrait, plain, user = libraries
    assert not elf_prune.unused_by(user, substrait.name, str(folder))
    assert elf_prune.unlink_unused(folder, prefixes=("libarrow_substrait",)) == 0
    assert substrait.exists() and substrait.name in elf_prune.needed(plain)


@needs_toolchain
def test_a_library_nobody_calls_is_deleted_after_its_links_are_cut(libraries):
    folder, substrait, plain, user = libraries
    user.unlink()
    size = substrait.stat().st_size
    assert elf_prune.unlink_unused(folder, prefixes=("libarrow_substrait",)) == size
    assert not substrait.exists() and ctypes.CDLL(str(plain)).answer() == 42


def test_identical_vendored_libraries_become_one_file_and_a_relative_link(tmp_path):
    numpy_copy, scipy_copy = tmp_path / "numpy.libs/libgfortran-1.so.5", tmp_path / "scipy.libs/libgfortran-1.so.5"
    other = tmp_path / "scipy.libs/libgfortran-2.so.5"
    for path, body in ((numpy_copy, b"same"), (scipy_copy, b"same"), (other, b"different")):
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"\x7fELF" + body * 1000)
    (tmp_path / "numpy.libs/notes.txt").write_bytes(b"same")
    assert elf_prune.link_duplicates(tmp_path) == numpy_copy.stat().st_size
    assert scipy_copy.is_symlink() and os.readlink(scipy_copy) == "../numpy.libs/libgfortran-1.so.5"
    assert scipy_copy.read_bytes() == numpy_copy.read_bytes() and not other.is_symlink()


def test_links_to_left_out_libraries_are_removed(tmp_path):
    (tmp_path / "libQt6Core.so.6").write_bytes(b"\x7fELF")
    (tmp_path / "core").symlink_to("libQt6Core.so.6")
    (tmp_path / "network").symlink_to("libQt6Network.so.6")
    assert elf_prune.remove_dangling_links(tmp_path) == 1
    assert (tmp_path / "core").exists() and not (tmp_path / "network").is_symlink()


def test_gtk_theme_kerberos_and_cjk_codec_libraries_are_left_out_but_qt_and_glib_stay():
    dropped = ["libcairo.so.2", "libpango-1.0.so.0", "libgio-2.0.so.0", "libjpeg.so.62", "libkrb5.so.3",
               "libgssapi_krb5.so.2", "python3.11/lib-dynload/_codecs_jp.cpython-311-x86_64-linux-gnu.so",
               "python3.11/lib-dynload/_multibytecodec.cpython-311-x86_64-linux-gnu.so"]
    kept = ["libglib-2.0.so.0", "libfreetype.so.6", "libpng16.so.16", "libdbus-1.so.3",
            "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/imageformats/libqjpeg.so",
            "python3.11/lib-dynload/_csv.cpython-311-x86_64-linux-gnu.so", "libcairo_custom.so"]
    assert [d for d in dropped if trim.keep_binary(d)] == []
    assert [d for d in kept if not trim.keep_binary(d)] == []
    assert not trim.keep_data("loyalty_desktop/resources/translations/loyalty_desktop_sv.ts")
    assert trim.keep_data("loyalty_desktop/resources/translations/loyalty_desktop_sv.qm")
    assert not trim.keep_data("pyqtgraph/icons/peegee/peegee_512px.png")
    assert trim.keep_data("pyqtgraph/icons/ctrl.png")


@pytest.mark.skipif(not (shutil.which("dpkg") and shutil.which("ldconfig")),
                    reason="needs dpkg and ldconfig (Debian/Ubuntu build host)")
def test_the_deb_leaves_debian_libraries_to_depends_but_keeps_python_and_sqlite(tmp_path):
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    host = dict(re.findall(r"^\s+(\S+) \(libc6,x86-64[^)]*\) => (\S+)$", cache, re.M))
    internal = tmp_path / "_internal"
    internal.mkdir()
    for name in ("libz.so.1", "libsqlite3.so.0"):
        if name not in host:
            pytest.skip(f"the build host has no {name}")
        shutil.copyfile(host[name], internal / name)
    (internal / "libpython3.11.so.1.0").write_bytes(b"\x7fELF not Debian's")
    (internal / "libarrow.so.2600").write_bytes(b"\x7fELF from a wheel")
    (internal / "libzz.so").symlink_to("libz.so.1")
    assert [p.name for p in build_deb.host_libraries(internal)] == ["libz.so.1"]


def test_the_placeholder_for_left_out_qtopengl_lets_pyqtgraph_draw_and_names_itself_when_used():
    """What the frozen app runs: rthook_left_out.py before any import, then a real chart."""
    code = (
        "import os, runpy, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        f"runpy.run_path({str(REPO / 'installer' / 'rthook_left_out.py')!r})\n"
        "import pyqtgraph as pg\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "plot = pg.PlotWidget(); plot.plot([0, 1, 2], [2, 0, 1]); plot.grab()\n"
        "from PySide6 import QtOpenGL\n"
        "try:\n"
        "    QtOpenGL.QOpenGLBuffer\n"
        "except ImportError as exc:\n"
        "    print('ImportError:', exc)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "ImportError: PySide6.QtOpenGL.QOpenGLBuffer is not part of the installed" in result.stdout
    rthook = (REPO / "installer" / "rthook_left_out.py").read_text()
    assert all(f"\"{name}\"" in rthook for name in trim.LEFT_OUT_WITH_PLACEHOLDER)


def test_the_app_never_turns_on_pyqtgraph_opengl_which_the_installed_build_leaves_out():
    sources = [p for p in (REPO / "loyalty_desktop").rglob("*.py")]
    offenders = [str(p.relative_to(REPO)) for p in sources
                 if re.search(r"useOpenGL|QtOpenGL\b|enableExperimental", p.read_text(encoding="utf-8"))]
    assert offenders == []
