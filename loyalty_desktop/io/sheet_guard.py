"""Refuse workbooks that would make calamine abort the whole app, before calamine sees them.

calamine allocates a dense rows × columns grid from the first to the last used cell and,
like all Rust code, *aborts the process* when an allocation fails (calamine issues #693,
#684, #550): a valid 2 KB .xlsx with cells in A1 and XFD1048576 asks for 550 GB, and a
flipped byte in an .xls DIMENSIONS or cell record does the same. An abort cannot be caught,
so the bounds are checked here, cheaply, from the raw file:

- .xlsx/.xlsm: the largest row number and column letters used in each worksheet's XML, and
  the shared-string count against the size of the shared-string part;
- .xls: the compound-file header and sector chains, then every BIFF record of the Workbook
  stream (record lengths, cell rows/columns, DIMENSIONS, SST counts).
.ods needs no check: calamine enforces its own cell limit there.
"""
from __future__ import annotations

import os
import re
import struct
import zipfile

from ..engine.i18n import Catalogue
from .errors import ImportFailed

#: calamine keeps 32 bytes per cell: 30 million cells is about 1 GB.
MAX_CELLS = 30_000_000
CHUNK = 4 << 20

GUARD_MESSAGES = Catalogue("importing", {  # translated on lookup (engine/i18n.py)
    "too_big": ("The sheet \"{sheet}\" spans {rows:,} rows × {cols:,} columns, more than the "
                "{limit:,} cells this app can open. Often there is formatting far below or to the "
                "right of the data: delete those rows and columns in Excel, or save the sheet as "
                "CSV."),
    "damaged": "The file is damaged or not a real spreadsheet ({detail}).",
})
_WIDE = re.compile(rb' r="([A-Z]{2,4})\d')          # cells in column AA or beyond
_ANY_ROW = re.compile(rb' r="[A-Z]{0,4}(\d{1,10})"')  # row numbers of rows and cells
EXCEL_ROWS = 1_048_576
SAFE_WIDTH = MAX_CELLS // EXCEL_ROWS                   # 28 columns: safe at any row count
_UNIQUE = re.compile(rb"uniqueCount=\"(\d+)\"")


def check_workbook(path: str) -> None:
    """Raise :class:`ImportFailed` if opening ``path`` with calamine could abort the process."""
    with open(path, "rb") as handle:
        head = handle.read(8)
    if head[:4] == b"PK\x03\x04":
        _check_xlsx(path)
    elif head == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        _check_xls(path)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _check_xlsx(path: str) -> None:
    name = os.path.basename(path)
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                member = info.filename
                if member.startswith("xl/worksheets/") and member.endswith(".xml"):
                    rows, cols = _sheet_extent(archive, member)
                    if rows * cols > MAX_CELLS:
                        raise ImportFailed(name, GUARD_MESSAGES["too_big"].format(
                            sheet=member.rsplit("/", 1)[-1][:-4], rows=rows, cols=cols,
                            limit=MAX_CELLS))
                elif member == "xl/sharedStrings.xml":
                    with archive.open(info) as part:
                        start = part.read(4096)
                    found = _UNIQUE.search(start)
                    # Each shared string takes at least "<si><t/></si>" (13 bytes).
                    if found and int(found.group(1)) > info.file_size // 13 + 1:
                        raise ImportFailed(name, GUARD_MESSAGES["damaged"].format(
                            detail="impossible shared-string count"))
    except ImportFailed:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged zip is reported, never crashes
        raise ImportFailed(name, GUARD_MESSAGES["damaged"].format(
            detail=type(exc).__name__)) from None


def _sheet_extent(archive: zipfile.ZipFile, member: str) -> tuple[int, int]:
    """(rows, columns) bound of the grid calamine would allocate for a worksheet.

    Only cells in columns AA and beyond are looked at first (a literal-led regex, fast): a
    sheet no wider than :data:`SAFE_WIDTH` columns is safe whatever its row count, so the row
    numbers are scanned only for wide sheets."""
    cols = _scan(archive, member, _WIDE, lambda found: max(_column_number(c) for c in set(found)))
    if cols <= SAFE_WIDTH:
        return EXCEL_ROWS, cols
    rows = _scan(archive, member, _ANY_ROW, lambda found: max(int(r) for r in found))
    return rows, cols


def _scan(archive: zipfile.ZipFile, member: str, pattern: re.Pattern, largest) -> int:
    best, tail = 1, b""
    with archive.open(member) as part:
        while chunk := part.read(CHUNK):
            data = tail + chunk
            found = pattern.findall(data)
            if found:
                best = max(best, largest(found))
            tail = data[-64:]
    return best


