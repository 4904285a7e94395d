"""Independent pieces of column work side by side, on the cores pyarrow's reader just used.

After a big file is read, its columns are worked on one after another: the dates in one
column, the order runs in another, the sums and the text of the orders' first rows. Arrow
and NumPy release the GIL inside their loops, so two such pieces overlap on two cores
(the import of a million rows: about a quarter of its time). The calling thread runs the
first piece itself, helper threads (one fewer than the cores, started on first use and
idle in between) the others. Progress and cancelling stay with the caller, between calls.
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

import pyarrow as pa

_POOL: ThreadPoolExecutor | None = None
_POOL_LOCK = threading.Lock()


def helpers() -> int:
    """How many helper threads a call can use besides its own."""
    return max(pa.cpu_count() - 1, 0)


def _pool() -> ThreadPoolExecutor:
    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            _POOL = ThreadPoolExecutor(helpers(), thread_name_prefix="loyalty-io")
        return _POOL


def in_parallel(*calls: Callable[[], Any]) -> list[Any]:
    """The results of ``calls`` (each without arguments), in order, computed at the same
    time when there are cores to spare. Every call has finished when this returns or
    raises; the first exception (in call order) is raised."""
    if len(calls) < 2 or helpers() < 1 or threading.current_thread().name.startswith(
            "loyalty-io"):          # inside a helper: its fellow helpers may all be busy
        return [call() for call in calls]
    futures = [_pool().submit(call) for call in calls[1:]]
    try:
        first = calls[0]()
    finally:
        results = [_outcome(f) for f in futures]       # wait for all, even after an error
    for outcome in results:
        if isinstance(outcome, _Failed):
            raise outcome.error
    return [first] + results


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def _outcome(future) -> Any:
    try:
        return future.result()
    except BaseException as error:  # noqa: BLE001 - handed back to the caller, re-raised
        return _Failed(error)
