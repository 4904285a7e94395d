"""Cooperative progress and cancellation for long engine/io work.

Long computations are plain functions taking ``progress: Progress | None``. A worker
thread in the UI passes a callback that reports to a progress bar and raises
:class:`Cancelled` when the user pressed Cancel, so a test can call the same function
with no Qt at all (the Orange3 pattern).
"""
from __future__ import annotations

from typing import Callable, Optional

#: ``progress(fraction 0..1, message)``; may raise :class:`Cancelled`.
Progress = Callable[[float, str], None]


class Cancelled(Exception):
    """Raised from a progress callback when the user cancelled the work."""


def report(progress: Optional[Progress], fraction: float, message: str = "") -> None:
    """Call ``progress`` if given; keeps call sites free of ``if progress`` noise."""
    if progress is not None:
        progress(min(max(fraction, 0.0), 1.0), message)


def sub_progress(progress: Optional[Progress], start: float, end: float) -> Optional[Progress]:
    """Map a sub-step's 0..1 onto ``start..end`` of the parent's bar (Orange's wrap_callback)."""
    if progress is None:
        return None

    def wrapped(fraction: float, message: str = "") -> None:
        progress(start + (end - start) * min(max(fraction, 0.0), 1.0), message)

    return wrapped
