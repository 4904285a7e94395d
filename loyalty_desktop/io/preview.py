"""What the import wizard shows before importing: the first rows and every detected setting.

Reads only the first few hundred rows, so the preview refreshes instantly while the owner
changes the encoding, delimiter, header row or sheet. The full import later decides the day/
month order from the whole column; here a sample that is already ambiguous is flagged.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field

import pandas as pd
import pyarrow as pa

from .dates import parse_dates
from .errors import ImportFailed
from .importer import ImportOptions, missing_fields
from .mapping import FIELDS, guess_kind, guess_mapping, restrict
from .numbers import detect_decimal
from .presets import match_preset, preset_mapping
from .reader import read_raw
from .rows import text
from .table import drop_blank_and_footer


@dataclass
class Preview:
    """The wizard's first page: detected settings, first rows, and the mapping guess."""

    file: str
    names: list[str] = field(default_factory=list)
    rows: pd.DataFrame = field(default_factory=pd.DataFrame)   # first rows, as text
    format: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int | None = None
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    decimal: str | None = None
    date_order: str | None = None
    date_order_unclear: bool = False
    preset: str | None = None
    kind: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    problem: str | None = None                                # why the file cannot be read

    @property
    def header_key(self) -> str:
        """Identifies a header set, so a hand-made mapping is offered again for the same layout."""
        return hashlib.sha1("\x1f".join(self.names).encode("utf-8")).hexdigest()


def preview_file(path: str | os.PathLike, options: ImportOptions | None = None,
                 rows: int = 50) -> Preview:
    """Detected settings and the first ``rows`` rows; never raises for a bad file."""
    path = os.fspath(path)
    options = options or ImportOptions()
    preview = Preview(file=os.path.basename(path))
    try:
        raw = read_raw(path, encoding=options.encoding, delimiter=options.delimiter,
                       header_row=options.header_row, sheet=options.sheet, preview=True)
    except ImportFailed as failure:
        preview.problem = failure.reason
        return preview
    except Exception as exc:  # the preview must never take the wizard down
        preview.problem = f"The file could not be read ({type(exc).__name__})."
        return preview
    raw = drop_blank_and_footer(raw)
    preview.names = list(raw.names)
    preview.rows = pd.DataFrame({n: _as_text(text(raw, n))[:rows] for n in raw.names},
                                columns=raw.names)
    preview.format, preview.encoding, preview.delimiter = raw.format, raw.encoding, raw.delimiter
    preview.header_row, preview.sheet, preview.sheets = raw.header_row, raw.sheet, list(raw.sheets)
    preset = match_preset(raw.names)
    if preset and options.kind and preset.kind != options.kind:
        preset = None
    preview.preset = preset.name if preset else "generic"
    guessed = preset_mapping(preset, raw.names) if preset else guess_mapping(raw.names, options.kind)
    preview.kind = options.kind or (preset.kind if preset else None) or guess_kind(guessed)
    if preview.kind and not preset and not options.kind:
        guessed = guess_mapping(raw.names, preview.kind)
    mapping = options.mapping or guessed
    preview.mapping = restrict(mapping, preview.kind, raw.names) if preview.kind else {}
    preview.missing = missing_fields(preview.kind, preview.mapping) if preview.kind else []
    money = [raw.columns[c] for f, c in preview.mapping.items()
             if f in ("amount", "unit_price", "quantity")]
    preview.decimal = options.decimal or (preset.decimal if preset else None) or detect_decimal(
        money, raw.delimiter)
    date_column = preview.mapping.get("date") or preview.mapping.get("signup_date")
    if date_column:
        dates = parse_dates(raw.columns[date_column], options.date_order or (
            preset.date_order if preset else None))
        preview.date_order, preview.date_order_unclear = dates.order, dates.ambiguous
    return preview


def _as_text(column: pa.Array) -> list[str]:
    return ["" if v is None else str(v) for v in column.to_pylist()]


def fields_for(kind: str) -> tuple[str, ...]:
    """The fields the mapping page offers for a kind of data."""
    return FIELDS[kind]
