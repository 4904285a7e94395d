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

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..definitions import Definitions
from ..progress import Progress, report
from .bgnbd import BgNbd
from .predict import MODELS, MODEL_TITLES
from .summary import purchase_days, rfm_summary, unit_days
from ..i18n import Catalogue

TOP_GROUP = 7   # frequencies of 7 and more form one group, as in the paper
#: The offered holdout length: half a year, at most a third of the data, at least a week;
#: the calibration keeps at least MIN_CALIBRATION_WEEKS so the model has something to fit.
DEFAULT_HOLDOUT_WEEKS = 26
MIN_CALIBRATION_WEEKS = 4

TEXTS = Catalogue("clv", {  # translated on lookup (engine/i18n.py)
    "order": "the holdout end must come after the calibration end",
    "too_few": ("only {repeat} customers bought more than once before {end}; the check needs "
                "at least {minimum}"),
    "no_fit": "the {title} model could not be fitted on the calibration period ({why})",
    "ok": ("{title} fitted on {customers:,} customers up to {end}; checked against "
           "{weeks:.0f} holdout weeks"),
    "no_orders": "there are no purchases to check the model against",
    "verdict": ("In the holdout weeks these customers made {actual:,.0f} repeat purchases; the "
                "model predicted {predicted:,.0f} ({gap:.0%} {direction})"),
    "more": "more",
    "fewer": "fewer",
    # progress messages
    "step_summary": "Summarising the calibration period",
    "step_fit": "Fitting the {title} model up to {end}",
    "step_compare": "Comparing the prediction with the holdout weeks",
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
    title: str = ""                  # "BG/NBD" | "MBG/NBD"
    time_unit: str = "week"          # the model's unit; the tracking curve is always weekly
    customers: int = 0               # customers with a first purchase by the calibration end
    repeat_customers: int = 0        # … of whom bought again before it
    #: each of those customers' group of ``by_frequency`` ('0'…'6', '7+'; index customer_id):
    #: who is behind a group's bars (``chart_members.frequency_members``); not in the JSON
    frequency_of: pd.Series | None = field(default=None, compare=False, repr=False)

    @property
    def holdout_weeks(self) -> float:
        return (self.holdout_end - self.calibration_end).days / 7.0

    @property
    def holdout_purchases(self) -> tuple[float, float]:
        """(actual, predicted) repeat purchases of all these customers in the holdout."""
        table = self.by_frequency
        if not len(table):
            return 0.0, 0.0
        weights = table["customers"].to_numpy(dtype="float64")
        return (float((weights * table["actual"].to_numpy(dtype="float64")).sum()),
                float((weights * table["predicted"].to_numpy(dtype="float64")).sum()))

    def verdict(self) -> str:
        """The comparison in one sentence ("" when the check could not be made)."""
        actual, predicted = self.holdout_purchases
        if not self.ok or actual <= 0:
            return ""
        direction = TEXTS["more"] if predicted > actual else TEXTS["fewer"]
        return TEXTS["verdict"].format(actual=actual, predicted=predicted,
                                       gap=abs(predicted - actual) / actual, direction=direction)


@dataclass(frozen=True)
class HoldoutWeeks:
    """The holdout lengths (whole weeks, counted back from the analysis date) to offer."""

    default: int
    minimum: int
    maximum: int


def holdout_weeks_choice(first_day: pd.Timestamp, as_of: pd.Timestamp) -> HoldoutWeeks:
    """Default, smallest and largest "last N weeks as holdout" for data from ``first_day``
    to ``as_of`` (module constants say why)."""
    span = max(int((pd.Timestamp(as_of) - pd.Timestamp(first_day)).days // 7), 0)
    maximum = max(span - MIN_CALIBRATION_WEEKS, 1)
    return HoldoutWeeks(int(np.clip(span // 3, 1, DEFAULT_HOLDOUT_WEEKS)), 1, maximum)


def check_last_weeks(orders: pd.DataFrame, holdout_weeks: int, defs: Definitions, *,
                     as_of: pd.Timestamp | None = None,
                     progress: Progress | None = None) -> HoldoutCheck:
    """:func:`holdout_check` with the last ``holdout_weeks`` weeks up to ``as_of`` (default:
    the last order day) held out. ``orders`` carry ``date`` or, as the analysis' prepared
    orders do, ``day``."""
    if "date" not in orders.columns:
        orders = orders.rename(columns={"day": "date"})
    if as_of is None:
        if not len(orders):
            today = pd.Timestamp.today().normalize()
            return _empty(False, TEXTS["no_orders"], today, today)
        as_of = pd.to_datetime(orders["date"]).max()
    hold = pd.Timestamp(as_of).normalize()
    cal = hold - pd.Timedelta(days=7 * int(holdout_weeks))
    return holdout_check(orders, cal, hold, defs, progress=progress)


def _empty(ok: bool, message: str, cal: pd.Timestamp, hold: pd.Timestamp) -> HoldoutCheck:
    freq = pd.DataFrame(columns=["frequency", "customers", "actual", "predicted"])
    track = pd.DataFrame(columns=["week", "week_end", "actual", "predicted", "in_holdout"])
    return HoldoutCheck(ok, message, freq, track, cal, hold)


def holdout_check(transactions: pd.DataFrame, calibration_end: pd.Timestamp | str,
                  holdout_end: pd.Timestamp | str, defs: Definitions, *,
                  progress: Progress | None = None) -> HoldoutCheck:
    """Fit ``defs.clv.model`` on purchases up to ``calibration_end`` and compare its
    predictions with what happened up to ``holdout_end`` (both inclusive, whole days).
    ``progress`` may raise ``Cancelled`` (the window's Cancel button)."""
    cal, hold = pd.Timestamp(calibration_end).normalize(), pd.Timestamp(holdout_end).normalize()
    if hold <= cal:
        return _empty(False, TEXTS["order"], cal, hold)
    unit = defs.clv.time_unit
    report(progress, 0.0, TEXTS["step_summary"])
    summary = rfm_summary(transactions, cal, unit, refunds_are_activity=defs.refunds_are_activity)
    repeat = int((summary["x"] > 0).sum())
    if repeat < defs.clv.min_repeat_customers:
        return _empty(False, TEXTS["too_few"].format(repeat=repeat, end=cal.date().isoformat(),
                                                     minimum=defs.clv.min_repeat_customers), cal, hold)
    title = MODEL_TITLES.get(defs.clv.model, defs.clv.model)
    report(progress, 0.15, TEXTS["step_fit"].format(title=title, end=cal.date().isoformat()))
    model = MODELS.get(defs.clv.model, BgNbd)().fit(summary)
    if not model.converged_:
        return _empty(False, TEXTS["no_fit"].format(title=title, why=model.message_), cal, hold)
    report(progress, 0.5, TEXTS["step_compare"])
    days = purchase_days(transactions, hold, defs.refunds_are_activity)
    days = days[days["customer_id"].isin(summary.index)]
    by_frequency = _by_frequency(model, summary, days, cal, hold, unit)
    tracking = _tracking(model, days, cal, hold, unit, progress)
    message = TEXTS["ok"].format(title=title, customers=len(summary), end=cal.date().isoformat(),
                                 weeks=(hold - cal).days / 7.0)
    report(progress, 1.0, "")
    return HoldoutCheck(True, message, by_frequency, tracking, cal, hold, model, title, unit,
                        len(summary), repeat, frequency_labels(summary))


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
    table["frequency"] = [_frequency_label(g) for g in table["group"]]
    return table[["frequency", "customers", "actual", "predicted"]]


def _frequency_label(group: int) -> str:
    return f"{group}+" if group == TOP_GROUP else str(group)


def frequency_labels(summary: pd.DataFrame) -> pd.Series:
    """Each customer's group of ``by_frequency`` from the calibration summary's ``x``."""
    group = summary["x"].clip(upper=TOP_GROUP).astype(int)
    return group.map(_frequency_label).astype("string")


def _week_ends(start: pd.Timestamp, cal: pd.Timestamp, hold: pd.Timestamp) -> pd.DatetimeIndex:
    """Week ends counted from the calibration end both ways, so one week ends exactly on
    the split; the first week may be partial and the last one is cut at ``hold``."""
    before = int(np.ceil(((cal - start).days + 1) / 7.0))
    after = int(np.ceil((hold - cal).days / 7.0))
    ends = cal + pd.to_timedelta(np.arange(-before + 1, after + 1) * 7, unit="D")
    return pd.DatetimeIndex(ends.where(ends <= hold, hold))


def _tracking(model: BgNbd, days: pd.DataFrame, cal: pd.Timestamp, hold: pd.Timestamp,
              unit: str, progress: Progress | None = None) -> pd.DataFrame:
    first = days.groupby("customer_id")["day"].transform("min")
    repeat_days = days.loc[days["day"] > first, "day"]
    week_end = _week_ends(days["day"].min(), cal, hold)
    n_weeks = len(week_end)
    actual = np.searchsorted(np.sort(repeat_days.to_numpy()), week_end.to_numpy(), side="right")
    starts = days.groupby("customer_id")["day"].min().value_counts()
    predicted = np.zeros(n_weeks)
    scale = unit_days(unit)
    for i, (first_day, count) in enumerate(starts.items()):
        # a customer's clock starts at the end of their first purchase day
        elapsed = np.clip((week_end - first_day).days.to_numpy(dtype="float64"), 0.0, None) / scale
        predicted += count * model.expected_purchases_new(elapsed)
        if i % 50 == 0:
            report(progress, 0.6 + 0.4 * i / len(starts), TEXTS["step_compare"])
    return pd.DataFrame({"week": np.arange(1, n_weeks + 1), "week_end": week_end,
                         "actual": actual.astype("float64"), "predicted": predicted,
                         "in_holdout": np.asarray(week_end > cal)})
