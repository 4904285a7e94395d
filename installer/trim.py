"""What the frozen app leaves out, and why: the rules the PyInstaller spec applies.

A default one-folder build of this stack measured 489 MB here (FINDINGS trap 9: 508 MB on the
reference machine). PyInstaller follows every optional import (pandas → matplotlib, IPython;
pyarrow's hook collects *all* of pyarrow, including Flight, S3 and the C++ headers) and copies
every Qt plugin of the modules it sees. The app uses QtCore/Gui/Widgets/Svg, pyarrow's CSV,
compute and Parquet readers, and scipy's special/optimize/stats; the rest goes.

Kept in a module of its own (no PyInstaller import) so ``tests/e2e/test_installer_structure.py``
can check the rules against the source tree without running a build.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

#: Python modules never imported by the app. Qt modules: pyqtgraph imports QtTest inside
#: try/except and substitutes a FailedImport, so leaving it out is safe; QtOpenGL and
#: QtOpenGLWidgets stay (PColorMeshItem and Qt/OpenGLHelpers import them with pyqtgraph).
QT_MODULES_UNUSED = [
    "PySide6." + name for name in (
        "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets",
        "QtQuickControls2", "QtQuickTest", "QtQuick3D", "QtSql", "QtTest", "QtDesigner", "QtHelp",
        "QtUiTools", "QtDBus", "QtConcurrent", "QtPrintSupport", "QtSvgWidgets", "QtXml",
        "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebView",
        "QtWebSockets", "QtHttpServer", "QtMultimedia", "QtMultimediaWidgets", "QtSpatialAudio",
        "QtTextToSpeech", "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DExtras",
        "Qt3DAnimation", "QtCharts", "QtDataVisualization", "QtGraphs", "QtGraphsWidgets", "QtPdf",
        "QtPdfWidgets", "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation", "QtSensors",
        "QtSerialPort", "QtSerialBus", "QtRemoteObjects", "QtScxml", "QtStateMachine",
        "QtNetworkAuth", "QtCanvasPainter", "QtAxContainer")
]

#: optional imports of pandas, pyarrow, scipy and pyqtgraph that the app never reaches
PYTHON_MODULES_UNUSED = [
    "tkinter", "_tkinter", "matplotlib", "IPython", "jedi", "PyQt5", "PyQt6", "PySide2",
    "pytest", "_pytest", "pytestqt", "hypothesis", "setuptools", "pkg_resources", "pip",
    "distutils", "lib2to3", "pydoc_data", "xmlrpc", "curses",
    "numpy.distutils", "pandas.tests", "pandas.plotting._matplotlib",
    "pyarrow.tests", "pyarrow.flight", "pyarrow._flight", "pyarrow.cuda", "pyarrow._cuda",
    "pyarrow.gandiva", "pyarrow.orc", "pyarrow._orc", "pyarrow._s3fs", "pyarrow._gcsfs",
    "pyarrow._azurefs", "pyarrow._hdfs", "pyarrow.substrait", "pyarrow._substrait",
    "pyarrow.interchange", "pyarrow._pyarrow_cpp_tests", "pyarrow.benchmark",
    "pyarrow._parquet_encryption", "pyarrow._dataset_parquet_encryption",
    "pyarrow.parquet.encryption", "pyarrow._dataset_orc",
    "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter", "pyqtgraph.canvas",
    "scipy.datasets", "scipy.io.matlab", "scipy.odr", "scipy.cluster", "scipy.misc",
    "fsspec", "sqlalchemy", "tables", "h5py", "bs4", "lxml", "html5lib", "jinja2",
    # never imported in a full session (installer/README.md "What the app loads"): scipy.signal,
    # numpy's C test module, the interactive-console line editor (pulls libreadline/libtinfo)
    "scipy.signal", "numpy._core._multiarray_tests", "readline",
    # Arrow's dataset and query engine: pyarrow.parquet.read_table imports them when present but
    # falls back to ParquetFile for a single file (pyarrow's own code path for builds without
    # them), which is all io/project_store.py reads; Table.join/group_by are never used.
    # elf_prune.py then cuts their libraries, which nothing else calls into.
    "pyarrow.dataset", "pyarrow._dataset", "pyarrow._dataset_parquet", "pyarrow.acero",
    "pyarrow._acero", "pyarrow._exec_plan",
]

#: imported by a dependency at import time but used only on a path the app never takes; the
#: frozen app gets a placeholder module instead (installer/rthook_left_out.py), whose every
#: attribute raises ImportError naming the module. PySide6.QtOpenGL (8.9 MB of bindings):
#: pyqtgraph binds it when PlotCurveItem loads and touches it only with useOpenGL=True, which the
#: app never sets (tests/e2e/test_installer_prune.py checks the source for it).
LEFT_OUT_WITH_PLACEHOLDER = ["PySide6.QtOpenGL"]

EXCLUDED_MODULES = QT_MODULES_UNUSED + PYTHON_MODULES_UNUSED + LEFT_OUT_WITH_PLACEHOLDER

#: libraries (file names without ``lib``/``.so``) that only libqgtk3 and each other need
GTK_THEME_ONLY = ["gio-2.0", "gobject-2.0", "gmodule-2.0", "cairo", "cairo-gobject", "pixman-1",
                  "pango-1.0", "pangocairo-1.0", "pangoft2-1.0", "harfbuzz", "graphite2", "fribidi",
                  "thai", "datrie", "gdk_pixbuf-2.0", "jpeg", "atk-1.0", "mount", "blkid", "selinux",
                  "Xrender", "Xext"]
KERBEROS = ["krb5", "gssapi_krb5", "k5crypto", "krb5support", "keyutils", "com_err"]

#: binaries (destination path inside the bundle) that are not needed although a hook collects
#: them. Paths cover the Linux (Qt/lib/libQt6X.so), macOS (Qt/lib/QtX.framework) and Windows
#: (Qt6X.dll, plugins/ without Qt/) layouts of PySide6. libarrow_python links acero, dataset, substrait and parquet, so those stay; Flight and
#: the S3 filesystem are linked by nothing we load. The unversioned duplicates of
#: libarrow_python are copies of the same file (the loader asks for ``.so.2600``).
UNUSED_BINARIES = [
    # (lib)?NAME\. matches libarrow_flight.so.2600, arrow_flight.dll, libarrow_flight.2600.dylib
    r"pyarrow/(lib)?(arrow_flight|arrow_s3|gandiva|arrow_cuda|arrow_python_flight|"
    r"arrow_python_parquet_encryption)\.", r"pyarrow/libarrow_python\.so$",
    r"pyarrow/libarrow_python\.so\.\d+\.\d+\.\d+$",
    # Qt: QML, Quick, PDF, network, test, EGL full-screen (no desktop uses eglfs)
    r"PySide6/(Qt/lib/lib|Qt/lib/|)Qt6?(Qml|Quick|Pdf|Network|Test|Designer|Help|"
    r"EglFSDeviceIntegration|EglFsKmsSupport|WebEngine|Multimedia|3D)",
    # Qt plugins for things the app does not do: TLS, network status, SQL, printing via CUPS,
    # touch-screen input, eglfs, QML, multimedia, positioning
    r"PySide6/(Qt/)?plugins/(tls|networkinformation|sqldrivers|printsupport|generic|"
    r"egldeviceintegrations|qmltooling|multimedia|position|sensors|texttospeech|"
    r"webview|geoservices|canbus|scenegraph|renderers|qmllint)/",
    # platform plugins for embedded screens and remote framebuffers (they need the EGL/Network
    # libraries removed above); a desktop uses xcb or wayland, the tests offscreen
    r"PySide6/(Qt/)?plugins/platforms/(lib)?q(eglfs|vnc|linuxfb|minimalegl|vkkhrdisplay)\.(so|dll)",
    # host libraries only the GTK platform theme (libqgtk3) links: it loads only where the system
    # has libgtk-3, and libgtk-3 itself depends on these, so the system's copies are always there
    # (and match its GTK) — ours were never used. Kerberos: left over from the Network/printing
    # libraries removed above, linked by nothing we ship.
    r"^(lib)?(" + "|".join(GTK_THEME_ONLY + KERBEROS) + r")\.so",
    # CJK codecs: the importer reads UTF-8/16, cp1251 and cp1252 only (io/sniff.py)
    r"lib-dynload/_(codecs_(jp|kr|cn|tw|hk|iso2022)|multibytecodec)\.",
]

#: data files not needed at run time: headers, Cython sources, tests, type stubs
UNUSED_DATA = [
    r"pyarrow/(include|src|tests)/", r"\.pyi$", r"\.pxd$", r"\.pyx$", r"\.pxi$", r"\.h$", r"\.hpp$",
    r"(^|/)tests?/", r"pyqtgraph/examples/", r"PySide6/(typesystems|include|glue|scripts|support/generate_pyi)",
    # the translators' sources (the app loads the compiled .qm); pyqtgraph's own mascot icons,
    # used only by pyqtgraph.mkQApp, which the app does not call
    r"resources/translations/.*\.ts$", r"pyqtgraph/icons/peegee/",
]
#: icon formats only one system reads
_OTHER_SYSTEMS_ICONS = {"win32": r"\.icns$", "darwin": r"\.ico$"}.get(sys.platform, r"\.(icns|ico)$")

#: the app's own languages (SPEC §7); other Qt translations are dropped (7 MB → ~1 MB)
LANGUAGES = ("en", "sv", "da", "nl", "ru")
_QT_TRANSLATION = re.compile(r"PySide6/(Qt/)?translations/(?P<name>[a-z_]+?)_(?P<lang>[a-z]{2})(_[A-Za-z]+)?\.qm$")


def _matches(patterns: list[str], dest: str) -> bool:
    dest = dest.replace("\\", "/")
    return any(re.search(pattern, dest) for pattern in patterns)


def keep_binary(dest: str) -> bool:
    return not _matches(UNUSED_BINARIES, dest)


def keep_data(dest: str) -> bool:
    """Translations only for our languages, and only Qt's own (qtbase/qt) catalogues."""
    dest = dest.replace("\\", "/")
    if _matches(UNUSED_DATA, dest) or re.search(r"resources/icons/.*" + _OTHER_SYSTEMS_ICONS, dest):
        return False
    translation = _QT_TRANSLATION.search(dest)
    if translation:
        return translation["lang"] in LANGUAGES and translation["name"] in ("qt", "qtbase")
    return True


