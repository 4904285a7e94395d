"""`make translations`: extract every message, fill in the translations, compile the .qm files.

1. ``pyside6-lupdate`` reads every ``.py`` under ``loyalty_desktop/`` (``self.tr``,
   ``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP``) into ``loyalty_desktop_<lang>.ts``.
2. Each message gets its translation from the tables in ``source/`` — one row per English
   text with the four languages side by side, so a missing language shows at a glance.
   Messages without a row stay ``unfinished`` (and the tests fail, naming them).
3. ``pyside6-lrelease`` compiles the ``.ts`` into the ``.qm`` files the app loads.
"""
from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: The package source, found by import: loyalty_desktop/resources is a symlink to ../resources,
#: so walking up from this file would leave the package.
PACKAGE = Path(__import__("loyalty_desktop").__file__).resolve().parent
LANGS = ("sv", "da", "nl", "ru")
QT_LOCALES = {"sv": "sv_SE", "da": "da_DK", "nl": "nl_NL", "ru": "ru_RU"}
#: Plural forms Qt expects per language: 2 for sv/da/nl (one, other), 3 for ru (one, few, many).
PLURAL_FORMS = {"sv": 2, "da": 2, "nl": 2, "ru": 3}


def ts_path(lang: str, folder: Path = HERE) -> Path:
    return folder / f"loyalty_desktop_{lang}.ts"


def tool(name: str) -> str:
    """The Qt tool shipped with PySide6-Essentials, next to the running Python."""
    script = Path(sys.executable).parent / f"pyside6-{name}"
    return str(script) if script.exists() else f"pyside6-{name}"


def source_files() -> list[str]:
    # rglob does not follow the resources symlink, so this script and its tables stay out.
    return sorted(str(p) for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def extract(target: Path, lang: str) -> None:
    """Run lupdate into ``target`` (created or updated; vanished messages dropped)."""
    listing = target.with_suffix(".files")
    listing.write_text("\n".join(source_files()), encoding="utf-8")
    try:
        subprocess.run([tool("lupdate"), f"@{listing}", "-no-obsolete", "-locations", "none",
                        "-target-language", QT_LOCALES[lang], "-ts", str(target)],
                       check=True, capture_output=True)
    finally:
        listing.unlink()
    add_catalogues(target)


def catalogue_messages() -> dict[str, list[str]]:
    """Strings of the engine's ``Catalogue("context", {...})`` dicts (engine/i18n.py), found
    with ``ast`` because lupdate only understands calls around each single string."""
    found: dict[str, list[str]] = {}
    for name in source_files():
        tree = ast.parse(Path(name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Catalogue"
                    and len(node.args) == 2 and isinstance(node.args[0], ast.Constant)):
                texts = found.setdefault(node.args[0].value, [])
                for text in _strings(node.args[1]):
                    if text.strip() and text not in texts:
                        texts.append(text)
    return found


def _strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Dict):
        return [text for value in node.values for text in _strings(value)]
    return []


def add_catalogues(target: Path) -> None:
    tree = ET.parse(target)
    root = tree.getroot()
    for context_name, texts in sorted(catalogue_messages().items()):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for text in texts:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
    tree.write(target, encoding="utf-8", xml_declaration=True)


def table() -> dict:
    """All rows of ``source/*.py``: English text → (sv, da, nl, ru), plus the rows of
    ``IN_CONTEXT`` keyed by (context, English text) where one screen needs other words."""
    rows: dict = {}
    found_in: dict = {}
    conflicts = []
    for info in pkgutil.iter_modules([str(HERE / "source")]):
        module = importlib.import_module(f"{__package__}.source.{info.name}")
        for key, row in {**module.MESSAGES, **getattr(module, "IN_CONTEXT", {})}.items():
            # Two tables giving the same key different words would make the winner depend on
            # file order; a screen that needs other words uses IN_CONTEXT instead.
            if key in rows and rows[key] != row:
                conflicts.append(f"{key!r}: {found_in[key]} and {info.name} disagree")
            rows[key], found_in[key] = row, info.name
    if conflicts:
        raise ValueError("translation rows disagree (key one of them by context in IN_CONTEXT):\n"
                         + "\n".join(conflicts))
    return rows


def fill(path: Path, lang: str, rows: dict[str, tuple]) -> list[str]:
    """Write translations into the .ts file; returns the sources that have none."""
    tree = ET.parse(path)
    missing: list[str] = []
    index = LANGS.index(lang)
    for context in tree.getroot().iter("context"):
        missing += _fill_context(context, index, lang, rows)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def _fill_context(context: ET.Element, index: int, lang: str, rows: dict) -> list[str]:
    missing = []
    name = context.findtext("name") or ""
    for message in context.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        row = rows.get((name, source)) or rows.get(source)
        text = row[index] if row else None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if not text:
            translation.set("type", "unfinished")
            missing.append(source)
        elif message.get("numerus") == "yes":
            forms = text if isinstance(text, tuple) else (text,) * PLURAL_FORMS[lang]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text if isinstance(text, str) else text[-1]
    return missing


def main() -> int:
    rows = table()
    for lang in LANGS:
        path = ts_path(lang)
        extract(path, lang)
        missing = fill(path, lang, rows)
        subprocess.run([tool("lrelease"), "-silent", str(path), "-qm",
                        str(path.with_suffix(".qm"))], check=True)
        for source in missing:
            print(f"{lang}: no translation for {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
