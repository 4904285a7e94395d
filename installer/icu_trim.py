"""Shrink Qt's ICU data library (libicudata, 31 MB) to the app's five languages (~3 MB).

Qt Core links ICU for collation (QCollator), code pages and time-zone names; the data library holds
the CLDR data of ~800 locales, 200 legacy code-page converters and CJK/Thai word dictionaries.
The app speaks en, sv, da, nl and ru, decodes files in Python (not with Qt's ICU converters)
and breaks text with Qt's own Unicode tables, so the rest is dead weight.

The data is one exported symbol, ``icudt<NN>_dat``, in a library that contains nothing else.
We cut it out of the library, drop items with ICU's own ``icupkg``, and assemble a new library
exporting the same symbol under the same SONAME. Needs ``icupkg`` (Debian: icu-devtools),
``readelf``, ``nm`` and ``gcc``; without them the bundle keeps the full library.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

#: the app's languages (SPEC §7); "root" is ICU's fallback for every locale and must stay
KEEP_LANGUAGES = {"root", "en", "sv", "da", "nl", "ru"}
_LOCALE = re.compile(r"^(?P<lang>[a-z]{2,3})(_[A-Za-z0-9]*)*$")  # "de_" is an item too
#: never used by Qt for this app: code-page converters, stringprep profiles, spoof checking and
#: transliteration rules; and what no ICU function Qt imports reads. Qt 6 calls only ucol_*
#: (QCollator), ucnv_* (QStringConverter) and ucal_* (time-zone names, which need zone/, lang/ and
#: region/): ``nm -D --undefined-only libQt6*.so | grep _73``. Its text boundaries and case
#: mapping are Qt's own, so the break-iterator rules and CJK/Thai dictionaries (brkitr/, 3.4 MB),
#: currency and unit display names, number spell-out rules and character names go too.
_UNUSED = re.compile(r"(\.cnv|\.spp|\.cfu)$|^(translit|brkitr|curr|unit|rbnf)/|^unames\.icu$")
TOOLS = ("icupkg", "readelf", "nm", "gcc")


def unused_items(items: list[str]) -> list[str]:
    """ICU package items to delete, e.g. ``de.res``, ``coll/ja.res``, ``ibm-1047_P100-1995.cnv``."""
    drop = []
    for item in items:
        name = item.rsplit("/", 1)[-1].removesuffix(".res")
        locale = _LOCALE.match(name) if item.endswith(".res") and name != "res_index" else None
        if _UNUSED.search(item) or (locale and locale["lang"] not in KEEP_LANGUAGES):
            drop.append(item)
    return drop


def _symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the ``icudtNN_dat`` blob."""
    line = next(line for line in subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)],
                                                capture_output=True, text=True, check=True).stdout.splitlines()
                if re.search(r" icudt\d+_dat$", line))
    address, size, _, name = line.split()
    address, size = int(address, 16), int(size, 16)
    sections = subprocess.run(["readelf", "-S", "-W", str(library)], capture_output=True, text=True,
                              check=True).stdout
    for match in re.finditer(r"\]\s+\S+\s+\S+\s+([0-9a-f]{16})\s+([0-9a-f]+)\s+([0-9a-f]+)", sections):
        start, offset, length = (int(group, 16) for group in match.groups())
        if start <= address < start + length:
            return name, address - start + offset, size
    raise ValueError(f"{library}: {name} is in no section")


def trim_icu_data(library: Path) -> int:
    """Replace ``library`` (libicudata.so.NN) in place by a trimmed one; returns bytes saved
    (0 when a tool is missing or the library is not a plain data library)."""
    if not all(shutil.which(tool) for tool in TOOLS):
        return 0
    before = library.stat().st_size
    name, offset, size = _symbol(library)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # icupkg takes the package name (item prefix) from the file name: icudt73l.dat
        package = f"{name.removesuffix('_dat')}l.dat"
        full, small = work / "full" / package, work / "small" / package
        full.parent.mkdir()
        small.parent.mkdir()
        with open(library, "rb") as handle:
            handle.seek(offset)
            full.write_bytes(handle.read(size))
        listing = subprocess.run(["icupkg", "-l", str(full)], capture_output=True,
                                 text=True, check=True).stdout.split()
        (work / "drop.txt").write_text("\n".join(unused_items(listing)) + "\n")
        subprocess.run(["icupkg", "-r", str(work / "drop.txt"), str(full), str(small)],
                       check=True, capture_output=True)
        (work / "data.S").write_text(
            f'.section .rodata\n.globl {name}\n.type {name}, @object\n.balign 16\n'
            f'{name}:\n.incbin "{small}"\n.size {name}, .-{name}\n'
            '.section .note.GNU-stack,"",@progbits\n')
        soname = library.name
        subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-Wl,-s",
                        "-o", str(work / soname), str(work / "data.S")], check=True)
        shutil.copyfile(work / soname, library)
    return before - library.stat().st_size
