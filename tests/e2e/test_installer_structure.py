"""Fast checks of the installer files (no PyInstaller run): run by `make test` on every commit.

The full build → dpkg -i → run → dpkg -r test is tests/e2e/test_installer_deb.py (`make installer-test`).
"""
from __future__ import annotations

import ast
import configparser
import importlib
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
INSTALLER = REPO / "installer"
sys.path.insert(0, str(INSTALLER))
sys.path.insert(0, str(INSTALLER / "linux"))

meta = importlib.import_module("app_metadata")
trim = importlib.import_module("trim")
stage = importlib.import_module("stage")
build_deb = importlib.import_module("build_deb")

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in .desktop files
    parser.read(INSTALLER / "linux" / "loyalty-desktop.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


# --- version and PyInstaller spec -------------------------------------------------------------

def test_version_comes_from_pyproject():
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert meta.version() == re.search(r'^version = "([^"]+)"', text, re.M)[1]


def test_spec_is_valid_python_that_applies_the_trim_rules():
    tree = ast.parse((INSTALLER / "loyalty-desktop.spec").read_text(encoding="utf-8"))
    names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    assert {"Analysis", "EXE", "COLLECT", "BUNDLE", "EXCLUDED_MODULES", "keep_binary",
            "keep_data", "strip_bundle", "trim_icu_data", "DEPENDENCY_DATA"} <= names
    assert (INSTALLER / "launcher.py").is_file()


def test_no_qt_module_the_app_imports_is_excluded():
    used = set()
    for source in (REPO / "loyalty_desktop").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        used |= set(re.findall(r"PySide6\.(Qt\w+)", text))
        used |= {f"{m}" for line in re.findall(r"from PySide6 import ([\w, ]+)", text)
                 for m in line.replace(" ", "").split(",")}
    excluded = {name.split(".")[1] for name in trim.QT_MODULES_UNUSED}
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert not used & excluded, f"the app imports excluded Qt modules: {used & excluded}"
    # the heavy ones the issue names are always out
    assert {"QtWebEngineCore", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia"} <= excluded


def test_trim_keeps_what_the_app_loads_and_drops_flight_s3_and_quick():
    kept = ["pyarrow/libarrow.so.2600", "pyarrow/libparquet.so.2600", "pyarrow/libarrow_python.so.2600",
            "pyarrow/libarrow_substrait.so.2600", "PySide6/Qt/lib/libQt6Gui.so.6",
            "PySide6/Qt/lib/libQt6OpenGL.so.6", "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6",
            "PySide6/Qt/plugins/platforms/libqxcb.so",
            "PySide6/Qt/plugins/platforms/libqwayland.so", "PySide6/Qt/plugins/imageformats/libqsvg.so",
            "numpy.libs/libscipy_openblas64_-32a4b2a6.so", "PySide6/Qt6Widgets.dll",
            "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", "PySide6/plugins/platforms/qwindows.dll"]
    dropped = ["pyarrow/libarrow_flight.so.2600", "pyarrow/libarrow_s3.so.2600",
               "pyarrow/libarrow_python.so", "PySide6/Qt/lib/libQt6Quick.so.6",
               "PySide6/Qt/lib/libQt6Network.so.6", "PySide6/Qt/plugins/tls/libqopensslbackend.so",
               "PySide6/Qt/plugins/platforms/libqeglfs.so",
               "PySide6/Qt6Quick.dll", "PySide6/plugins/tls/qschannelbackend.dll",  # Windows
               "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick"]  # macOS
    assert [d for d in kept if not trim.keep_binary(d)] == []
    assert [d for d in dropped if trim.keep_binary(d)] == []


def test_only_the_apps_five_languages_of_qt_translations_are_kept():
    keep = trim.keep_data
    assert keep("PySide6/Qt/translations/qtbase_sv.qm") and keep("PySide6/Qt/translations/qt_ru.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep("PySide6/Qt/translations/qt_help_sv.qm")
    assert not keep("pyarrow/include/arrow/api.h")
    assert not keep("PySide6/translations/qtbase_fr.qm")  # Windows layout
    assert keep("loyalty_desktop/resources/translations/loyalty_sv.qm")  # the app's own
    assert keep("loyalty_desktop/resources/icons/loyalty-desktop.svg")


def test_strip_skips_the_patchelf_ed_openblas_of_numpy_and_scipy(tmp_path):
    for relative in ("numpy.libs/libscipy_openblas64_.so", "pyarrow/libarrow.so.2600", "notes.txt"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(b"\x7fELF" if relative.endswith(("so", "2600")) else b"text")
    assert not trim.strippable(tmp_path / "numpy.libs/libscipy_openblas64_.so")
    assert trim.strippable(tmp_path / "pyarrow/libarrow.so.2600")
    assert not trim.strippable(tmp_path / "notes.txt")


def test_icu_trim_keeps_root_and_the_five_languages_and_drops_other_locales():
    icu_trim = importlib.import_module("icu_trim")
    items = ["root.res", "pool.res", "res_index.res", "supplementalData.res", "sv_SE.res", "en_001.res",
             "coll/ru.res", "coll/da.res", "nfkc.nrm", "zone/nl.res", "lang/sv.res", "region/ru.res",
             "zoneinfo64.res", "coll/ucadata.icu",
             "de.res", "coll/ja.res", "coll/de_.res", "zh_Hant_TW.res", "ibm-1047_P100-1995.cnv",
             "translit/root.res", "rfc3491.spp", "confusables.cfu",
             # read by no ICU function Qt imports (ucol_, ucnv_, ucal_ only)
             "brkitr/cjdict.dict", "brkitr/root.res", "curr/sv.res", "unit/pool.res", "rbnf/ru.res",
             "unames.icu"]
    dropped = icu_trim.unused_items(items)
    assert dropped == items[items.index("de.res"):]


def test_stage_puts_resources_inside_the_package_like_the_wheel(tmp_path):
    staged = stage.stage(tmp_path / "stage")
    package = staged / "loyalty_desktop"
    assert (package / "resources" / "icons" / "loyalty-desktop.svg").is_file()
    assert (package / "resources" / "demo" / "generate.py").is_file()
    assert not list(staged.rglob("__pycache__"))
    assert "loyalty_desktop.resources.demo.generate" in stage.module_names(staged)
    assert ("loyalty_desktop/resources/icons/png" in {dest for _, dest in stage.data_files(staged)})


# --- Linux desktop integration and .deb -------------------------------------------------------

def test_desktop_entry_launches_the_command_for_loyalty_files():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "loyalty-desktop %f"
    assert entry["Icon"] == meta.PACKAGE
    assert entry["MimeType"] == f"{meta.PROJECT_MIME};"
    assert entry["Categories"].endswith(";") and entry["Terminal"] == "false"
    assert {"Name[sv]", "Comment[da]", "Comment[nl]", "GenericName[ru]"} <= set(entry)


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(INSTALLER / "linux" / "loyalty-desktop.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout


def test_mime_xml_declares_the_loyalty_glob_above_sqlite_magic():
    root = ET.parse(INSTALLER / "linux" / "loyalty-desktop-mime.xml").getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    mime = root.find(f"{MIME_NS}mime-type")
    assert mime.get("type") == meta.PROJECT_MIME
    glob = mime.find(f"{MIME_NS}glob")
    assert glob.get("pattern") == "*.loyalty" and int(glob.get("weight")) > 50
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/vnd.sqlite3"


def fake_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    launcher = bundle / meta.PACKAGE
    launcher.write_text("#!/bin/sh\necho loyalty-desktop 0\n")
    launcher.chmod(0o755)
    return bundle


def test_package_tree_has_opt_command_menu_entry_icons_and_mime(tmp_path):
    root = build_deb.layout(fake_bundle(tmp_path), tmp_path / "root")
    command = root / "usr/bin/loyalty-desktop"
    assert command.is_symlink() and str(command.readlink()) == "/opt/loyalty-desktop/loyalty-desktop"
    assert (root / "opt/loyalty-desktop/loyalty-desktop").is_file()
    assert (root / "usr/share/applications/loyalty-desktop.desktop").is_file()
    assert (root / "usr/share/mime/packages/loyalty-desktop.xml").is_file()
    assert (root / "usr/share/icons/hicolor/scalable/apps/loyalty-desktop.svg").is_file()
    for size in meta.ICON_SIZES:
        icon = root / f"usr/share/icons/hicolor/{size}x{size}/apps/loyalty-desktop.png"
        assert png_size(icon) == (size, size)
    assert "License: MIT" in (root / "usr/share/doc/loyalty-desktop/copyright").read_text()


def test_control_file_has_the_fields_dpkg_needs(tmp_path):
    root = build_deb.layout(fake_bundle(tmp_path), tmp_path / "root")
    text = build_deb.control(root, ["libc6 (>= 2.36)", "libgl1"], "amd64")
    fields = dict(re.findall(r"^([A-Za-z-]+): (.*)$", text, re.M))
    assert fields["Package"] == "loyalty-desktop" and fields["Version"] == meta.version()
    assert fields["Architecture"] == "amd64" and fields["Depends"] == "libc6 (>= 2.36), libgl1"
    assert int(fields["Installed-Size"]) >= 0 and fields["Description"] == meta.SUMMARY
    long_lines = text.split("Description:")[1].splitlines()[1:]
    assert long_lines and all(line.startswith(" ") and len(line) <= 80 for line in long_lines)


def test_maintainer_scripts_are_valid_sh_and_refresh_mime_on_install_and_removal():
    for script in ("postinst", "postrm"):
        path = INSTALLER / "linux" / script
        assert subprocess.run(["sh", "-n", str(path)]).returncode == 0
        assert path.stat().st_mode & 0o111 and "update-mime-database" in path.read_text()
    assert "remove|purge" in (INSTALLER / "linux" / "postrm").read_text()


@pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="dpkg-deb not available (not Debian/Ubuntu)")
def test_dpkg_deb_builds_a_package_with_the_desktop_files(tmp_path):
    deb = build_deb.build(fake_bundle(tmp_path), tmp_path / "out", tmp_path / "work", compression="gzip")
    info = subprocess.run(["dpkg-deb", "--field", str(deb), "Package", "Version"],
                          capture_output=True, text=True, check=True).stdout
    assert f"Package: loyalty-desktop\nVersion: {meta.version()}" in info
    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True,
                              check=True).stdout
    for path in ("./opt/loyalty-desktop/loyalty-desktop", "./usr/share/applications/loyalty-desktop.desktop",
                 "./usr/share/mime/packages/loyalty-desktop.xml", "./usr/bin/loyalty-desktop ->"):
        assert path in contents
    assert "root/root" in contents  # --root-owner-group: no build user's uid in the package


# --- Windows and macOS (not buildable here: checked as text) ----------------------------------

def inno_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in (INSTALLER / "windows" / "loyalty-desktop.iss").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if re.fullmatch(r"\[\w+\]", line):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None and line and not line.startswith(";"):
            current.append(line)
    return sections


def test_inno_setup_installs_per_user_with_start_menu_and_uninstaller():
    sections = inno_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"] if "=" in line and not line.startswith("#"))
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == "{autopf}\\{#AppName}"  # %LOCALAPPDATA%\Programs when per-user
    assert setup["ChangesAssociations"] == "yes" and setup["AppVersion"] == "{#AppVersion}"
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])
    assert any(line.startswith('Name: "{autoprograms}\\{#AppName}"') for line in sections["Icons"])
    assert 'Source: "{#SourceDir}\\*"' in sections["Files"][0]


def test_inno_setup_associates_loyalty_files_with_the_windowed_exe():
    text = (INSTALLER / "windows" / "loyalty-desktop.iss").read_text(encoding="utf-8")
    assert f'#define ProgId "{meta.PROJECT_PROGID}"' in text
    assert f'#define AppExe "{meta.APP_NAME}.exe"' in text  # the spec's windowed EXE name
    registry = inno_sections()["Registry"]
    assert all(line.startswith("Root: HKA;") for line in registry)  # per-user: HKCU
    assert any('Subkey: "Software\\Classes\\.loyalty"' in line and "uninsdeletevalue" in line
               for line in registry)
    assert any('shell\\open\\command' in line and '""%1""' in line for line in registry)


def test_macos_info_plist_declares_the_loyalty_document_type():
    plist = plistlib.loads(plistlib.dumps(meta.info_plist()))
    assert plist["CFBundleShortVersionString"] == meta.version()
    assert plist["CFBundleIdentifier"] == meta.APP_ID
    document = plist["CFBundleDocumentTypes"][0]
    assert document["CFBundleTypeExtensions"] == ["loyalty"]
    assert document["LSItemContentTypes"] == [meta.PROJECT_UTI]
    exported = plist["UTExportedTypeDeclarations"][0]
    assert exported["UTTypeIdentifier"] == meta.PROJECT_UTI
    assert exported["UTTypeTagSpecification"]["public.mime-type"] == [meta.PROJECT_MIME]
    assert (meta.ICONS / document["CFBundleTypeIconFile"]).is_file()


def test_macos_dmg_script_is_valid_bash_and_uses_hdiutil():
    script = INSTALLER / "macos" / "build_dmg.sh"
    assert subprocess.run(["bash", "-n", str(script)]).returncode == 0
    text = script.read_text(encoding="utf-8")
    assert "hdiutil create" in text and "/Applications" in text
    plistlib.loads((INSTALLER / "macos" / "entitlements.plist").read_bytes())


# --- icon and licences ------------------------------------------------------------------------

def test_icon_pngs_exist_in_every_size():
    for size in meta.ICON_SIZES:
        assert png_size(meta.ICONS / "png" / f"loyalty-desktop-{size}.png") == (size, size)
    svg = ET.parse(meta.ICONS / "loyalty-desktop.svg").getroot()
    assert svg.get("viewBox") == "0 0 512 512"


def test_ico_holds_png_entries_from_16_to_256():
    data = (meta.ICONS / "loyalty-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    sizes = []
    for i in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sizes.append(width or 256)  # 0 means 256 in an ICO directory
    assert (reserved, kind) == (0, 1) and sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_length_matches_and_holds_the_512_and_1024_pngs():
    data = (meta.ICONS / "loyalty-desktop.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, offset = [], 8
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        kinds.append(kind.decode())
        offset += length
    assert offset == len(data) and {"ic09", "ic10", "icp4"} <= set(kinds)


def test_licences_of_bundled_components_are_collected(tmp_path):
    collect = importlib.import_module("collect_licenses")
    out = collect.collect_licenses(tmp_path / "licenses")
    readme = (out / "README.txt").read_text(encoding="utf-8")
    for name in ("PySide6_Essentials", "pandas", "numpy", "scipy", "pyarrow", "pyqtgraph", "python "):
        assert name in readme
    assert re.search(r"PySide6_Essentials [\d.]+: LGPL-3.0", readme)
    assert (out / "pyarrow" / "NOTICE.txt").is_file()
    assert (out / "loyalty-desktop" / "LICENSE.txt").read_text().startswith("MIT License")


def test_makefile_has_installer_targets_and_readme_explains_them():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^installer:", makefile, re.M) and re.search(r"^installer-test:", makefile, re.M)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "## Installers" in readme and "make installer-test" in readme