# -- .xls: compound file (MS-CFB) and BIFF8 records (MS-XLS) --------------------------------------
CELL_RECORDS = {0x0203, 0x0204, 0x00FD, 0x027E, 0x0201, 0x0006, 0x0205, 0x00D6}
MULTI_RECORDS = {0x00BD, 0x00BE}
FREE, END = 0xFFFFFFFF, 0xFFFFFFFE


def _check_xls(path: str) -> None:
    name = os.path.basename(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        stream = _workbook_stream(data)
        _check_biff(stream)
    except ImportFailed:
        raise
    except _Broken as broken:
        raise ImportFailed(name, GUARD_MESSAGES["damaged"].format(detail=str(broken))) from None
    except (struct.error, IndexError, ValueError) as exc:
        raise ImportFailed(name, GUARD_MESSAGES["damaged"].format(
            detail=type(exc).__name__)) from None


class _Broken(Exception):
    pass


def _workbook_stream(data: bytes) -> bytes:
    """The "Workbook" stream of a compound file, every index checked against the file size."""
    if len(data) < 512:
        raise _Broken("too short")
    shift = struct.unpack_from("<H", data, 30)[0]
    if shift not in (9, 12):
        raise _Broken("bad sector size")
    size = 1 << shift
    sectors = (len(data) - 512) // size + 1
    fat_count, dir_start = struct.unpack_from("<II", data, 44)
    mini_cutoff, mini_start, mini_count, difat_start, difat_count = struct.unpack_from(
        "<IIIII", data, 56)
    if fat_count > sectors or difat_count > sectors or mini_count > sectors:
        raise _Broken("impossible sector counts")

    def sector(index: int) -> bytes:
        if index >= sectors:
            raise _Broken("sector outside the file")
        return data[512 + index * size: 512 + (index + 1) * size]

    fat_sectors = [i for i in struct.unpack_from("<109I", data, 76) if i not in (FREE, END)]
    next_difat = difat_start
    for _ in range(difat_count):
        block = struct.unpack(f"<{size // 4}I", sector(next_difat))
        fat_sectors += [i for i in block[:-1] if i not in (FREE, END)]
        next_difat = block[-1]
    fat: list[int] = []
    for index in fat_sectors[:fat_count]:
        fat += struct.unpack(f"<{size // 4}I", sector(index))

    def chain(start: int) -> bytes:
        out, index, seen = [], start, 0
        while index not in (END, FREE):
            seen += 1
            if seen > sectors or index >= len(fat):
                raise _Broken("broken sector chain")
            out.append(sector(index))
            index = fat[index]
        return b"".join(out)

    directory = chain(dir_start)
    for offset in range(0, len(directory) - 127, 128):
        entry = directory[offset:offset + 128]
        length = min(struct.unpack_from("<H", entry, 64)[0], 64)
        entry_name = entry[:max(length - 2, 0)].decode("utf-16-le", "replace")
        if entry_name in ("Workbook", "Book") and entry[66] == 2:
            start, stream_size = struct.unpack_from("<II", entry, 116)
            if stream_size > len(data):
                raise _Broken("stream larger than the file")
            if stream_size < mini_cutoff:
                return b""     # tiny stream in the mini-stream: too small to be dangerous
            return chain(start)[:stream_size]
    raise _Broken("no Workbook stream")


def _check_biff(stream: bytes) -> None:
    """Every record inside the stream; cells within BIFF8's 65,536 × 256 grid; SST counts sane."""
    position = 0
    while position + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, position)
        body = stream[position + 4: position + 4 + length]
        if length > 8224 or len(body) < length:
            raise _Broken("record longer than allowed")
        if kind in CELL_RECORDS and length >= 4:
            _, col = struct.unpack_from("<HH", body, 0)
            if col > 255:
                raise _Broken("cell outside the sheet")
        elif kind in MULTI_RECORDS and length >= 6:
            last = struct.unpack_from("<H", body, length - 2)[0]
            if last > 255:
                raise _Broken("cell outside the sheet")
        elif kind == 0x0200 and length >= 12:
            first_row, rows, first_col, cols = struct.unpack_from("<IIHH", body, 0)
            if not (first_row <= rows <= 65536 and first_col <= cols <= 256):
                raise _Broken("sheet larger than an .xls can be")
        elif kind == 0x00FC and length >= 8:
            _, unique = struct.unpack_from("<II", body, 0)
            if unique > len(stream):
                raise _Broken("impossible shared-string count")
        position += 4 + length
