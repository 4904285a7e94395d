"""Choose the reader by what the file *is*, not only by its extension.

Shops send "xls" files that are really HTML or tab-separated text, and CSVs that are
really xlsx; the first bytes decide. Supported: .csv .txt .tsv (text) and .xlsx .xlsm
.xls .ods (spreadsheets).
"""
from __future__ import annotations

import os

from .delimited import read_delimited
from .errors import ImportFailed
from .sniff import MESSAGES, looks_like_ole2, looks_like_zip
from .spreadsheet import read_spreadsheet
from .table import RawTable

TEXT_EXTENSIONS = (".csv", ".txt", ".tsv", ".tab")
SHEET_EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods")
READER_MESSAGES = {
    "missing": "The file does not exist. Check the name and try again.",
    "folder": "This is a folder, not a file.",
}


def read_raw(path: str, *, encoding: str | None = None, delimiter: str | None = None,
             header_row: int | None = None, sheet: str | None = None,
             preview: bool = False) -> RawTable:
    """The file's data below its header, with the detected settings filled in
    (``preview``: only the first few hundred rows, for the wizard)."""
    name = os.path.basename(path)
    if not os.path.exists(path):
        raise ImportFailed(name, READER_MESSAGES["missing"])
    if os.path.isdir(path):
        raise ImportFailed(name, READER_MESSAGES["folder"])
    with open(path, "rb") as handle:
        head = handle.read(8)
    if not head:
        raise ImportFailed(name, MESSAGES["empty"])
    extension = os.path.splitext(path)[1].lower()
    if looks_like_zip(head) or looks_like_ole2(head):
        return read_spreadsheet(path, sheet=sheet, header_row=header_row, preview=preview)
    if extension == ".tsv" and delimiter is None:
        delimiter = "\t"
    table = read_delimited(path, encoding=encoding, delimiter=delimiter, header_row=header_row,
                           preview=preview)
    if extension in SHEET_EXTENSIONS:
        table.format = f"{extension.lstrip('.')} (text)"
    elif extension in TEXT_EXTENSIONS:
        table.format = extension.lstrip(".")
    return table
