"""Collect the licences of everything the installers bundle into one ``licenses/`` folder.

Shipping Qt (LGPL-3.0), Python (PSF), pyarrow (Apache-2.0, with its NOTICE), numpy/scipy (BSD,
with the bundled OpenBLAS/gfortran notices) etc. requires passing their licence texts on.
The list is the app's runtime dependency closure read from the installed metadata — the same set
PyInstaller bundles — plus CPython and the PyInstaller bootloader, which are not Python packages.

    .venv/bin/python installer/collect_licenses.py OUT_DIR
"""
from __future__ import annotations

import re
import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

LICENSE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS|COPYRIGHT)[^/]*$", re.IGNORECASE)
#: licences whose text the wheel does not carry (PySide6/shiboken6 only state it in METADATA);
#: Debian and Ubuntu keep the canonical texts in /usr/share/common-licenses
COMMON_LICENSES = Path("/usr/share/common-licenses")
TEXT_FOR_EXPRESSION = {"LGPL-3.0": "LGPL-3", "GPL-3.0": "GPL-3", "GPL-2.0": "GPL-2",
                       "Apache-2.0": "Apache-2.0"}


def runtime_closure(root: str = "loyalty-desktop") -> list[metadata.Distribution]:
    """``root`` and every distribution it needs at run time (extras and unmet markers skipped)."""
    seen: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(requirement.name)
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def licence_name(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression") or ""
    if expression:
        return expression
    licence = (meta.get("License") or "").strip()
    if licence and "\n" not in licence and len(licence) < 80:
        return licence
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return "; ".join(classifiers) or "see the files in this folder"


def _copy_files(dist: metadata.Distribution, target: Path) -> int:
    copied = 0
    for entry in dist.files or []:
        if LICENSE_FILE.search(str(entry)) and not str(entry).endswith((".py", ".pyc")):
            source = Path(dist.locate_file(entry))
            if source.is_file():
                target.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target / source.name)
                copied += 1
    return copied


def _copy_common_texts(expression: str, target: Path) -> int:
    copied = 0
    for spdx, text in TEXT_FOR_EXPRESSION.items():
        if spdx in expression and (COMMON_LICENSES / text).is_file():
            target.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(COMMON_LICENSES / text, target / f"{text}.txt")
            copied += 1
    return copied


MIT_TEXT = """MIT License

Copyright (c) 2026 Loyalty Desktop founding engineers

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def _own_licence(folder: Path) -> int:
    """The app's own licence: the repository's LICENSE file when there is one, else the MIT text
    pyproject declares (``license = "MIT"``)."""
    folder.mkdir(parents=True, exist_ok=True)
    repo_licence = Path(__file__).resolve().parents[1] / "LICENSE"
    text = repo_licence.read_text(encoding="utf-8") if repo_licence.is_file() else MIT_TEXT
    (folder / "LICENSE.txt").write_text(text, encoding="utf-8")
    return 1


def _extra_components(out: Path) -> list[str]:
    """CPython and the PyInstaller bootloader: bundled, but not in the dependency metadata."""
    lines = []
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.is_file():
        (out / "python").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(python_licence, out / "python" / "LICENSE.txt")
    lines.append(f"python {sys.version.split()[0]}: PSF-2.0 (python/)")
    try:
        pyinstaller = metadata.distribution("pyinstaller")
        _copy_files(pyinstaller, out / "pyinstaller-bootloader")
        lines.append(f"pyinstaller bootloader {pyinstaller.version}: GPL-2.0-or-later with the "
                     "bootloader exception, which allows bundling any program (pyinstaller-bootloader/)")
    except metadata.PackageNotFoundError:
        pass
    return lines


def collect_licenses(out: Path) -> Path:
    """Write ``out/<distribution>/…`` licence files and ``out/README.txt`` listing every component."""
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    lines = ["Loyalty Desktop bundles the following components, each under its own licence.",
             "Loyalty Desktop itself is under the MIT licence.", ""]
    for dist in runtime_closure():
        name, expression = dist.metadata["Name"], licence_name(dist)
        folder = out / re.sub(r"[^A-Za-z0-9_.-]+", "-", name.lower())
        found = _copy_files(dist, folder) + _copy_common_texts(expression, folder)
        if name == "loyalty-desktop":
            found += _own_licence(folder)
        note = f" ({folder.name}/)" if found else " (no licence file shipped with the package)"
        lines.append(f"{name} {dist.version}: {expression}{note}")
    lines += _extra_components(out)
    lines += ["", "Qt 6 (inside PySide6) is used under the LGPL-3.0: its libraries are separate",
              "shared files in this folder's parent and may be replaced by the user."]
    (out / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    print(collect_licenses(Path(sys.argv[1] if len(sys.argv) > 1 else "build/licenses")) / "README.txt")
