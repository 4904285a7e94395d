"""Read .csv/.txt/.tsv exports into a :class:`RawTable` of string columns.

The fast path is ``pyarrow.csv`` with every column read as text (so ids keep leading zeros
and "1.234,50" is not misread) — the numbers and dates are parsed later, vectorised, once the
whole column has been seen. Rows whose field count differs from the header (a "Total;9"
footer, a stray extra value) make pyarrow lose track of row numbers, so such files are
re-read with the csv module, which numbers every record exactly.
"""
from __future__ import annotations

import codecs
import csv
import io
import mmap
import os
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

from ..engine.i18n import Catalogue
from .errors import DataProblem, ImportFailed
from .sniff import (MAX_COLUMNS, MESSAGES, SAMPLE_BYTES, decode_sample,
                    detect_delimiter, detect_encoding, is_binary, sample_rows)
from .table import (RawTable, RowNumbers, detect_header_row, is_two_row_header,
                    merge_two_row_header, unique_names)
from .threads import helpers, in_parallel

#: Files above this size are not re-read with the (slower, exact) csv module.
CSV_MODULE_LIMIT = 300_000_000
#: pyarrow parses blocks of the file in parallel: the blocks per thread (so each thread gets
#: the same share; 16 MB blocks split a 43 MB file 16+16+11 over two cores), within limits.
BLOCKS_PER_THREAD = 2
BLOCK_LIMITS = (1 << 20, 64 << 20)

READ_MESSAGES = Catalogue("importing", {  # translated on lookup (engine/i18n.py)
    "extra": "this row has {got} values but the header has {want} columns",
    "parse": ("The file could not be read as a table ({detail}). Check for an unclosed quote "
              "(\") or a line that is far too long."),
    "no_data": "The file has a header but no data rows.",
    "huge_cell": ("a value here is longer than {limit:,} characters; this does not look like a "
                  "table export. Check for an unclosed quote (\") or choose the right file."),
    "encoding": "The file is not in the chosen text encoding {encoding!r}.",
})


@dataclass(frozen=True)
class TypePlan:
    """Columns whose sample proved clean enough for pyarrow to parse them while reading.

    The fast path for big files: plain numbers (``decimal`` mark, no currency or thousands
    separator) and dates in one strptime format. If any value in the whole file breaks the
    plan, pyarrow refuses the file and it is read again as text (the exact, slower path)."""

    floats: tuple[str, ...] = ()
    decimal: str = "."
    timestamps: dict[str, str] = field(default_factory=dict)   # column → strptime format

    def __bool__(self) -> bool:
        return bool(self.floats or self.timestamps)


@dataclass(frozen=True)
class _Layout:
    """What the first records of a text file say about it (see :func:`_sniff`)."""

    encoding: str
    bom: int
    delimiter: str
    rows: list            # the sampled records, parsed
    names: list           # unique column names
    skip: int             # records above the data (preamble and header)
    size: int


def read_delimited(path: str, *, encoding: str | None = None, delimiter: str | None = None,
                   header_row: int | None = None, preview: bool = False,
                   plan: TypePlan | None = None, layout: _Layout | None = None) -> RawTable:
    """Read a delimited text file. ``header_row`` is 1-based as Excel shows it (None = detect).

    ``preview=True`` reads only the sampled first records (for the wizard's live preview);
    ``plan`` lets pyarrow type some columns while reading (see :class:`TypePlan`);
    ``layout``: what a preview read of this file with the same options found (``RawTable.
    layout``), so the full read does not sniff the file a second time."""
    name = os.path.basename(path)
    if layout is None:
        layout = _sniff(path, name, os.path.getsize(path), encoding, delimiter, header_row)
    rows, skip = layout.rows, layout.skip
    table = RawTable(names=list(layout.names), columns={}, excel_rows=np.zeros(0, np.int64),
                     format="csv", encoding=_public_encoding(layout.encoding, layout.bom),
                     delimiter=layout.delimiter, header_row=skip,
                     preview=[list(r) for r in rows[:50]], layout=layout)
    if preview:
        _fill_rows(table, rows[skip:], skip)
    else:
        _fill(table, path, name, layout.size, layout.encoding, layout.bom, layout.delimiter,
              skip, plan)
    return table


