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


#: Rows (or bytes) handled per step by the blocked scans below: their temporaries stay in
#: the CPU cache and in memory the allocator already holds, instead of fresh megabytes per
#: column (on a million rows page faults cost as much as the work).
BLOCK_ROWS = 32_768
BLOCK_BYTES = 1 << 20


def contains_byte(values: pa.Array, byte: str) -> bool:
    """Whether any cell *may* contain the ASCII character ``byte`` (True when unsure)."""
    layout = _layout(values)
    if layout is None:
        return True
    ends, content = layout
    needle = byte.encode("ascii")
    return any(content[at:min(at + BLOCK_BYTES, ends[-1])].tobytes().find(needle) >= 0
               for at in range(int(ends[0]), int(ends[-1]), BLOCK_BYTES))


def _common_width(values: pa.Array) -> int | None:
    """The width every cell would have if all shared one (total bytes / cells), or None
    when that is impossible. Whether they really do is checked block by block."""
    layout = _layout(values)
    if layout is None or values.null_count or not len(values):
        return None
    ends, _ = layout
    width, rest = divmod(int(ends[-1] - ends[0]), len(values))
    return None if rest or not width else width


#: Cells longer than this are compared by Arrow, not as packed integers.
KEY_WIDTH_LIMIT = 32


def _packed(data: np.ndarray, width: int, rows: int, ordered: bool) -> list[np.ndarray]:
    """``rows`` cells of ``width`` bytes at the start of ``data`` as integers of up to 8
    bytes each (``ordered``: big-endian-valued, so integer order is the bytes' order).
    ``data`` must hold 8 bytes more than the cells (a cell's last read may run into the next)."""
    words = []
    for start in range(0, width, 8):
        size = min(8, width - start)
        word = next(w for w in (1, 2, 4, 8) if w >= size)
        packed = np.ndarray((rows,), dtype=f"<u{word}", buffer=data, offset=start,
                            strides=(width,))
        if size < word:    # the bytes past `size` belong to the next cell: mask them off
            packed = np.bitwise_and(packed, packed.dtype.type((1 << (8 * size)) - 1))
            if ordered:
                packed.byteswap(inplace=True)
        elif ordered:
            packed = packed.byteswap()
        words.append(packed)
    return words


def fixed_width_runs(values: pa.Array, ordered: bool = True) -> tuple[np.ndarray, bool] | None:
    """For cells that all have one width (ids, dates written one way): where each run of
    equal values starts, and (``ordered``) whether the column is in non-decreasing byte
    order — then no value comes back after its run ends. None for other columns.

    Cells are compared as packed integers read in place with a byte stride equal to the
    width — a block of rows at a time — so a million dates cost no Python strings, no
    hashing and no copy of the text."""
    width = _common_width(values)
    if width is None or width > KEY_WIDTH_LIMIT:
        return None
    ends, content = _layout(values)
    data = content[ends[0]:ends[-1]]
    n = len(values)
    starts = np.ones(n, dtype=bool)
    in_order = ordered
    for low in range(0, n - 1, BLOCK_ROWS):
        high = min(n, low + BLOCK_ROWS + 1)          # one row of overlap with the next block
        if not (np.diff(ends[low:high + 1]) == width).all():
            return None                               # not one width after all
        block = data[low * width:high * width + 8]
        if len(block) < (high - low) * width + 8:     # the file's last cells: pad the reads
            block = np.concatenate((block, np.zeros(8, dtype=np.uint8)))
        words = _packed(block, width, high - low, ordered)
        differs = starts[low + 1:high]
        if len(words) == 1:
            np.not_equal(words[0][1:], words[0][:-1], out=differs)
            in_order = in_order and not (words[0][1:] < words[0][:-1]).any()
            continue
        earlier = np.zeros(high - low - 1, dtype=bool)
        equal = ~earlier
        for packed in words:
            before, after = packed[:-1], packed[1:]
            if in_order:
                earlier |= equal & (after < before)
            equal &= after == before
        np.logical_not(equal, out=differs)
        in_order = in_order and not earlier.any()
    return starts, in_order


def run_starts(values: pa.Array) -> np.ndarray:
    """True where a row differs from the row above (the first row and nulls start a run)."""
    n = len(values)
    if n < 2:
        return np.ones(n, dtype=bool)
    runs = fixed_width_runs(values, ordered=False)
    if runs is not None:     # ids and dates of one width: integer compares, no string hashing
        return runs[0]
    starts = np.ones(n, dtype=bool)
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