def trim_toc(toc: list, keep) -> list:
    """Filter a PyInstaller TOC (``(dest, source, typecode)`` tuples) with ``keep(dest)``."""
    return [entry for entry in toc if keep(entry[0])]


def strippable(path: Path) -> bool:
    """An ELF file whose symbol table can go. Not the auditwheel-vendored libraries in
    ``numpy.libs/``/``scipy.libs/``: patchelf rewrote their program headers, and ``strip`` then
    leaves "ELF load command address/offset not page-aligned" (numpy fails to import). This is
    why PyInstaller's own ``strip=True`` is not used."""
    if path.is_symlink() or not path.is_file() or any(p.endswith(".libs") for p in path.parts):
        return False
    with open(path, "rb") as handle:
        return handle.read(4) == b"\x7fELF"


def strip_bundle(folder: Path) -> int:
    """``strip --strip-unneeded`` every safe ELF file under ``folder`` (Linux); bytes saved.
    Wheels ship libpython, pyarrow and the Python extension modules with symbols: ~55 MB."""
    if not shutil.which("strip"):
        return 0
    before = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    files = [str(p) for p in folder.rglob("*") if strippable(p)]
    for start in range(0, len(files), 200):
        subprocess.run(["strip", "--strip-unneeded", *files[start:start + 200]], check=True)
    after = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return before - after
