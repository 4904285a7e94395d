"""Cheap whole-column facts about Arrow string arrays, read straight from their buffers.

A million-row export is nearly always clean: no padded cells, no empty cells, ids that come
in runs (all line items of an order together). These checks prove that in a few numpy
operations over the offsets and bytes, so the careful Arrow compute work (trimming,
null-ing empty cells, hashing every value) runs only for the columns that need it. Every
check is *conservative*: when unsure it answers "needs the careful path", never the reverse.
"""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

def _layout(values: pa.Array) -> tuple[np.ndarray, np.ndarray] | None:
    """(offsets, bytes) of a plain ``string`` array, or None for any other type."""
    if not pa.types.is_string(values.type):
        return None
    _, offsets, data = values.buffers()
    ends = np.frombuffer(offsets, dtype=np.int32, count=len(values) + 1, offset=values.offset * 4)
    content = np.frombuffer(data, dtype=np.uint8) if data is not None and data.size else \
        np.zeros(0, dtype=np.uint8)
    return ends, content


def empty_cells(values: pa.Array) -> np.ndarray | None:
    """True where a cell is null or "" (None when the type is not plain string)."""
    layout = _layout(values)
    if layout is None:
        return None
    ends, _ = layout
    empty = ends[1:] == ends[:-1]
    if values.null_count:
        empty |= np.asarray(pc.is_null(values).to_numpy(zero_copy_only=False), dtype=bool)
    return empty


def may_need_trim(values: pa.Array) -> bool:
    """False only when no cell can start or end with whitespace.

    Looks at each cell's first and last byte: ASCII space/control bytes, and any non-ASCII
    byte (which might belong to a no-break or other Unicode space), mean "maybe"."""
    layout = _layout(values)
    if layout is None:
        return True
    ends, content = layout
    if ends[-1] == ends[0]:
        return False                     # every cell is empty
    used = content[ends[0]:ends[-1]]
    if used.min() > 0x20 and used.max() < 0x80:
        return False                     # no space, control or non-ASCII byte anywhere
    # An empty cell's "first byte" is its neighbour's: a false alarm at worst, never a miss.
    first = np.take(content, np.minimum(ends[:-1], ends[-1] - 1))
    last = np.take(content, np.maximum(ends[1:] - 1, ends[0]))
    return bool(first.min() <= 0x20 or first.max() >= 0x80
                or last.min() <= 0x20 or last.max() >= 0x80)


def contains_byte(values: pa.Array, byte: str) -> bool:
    """Whether any cell *may* contain the ASCII character ``byte`` (True when unsure)."""
    layout = _layout(values)
    if layout is None:
        return True
    ends, content = layout
    return content[ends[0]:ends[-1]].tobytes().find(byte.encode("ascii")) >= 0


def fixed_width(values: pa.Array) -> int | None:
    """The byte length every cell shares (ids, dates written one way), else None.

    Null cells or cells of different lengths answer None."""
    layout = _layout(values)
    if layout is None or values.null_count or not len(values):
        return None
    ends, _ = layout
    width, rest = divmod(int(ends[-1] - ends[0]), len(values))
    if rest or not width or not (ends[1:] - ends[:-1] == width).all():
        return None
    return width


#: Cells longer than this are compared by Arrow, not as packed integers.
KEY_WIDTH_LIMIT = 32


def fixed_width_keys(values: pa.Array) -> list[np.ndarray] | None:
    """Cells of one fixed width as unsigned integers of up to 8 bytes each, little-endian
    (two cells are equal exactly when all their keys are), or None when the cells differ in
    width or are too wide.

    Read in place with a byte stride equal to the width, so a million 10-byte dates become
    two integer arrays without a Python string or a copy of the text."""
    width = fixed_width(values)
    if width is None or width > KEY_WIDTH_LIMIT:
        return None
    ends, content = _layout(values)
    data = content[ends[0]:ends[-1]]
    n = len(values)
    keys = []
    for start in range(0, width, 8):
        size = min(8, width - start)
        word = next(w for w in (1, 2, 4, 8) if w >= size)
        # Rows whose read of `word` bytes stays inside the buffer; the last few one by one.
        whole = min(n, max(0, (len(data) - start - word) // width + 1))
        key = np.empty(n, dtype=f"<u{word}")
        if whole:
            strided = np.ndarray((whole,), dtype=f"<u{word}", buffer=data, offset=start,
                                 strides=(width,))
            if size == word:
                key[:whole] = strided
            else:          # the bytes past `size` belong to the next cell
                np.bitwise_and(strided, key.dtype.type((1 << (8 * size)) - 1), out=key[:whole])
        for row in range(whole, n):
            at = row * width + start
            key[row] = int.from_bytes(data[at:at + size].tobytes(), "little")
        keys.append(key)
    return keys


def keys_increase(keys: list[np.ndarray]) -> bool:
    """Whether cells given by :func:`fixed_width_keys` are in strictly increasing byte order
    (so no value repeats)."""
    greater = np.zeros(max(len(keys[0]) - 1, 0), dtype=bool)
    equal = ~greater
    for key in keys:                 # big-endian: integer order is the bytes' order
        ordered = key.byteswap()
        greater |= equal & (ordered[1:] > ordered[:-1])
        equal &= ordered[1:] == ordered[:-1]
    return bool(greater.all())


def run_starts(values: pa.Array, keys: list[np.ndarray] | None = None) -> np.ndarray:
    """True where a row differs from the row above (the first row and nulls start a run);
    ``keys``: the column's :func:`fixed_width_keys` if the caller has them."""
    n = len(values)
    starts = np.ones(n, dtype=bool)
    if n < 2:
        return starts
    keys = keys if keys is not None else fixed_width_keys(values)
    if keys is not None:     # ids and dates of one width: integer compares, no string hashing
        differs = starts[1:]
        differs[:] = False
        for key in keys:
            differs |= key[1:] != key[:-1]
        return starts
    differs = pc.fill_null(pc.not_equal(values.slice(1), values.slice(0, n - 1)), True)
    starts[1:] = differs.to_numpy(zero_copy_only=False)
    return starts


def all_distinct(values: pa.Array) -> bool:
    """No value repeats (nulls count as values). Sorted columns are proved without hashing."""
    n = len(values)
    if n < 2:
        return True
    if values.null_count == 0 and pa.types.is_string(values.type):
        head, tail = values.slice(0, n - 1), values.slice(1)
        if pc.all(pc.less(head, tail)).as_py() or pc.all(pc.greater(head, tail)).as_py():
            return True
    return pc.count_distinct(values, mode="all").as_py() == n
