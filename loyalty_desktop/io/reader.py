"""Choose the reader by what the file *is*, not only by its extension.

Shops send "xls" files that are really HTML or tab-separated text, and CSVs that are
really xlsx; the first bytes decide. Supported: .csv .txt .tsv (text) and .xlsx .xlsm
.xls .ods (spreadsheets).
"""
from __future__ import annotations

import gzip
import os
import tempfile
import zlib

from ..engine.i18n import Catalogue
from .delimited import TypePlan, read_delimited
from .errors import ImportFailed
from .sniff import MESSAGES, looks_like_ole2, looks_like_zip
from .spreadsheet import read_spreadsheet
from .table import RawTable

TEXT_EXTENSIONS = (".csv", ".txt", ".tsv", ".tab")
SHEET_EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods")
READER_MESSAGES = Catalogue("importing", {  # translated on lookup (engine/i18n.py)
    "missing": "The file does not exist. Check the name and try again.",
    "folder": "This is a folder, not a file.",
    "gzip_bomb": ("The compressed file expands to more than {limit} GB; it was not opened "
                  "(a 'zip bomb'?)."),
    "gzip_damaged": "The compressed file is damaged ({detail}).",
})
GZIP_MAGIC = b"\x1f\x8b"
GZIP_LIMIT = 2_000_000_000
PREVIEW_BYTES = 1 << 20        # a preview of a .gz needs only its start


def _read_gzipped(path: str, **options) -> RawTable:
    """A .csv.gz export: unpacked (at most :data:`GZIP_LIMIT` bytes) to a temporary file."""
    name = os.path.basename(path)
    inner = name[:-3] if name.lower().endswith(".gz") else name + ".csv"
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder:
        target = os.path.join(folder, inner)
        written = 0
        limit = PREVIEW_BYTES if options.get("preview") else GZIP_LIMIT
        try:
            with gzip.open(path, "rb") as source, open(target, "wb") as out:
                while written < limit and (chunk := source.read(1 << 20)):
                    written += len(chunk)
                    if written > GZIP_LIMIT:
                        raise ImportFailed(name, READER_MESSAGES["gzip_bomb"].format(
                            limit=GZIP_LIMIT // 1_000_000_000))
                    out.write(chunk)
        except (OSError, EOFError, zlib.error) as exc:
            raise ImportFailed(name, READER_MESSAGES["gzip_damaged"].format(
                detail=type(exc).__name__)) from None
        table = read_raw(target, **options)   # Arrow copies cell text, so the file can go
    table.format = f"{table.format}.gz"
    return table


def is_spreadsheet(path: str) -> bool:
    with open(path, "rb") as handle:
        head = handle.read(8)
    return looks_like_zip(head) or looks_like_ole2(head)


def read_raw(path: str, *, encoding: str | None = None, delimiter: str | None = None,
             header_row: int | None = None, sheet: str | None = None,
             preview: bool = False, plan: TypePlan | None = None,
             layout: object | None = None) -> RawTable:
    """The file's data below its header, with the detected settings filled in
    (``preview``: only the first few hundred rows, for the wizard; ``layout``: a preview
    read's ``RawTable.layout`` of the same file with the same options)."""
    name = os.path.basename(path)
    if not os.path.exists(path):
        raise ImportFailed(name, READER_MESSAGES["missing"])
    if os.path.isdir(path):
        raise ImportFailed(name, READER_MESSAGES["folder"])
    with open(path, "rb") as handle:
        head = handle.read(8)
    if not head:
        raise ImportFailed(name, MESSAGES["empty"])
    if head[:2] == GZIP_MAGIC:
        return _read_gzipped(path, encoding=encoding, delimiter=delimiter, header_row=header_row,
                             sheet=sheet, preview=preview, plan=plan)
    extension = os.path.splitext(path)[1].lower()
    if looks_like_zip(head) or looks_like_ole2(head):
        return read_spreadsheet(path, sheet=sheet, header_row=header_row, preview=preview)
    if plan and extension in SHEET_EXTENSIONS:
        plan = None
    if extension == ".tsv" and delimiter is None:
        delimiter = "\t"
    table = read_delimited(path, encoding=encoding, delimiter=delimiter, header_row=header_row,
                           preview=preview, plan=plan, layout=layout)
    if extension in SHEET_EXTENSIONS:
        table.format = f"{extension.lstrip('.')} (text)"
    elif extension in TEXT_EXTENSIONS:
        table.format = extension.lstrip(".")
    return table
