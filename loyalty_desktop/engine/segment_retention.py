"""Retention per segment, for every segment at once, and the two-segment comparison.

``retention.retention_flow(customer_ids=…)`` answers one segment per call by re-scanning the
activity. After each edit in the segment builder every segment is re-counted, so here the
*who was active when* part (which does not depend on segments) is computed once:

    start_active[c, p] = customer c active on the day before period p begins   (S)
    end_active[c, p]   = customer c active on p's last day, or as_of if running (E)

with exactly the definitions of ``retention.py`` (same active spans). A segment's S and
R = |S ∩ E| per period are then bit counts (``group_counts.py``) — a few milliseconds for
100,000 customers and dozens of segments.

The comparison of two segments (SPEC §3 "Comparing groups") uses the last *complete*
period, where each customer counts once (independent yes/no outcomes, as the
two-proportion z-test of ``compare.py`` assumes); pooling several periods would count the
same loyal customer many times and make chance differences look certain.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Mapping

import numpy as np
import pandas as pd

from .compare import Comparison, two_proportion_test
from .group_counts import overlap_counts, pack_flags
from .periods import period_table
from .retention import active_spans
from .i18n import Catalogue

#: Complete periods pooled into a segment's headline retention rate.
POOLED_PERIODS = 12

TEXTS = Catalogue("segment_retention", {  # translated on lookup (engine/i18n.py)
    "in_period": "In {period}: {sentence}",
    "no_period": "There is no complete period yet, so retention cannot be compared.",
})


@dataclass(frozen=True)
class RetentionMembership:
    """Who was active at each period boundary, aligned with the customer table rows."""

    periods: pd.DataFrame          # period, start, end, partial (periods.period_table)
    start_active: np.ndarray       # bool, customers × periods (S)
    end_active: np.ndarray         # bool, customers × periods (E)
    #: [S | S∩E] packed into bits once (``group_counts``): the per-edit work is then a
    #: popcount per segment × period, exact and BLAS-free.
    packed: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        both = np.hstack([self.start_active, self.start_active & self.end_active])
        object.__setattr__(self, "packed", pack_flags(both))

    @property
    def complete(self) -> np.ndarray:
        return ~self.periods["partial"].to_numpy(dtype=bool)


def period_counts(membership: RetentionMembership, masks: pd.DataFrame,
                  packed_masks: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(S, R) counts, each segments × periods, for the boolean ``masks`` (customers × segments).

    ``packed_masks`` (``pack_flags`` of the masks) avoids packing them again."""
    if packed_masks is None:
        packed_masks = pack_flags(masks.to_numpy(dtype=bool))
    both = overlap_counts(packed_masks, membership.packed)
    n_periods = membership.start_active.shape[1]
    return both[:, :n_periods], both[:, n_periods:]


def retention_membership(activity: pd.DataFrame, customer_index: pd.Index, *,
                         as_of: pd.Timestamp, window_days: int,
                         period: str) -> RetentionMembership:
    """S and E membership per customer and period (see module doc).

    ``activity``: distinct (customer_id, day) pairs sorted by customer and day
    (``customers.activity_days``); ``customer_index``: the customer table's index.
    """
    n = len(customer_index)
    if activity.empty or n == 0:
        empty = pd.DataFrame(columns=["period", "start", "end", "partial"])
        return RetentionMembership(empty, np.zeros((n, 0), bool), np.zeros((n, 0), bool))
    as_of = pd.Timestamp(as_of).normalize()
    _, uniques = pd.factorize(activity["customer_id"], sort=False)
    spans = active_spans(activity, window_days)
    rows = customer_index.get_indexer(pd.Index(uniques))[spans["customer"].to_numpy()]
    keep = rows >= 0
    rows = rows[keep]
    span_start = spans["span_start"].to_numpy()[keep]
    span_end = spans["span_end"].to_numpy()[keep]
    periods = period_table(activity["day"].min(), as_of, period)
    as_of_day = _epoch_day(as_of)
    start_active = np.zeros((n, len(periods)), bool)
    end_active = np.zeros((n, len(periods)), bool)
    for p, (start, end) in enumerate(zip(periods["start"], periods["end"])):
        for matrix, day in ((start_active, _epoch_day(start) - 1),
                            (end_active, min(_epoch_day(end), as_of_day))):
            matrix[rows[(span_start <= day) & (span_end >= day)], p] = True
    return RetentionMembership(periods, start_active, end_active)


