"""No code path can turn a user's file into running code (SPEC §2.1, issue 14).

Imported spreadsheets, project files and config JSON are untrusted. Deserialisers that
execute code (pickle, marshal, shelve, yaml.load, numpy ``allow_pickle=True``,
``pandas.read_pickle``) and ``eval``/``exec`` must therefore not appear anywhere in the
package. The scan walks the syntax tree rather than grepping, so Qt's ``dialog.exec()``
(a method, not the builtin) and words inside docstrings do not count.
"""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "loyalty_desktop"

FORBIDDEN_BUILTINS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_MODULES = {"pickle", "cPickle", "_pickle", "dill", "marshal", "shelve", "jsonpickle"}
FORBIDDEN_ATTRIBUTES = {("yaml", "load"), ("yaml", "unsafe_load"), ("yaml", "full_load"),
                        ("pd", "read_pickle"), ("pandas", "read_pickle")}
FORBIDDEN_METHODS = {"read_pickle", "to_pickle"}   # any receiver: DataFrame.to_pickle, pd.read_pickle


def forbidden_uses(source: str, filename: str = "<source>") -> list[str]:
    """Every dangerous construct in ``source`` as 'file:line what'."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        where = f"{filename}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            found += [f"{where} import {a.name}" for a in node.names
                      if a.name.split(".")[0] in FORBIDDEN_MODULES]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in FORBIDDEN_MODULES:
            found.append(f"{where} from {node.module} import")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in FORBIDDEN_BUILTINS:
                found.append(f"{where} {func.id}()")
            elif isinstance(func, ast.Attribute):
                owner = func.value.id if isinstance(func.value, ast.Name) else ""
                if (owner, func.attr) in FORBIDDEN_ATTRIBUTES or func.attr in FORBIDDEN_METHODS:
                    found.append(f"{where} {owner}.{func.attr}()")
            for keyword in node.keywords:
                if keyword.arg == "allow_pickle" and not (
                        isinstance(keyword.value, ast.Constant) and keyword.value.value is False):
                    found.append(f"{where} allow_pickle={ast.unparse(keyword.value)}")
    return found


def test_the_scanner_finds_each_kind_of_dangerous_call():
    # Guards the guard: if the scanner silently stopped matching, the real test would pass vacuously.
    planted = ("import pickle\nfrom marshal import loads\nimport shelve\nimport yaml\n"
               "eval('1')\nexec('x = 1')\nyaml.load(s)\nnp.load(f, allow_pickle=True)\n"
               "pd.read_pickle(p)\nframe.to_pickle(p)\n")
    found = forbidden_uses(planted)
    assert len(found) == 9, found   # yaml import itself is allowed (safe_load exists); 9 others


def test_qt_exec_methods_and_safe_loaders_are_not_flagged():
    harmless = ("dialog.exec()\nloop.exec()\nnp.load(f, allow_pickle=False)\n"
                "yaml.safe_load(s)\njson.loads(s)\n'eval(x) in a string'\n")
    assert forbidden_uses(harmless) == []


def test_no_pickle_eval_exec_marshal_yaml_load_or_shelve_in_the_package():
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 50, "the package was not found where the test expects it"
    found = [hit for path in files for hit in forbidden_uses(
        path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE.parent)))]
    assert found == [], "user data could reach a code-executing deserialiser:\n" + "\n".join(found)
