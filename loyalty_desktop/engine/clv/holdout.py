"""Goodness of fit the owner can see: fit on a calibration period, compare with the holdout.

The two checks of Fader, Hardie & Lee (2005), figures 2 and 3:

* ``by_frequency`` — customers grouped by repeat purchases in the calibration period
  (0, 1, … 6, "7+"); mean actual purchases in the holdout against the model's conditional
  expectation E[X(T, T+τ) | x, t_x, T];
* ``tracking`` — cumulative repeat transactions week by week over calibration + holdout,
  actual against Σ_i E[X(t − first purchase_i)] (the unconditional expectation for each
  customer since their first purchase).

Only customers whose first purchase is on or before the calibration end take part, so
actual and predicted count the same people.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..definitions import Definitions
from .bgnbd import BgNbd
from .predict import MODELS, MODEL_TITLES
from .summary import purchase_days, rfm_summary, unit_days
from ..i18n import Catalogue

TOP_GROUP = 7   # frequencies of 7 and more form one group, as in the paper

TEXTS = Catalogue("clv", {  # translated on lookup (engine/i18n.py)
    "order": "the holdout end must come after the calibration end",
    "too_few": ("only {repeat} customers bought more than once before {end}; the check needs "
                "at least {minimum}"),
    "no_fit": "the {title} model could not be fitted on the calibration period ({why})",
    "ok": ("{title} fitted on {customers:,} customers up to {end}; checked against "
           "{weeks:.0f} holdout weeks"),
})


@dataclass(frozen=True)
class HoldoutCheck:
    """Both charts' data; ``ok`` False means the frames are empty and ``message`` says why.

    by_frequency: frequency ('0'…'6', '7+'), customers, actual, predicted (mean holdout
    purchases per customer). tracking: week (1, 2, …), week_end (date), actual, predicted
    (cumulative repeat transactions), in_holdout (bool).
    """

    ok: bool
    message: str
    by_frequency: pd.DataFrame
    tracking: pd.DataFrame
    calibration_end: pd.Timestamp
    holdout_end: pd.Timestamp
    model: BgNbd | None = None


def _empty(ok: bool, message: str, cal: pd.Timestamp, hold: pd.Timestamp) -> HoldoutCheck:
    freq = pd.DataFrame(columns=["frequency", "customers", "actual", "predicted"])
    track = pd.DataFrame(columns=["week", "week_end", "actual", "predicted", "in_holdout"])
    return HoldoutCheck(ok, message, freq, track, cal, hold)


def holdout_check(transactions: pd.DataFrame, calibration_end: pd.Timestamp | str,
                  holdout_end: pd.Timestamp | str, defs: Definitions) -> HoldoutCheck:
    """Fit ``defs.clv.model`` on purchases up to ``calibration_end`` and compare its
    predictions with what happened up to ``holdout_end`` (both inclusive, whole days)."""
    cal, hold = pd.Timestamp(calibration_end).normalize(), pd.Timestamp(holdout_end).normalize()
    if hold <= cal:
        return _empty(False, TEXTS["order"], cal, hold)
    unit = defs.clv.time_unit
    summary = rfm_summary(transactions, cal, unit, refunds_are_activity=defs.refunds_are_activity)
    repeat = int((summary["x"] > 0).sum())
    if repeat < defs.clv.min_repeat_customers:
        return _empty(False, TEXTS["too_few"].format(repeat=repeat, end=cal.date().isoformat(),
                                                     minimum=defs.clv.min_repeat_customers), cal, hold)
    title = MODEL_TITLES.get(defs.clv.model, defs.clv.model)
    model = MODELS.get(defs.clv.model, BgNbd)().fit(summary)
    if not model.converged_:
        return _empty(False, TEXTS["no_fit"].format(title=title, why=model.message_), cal, hold)
    days = purchase_days(transactions, hold, defs.refunds_are_activity)
    days = days[days["customer_id"].isin(summary.index)]
    by_frequency = _by_frequency(model, summary, days, cal, hold, unit)
    tracking = _tracking(model, days, cal, hold, unit)
    weeks = (hold - cal).days / 7.0
    message = TEXTS["ok"].format(title=title, customers=len(summary), end=cal.date().isoformat(),
                                 weeks=weeks)
    return HoldoutCheck(True, message, by_frequency, tracking, cal, hold, model)


def _by_frequency(model: BgNbd, summary: pd.DataFrame, days: pd.DataFrame, cal: pd.Timestamp,
                  hold: pd.Timestamp, unit: str) -> pd.DataFrame:
    later = days[days["day"] > cal].groupby("customer_id").size()
    actual = later.reindex(summary.index, fill_value=0).astype("float64")
    predicted = model.expected_purchases((hold - cal).days / unit_days(unit), summary)
    group = summary["x"].clip(upper=TOP_GROUP).astype(int)
    frame = pd.DataFrame({"group": group, "actual": actual, "predicted": predicted})
    table = frame.groupby("group", sort=True).agg(customers=("actual", "size"),
                                                  actual=("actual", "mean"),
                                                  predicted=("predicted", "mean")).reset_index()
    table["frequency"] = [f"{g}+" if g == TOP_GROUP else str(g) for g in table["group"]]
    return table[["frequency", "customers", "actual", "predicted"]]


def _tracking(model: BgNbd, days: pd.DataFrame, cal: pd.Timestamp, hold: pd.Timestamp,
              unit: str) -> pd.DataFrame:
    first = days.groupby("customer_id")["day"].transform("min")
    repeat_days = days.loc[days["day"] > first, "day"]
    start = days["day"].min()
    n_weeks = int(np.ceil(((hold - start).days + 1) / 7.0))
    week_end = start + pd.to_timedelta(np.arange(1, n_weeks + 1) * 7 - 1, unit="D")
    week_end = week_end.where(week_end <= hold, hold)
    actual = np.searchsorted(np.sort(repeat_days.to_numpy()), week_end.to_numpy(), side="right")
    starts = days.groupby("customer_id")["day"].min().value_counts()
    predicted = np.zeros(n_weeks)
    scale = unit_days(unit)
    for first_day, count in starts.items():
        # a customer's clock starts at the end of their first purchase day
        elapsed = np.clip((week_end - first_day).days.to_numpy(dtype="float64"), 0.0, None) / scale
        predicted += count * model.expected_purchases_new(elapsed)
    return pd.DataFrame({"week": np.arange(1, n_weeks + 1), "week_end": week_end,
                         "actual": actual.astype("float64"), "predicted": predicted,
                         "in_holdout": np.asarray(week_end > cal)})
