"""Every SPEC §3 metric for one group — a segment, the loyal customers or the rest (issue 8
point 4): retention flow, cohorts, NPS with its interval, CLV and lost value.

The segment table (``segments.py``) gives the headline numbers of all groups at once; this
is the drill-down for the group the owner clicked. It calls the same engine functions the
whole-business pages use, restricted to the group's customers, so a group's numbers are
defined exactly like everybody's — including lost value, which uses the group's *own*
measured annual retention (loyal customers stay longer, so each one lost costs more).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from .cohorts import CohortMatrix, cohort_matrix
from .definitions import Definitions
from .nps import NpsResult, nps
from .retention import retention_flow
from .value import LostValue, annual_retention, lost_value


@dataclass(frozen=True)
class GroupDetails:
    """All metrics of one group; ``nps`` is None when nobody in it answered a survey."""

    key: str
    name: str
    customers: int
    flow: pd.DataFrame                 # retention.retention_flow for the group's customers
    cohorts: CohortMatrix
    nps: NpsResult | None
    annual_retention: float | None
    lost_value: LostValue
    mean_predicted_clv: float | None
    total_predicted_clv: float | None

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name, "customers": self.customers,
                "annual_retention": self.annual_retention,
                "cohorts": self.cohorts.to_json(), "lost_value": self.lost_value.to_json(),
                "nps": None if self.nps is None else self.nps.score,
                "mean_predicted_clv": self.mean_predicted_clv,
                "total_predicted_clv": self.total_predicted_clv}


def group_details(members: pd.Index, customers: pd.DataFrame, activity: pd.DataFrame,
                  defs: Definitions, *, as_of: pd.Timestamp, window_days: int,
                  key: str = "", name: str = "") -> GroupDetails:
    """Metrics of the customers in ``members`` (e.g. ``SegmentAnalysis.members(key)``).

    ``customers``: the per-customer table; ``activity``: distinct (customer_id, day) pairs
    (``customers.activity_days``).
    """
    table = customers.loc[customers.index.intersection(members)]
    group_activity = activity[activity["customer_id"].isin(members)]
    flow = retention_flow(group_activity, as_of=as_of, window_days=window_days,
                          period=defs.period)
    cohorts = cohort_matrix(pd.DataFrame(), defs, as_of=as_of, activity=group_activity)
    retention = annual_retention(flow, defs.period, window_days=window_days) if len(flow) else None
    lost = lost_value(table, defs, annual_retention=retention)
    scores = table["nps_score"].dropna() if "nps_score" in table.columns else pd.Series(dtype=float)
    score = nps(scores, label=name) if len(scores) else None
    clv = table["predicted_clv"].dropna() if "predicted_clv" in table.columns else pd.Series(dtype=float)
    return GroupDetails(key, name, int(len(table)), flow, cohorts, score, retention, lost,
                        float(clv.mean()) if len(clv) else None,
                        float(clv.sum()) if len(clv) else None)
