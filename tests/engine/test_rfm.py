"""RFM quintile scores and the named R×F grid (the always-available built-in segments)."""
from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_desktop.engine.rfm import (RFM_GRID, SEGMENT_HELP, add_rfm, quintile_scores,
                                        rfm_segment_names, rfm_table)
from loyalty_desktop.engine.rule_fields import RFM_SEGMENT_NAMES


def test_distinct_values_split_into_exact_fifths():
    # 10 distinct values: positions 1–2 → 1, 3–4 → 2, … 9–10 → 5  (floor(5·(i−1)/10) + 1)
    values = pd.Series([50, 10, 20, 30, 40, 60, 70, 80, 90, 100], dtype="float64")
    assert quintile_scores(values).tolist() == [3, 1, 1, 2, 2, 3, 4, 4, 5, 5]


def test_ties_share_the_score_of_their_lowest_position():
    # purchases: six one-time buyers (positions 1–6 → all take position 1 → score 1),
    # 2 purchases at position 7 → floor(5·6/10)+1 = 4, 3 at 8 → floor(35/10)+1 = 4,
    # 9 at 9 → 5, 20 at 10 → 5.
    values = pd.Series([1, 1, 1, 1, 1, 1, 2, 3, 9, 20], dtype="float64")
    assert quintile_scores(values).tolist() == [1, 1, 1, 1, 1, 1, 4, 4, 5, 5]


def test_recency_scores_reward_fewer_days():
    days = pd.Series([1, 400, 30, 200, 90], dtype="float64")
    # best (1 day) → 5; worst (400) → 1; five distinct values → one per score
    assert quintile_scores(days, higher_is_better=False).tolist() == [5, 1, 4, 2, 3]


def test_missing_values_get_no_score():
    scores = quintile_scores(pd.Series([np.nan, 5.0, 1.0]))
    assert scores.isna().tolist() == [True, False, False]
    # two present values: 5.0 at position 2 → floor(5·1/2)+1 = 3; 1.0 at position 1 → 1
    assert scores.dropna().tolist() == [3, 1]


def test_grid_names_every_one_of_the_25_cells_with_the_eleven_segments():
    cells = [name for row in RFM_GRID for name in row]
    assert len(RFM_GRID) == 5 and all(len(row) == 5 for row in RFM_GRID) and len(cells) == 25
    assert set(cells) == set(RFM_SEGMENT_NAMES) == set(SEGMENT_HELP)
    # corners as documented: R5F5 Champions, R5F1 New customers, R1F5 Can't lose them, R1F1 Lost
    r = pd.Series([5, 5, 1, 1, 3, 2], dtype="Int64")
    f = pd.Series([5, 1, 5, 1, 3, 3], dtype="Int64")
    assert rfm_segment_names(r, f).tolist() == ["Champions", "New customers", "Can't lose them",
                                               "Lost", "Need attention", "At risk"]


def test_rfm_table_from_customer_columns():
    customers = pd.DataFrame({
        "days_since_last_purchase": [5, 300, 10, 200, 60],
        "purchases": [12, 1, 1, 9, 3],
        "revenue": [900.0, 40.0, 60.0, 700.0, 100.0],
    }, index=pd.Index(list("abcde"), name="customer_id"))
    table = rfm_table(customers)
    # R: days 5→5, 10→4, 60→3, 200→2, 300→1
    assert table["r_score"].tolist() == [5, 1, 4, 2, 3]
    # F: purchases 1,1 tie at position 1 → 1; 3 → pos 3 → floor(10/5)+1 = 3; 9 → 4; 12 → 5
    assert table["f_score"].tolist() == [5, 1, 1, 4, 3]
    assert table["m_score"].tolist() == [5, 1, 2, 4, 3]
    assert table["rfm_segment"].tolist() == ["Champions", "Lost", "Promising", "At risk",
                                             "Need attention"]
    added = add_rfm(customers.assign(r_score=0))
    assert added["r_score"].tolist() == [5, 1, 4, 2, 3]
    assert list(added.columns[-4:]) == ["r_score", "f_score", "m_score", "rfm_segment"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 50), min_size=1, max_size=200))
def test_scores_are_1_to_5_monotone_and_ties_agree(values):
    series = pd.Series(values, dtype="float64")
    scores = quintile_scores(series)
    assert scores.between(1, 5).all()
    order = np.argsort(values, kind="stable")
    assert np.all(np.diff(scores.to_numpy(dtype=int)[order]) >= 0)
    assert (scores.groupby(series).nunique() == 1).all()