def _epoch_day(stamp: pd.Timestamp) -> int:
    return int(np.datetime64(pd.Timestamp(stamp).normalize(), "D").astype(np.int64))


def segment_retention(membership: RetentionMembership, masks: pd.DataFrame,
                      counts: tuple[np.ndarray, np.ndarray] | None = None) -> pd.DataFrame:
    """Long table: segment, period, start, end, partial, start_customers, retained, churned,
    retention_rate (None when no one was active at the start).

    ``counts`` from :func:`period_counts` avoids computing them twice."""
    starts, kept = counts if counts is not None else period_counts(membership, masks)
    n_seg, n_per = starts.shape
    frame = pd.DataFrame({
        "segment": np.repeat(masks.columns.to_numpy(dtype=object), n_per),
        "period": np.tile(membership.periods["period"].to_numpy(dtype=object), n_seg),
        "start": np.tile(membership.periods["start"].to_numpy(), n_seg),
        "end": np.tile(membership.periods["end"].to_numpy(), n_seg),
        "partial": np.tile(membership.periods["partial"].to_numpy(dtype=bool), n_seg),
        "start_customers": starts.ravel(),
        "retained": kept.ravel(),
    })
    frame["churned"] = frame["start_customers"] - frame["retained"]
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = frame["retained"] / frame["start_customers"].where(frame["start_customers"] > 0)
    frame["retention_rate"] = rate.astype(object).where(rate.notna(), None)
    return frame


def pooled_retention(membership: RetentionMembership, masks: pd.DataFrame,
                     periods: int = POOLED_PERIODS,
                     counts: tuple[np.ndarray, np.ndarray] | None = None) -> pd.DataFrame:
    """Per segment: Σ R / Σ S over the last ``periods`` complete periods, and the last
    complete period's own S, R and rate. Index: segment name."""
    complete = np.flatnonzero(membership.complete)
    used = complete[-periods:] if periods > 0 else complete[:0]
    starts, kept = counts if counts is not None else period_counts(membership, masks)
    s_all, r_all = starts[:, used].astype(np.float64), kept[:, used].astype(np.float64)
    s_sum, r_sum = s_all.sum(axis=1), r_all.sum(axis=1)
    last_s = s_all[:, -1] if len(used) else np.zeros(len(masks.columns))
    last_r = r_all[:, -1] if len(used) else np.zeros(len(masks.columns))
    with np.errstate(divide="ignore", invalid="ignore"):
        pooled = np.where(s_sum > 0, r_sum / s_sum, np.nan)
        last_rate = np.where(last_s > 0, last_r / last_s, np.nan)
    label = membership.periods["period"].iloc[used[-1]] if len(used) else None
    return pd.DataFrame({
        "retention_rate": pooled, "retention_periods": len(used),
        "last_period": label, "last_period_start_customers": last_s.round().astype(np.int64),
        "last_period_retained": last_r.round().astype(np.int64),
        "last_period_retention_rate": last_rate,
    }, index=masks.columns)


def compare_retention(pooled: pd.DataFrame, a: str, b: str, *,
                      names: Mapping[str, str] | None = None) -> Comparison:
    """Compare groups ``a`` and ``b`` (row keys of :func:`pooled_retention`) in the last
    complete period with the two-proportion z-test of ``compare.py``; the sentence starts
    with the period ("In 2024-05: Regulars keep 92 % and Lapsed 40 %; …").

    ``names`` maps row keys to the names the owner reads (default: the keys)."""
    name_a, name_b = (names or {}).get(a, a), (names or {}).get(b, b)
    period = pooled["last_period"].iloc[0] if "last_period" in pooled and len(pooled) else None
    if period is None or pd.isna(period):
        return Comparison(**_empty_fields(name_a, name_b), sentence=TEXTS["no_period"])
    counts = ("last_period_retained", "last_period_start_customers")
    kept_a, n_a = (int(pooled.at[a, c]) for c in counts)
    kept_b, n_b = (int(pooled.at[b, c]) for c in counts)
    result = two_proportion_test(kept_a, n_a, kept_b, n_b, name_a, name_b)
    return replace(result, sentence=TEXTS["in_period"].format(period=period,
                                                              sentence=result.sentence))


def _empty_fields(name_a: str, name_b: str) -> dict:
    return dict(name_a=name_a, name_b=name_b, kept_a=0, n_a=0, kept_b=0, n_b=0, rate_a=None,
                rate_b=None, difference=None, ci95=None, z=None, p_value=None,
                small_sample=True)
