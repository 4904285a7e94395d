"""``loyalty-desktop``: the window by default, and scriptable report/import/inspect/selftest.

Exit codes (SPEC §5): 0 ok; 2 usage error; 3 input error (the message names the file,
row, column and reason). Messages go to stderr; stdout carries only requested output.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from . import __version__
from .engine.i18n import Catalogue

EXIT_OK, EXIT_USAGE, EXIT_INPUT = 0, 2, 3
LANGS = ["en", "sv", "da", "nl", "ru"]

#: Messages on stderr, in the --lang language (translated on lookup, engine/i18n.py;
#: sv/da/nl/ru in resources/translations/source/cli.py).
TEXTS = Catalogue("cli", {
    "no_config": "{path}: the config file does not exist.",
    "unreadable_config": "{path}: the config file cannot be read ({detail}).",
    "bad_json": "{path}, line {line}, column {column}: not valid JSON ({detail}).",
    "deep_json": "{path}: the JSON is nested too deeply to be a config file.",
    "unusable_config": "{path}: not a usable config file ({detail}).",
    "not_object": "{path}: the config must be a JSON object {{...}}.",
    "settings": "settings",
    "no_file": "{path}: the file does not exist.",
    "no_transactions": "No transactions to analyse: give --transactions FILE or --project P.loyalty.",
    "missing": "Missing: {fields}.",
    "found": "Columns found: {columns}.",
})


#: The --help text, in the --lang language (else the system's) when help is asked for.
HELP = Catalogue("cli help", {
    "description": ("Customer loyalty analytics for small businesses. Without a command, "
                    "opens the window."),
    "demo": "open the window with the bundled demo project",
    "config": "definitions, criteria, segments, mappings",
    "report": "compute the metrics and write PDF/JSON/Excel",
    "report_lang": "language of the report and of the messages",
    "import": "create or append to a project file",
    "lang": "language of the messages",
    "inspect": "show how a file would be imported, as JSON",
    "selftest": "reproduce the published reference results",
})
#: argparse's own words in a help text (it looks them up through gettext, module ``_``).
ARGPARSE_WORDS = Catalogue("cli help", {
    "usage: ": "usage: ", "options": "options", "positional arguments": "positional arguments",
    "show this help message and exit": "show this help message and exit",
    "show program's version number and exit": "show program's version number and exit",
})

_core_app = None


class InputError(Exception):
    """A problem with the user's files or settings (exit code 3)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="loyalty-desktop",
        description=HELP["description"])
    parser.add_argument("--version", action="version", version=f"loyalty-desktop {__version__}")
    parser.add_argument("--demo", action="store_true", help=HELP["demo"])
    sub = parser.add_subparsers(dest="command")

    def add_inputs(p: argparse.ArgumentParser) -> None:
        p.add_argument("--transactions", action="append", default=[], metavar="F")
        p.add_argument("--customers", action="append", default=[], metavar="F")
        p.add_argument("--responses", action="append", default=[], metavar="F")
        p.add_argument("--config", metavar="C.json", help=HELP["config"])

    report = sub.add_parser("report", help=HELP["report"])
    add_inputs(report)
    report.add_argument("--project", metavar="P.loyalty")
    report.add_argument("--as-of", metavar="YYYY-MM-DD")
    report.add_argument("--lang", choices=LANGS, default=None,
                        help=HELP["report_lang"])
    report.add_argument("--pdf", metavar="OUT.pdf")
    report.add_argument("--json", metavar="OUT.json")
    report.add_argument("--xlsx", metavar="OUT.xlsx")

    imp = sub.add_parser("import", help=HELP["import"])
    imp.add_argument("project_file", metavar="P.loyalty")
    add_inputs(imp)
    imp.add_argument("--lang", choices=LANGS, default=None, help=HELP["lang"])

    inspect = sub.add_parser("inspect", help=HELP["inspect"])
    inspect.add_argument("file")
    inspect.add_argument("--config", metavar="C.json")
    inspect.add_argument("--lang", choices=LANGS, default=None, help=HELP["lang"])

    sub.add_parser("selftest", help=HELP["selftest"])
    return parser


