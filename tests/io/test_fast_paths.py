"""The packed-integer shortcuts for fixed-width text agree with plain string comparison;
column work in parallel behaves like one call after another."""
from __future__ import annotations

import threading
import time

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_desktop.io import strings
from loyalty_desktop.io.rows import order_runs
from loyalty_desktop.io.strings import KEY_WIDTH_LIMIT, fixed_width_runs, run_starts
from loyalty_desktop.io.threads import in_parallel

# Few letters (so neighbours often repeat), one multi-byte letter, widths across 8-byte words.
CELLS = st.integers(1, 40).flatmap(lambda width: st.lists(
    st.text(alphabet="ab0é", min_size=width, max_size=width), min_size=1, max_size=40))
FACTS = settings(max_examples=300, deadline=None)


def _plain_starts(values: list[str]) -> list[bool]:
    return [True] + [b != a for a, b in zip(values, values[1:])]


@FACTS
@given(CELLS, st.integers(0, 5), st.integers(1, 8))
def test_run_starts_match_plain_comparison_for_every_width_slice_and_block(cells, cut, block):
    values = pa.array(cells).slice(min(cut, len(cells) - 1))   # a slice has a buffer offset
    saved, strings.BLOCK_ROWS = strings.BLOCK_ROWS, block        # seams between row blocks
    try:
        assert run_starts(values).tolist() == _plain_starts(values.to_pylist())
    finally:
        strings.BLOCK_ROWS = saved


@FACTS
@given(CELLS)
def test_packed_cells_order_like_the_bytes(cells):
    runs = fixed_width_runs(pa.array(cells))
    encoded = [c.encode() for c in cells]
    if len(set(map(len, encoded))) > 1 or len(encoded[0]) > KEY_WIDTH_LIMIT:
        assert runs is None             # "é" is two bytes: not one width, no packing
        return
    starts, ordered = runs
    assert starts.tolist() == _plain_starts(cells)
    assert ordered == all(a <= b for a, b in zip(encoded, encoded[1:]))


def test_blocks_of_rows_join_without_a_seam(monkeypatch):
    monkeypatch.setattr(strings, "BLOCK_ROWS", 3)
    cells = ["0001", "0001", "0001", "0002", "0002", "0003", "0003", "0003", "0002"]
    starts, ordered = strings.fixed_width_runs(pa.array(cells))
    assert starts.tolist() == _plain_starts(cells) and not ordered
    assert strings.contains_byte(pa.array(["ab", "c.d"]), ".")


def test_ids_of_different_widths_and_nulls_take_the_arrow_path():
    assert fixed_width_runs(pa.array(["536365", "C536379"])) is None
    assert fixed_width_runs(pa.array(["a", None, "b"])) is None
    assert run_starts(pa.array(["536365", "536365", "C536379"])).tolist() == [True, False, True]


@FACTS
@given(st.lists(st.sampled_from(["0001", "0002", "0003", "0010"]), min_size=2, max_size=30))
def test_orders_in_runs_group_like_dictionary_encoding(ids):
    orders = order_runs(pa.array(ids), len(ids))
    expected = pc.dictionary_encode(pa.array(ids)).indices.to_numpy()
    # Same partition of rows into orders, whichever path was taken.
    codes = orders.codes
    assert len(set(zip(codes.tolist(), expected.tolist()))) == len(set(expected.tolist()))
    assert len(set(codes.tolist())) == len(set(expected.tolist()))
    if orders.heads is not None:
        assert np.array_equal(orders.heads, np.flatnonzero(_plain_starts(ids)))


def test_work_in_parallel_keeps_order_and_raises_after_every_call_finished():
    finished = []

    def slow_failure():
        time.sleep(0.05)
        finished.append("helper")
        raise ValueError("helper failed")

    assert in_parallel(lambda: 1, lambda: 2, lambda: 3) == [1, 2, 3]
    with pytest.raises(ValueError, match="helper failed"):
        in_parallel(lambda: finished.append("caller"), slow_failure)
    assert sorted(finished) == ["caller", "helper"]     # the helper was waited for
    assert in_parallel(threading.current_thread)[0] is threading.current_thread()
    # Called again from inside a helper it runs there, one call after another (no deadlock).
    nested = in_parallel(lambda: 0, lambda: in_parallel(lambda: 1, lambda: 2))
    assert nested == [0, [1, 2]]
