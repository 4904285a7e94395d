"""Counting customers of many overlapping groups that have some yes/no property, BLAS-free.

Segment metrics are "how many of the segment's customers were active at the start of
March", "… are promoters" and so on, for every segment × property pair. As a matrix
product that is multi-threaded BLAS work, and on a busy 2-core machine OpenBLAS threads
stall each other (measured: median 45 ms, spikes of 1.7 s). Packing each yes/no column
into bits (64 customers per machine word) turns every count into AND + popcount:
20 groups × 73 properties × 100,000 customers in about 2.5 ms, exact, on one thread.

Money sums (revenue per segment) are not yes/no; :func:`masked_sums` adds them up with a
boolean selection per group instead of a product, for the same reason.
"""
from __future__ import annotations

import numpy as np

#: Groups counted per step; bounds the temporary (groups × properties × words) array.
CHUNK = 16


def pack_flags(flags: np.ndarray) -> np.ndarray:
    """customers × k booleans → k × words uint64, bit i of a row = customer i."""
    flags = np.asarray(flags, dtype=bool)
    if flags.ndim == 1:
        flags = flags[:, None]
    bits = np.packbits(flags.T, axis=1, bitorder="little")
    pad = (-bits.shape[1]) % 8
    if pad or bits.shape[1] == 0:
        bits = np.pad(bits, ((0, 0), (0, pad if bits.shape[1] else 8)))
    return np.ascontiguousarray(bits).view(np.uint64)


def overlap_counts(groups: np.ndarray, properties: np.ndarray) -> np.ndarray:
    """groups × properties counts of customers in both (both arguments from pack_flags)."""
    out = np.empty((groups.shape[0], properties.shape[0]), dtype=np.int64)
    for start in range(0, groups.shape[0], CHUNK):
        chunk = groups[start:start + CHUNK, None, :] & properties[None, :, :]
        out[start:start + CHUNK] = np.bitwise_count(chunk).sum(axis=2, dtype=np.int64)
    return out


def masked_sums(masks: np.ndarray, values_by_column: np.ndarray) -> np.ndarray:
    """groups × columns sums; ``masks`` customers × groups bool, values columns × customers."""
    masks = np.asarray(masks, dtype=bool)
    out = np.zeros((masks.shape[1], values_by_column.shape[0]), dtype=np.float64)
    for group in range(masks.shape[1]):
        out[group] = values_by_column[:, masks[:, group]].sum(axis=1)
    return out