def _load_config(path: Optional[str]) -> dict:
    if not path:
        return {}
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise InputError(TEXTS["no_config"].format(path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(TEXTS["unreadable_config"].format(path=path, detail=exc)) from None
    except json.JSONDecodeError as exc:
        raise InputError(TEXTS["bad_json"].format(path=path, line=exc.lineno, column=exc.colno,
                                                  detail=exc.msg)) from None
    except RecursionError:   # hostile nesting ([[[[…): json recurses per level (issue 14)
        raise InputError(TEXTS["deep_json"].format(path=path)) from None
    except ValueError as exc:  # e.g. an integer with more than 4,300 digits
        raise InputError(TEXTS["unusable_config"].format(path=path, detail=exc)) from None
    if not isinstance(data, dict):
        raise InputError(TEXTS["not_object"].format(path=path))
    return data


def _definitions(config: dict, args: argparse.Namespace, base=None):
    from .engine.definitions import Definitions

    merged = {**(base.to_dict() if base is not None else {}), **config}
    if getattr(args, "as_of", None):
        merged["as_of"] = args.as_of
    if getattr(args, "lang", None):
        merged["lang"] = args.lang
    try:
        return Definitions.from_dict(merged)
    except (TypeError, ValueError, OverflowError) as exc:   # OverflowError: 1e999 days
        raise InputError(f"{args.config or TEXTS['settings']}: {exc}") from None


def _import_options(config: dict, path: str):
    from .io.importer import ImportOptions

    mappings = config.get("mappings") or {}
    mapping = mappings.get(Path(path).name) or mappings.get(path)
    return ImportOptions(date_order=config.get("date_order"), mapping=mapping,
                         currency=config.get("currency"))


def _import_all(args: argparse.Namespace, config: dict, project=None):
    """Import every file named on the command line into ``project`` (a new one by default)."""
    from .io.importer import import_file
    from .io.project import Project

    project = project if project is not None else Project.new()
    for kind in ("transactions", "customers", "responses"):
        for path in getattr(args, kind):
            if not Path(path).exists():
                raise InputError(TEXTS["no_file"].format(path=path))
            project.add_import(import_file(path, kind, options=_import_options(config, path)))
    return project


def _speak(args: argparse.Namespace) -> None:
    """``--lang``: translate messages (and the report) from the start, so even an error in
    the first file is written in that language. A report with a PDF or workbook needs the
    full QApplication (charts are widgets); messages alone only Qt's core."""
    lang = getattr(args, "lang", None)
    if not lang or lang == "en":
        return
    if args.command == "report" and (args.pdf or args.xlsx):
        _ensure_gui_platform()
        from .ui.app import create_application
        create_application()
    else:
        global _core_app
        from PySide6.QtCore import QCoreApplication
        # kept in a global: an unreferenced QCoreApplication would be deleted at once
        _core_app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    from .i18n import set_language
    set_language(lang)


def _speak_help(argv: Sequence[str]) -> None:
    """--help in the --lang language, else the system's (argparse has not parsed yet)."""
    lang = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    lang = lang if lang in LANGS else _environment_language()
    if lang == "en":
        return
    global _core_app
    from PySide6.QtCore import QCoreApplication
    from .i18n import set_language
    _core_app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    set_language(lang)
    argparse._ = lambda text: ARGPARSE_WORDS.get(text, text)  # noqa: SLF001 - gettext hook


def _environment_language() -> str:
    """The terminal's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG as gettext reads them);
    without them the system's as Qt sees it (Windows, macOS)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return code if code in LANGS else "en"
    from .i18n import system_language
    return system_language()


def _ensure_gui_platform() -> None:
    """PDF charts need Qt; without a display use the offscreen platform (no window opens)."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def cmd_report(args: argparse.Namespace) -> int:
    from .engine.analysis import analyse, analysis_to_json
    from .io.project import Project

    config = _load_config(args.config)
    base = Project.open(args.project) if args.project else None
    project = _import_all(args, config, base)
    defs = _definitions(config, args, base=project.definitions if args.project else None)
    if not project.dataset.has_transactions:
        raise InputError(TEXTS["no_transactions"])
    if args.pdf or args.xlsx:  # the language must be set before the engine writes its sentences
        _ensure_gui_platform()
        from .i18n import set_language
        from .ui.app import create_application
        create_application()
        set_language(defs.lang)  # translator (.qm) + number/date formats for --lang
    analysis = analyse(project.dataset, defs)
    segment_analysis = analysis.sections.get("segment_analysis")
    problems = getattr(segment_analysis, "problems", None)
    if problems:
        raise InputError(f"{args.config or TEXTS['settings']}: {problems[0]}")
    if args.json:
        doc = analysis_to_json(analysis, project.imports)
        Path(args.json).write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.pdf:
        from .report.pdf import build_pdf
        build_pdf(analysis, args.pdf, imports=project.imports, business_name=defs.business_name)
    if args.xlsx:
        from .report.excel import write_workbook
        write_workbook(analysis, args.xlsx, imports=project.imports, lang=defs.lang)
    if not (args.json or args.pdf or args.xlsx):
        doc = analysis_to_json(analysis, project.imports)
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from .io.project import import_into_project

    config = _load_config(args.config)
    result = import_into_project(args.project_file, transactions=args.transactions,
                                 customers=args.customers, responses=args.responses, config=config)
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    return EXIT_OK


def cmd_inspect(args: argparse.Namespace) -> int:
    from .io.importer import inspect_file

    config = _load_config(args.config)
    if not Path(args.file).exists():
        raise InputError(TEXTS["no_file"].format(path=args.file))
    result = inspect_file(args.file, _import_options(config, args.file))
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1, default=str) + "\n")
    return EXIT_OK


def cmd_selftest(args: argparse.Namespace) -> int:
    from .selftest import main as selftest_main
    return selftest_main()


def _one_line(exc: Exception) -> str:
    """One stderr line: the reason, what is missing and which columns were found."""
    text = str(exc)
    missing, found = getattr(exc, "missing", ()), getattr(exc, "found", ())
    if missing and ", ".join(missing) not in text:
        text += " " + TEXTS["missing"].format(fields=", ".join(missing))
    if found and ", ".join(found) not in text:
        text += " " + TEXTS["found"].format(columns=", ".join(found))
    return " ".join(text.split())


COMMANDS = {"report": cmd_report, "import": cmd_import, "inspect": cmd_inspect,
            "selftest": cmd_selftest}


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `loyalty-desktop shop.loyalty` (a double-clicked project) opens the window on it; an
    # optional positional before the subcommands would swallow the command names.
    project_arg = None
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        project_arg = argv.pop(0)
    if "-h" in argv or "--help" in argv:
        _speak_help(argv)
    args = _parser().parse_args(argv)
    if args.command is None:
        from .ui.app import run_window
        return run_window(demo=args.demo, project_path=Path(project_arg) if project_arg else None)
    from .io.errors import ImportFailed
    try:
        _speak(args)
        return COMMANDS[args.command](args)
    except (InputError, ImportFailed) as exc:
        print(f"loyalty-desktop: {_one_line(exc)}", file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:
        print(f"loyalty-desktop: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except Exception as exc:  # noqa: BLE001 - project errors etc. are input errors too
        if type(exc).__name__ in ("ProjectError",):
            print(f"loyalty-desktop: {exc}", file=sys.stderr)
            return EXIT_INPUT
        raise