def _sniff(path: str, name: str, size: int, encoding: str | None, delimiter: str | None,
           header_row: int | None) -> _Layout:
    """Encoding, delimiter and header of a text file, from its first records."""
    with open(path, "rb") as handle:
        head = handle.read(SAMPLE_BYTES)
    if size == 0 or not head.strip(b" \t\r\n\xef\xbb\xbf\xff\xfe\x00"):
        raise ImportFailed(name, MESSAGES["empty"])
    detected, bom = detect_encoding(head)
    if encoding:
        chosen = encoding.replace("_", "-").lower()
        if head.startswith(codecs.BOM_UTF8):
            bom = 0 if chosen.startswith("utf-16") else 3   # a BOM is never a header letter
        else:
            bom = bom if chosen.startswith(detected[:6]) else 0
    encoding = encoding or detected
    if is_binary(head, encoding):
        raise ImportFailed(name, MESSAGES["binary"])
    try:
        sample = decode_sample(head, encoding, bom, complete=size <= SAMPLE_BYTES)
    except LookupError:
        raise ImportFailed(name, f"Unknown text encoding {encoding!r}.") from None
    if "\n" not in sample.text and not sample.complete:
        fields = max(sample.text.count(d) for d in (delimiter or ",;\t|"))
        if fields >= MAX_COLUMNS:
            raise ImportFailed(name, MESSAGES["columns"].format(count=fields + 1, limit=MAX_COLUMNS))
        raise ImportFailed(name, MESSAGES["long_line"].format(limit=SAMPLE_BYTES))
    delimiter = delimiter or detect_delimiter(sample.text)
    rows = sample_rows(sample.text, delimiter, 200)
    widest = max((len(r) for r in rows), default=0)
    if widest > MAX_COLUMNS:
        raise ImportFailed(name, MESSAGES["columns"].format(count=widest, limit=MAX_COLUMNS))
    if not rows:
        raise ImportFailed(name, MESSAGES["empty"])
    index = header_row - 1 if header_row else detect_header_row(rows)
    index = min(max(index, 0), len(rows) - 1)
    header = rows[index]
    skip = index + 1
    if index + 1 < len(rows) and is_two_row_header(header, rows[index + 1]):
        header = merge_two_row_header(header, rows[index + 1])
        skip += 1
    return _Layout(encoding=encoding, bom=bom, delimiter=delimiter, rows=rows,
                   names=unique_names(header), skip=skip, size=size)


def _fill_rows(table: RawTable, records: list[list[str]], skip: int) -> None:
    width = len(table.names)
    padded = [(r + [""] * width)[:width] for r in records]
    table.columns = {n: pa.array([r[i] for r in padded], type=pa.string())
                     for i, n in enumerate(table.names)}
    table.excel_rows = np.arange(skip + 1, skip + 1 + len(padded), dtype=np.int64)


def _public_encoding(encoding: str, bom: int) -> str:
    if encoding == "utf-8" and bom:
        return "utf-8-sig"
    return encoding.replace("-le", "").replace("-be", "") if encoding.startswith("utf-16") else encoding


def _fill(table: RawTable, path: str, name: str, size: int, encoding: str, bom: int,
          delimiter: str, skip: int, plan: TypePlan | None = None) -> None:
    invalid: list[str] = []
    try:
        source, quoted = _utf8_source(path, encoding, bom)
        if plan:
            try:
                arrow = _read_arrow(source, table.names, delimiter, skip, invalid, plan, quoted)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
                arrow, invalid = None, ["typed"]
            if arrow is None or invalid:        # the plan did not hold for every row
                invalid = []
                arrow = _read_arrow(source, table.names, delimiter, skip, invalid, None, quoted)
        else:
            arrow = _read_arrow(source, table.names, delimiter, skip, invalid, None, quoted)
    except pa.ArrowInvalid as exc:
        if "UTF8" in str(exc) and encoding == "utf-8":
            # The sample was UTF-8 but a later byte is not: a Western legacy export.
            table.encoding = "cp1252"
            return _fill(table, path, name, size, "cp1252", 0, delimiter, skip)
        arrow, invalid = None, ["?"]
        detail = str(exc).splitlines()[0][:120]
        if size > CSV_MODULE_LIMIT:
            raise ImportFailed(name, READ_MESSAGES["parse"].format(detail=detail)) from None
    if arrow is not None and not invalid:
        table.columns = dict(zip(table.names, _combined(arrow)))
        table.date_formats = {n: f for n, f in (plan.timestamps.items() if plan else ())
                              if pa.types.is_timestamp(table.columns[n].type)}
        table.excel_rows = RowNumbers(skip + 1, arrow.num_rows)
        return
    if size > CSV_MODULE_LIMIT:
        raise ImportFailed(name, READ_MESSAGES["parse"].format(detail="rows of unequal length"))
    _fill_exact(table, path, name, encoding, bom, delimiter, skip)


