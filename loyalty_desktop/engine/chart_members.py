"""Who is behind one bar or point of the feedback, value and segment charts.

The window's drill-down (a click on a chart) lists the customers counted in what was
clicked; like ``flow_members`` for the retention flow, each function here selects them
with the same rules the chart's numbers were computed with, so the list and the number
agree:
  - an NPS wave: the matched customers with a scored answer (0–10) in that wave (``nps``);
  - a satisfaction level / NPS category: the matched customers with an answer at that level
    whose whole repurchase window is observed — the answers the bar's rate counts
    (``satisfaction.repurchase_by_level``);
  - an exit reason: the matched customers who gave it, grouped ignoring case and spacing
    (``text.exit_reasons``);
  - a lifecycle bar: the churned customers whose stay fell in that whole month (``lifespan``);
  - a step of the survival curve: the customers who lasted longer than its start (churned
    later or still active) — the ones the curve still counts there (``lifespan``);
  - a point of a group's retention line: the group's customers retained in that period,
    R = S ∩ E (``segment_retention``);
  - a group of the "who answered" chart: its customers, or those of them who answered
    (``representativeness``);
  - a month of the loyal-customers chart: those loyal at its end (``loyal_history``);
  - a comment cause (overall or in one wave): the customers whose comment mentions it
    (``text.match_keyword_groups``), with how many such answers matched no customer;
  - a group of the holdout chart: the customers with that many repeat purchases before the
    split (``clv.holdout``).
An answer that matched no customer names nobody; a customer with several answers is listed once.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from .lifespan import lifecycle_durations
from .nps import nps_category, wave_labels
from .segment_retention import RetentionMembership
from .text import reason_key


def _ids(values: pd.Series) -> list[str]:
    return sorted({str(v) for v in values.dropna()})


def wave_members(responses: pd.DataFrame, wave_definition: str, label: str) -> list[str]:
    """Customers with a scored answer in the NPS wave ``label`` (``NpsReport.wave_definition``)."""
    if "score" not in responses or "customer_id" not in responses or not len(responses):
        return []
    scored = nps_category(responses["score"]).notna()
    in_wave = (wave_labels(responses, wave_definition) == label).fillna(False)
    return _ids(responses.loc[(scored & in_wave).to_numpy(dtype=bool), "customer_id"])


def level_members(responses: pd.DataFrame, flags: pd.DataFrame | None, *, basis: str,
                  level: Any) -> list[str]:
    """Customers counted in one bar of the repurchase chart: an answer at ``level`` (1–5 for
    ``basis='satisfaction'``, 'promoter'/'passive'/'detractor' for ``basis='nps'``) whose
    whole window is observed. ``flags``: ``SatisfactionReport.flags`` (or
    ``satisfaction.repurchase_flags`` of the same answers)."""
    column = "satisfaction" if basis == "satisfaction" else "score"
    if flags is None or column not in responses or "customer_id" not in responses:
        return []
    if basis == "satisfaction":
        hit = pd.to_numeric(responses[column], errors="coerce") == float(level)
    else:
        hit = nps_category(responses[column]) == str(level)
    observed = flags["observable"].astype(bool)
    rows = observed.index[observed.to_numpy(dtype=bool)]
    rows = rows[hit.reindex(rows).fillna(False).to_numpy(dtype=bool)]
    return _ids(responses.loc[rows, "customer_id"])


def reason_members(responses: pd.DataFrame, reason: str) -> list[str]:
    """Customers whose "why did you leave" answer is ``reason`` (ignoring case and spacing)."""
    if "reason" not in responses or "customer_id" not in responses:
        return []
    key = reason_key(pd.Series([reason]))[0]
    hit = (reason_key(responses["reason"]) == key).fillna(False)
    return _ids(responses.loc[hit.to_numpy(dtype=bool), "customer_id"])


def lifecycle_members(customers: pd.DataFrame, month: int) -> list[str]:
    """Churned customers whose lifecycle (first purchase → churn date) lasted ``month`` to
    ``month + 1`` months: one bar of ``lifespan.lifecycle_distribution``, same buckets."""
    months = lifecycle_durations(customers)
    bucket = np.floor(months.to_numpy() + 1e-9).astype(np.int64)
    return sorted(str(i) for i in months.index[bucket == int(month)])


def still_customers_after(customers: pd.DataFrame, days: float) -> list[str]:
    """Customers still customers ``days`` after their first purchase: lifespan (first
    purchase → churn date, or → as_of while active) longer than ``days``; at day 0 everyone.

    A step of the Kaplan–Meier curve starts where customers churned (or were last seen), so
    the ones it still counts after that point are those who lasted longer."""
    if not len(customers):
        return []
    span = customers["lifespan_days"].to_numpy(dtype=np.float64)
    keep = span > float(days) if days > 0 else np.ones(len(span), dtype=bool)
    return sorted(str(i) for i in customers.index[keep])


def retained_members(membership: RetentionMembership, customer_ids: pd.Index, mask: np.ndarray,
                     period: str) -> list[str]:
    """Customers of the group ``mask`` (aligned with ``customer_ids``, the rows of the
    membership) active at the start and at the end of ``period``: its retained customers."""
    hit = np.flatnonzero(membership.periods["period"].astype(str).to_numpy() == str(period))
    if not len(hit):
        return []
    p = int(hit[0])
    kept = (np.asarray(mask, dtype=bool) & membership.start_active[:, p]
            & membership.end_active[:, p])
    return sorted(str(i) for i in customer_ids[kept])


# --- the survey's respondents, comment causes, loyal history and the holdout check ----------
def group_members(members: pd.DataFrame | None, group: str, *, answered_only: bool) -> list[str]:
    """One group of the "who answered" chart (``Representativeness.members``): all its
    customers (the "share of all customers" bar) or those of them who answered (the
    "answers" bar) — the counts ``customers`` and ``respondents`` of its table."""
    if members is None:
        return []
    hit = members["group"].astype(str).to_numpy() == str(group)
    if answered_only:
        hit = hit & members["answered"].to_numpy(dtype=bool)
    return sorted(str(i) for i in members.index[hit])


def loyal_members(history: pd.DataFrame, period: str) -> list[str]:
    """The customers loyal at the end of ``period`` (``loyal_history``: the ``loyal`` count)."""
    if "loyal_ids" not in history:
        return []
    rows = history.loc[history["period"].astype(str) == str(period), "loyal_ids"]
    return sorted(rows.iloc[0]) if len(rows) else []


def cause_members(responses: pd.DataFrame, matches: pd.DataFrame, causes: list[str], *,
                  waves: pd.Series | None = None, wave: str | None = None
                  ) -> tuple[list[str], int]:
    """Customers whose comment mentions any of ``causes`` (``CommentReport.matches``), only
    the comments of survey wave ``wave`` when given (``waves``: a label per answer, as
    ``comment_report`` got). Returns (customer ids, answers among them that matched no
    customer) — those comments are counted in the chart but name nobody."""
    causes = [c for c in causes if c in matches.columns]
    if not causes or not len(matches):
        return [], 0
    hit = matches[causes].any(axis=1).to_numpy(dtype=bool)
    if wave is not None:
        if waves is None:
            return [], 0
        labels = waves.reindex(matches.index).astype("string")
        hit = hit & (labels == str(wave)).fillna(False).to_numpy(dtype=bool)
    rows = matches.index[hit]
    if "customer_id" not in responses:
        return [], len(rows)
    who = responses["customer_id"].reindex(rows)
    return _ids(who), int(who.isna().sum())


def frequency_members(frequency_of: pd.Series | None, frequency: str) -> list[str]:
    """The customers of one group of the holdout chart (``HoldoutCheck.frequency_of``):
    those with ``frequency`` ('0'…'6', '7+') repeat purchases before the split."""
    if frequency_of is None:
        return []
    return sorted(str(i) for i in frequency_of.index[(frequency_of.astype(str) == str(frequency))
                                                      .to_numpy(dtype=bool)])
