"""The raw table every reader produces, and the layout rules shared by all formats.

A :class:`RawTable` is the file's data below its header as Arrow arrays (strings for text
files; floats/timestamps where a spreadsheet typed the cell), with each row's number *as
Excel shows it*, so every later problem can name the row the owner will look at.
Header-row detection (preambles), two-row headers (SurveyMonkey), and blank/footer rows
are decided here, identically for CSV and spreadsheets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .errors import DataProblem
from .strings import empty_cells, may_need_trim

#: Words that start a totals row below the data (en, sv, da, nl, ru).
TOTAL_WORDS = re.compile(
    r"^\s*(grand\s+total|totals?|sum|subtotal|summa|totalt|total\s+summa|i\s+alt|"
    r"total\s+i\s+alt|totaal|totaalbedrag|итого|всего|сумма)\b[\s:]*", re.IGNORECASE)
_NUMBERISH = re.compile(r"^[\s\d.,:/+\-−%€$£₽()kKrR]*\d[\s\d.,:/+\-−%€$£₽()kKrR]*$")
HEADER_SEARCH_ROWS = 30


class RowNumbers:
    """The Excel row numbers of consecutive data rows, ``first`` … ``first + length - 1``.

    Indexed like the NumPy array it stands for (positions or a boolean mask → an array of
    row numbers), but holds two integers: a clean million-row file needs the numbers of its
    rejected rows only, not an 8 MB array."""

    __slots__ = ("first", "length")

    def __init__(self, first: int, length: int) -> None:
        self.first, self.length = first, length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, index):
        if isinstance(index, slice):
            return np.arange(self.first, self.first + self.length, dtype=np.int64)[index]
        index = np.asarray(index)
        if index.dtype == bool:
            if index.shape != (self.length,):
                raise IndexError("boolean index does not match the rows")
            index = np.flatnonzero(index)
        elif ((index < 0) | (index >= self.length)).any():
            raise IndexError("row position out of range")
        return index.astype(np.int64) + self.first

    def __array__(self, dtype=None, copy=None) -> np.ndarray:
        return np.arange(self.first, self.first + self.length, dtype=dtype or np.int64)


@dataclass
class RawTable:
    """A file's data rows (below the header) and how they were found."""

    names: list[str]
    columns: dict[str, pa.Array]
    excel_rows: np.ndarray | RowNumbers        # int64, one per data row
    format: str
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: dict[str, int] = field(default_factory=dict)   # sheet name → rows
    header_row: int = 1                       # 1-based; the last header row for two-row headers
    blank_rows: int = 0
    footer_rows: int = 0
    problems: list[DataProblem] = field(default_factory=list)   # rows rejected while reading
    preview: list[list[str]] = field(default_factory=list)       # first raw rows, for the wizard
    #: Spreadsheet columns mixing text and number cells: the numbers as Excel stored them
    #: (NaN for text cells), so "120.5" typed as a number is never re-read with a decimal comma.
    typed_numbers: dict[str, pa.Array] = field(default_factory=dict)
    #: Columns pyarrow parsed as dates while reading (fast path), with the strptime format.
    date_formats: dict[str, str] = field(default_factory=dict)
    #: A text file's sniffed layout (encoding, delimiter, header), reusable by a full read.
    layout: object | None = None

    @property
    def rows(self) -> int:
        return len(self.excel_rows)

    def take(self, mask: np.ndarray) -> "RawTable":
        """The same table restricted to the rows where ``mask`` is true."""
        keep = pa.array(mask)
        columns = {name: pc.filter(col, keep) for name, col in self.columns.items()}
        typed = {name: pc.filter(col, keep) for name, col in self.typed_numbers.items()}
        clone = RawTable(**{**self.__dict__, "columns": columns, "typed_numbers": typed,
                            "excel_rows": self.excel_rows[mask]})
        return clone


def is_numberish(text: str) -> bool:
    return bool(_NUMBERISH.match(text))