def _utf8_source(path: str, encoding: str, bom: int) -> tuple[pa.Buffer, bool]:
    """The file as UTF-8 bytes for pyarrow (memory-mapped when it already is UTF-8), and
    whether it holds a quote character at all (only then can a value span lines)."""
    if encoding in ("utf-8", "utf-8-sig"):
        with open(path, "rb") as handle:
            try:
                view = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            except ValueError:           # an empty file cannot be mapped
                return pa.py_buffer(b""), False
        # One mapping: the quote scan brings the pages in, pyarrow then parses them in place.
        quoted = view.find(b'"') >= 0
        mapped = pa.py_buffer(view)
        return (mapped.slice(bom) if bom else mapped), quoted
    with open(path, "rb") as handle:
        raw = handle.read()
    data = raw[bom:].decode(encoding, errors="replace").encode("utf-8")
    return pa.py_buffer(data), b'"' in data


def _combined(arrow: pa.Table) -> list[pa.Array]:
    """Each column as one contiguous array; the copies are shared out over the cores
    (concatenation releases the GIL)."""
    columns = [arrow.column(i) for i in range(arrow.num_columns)]
    if all(c.num_chunks == 1 for c in columns):
        return [c.combine_chunks() for c in columns]
    share = helpers() + 1
    groups = in_parallel(*[lambda part=part: [c.combine_chunks() for c in columns[part::share]]
                           for part in range(min(share, len(columns)))])
    combined: list[pa.Array] = [None] * len(columns)   # type: ignore[list-item]
    for part, arrays in enumerate(groups):
        combined[part::share] = arrays
    return combined


def _block_size(size: int) -> int:
    low, high = BLOCK_LIMITS
    return min(max(size // (BLOCKS_PER_THREAD * max(pa.cpu_count(), 1)) + 1, low), high)


def _read_arrow(source: pa.Buffer, names: list[str], delimiter: str, skip: int,
                invalid: list[str], plan: TypePlan | None = None,
                quoted: bool = True) -> pa.Table:
    """pyarrow's multi-threaded reader; ``quoted=False`` (no quote character anywhere in the
    file) lets it split blocks at any newline, which is markedly faster."""
    def on_invalid(row: pacsv.InvalidRow) -> str:
        invalid.append(row.text or "")
        return "skip"

    types: dict[str, pa.DataType] = {n: pa.string() for n in names}
    extra = {}
    if plan:
        types.update({n: pa.float64() for n in plan.floats if n in types})
        types.update({n: pa.timestamp("ns") for n in plan.timestamps if n in types})
        # Only the strict built-in ISO-8601 parser: Arrow's strptime parsers roll 31.02 over.
        extra = {"decimal_point": plan.decimal, "timestamp_parsers": [pacsv.ISO8601]}

    return pacsv.read_csv(
        pa.BufferReader(source),
        read_options=pacsv.ReadOptions(column_names=names, skip_rows=skip,
                                       block_size=_block_size(source.size)),
        parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=quoted,
                                          ignore_empty_lines=False, invalid_row_handler=on_invalid),
        convert_options=pacsv.ConvertOptions(
            column_types=types, strings_can_be_null=False, quoted_strings_can_be_null=False,
            **extra),
    )


def _fill_exact(table: RawTable, path: str, name: str, encoding: str, bom: int,
                delimiter: str, skip: int) -> None:
    """Re-read with the csv module: exact row numbers; short rows padded, long rows rejected."""
    width = len(table.names)
    values: list[list[str]] = [[] for _ in range(width)]
    rows: list[int] = []
    with open(path, "rb") as raw:
        raw.seek(bom)
        text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
        reader = csv.reader(text, delimiter=delimiter, strict=False)
        record_index = 0
        try:
            for record_index, record in enumerate(reader, start=1):
                if record_index <= skip:
                    continue
                extra = [v for v in record[width:] if v.strip()]
                if extra:
                    table.problems.append(DataProblem(
                        name, record_index, None, delimiter.join(record)[:80],
                        READ_MESSAGES["extra"].format(got=len(record), want=width)))
                    continue
                record = record[:width] + [""] * (width - len(record))
                for column, value in zip(values, record):
                    column.append(value)
                rows.append(record_index)
        except (csv.Error, UnicodeError, MemoryError) as exc:
            if "field larger than field limit" in str(exc):
                raise ImportFailed(name, READ_MESSAGES["huge_cell"].format(
                    limit=csv.field_size_limit()), row=record_index + 1) from None
            raise ImportFailed(name, READ_MESSAGES["parse"].format(
                detail=str(exc)[:120])) from None
    table.columns = {n: pa.array(v, type=pa.string()) for n, v in zip(table.names, values)}
    table.excel_rows = np.asarray(rows, dtype=np.int64)
