"""Independent pieces of column work side by side, on the cores pyarrow's reader just used.

After a big file is read, its columns are worked on one after another: the dates in one
column, the order runs in another, the sums and the text of the orders' first rows. Arrow
and NumPy release the GIL inside their loops, so two such pieces overlap on two cores
(the import of a million rows: about a quarter of its time). The calling thread runs the
first piece itself; helper threads live only for the call, so nothing is left running.
Progress and cancelling stay with the caller, between calls.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

import pyarrow as pa


def in_parallel(*calls: Callable[[], Any]) -> list[Any]:
    """The results of ``calls`` (each without arguments), in order, computed at the same
    time when there are cores to spare. Every call has finished when this returns or
    raises; the first exception (in call order) is raised."""
    helpers = min(len(calls) - 1, pa.cpu_count() - 1)
    if helpers < 1:
        return [call() for call in calls]
    with ThreadPoolExecutor(helpers, thread_name_prefix="loyalty-io") as pool:
        futures = [pool.submit(call) for call in calls[1:]]
        try:
            first = calls[0]()
        finally:
            results = [_outcome(f) for f in futures]   # wait for all, even after an error
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
