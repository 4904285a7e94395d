"""Key figures for the overview cards and the report's KPI table, with the owner's
benchmarks and targets compared (SPEC §3 "Benchmarks and goals").

The assessment (strength/weakness) is a computation, so it lives here and not in the
window: a KPI is a *strength* when it meets the target (or, without a target, beats the
benchmark), a *weakness* when it misses it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

import pandas as pd

#: key → (English label, kind, higher is better). kind: count | money | rate | days
KPI_CATALOGUE: dict[str, tuple[str, str, bool]] = {
    "customers": ("Customers", "count", True),
    "active_customers": ("Active customers", "count", True),
    "retention_rate": ("Retention rate (last full period)", "rate", True),
    "churn_rate": ("Churn rate (last full period)", "rate", False),
    "repeat_purchase_rate": ("Repeat purchase rate", "rate", True),
    "average_order_value": ("Average order value", "money", True),
    "revenue": ("Revenue", "money", True),
    "average_lifespan_days": ("Average customer lifespan", "days", True),
}


@dataclass(frozen=True)
class Kpi:
    key: str
    label: str
    kind: str
    value: Optional[float]
    previous: Optional[float]          # same KPI one period earlier, for the trend arrow
    benchmark: Optional[float]
    target: Optional[float]
    higher_is_better: bool
    assessment: str                    # "strength" | "weakness" | "on par" | ""

    @property
    def trend(self) -> int:
        """+1 improving, −1 worsening, 0 flat or unknown (in the good direction's sense)."""
        if self.value is None or self.previous is None or self.value == self.previous:
            return 0
        up = self.value > self.previous
        return 1 if up == self.higher_is_better else -1

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "value": self.value, "previous": self.previous,
                "benchmark": self.benchmark, "target": self.target,
                "assessment": self.assessment}


def _assess(value: Optional[float], reference: Optional[float], higher_is_better: bool) -> str:
    if value is None or reference is None:
        return ""
    if abs(value - reference) <= 1e-9 * max(1.0, abs(reference)):
        return "on par"
    better = value > reference if higher_is_better else value < reference
    return "strength" if better else "weakness"


def last_full_periods(flow: pd.DataFrame) -> pd.DataFrame:
    """Complete periods with a defined rate (the running period and S = 0 periods excluded)."""
    if flow is None or flow.empty:
        return flow
    usable = flow[~flow["partial"].astype(bool)]
    return usable[pd.to_numeric(usable["retention_rate"], errors="coerce").notna()]


def compute_kpis(summary: dict[str, Any], flow: pd.DataFrame,
                 benchmarks: dict[str, float], targets: dict[str, float]) -> list[Kpi]:
    full = last_full_periods(flow)
    values: dict[str, tuple[Optional[float], Optional[float]]] = {
        key: (summary.get(key), None) for key in KPI_CATALOGUE}
    if full is not None and len(full):
        last = full.iloc[-1]
        prev = full.iloc[-2] if len(full) > 1 else None
        for key in ("retention_rate", "churn_rate"):
            values[key] = (float(last[key]), float(prev[key]) if prev is not None else None)
    else:
        values["retention_rate"] = (None, None)
        values["churn_rate"] = (None, None)
    kpis = []
    for key, (label, kind, higher) in KPI_CATALOGUE.items():
        value, previous = values[key]
        value = None if value is None else float(value)
        reference = targets.get(key, benchmarks.get(key))
        kpis.append(Kpi(key, label, kind, value, previous, benchmarks.get(key), targets.get(key),
                        higher, _assess(value, reference, higher)))
    return kpis