def unique_names(raw: list[str]) -> list[str]:
    """Header cells as unique, non-empty names ("Column 3" for blanks, "Total (2)" for repeats)."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for index, cell in enumerate(raw, start=1):
        name = " ".join(str(cell or "").split()) or f"Column {index}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        names.append(name)
    return names


def detect_header_row(rows: list[list[str]]) -> int:
    """0-based index of the header among the first rows: the first row of distinct text
    labels about as wide as the data below it (title rows and blank lines above are skipped)."""
    filled = [[c.strip() for c in row if c is not None and str(c).strip()] for row in rows]
    for index in range(min(HEADER_SEARCH_ROWS, len(rows))):
        cells = filled[index]
        below = [len(f) for f in filled[index + 1:index + 21] if f]
        widest = max(below + [len(cells)])
        if len(cells) < 2 or len(cells) < 0.6 * widest:
            continue
        if any(is_numberish(c) for c in cells) or len(set(cells)) < len(cells):
            continue
        if below and max(below) < 0.5 * len(cells):
            continue
        return index
    return 0


def merge_two_row_header(first: list[str], second: list[str]) -> list[str]:
    """SurveyMonkey: question in row 1 (blank over its later options), option in row 2."""
    merged, question = [], ""
    for index in range(max(len(first), len(second))):
        top = (first[index] if index < len(first) else "").strip()
        sub = (second[index] if index < len(second) else "").strip()
        question = top or question
        if not sub or sub in ("Response", "Open-Ended Response") or not question:
            merged.append(question or sub)
        elif top:
            merged.append(f"{question} - {sub}" if sub != top else question)
        else:
            merged.append(f"{question} - {sub}")
    return merged


def is_two_row_header(first: list[str], second: list[str]) -> bool:
    """Recognised by SurveyMonkey's own second-row labels."""
    labels = {c.strip() for c in second if c and c.strip()}
    return bool(labels & {"Response", "Open-Ended Response"}) and "Respondent ID" in [
        c.strip() for c in first]


def empty_mask(columns: dict[str, pa.Array], length: int) -> np.ndarray:
    """True for rows where every cell is empty (null, "" or only spaces)."""
    mask = np.ones(length, dtype=bool)
    typed_first = sorted(columns.values(), key=lambda c: pa.types.is_string(c.type))
    for col in typed_first:
        if not pa.types.is_string(col.type) and not pa.types.is_large_string(col.type) \
                and col.null_count == 0:
            return np.zeros(length, dtype=bool)   # a fully typed column: no row is blank
        empty = empty_cells(col)
        if empty is not None and not may_need_trim(col):
            blank = empty                          # no padding: blank means empty
        elif pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            blank = pc.fill_null(pc.equal(pc.utf8_trim_whitespace(col), ""), True)
        else:
            blank = pc.is_null(col)
        if not isinstance(blank, np.ndarray):
            blank = blank.to_numpy(zero_copy_only=False)
        mask &= np.asarray(blank, dtype=bool)
        if not mask.any():
            break
    return mask


def _last_true(mask: np.ndarray, count: int) -> np.ndarray:
    """Positions of the last ``count`` True values, found from the end (a million-row
    ``flatnonzero`` would be 8 MB for twenty numbers)."""
    window = count * 4
    while True:
        start = max(len(mask) - window, 0)
        found = np.flatnonzero(mask[start:])
        if len(found) >= count or start == 0:
            return found[-count:] + start
        window *= 8


def footer_count(table: RawTable, non_blank: np.ndarray) -> int:
    """How many of the last non-blank rows are totals/notes below the data.

    A footer row starts with a total word ("Total", "Summa", "I alt", "Totaal", "Итого") or
    is a text note filling at most a quarter of the columns while the rows above are fuller."""
    positions = _last_true(non_blank, 20)
    if len(positions) < 2:
        return 0
    tail = {name: col.take(pa.array(positions)).to_pylist() for name, col in table.columns.items()}
    width = len(table.names)
    counts, leading = [], []
    for offset in range(len(positions)):
        cells = [tail[n][offset] for n in table.names]
        filled = [i for i, c in enumerate(cells) if c is not None and str(c).strip()]
        counts.append([str(cells[i]).strip() for i in filled])
        leading.append(all(i < 2 for i in filled))
    typical = sorted(len(t) for t in counts)[len(counts) // 2]
    footers = 0
    for texts, at_start in zip(reversed(counts), reversed(leading)):
        total_like = bool(texts) and any(TOTAL_WORDS.match(t) for t in texts[:2])
        # A note ("Exported by …") sits in the first columns and has words, not a date.
        sparse = (width >= 3 and at_start and len(texts) <= max(1, width // 4)
                  and typical > len(texts) + 1 and any(re.search(r"[^\W\d_]{2}", t) for t in texts))
        if total_like or sparse:
            footers += 1
        else:
            break
    return min(footers, len(counts) - 1)


def drop_blank_and_footer(table: RawTable) -> RawTable:
    """Remove blank rows anywhere and footer rows at the end, counting both (never silently)."""
    if table.rows == 0:
        return table
    blank = empty_mask(table.columns, table.rows)
    keep = ~blank
    footers = footer_count(table, keep)
    if footers:
        keep[np.flatnonzero(keep)[-footers:]] = False
    if keep.all():
        return table
    trimmed = table.take(keep)
    trimmed.blank_rows = table.blank_rows + int(blank.sum())
    trimmed.footer_rows = table.footer_rows + footers
    return trimmed
