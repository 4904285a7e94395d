"""What kind of bytes a file holds: encoding, delimiter, and whether it is a table at all.

Detection looks at the first :data:`SAMPLE_BYTES` only, so a 1 GB file is judged in
milliseconds; the full parse later confirms the encoding (and falls back to cp1252 if a
later byte is not UTF-8).
"""
from __future__ import annotations

import codecs
import csv
import io
import struct
import zipfile
from dataclasses import dataclass

from ..engine.i18n import Catalogue

SAMPLE_BYTES = 256 * 1024
MAX_COLUMNS = 2_000
DELIMITERS = (",", ";", "\t", "|")

MESSAGES = Catalogue("importing", {  # translated on lookup (engine/i18n.py)
    "empty": "The file is empty. Export the data again and choose this new file.",
    "binary": ("This does not look like a table: it contains binary data. Export the data as "
               "CSV or Excel (.xlsx) and try again."),
    "long_line": ("The first line is longer than {limit:,} bytes; this does not look like a "
                  "table export. Check that you chose the right file."),
    "columns": ("The file has {count:,} or more columns; at most {limit:,} are supported. Check "
                "that you chose the right file and delimiter."),
})


@dataclass(frozen=True)
class TextSample:
    """The decoded start of a delimited file and what was detected about it."""

    encoding: str          # Python codec name, e.g. "utf-8", "utf-8-sig", "utf-16", "cp1251"
    bom_bytes: int         # bytes to skip at the start
    text: str              # decoded sample (whole lines only, unless the file is shorter)
    complete: bool         # the sample is the whole file


def looks_like_zip(head: bytes) -> bool:
    return head[:4] == b"PK\x03\x04" or head[:4] == b"PK\x05\x06"


def looks_like_ole2(head: bytes) -> bool:
    """Old binary Excel (.xls) and other Office 97 files start with this signature."""
    return head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def detect_encoding(head: bytes) -> tuple[str, int]:
    """Codec name and BOM length. UTF-16 by BOM or NUL pattern; else UTF-8; else cp1251/cp1252.

    cp1251 vs cp1252: Russian text is runs of high bytes (every Cyrillic letter is ≥ 0xC0),
    Western text has isolated ones (é, ö, å between ASCII letters).

    A UTF-8 BOM can lie: some tools put one in front of Windows-1251/1252 text. When the
    bytes after it are not valid UTF-8, the BOM is skipped and the real encoding detected.
    """
    if head.startswith(codecs.BOM_UTF8):
        if _is_utf8(head[3:]):
            return "utf-8", 3
        return _legacy_encoding(head[3:]), 3
    if head.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", 2
    if head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", 2
    sample = head[:4096]
    if len(sample) >= 4:
        even_nuls = sample[0::2].count(0) / max(1, len(sample[0::2]))
        odd_nuls = sample[1::2].count(0) / max(1, len(sample[1::2]))
        if odd_nuls > 0.3 and even_nuls < 0.05:
            return "utf-16-le", 0
        if even_nuls > 0.3 and odd_nuls < 0.05:
            return "utf-16-be", 0
    if _is_utf8(head):
        return "utf-8", 0
    return _legacy_encoding(head), 0


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the end of the sample still counts as UTF-8.
        return exc.start >= len(data) - 3 and exc.reason.startswith("unexpected end")


def _legacy_encoding(head: bytes) -> str:
    """cp1251 or cp1252 for 8-bit text that is not UTF-8 (see :func:`detect_encoding`)."""
    high = [i for i, b in enumerate(head) if b >= 0x80]
    if not high:
        return "cp1252"
    paired = sum(1 for i in high if (i + 1 < len(head) and head[i + 1] >= 0x80)
                 or (i > 0 and head[i - 1] >= 0x80))
    return "cp1251" if paired / len(high) > 0.5 else "cp1252"


def is_binary(head: bytes, encoding: str) -> bool:
    """NUL bytes or many control characters in a file that is not UTF-16 → not text."""
    if encoding.startswith("utf-16"):
        return False
    sample = head[:65536]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(sample) // 100)


_CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 32))


def decode_sample(head: bytes, encoding: str, bom: int, complete: bool) -> TextSample:
    """Decode the head; drop a trailing partial line unless the head is the whole file."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    text = decoder.decode(head[bom:], final=complete)
    if not complete:
        cut = text.rfind("\n")
        if cut >= 0:               # without a newline the caller reports a too-long line
            text = text[:cut + 1]
    return TextSample(encoding=encoding, bom_bytes=bom, text=text, complete=complete)


def sample_rows(text: str, delimiter: str, limit: int = 200) -> list[list[str]]:
    """The first ``limit`` records of a decoded sample, parsed with the csv module."""
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        for row in reader:
            rows.append(row)
            if len(rows) >= limit:
                break
    except csv.Error:
        pass   # an unterminated quote in the sample: judge by what parsed
    return rows


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the most sample lines into the same number (≥ 2) of fields.

    Scored on records, not lines, so quoted commas and decimal commas in ``;`` files do not
    fool it; preamble lines simply fail to agree with the modal width.
    """
    best, best_score = ",", (0, 0)
    lines = text[:65536]
    for delimiter in DELIMITERS:
        if delimiter not in lines:
            continue                 # every record would be one field
        widths = [len(r) for r in sample_rows(lines, delimiter, 100) if any(c.strip() for c in r)]
        if not widths:
            continue
        modal = max(set(widths), key=widths.count)
        if modal < 2:
            continue
        score = (widths.count(modal), modal)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def zip_members_safe(path: str, limit_bytes: int = 1_500_000_000, max_ratio: int = 200) -> str | None:
    """None if a zip container looks sane, else the reason (zip bomb, damaged archive)."""
    try:
        with zipfile.ZipFile(path) as archive:
            total = 0
            for info in archive.infolist():
                total += info.file_size
                if info.file_size > 50_000_000 and info.compress_size * max_ratio < info.file_size:
                    return ("The file expands to far more data than it holds (a 'zip bomb'); "
                            "it was not opened.")
            if total > limit_bytes:
                return (f"The file would expand to {total / 1e9:.1f} GB; at most "
                        f"{limit_bytes / 1e9:.1f} GB is supported.")
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError,
            KeyError, UnicodeDecodeError, struct.error) as exc:   # each seen on broken zips
        return f"The file is damaged or not a real spreadsheet ({type(exc).__name__})."
    return None
