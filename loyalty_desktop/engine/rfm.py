"""RFM scores and named RFM segments: the built-in segmentation (SPEC §4, issue 8).

Scores are quintiles over the customers in the table, 5 = best:

* **R** (recency) from ``days_since_last_purchase`` — fewer days is better;
* **F** (frequency) from ``purchases``;
* **M** (monetary) from ``revenue`` (net, refunds subtracted).

Score of a customer at rank position i (1 = worst, ties share the *lowest* position of
their tie) among n customers: ``floor(5·(i − 1)/n) + 1``. With distinct values this is
exactly one fifth per score; with ties (often: most customers bought once) everybody with
the same value gets the same score, so no one-time buyer is ranked above another one-time
buyer by the accident of row order.

The named segment depends on R and F only; every one of the 25 R×F cells has a name::

    R \\ F |      1          2            3             4            5
    ------+---------------------------------------------------------------------
      5   | New customers Potential   Potential    Champions     Champions
      4   | Promising     Potential   Potential    Loyal         Loyal
      3   | About to sleep About to sl. Need attention Loyal       Loyal
      2   | Hibernating   Hibernating At risk      At risk       Can't lose them
      1   | Lost          Lost        At risk      At risk       Can't lose them

("Potential" = Potential loyalists, "Loyal" = Loyal customers.) This is the usual RFM
grid (as in Putler's and the R ``rfm`` package's segment maps) with "Lost" split off from
"Hibernating" for the oldest, least frequent corner.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from .i18n import Catalogue

_P, _L, _A, _S = "Potential loyalists", "Loyal customers", "About to sleep", "At risk"
#: RFM_GRID[r - 1][f - 1] → segment name.
RFM_GRID: tuple[tuple[str, ...], ...] = (
    ("Lost", "Lost", _S, _S, "Can't lose them"),                        # R = 1
    ("Hibernating", "Hibernating", _S, _S, "Can't lose them"),          # R = 2
    (_A, _A, "Need attention", _L, _L),                                 # R = 3
    ("Promising", _P, _P, _L, _L),                                      # R = 4
    ("New customers", _P, _P, "Champions", "Champions"),                # R = 5
)

RFM_COLUMNS = ("r_score", "f_score", "m_score", "rfm_segment")

#: One-line meaning of each segment, for the segment list (English templates).
SEGMENT_HELP = Catalogue("rfm", {  # translated on lookup (engine/i18n.py)
    "Champions": "Bought recently and buy often.",
    "Loyal customers": "Buy often and still come back.",
    "Potential loyalists": "Recent customers who have bought more than once.",
    "New customers": "Bought recently, for the first time or rarely.",
    "Promising": "Fairly recent, but do not buy often yet.",
    "Need attention": "Average recency and frequency: could go either way.",
    "About to sleep": "Not seen for a while and rarely bought.",
    "At risk": "Used to buy regularly but have not come back for a long time.",
    "Can't lose them": "Bought most often, but not for a long time.",
    "Hibernating": "Long ago and rarely.",
    "Lost": "Longest ago and least often.",
})


def quintile_scores(values: pd.Series, higher_is_better: bool = True) -> pd.Series:
    """1–5 by rank, ties sharing the score of their lowest position (see module doc).

    Missing values get no score (<NA>).
    """
    present = values.dropna()
    n = len(present)
    out = pd.Series(pd.NA, index=values.index, dtype="Int64")
    if n == 0:
        return out
    ranked = (present if higher_is_better else -present).rank(method="min")
    scores = np.floor(5.0 * (ranked.to_numpy() - 1.0) / n).astype(np.int64) + 1
    out.loc[present.index] = np.clip(scores, 1, 5)
    return out


def rfm_segment_names(r_score: pd.Series, f_score: pd.Series) -> pd.Series:
    """The RFM_GRID name for each (R, F) pair; missing when either score is missing."""
    grid = np.array(RFM_GRID, dtype=object)
    r = r_score.to_numpy(dtype="float64", na_value=np.nan)
    f = f_score.to_numpy(dtype="float64", na_value=np.nan)
    ok = ~(np.isnan(r) | np.isnan(f))
    names = np.full(len(r), None, dtype=object)
    names[ok] = grid[r[ok].astype(int) - 1, f[ok].astype(int) - 1]
    return pd.Series(names, index=r_score.index, dtype="string")


def rfm_table(customers: pd.DataFrame) -> pd.DataFrame:
    """r_score, f_score, m_score (Int64 1–5) and rfm_segment, indexed like ``customers``.

    ``customers`` is the per-customer table (needs days_since_last_purchase, purchases,
    revenue).
    """
    r = quintile_scores(customers["days_since_last_purchase"].astype("float64"),
                        higher_is_better=False)
    f = quintile_scores(customers["purchases"].astype("float64"))
    m = quintile_scores(customers["revenue"].astype("float64"))
    return pd.DataFrame({"r_score": r, "f_score": f, "m_score": m,
                         "rfm_segment": rfm_segment_names(r, f)}, index=customers.index)


def add_rfm(customers: pd.DataFrame) -> pd.DataFrame:
    """A copy of the customer table with the RFM columns added (replacing older ones)."""
    rest = customers.drop(columns=[c for c in RFM_COLUMNS if c in customers.columns])
    return rest.join(rfm_table(customers))

