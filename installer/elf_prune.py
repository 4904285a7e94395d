"""Post-build clean-up of the Linux bundle that file-name rules cannot do (``trim.py`` decides by
name what PyInstaller collects; this works on the collected ELF files).

1. **Dead links.** ``libarrow_python`` and every pyarrow extension module list
   ``libarrow_substrait``, ``libarrow_dataset`` and ``libarrow_acero`` (7.4 MB) as NEEDED, but
   ``ldd -u -r`` shows that not one of their symbols binds to them: the linker flags came with
   Arrow's CMake, only ``pyarrow._substrait``/``_dataset``/``_acero`` (left out, ``trim.py``) call
   into them. We delete the NEEDED entries from each file and then the libraries. Every
   removal is checked with ``ldd -u -r`` first; if any file really uses the library, nothing
   changes. (Same operation as ``patchelf --remove-needed``, done here so the build needs no
   extra tool: the ``.dynamic`` array is rewritten in place, nothing else moves.)
2. **Duplicates.** numpy's and scipy's wheels both vendor the same libgfortran and libquadmath
   (byte-identical, same SONAME, so the loader maps only one); the second copy becomes a relative
   symlink to the first (3.1 MB).
3. **Dangling links.** PyInstaller links ``_internal/libQt6Network.so.6`` etc. to files ``trim.py``
   left out; the links go.
"""
from __future__ import annotations

import hashlib
import os
import struct
import subprocess
from pathlib import Path

#: NEEDED entries to cut where no symbol binds to them, and the library to delete afterwards
#: (in this order: substrait calls into dataset and acero, dataset into acero)
UNLINKED = ("libarrow_substrait.so.", "libarrow_dataset.so.", "libarrow_acero.so.")
_DT_NULL, _DT_NEEDED, _DT_STRTAB = 0, 1, 5
_PT_LOAD, _PT_DYNAMIC = 1, 2


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with open(path, "rb") as handle:
        return handle.read(4) == b"\x7fELF"


def _dynamic(data: bytes) -> tuple[int, list[tuple[int, int]], int]:
    """(file offset of .dynamic, its (tag, value) entries up to DT_NULL, offset of the string
    table) of a little-endian ELF64 file."""
    if data[4] != 2 or data[5] != 1:
        raise ValueError("not a little-endian ELF64 file")
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    segments = [struct.unpack_from("<IIQQQQQQ", data, phoff + i * phentsize) for i in range(phnum)]
    dynamic = next((s for s in segments if s[0] == _PT_DYNAMIC), None)
    if dynamic is None:
        raise ValueError("no dynamic section (a static file)")
    entries = []
    for offset in range(dynamic[2], dynamic[2] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", data, offset)
        if tag == _DT_NULL:
            break
        entries.append((tag, value))
    strtab = next(value for tag, value in entries if tag == _DT_STRTAB)
    load = next(s for s in segments if s[0] == _PT_LOAD and s[3] <= strtab < s[3] + s[5])
    return dynamic[2], entries, strtab - load[3] + load[2]


def needed(path: Path) -> list[str]:
    data = path.read_bytes()
    try:
        _, entries, strings = _dynamic(data)
    except (ValueError, StopIteration):
        return []
    return [data[strings + value:data.index(b"\0", strings + value)].decode()
            for tag, value in entries if tag == _DT_NEEDED]


def remove_needed(path: Path, soname: str) -> bool:
    """Delete the DT_NEEDED entry ``soname`` from ``path``; True if there was one."""
    data = bytearray(path.read_bytes())
    start, entries, _ = _dynamic(bytes(data))
    names = needed(path)
    kept, index = [], 0
    for tag, value in entries:
        if tag == _DT_NEEDED:
            index += 1
            if names[index - 1] == soname:
                continue
        kept.append((tag, value))
    if len(kept) == len(entries):
        return False
    for i, (tag, value) in enumerate(kept + [(_DT_NULL, 0)] * (len(entries) - len(kept) + 1)):
        struct.pack_into("<qQ", data, start + 16 * i, tag, value)
    path.write_bytes(bytes(data))
    return True


def _library_dirs(folder: Path) -> str:
    return ":".join(sorted({str(p.parent) for p in folder.rglob("*.so*")}))


def unused_by(path: Path, soname: str, library_path: str) -> bool:
    """``ldd -u -r``: no symbol of ``path`` binds to ``soname``."""
    result = subprocess.run(["ldd", "-u", "-r", str(path)], capture_output=True, text=True,
                            env={**os.environ, "LD_LIBRARY_PATH": library_path})
    return any(line.strip().endswith("/" + soname) for line in result.stdout.splitlines())


def unlink_unused(folder: Path, prefixes: tuple[str, ...] = UNLINKED) -> int:
    """Cut the NEEDED entries of ``prefixes`` and delete those libraries; bytes saved."""
    saved = 0
    library_path = _library_dirs(folder)
    for prefix in prefixes:  # one at a time: a deleted library no longer counts as a user
        elves = [p for p in folder.rglob("*") if is_elf(p)]
        library = next((p for p in elves if p.name.startswith(prefix)), None)
        if library is None:
            continue
        users = [p for p in elves if p != library and library.name in needed(p)]
        if not all(unused_by(p, library.name, library_path) for p in users):
            print(f"elf_prune: {library.name} is used by one of {[p.name for p in users]}; kept")
            continue
        for user in users:
            remove_needed(user, library.name)
        saved += library.stat().st_size
        library.unlink()
    return saved


def link_duplicates(folder: Path) -> int:
    """Replace byte-identical copies of an ELF file by relative symlinks; bytes saved."""
    first: dict[tuple[int, str], Path] = {}
    saved = 0
    for path in sorted(p for p in folder.rglob("*") if is_elf(p)):
        key = (path.stat().st_size, hashlib.sha256(path.read_bytes()).hexdigest())
        if key not in first:
            first[key] = path
            continue
        saved += key[0]
        path.unlink()
        path.symlink_to(os.path.relpath(first[key], path.parent))
    return saved


def remove_dangling_links(folder: Path) -> int:
    dangling = [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()]
    for link in dangling:
        link.unlink()
    return len(dangling)


def prune_bundle(folder: Path) -> int:
    """All three steps; bytes saved."""
    saved = unlink_unused(folder) + link_duplicates(folder)
    remove_dangling_links(folder)
    return saved
