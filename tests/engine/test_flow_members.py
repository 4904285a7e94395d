"""The customers behind one bar of the retention flow (engine/flow_members.py)."""
from __future__ import annotations

import pandas as pd
import pytest

from loyalty_desktop.engine.flow_members import KINDS, flow_members
from loyalty_desktop.engine.retention import retention_flow

AS_OF = pd.Timestamp("2024-04-20")
# the hand-computed case of test_retention (W = 30 days):
#   Feb: S = {a, c}, E = {b} → churned a, c; new b.  Mar: S = {b}, E = {a} → churned b,
#   reactivated a.  Apr: S = {a}, E = {c} → churned a, reactivated c.
ROWS = [("a", "2024-01-05"), ("a", "2024-03-01"), ("b", "2024-02-10"), ("c", "2024-01-20"),
        ("c", "2024-04-15")]


def activity() -> pd.DataFrame:
    frame = pd.DataFrame(ROWS, columns=["customer_id", "day"])
    frame["day"] = pd.to_datetime(frame["day"])
    return frame.sort_values(["customer_id", "day"]).reset_index(drop=True)


def members(label: str, kind: str) -> list[str]:
    return flow_members(activity(), as_of=AS_OF, window_days=30, period="month",
                        label=label, kind=kind)


def test_churned_new_and_reactivated_customers_are_named():
    assert members("2024-02", "churned") == ["a", "c"]
    assert members("2024-02", "new") == ["b"]
    assert members("2024-03", "churned") == ["b"]
    assert members("2024-03", "reactivated") == ["a"]
    assert members("2024-04", "reactivated") == ["c"]
    assert members("2024-01", "retained") == []


def test_every_set_has_the_size_the_flow_counts():
    flow = retention_flow(activity(), as_of=AS_OF, window_days=30, period="month")
    column = {"start": "start_customers", "end": "end_customers"}
    for row in flow.itertuples(index=False):
        for kind in KINDS:
            assert len(members(row.period, kind)) == getattr(row, column.get(kind, kind))


def test_unknown_period_has_nobody_and_unknown_kind_is_refused():
    assert members("2019-01", "churned") == []
    with pytest.raises(ValueError):
        members("2024-02", "lost")
