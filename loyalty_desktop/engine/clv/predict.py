"""Predictive CLV per customer (SPEC §3), with the simple-CLV fallback when it cannot be trusted.

Pipeline: :func:`rfm_summary` → BG/NBD or MBG/NBD (purchases, P(alive)) → Gamma-Gamma
(spend per purchase) → discounted CLV over the horizon. Month i of the horizon contributes

    margin × E[spend] × (E[X(i months)] − E[X(i−1 months)]) / (1 + d_m)^i,

with d_m = (1 + d)^(1/12) − 1 the monthly rate equivalent to the annual discount rate d.
When fewer than ``defs.clv.min_repeat_customers`` customers bought twice, or a fit does not
converge, or a prediction is not finite, the result is the simple CLV and ``reason`` says
why — the app never shows a silently wrong number.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ..customers import effective_as_of
from ..definitions import Definitions
from ..progress import Progress, report, sub_progress
from .bgnbd import BgNbd
from .gammagamma import GammaGamma
from .mbgnbd import MbgNbd
from .simple import simple_clv
from .summary import months_to_units, rfm_summary
from ..i18n import Catalogue

MODELS = {"bgnbd": BgNbd, "mbgnbd": MbgNbd}
MODEL_TITLES = {"bgnbd": "BG/NBD", "mbgnbd": "MBG/NBD"}
PER_CUSTOMER_COLUMNS = ("p_alive", "expected_purchases", "expected_spend", "predicted_clv")

#: Every sentence a user reads from this module (English templates, translated later).
TEXTS = Catalogue("clv", {  # translated on lookup (engine/i18n.py)
    "fitted": ("{title} and Gamma-Gamma fitted on {customers:,} customers ({repeat:,} bought "
               "more than once); {horizon} months ahead, in {unit}"),
    # the model's time unit as the sentence above reads it ("in weeks")
    "units": {"day": "days", "week": "weeks", "month": "months"},
    "too_few": ("only {repeat} of {customers:,} customers bought more than once (the prediction "
                "needs at least {minimum}), so the simple CLV is used"),
    "no_fit": "the {title} model could not be fitted, so the simple CLV is used: {why}",
    "no_spend_fit": "spend per purchase could not be modelled, so the simple CLV is used: {why}",
    "not_finite": "the prediction was not a finite number for some customers, so the simple CLV is used",
    "no_retention": ("; annual retention has not been measured, so only the coming year's value "
                     "is counted"),
    "retention": "; measured annual retention {retention:.0%}",
    "unbounded": ("; with 100 % retention and no discount rate the value has no limit, so only "
                  "the coming year is counted (set a discount rate)"),
    "no_customers": "there are no purchases to value",
    # progress messages
    "step_summary": "Summarising purchases",
    "step_fit": "Fitting the {title} purchase model",
    "step_spend": "Fitting spend per purchase",
    "step_predict": "Predicting purchases",
    "step_done": "Done",
})


@dataclass
class ClvResult:
    """Per-customer CLV and how it was obtained.

    ``customers``: index customer_id; p_alive, expected_purchases (over the horizon),
    expected_spend (per purchase), predicted_clv (discounted, × margin). Under the simple
    model the first three are missing (NaN): no model was trusted to give them.
    """

    model: str                         # "bgnbd" | "mbgnbd" | "simple"
    reason: str
    params: dict[str, float]
    log_likelihood: float | None
    horizon_months: int
    customers: pd.DataFrame
    time_unit: str = "week"
    margin: float = 1.0
    discount_rate: float = 0.0
    annual_retention: float | None = None
    repeat_customers: int = 0
    summary: pd.DataFrame | None = None
    transaction_model: BgNbd | None = None
    spend_model: GammaGamma | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_predictive(self) -> bool:
        return self.model != "simple"

    @property
    def mean_clv(self) -> float:
        values = self.customers["predicted_clv"]
        return float(values.mean()) if len(values) else 0.0

    @property
    def total_clv(self) -> float:
        return float(self.customers["predicted_clv"].sum())

    @property
    def model_name(self) -> str:
        """The JSON's ``clv.model``: "bgnbd+gammagamma", "mbgnbd+gammagamma" or "simple"."""
        return f"{self.model}+gammagamma" if self.is_predictive else "simple"

    def to_json(self) -> dict[str, Any]:
        """SPEC §5 "clv" block."""
        return {"model": self.model_name, "reason": self.reason,
                "params": {k: float(v) for k, v in self.params.items()},
                "log_likelihood": self.log_likelihood, "horizon_months": self.horizon_months,
                "time_unit": self.time_unit, "customers": int(len(self.customers)),
                "repeat_customers": int(self.repeat_customers), "mean_clv": self.mean_clv,
                "total_clv": self.total_clv, "margin": self.margin,
                "discount_rate": self.discount_rate, "annual_retention": self.annual_retention,
                "spend_log_likelihood": self.extra.get("spend_log_likelihood")}


def discounted_clv(model: BgNbd, spend: pd.Series, summary: pd.DataFrame, *, horizon_months: int,
                   margin: float, discount_rate: float,
                   progress: Progress | None = None) -> tuple[pd.Series, pd.Series]:
    """(predicted_clv, expected purchases over the horizon), month by month (module doc).

    Evaluated once per distinct (x, t_x, T) row, then mapped back to customers.
    """
    unique = summary[["x", "t_x", "T"]].drop_duplicates()
    month = months_to_units(1.0, summary.attrs.get("time_unit", model.time_unit_))
    monthly_rate = (1.0 + float(discount_rate)) ** (1.0 / 12.0) - 1.0
    previous = np.zeros(len(unique))
    factor = np.zeros(len(unique))
    for i in range(1, int(horizon_months) + 1):
        current = model.expected_purchases(i * month, unique).to_numpy()
        factor += (current - previous) / (1.0 + monthly_rate) ** i
        previous = current
        report(progress, i / max(int(horizon_months), 1), TEXTS["step_predict"])
    keys = pd.MultiIndex.from_frame(unique)
    lookup = pd.DataFrame({"factor": factor, "purchases": previous}, index=keys)
    mapped = lookup.reindex(pd.MultiIndex.from_frame(summary[["x", "t_x", "T"]]))
    clv = pd.Series(mapped["factor"].to_numpy() * spend.to_numpy() * float(margin),
                    index=summary.index, name="predicted_clv")
    purchases = pd.Series(mapped["purchases"].to_numpy(), index=summary.index,
                          name="expected_purchases")
    return clv, purchases


def _simple(transactions: pd.DataFrame, as_of: pd.Timestamp, defs: Definitions, reason: str,
            annual_retention: float | None, repeat: int, summary: pd.DataFrame) -> ClvResult:
    retention = 0.0 if annual_retention is None else float(annual_retention)
    reason += (TEXTS["no_retention"] if annual_retention is None
               else TEXTS["retention"].format(retention=retention))
    try:
        clv = simple_clv(transactions, as_of, margin=defs.margin, discount_rate=defs.discount_rate,
                         annual_retention=retention)
    except ValueError:      # r = 1 and d = 0: the sum has no end
        retention = 0.0
        reason += TEXTS["unbounded"]
        clv = simple_clv(transactions, as_of, margin=defs.margin, discount_rate=defs.discount_rate,
                         annual_retention=0.0)
    table = pd.DataFrame({"p_alive": np.nan, "expected_purchases": np.nan,
                          "expected_spend": np.nan, "predicted_clv": clv})
    return ClvResult("simple", reason, {"annual_retention": retention}, None,
                     int(defs.clv.horizon_months), table, defs.clv.time_unit, defs.margin,
                     defs.discount_rate, annual_retention, repeat, summary)


def predict_clv(transactions: pd.DataFrame, defs: Definitions, progress: Progress | None = None,
                *, annual_retention: float | None = None,
                as_of: pd.Timestamp | None = None) -> ClvResult:
    """Predictive CLV per customer, or the simple CLV with the reason (module doc).

    ``annual_retention`` (0…1) is the measured annual retention used only by the simple
    fallback; the caller computes it from the retention flow. Without it the fallback
    counts the coming year only and says so. ``as_of`` defaults to ``defs.as_of`` or the
    last transaction day. ``progress`` may raise ``Cancelled``.
    """
    if annual_retention is not None and not np.isfinite(annual_retention):
        annual_retention = None          # "not measured", never a NaN in the formula
    result = _predict(transactions, defs, progress, annual_retention, as_of)
    report(progress, 1.0, TEXTS["step_done"])
    return result


def _predict(transactions: pd.DataFrame, defs: Definitions, progress: Progress | None,
             annual_retention: float | None, as_of: pd.Timestamp | None) -> ClvResult:
    settings = defs.clv
    as_of = as_of if as_of is not None else effective_as_of(transactions, defs)
    if as_of is None:
        empty = pd.DataFrame({c: pd.Series(dtype="float64") for c in PER_CUSTOMER_COLUMNS},
                             index=pd.Index([], dtype="string", name="customer_id"))
        return ClvResult("simple", TEXTS["no_customers"], {}, None, int(settings.horizon_months),
                         empty, settings.time_unit, defs.margin, defs.discount_rate, annual_retention)
    report(progress, 0.0, TEXTS["step_summary"])
    summary = rfm_summary(transactions, as_of, settings.time_unit,
                          refunds_are_activity=defs.refunds_are_activity)
    repeat = int((summary["x"] > 0).sum())
    title = MODEL_TITLES.get(settings.model, settings.model)
    if repeat < int(settings.min_repeat_customers):
        reason = TEXTS["too_few"].format(repeat=repeat, customers=len(summary),
                                         minimum=settings.min_repeat_customers)
        return _simple(transactions, as_of, defs, reason, annual_retention, repeat, summary)
    report(progress, 0.1, TEXTS["step_fit"].format(title=title))
    model = MODELS.get(settings.model, BgNbd)().fit(summary)
    if not model.converged_:
        reason = TEXTS["no_fit"].format(title=title, why=model.message_)
        return _simple(transactions, as_of, defs, reason, annual_retention, repeat, summary)
    report(progress, 0.3, TEXTS["step_spend"])
    spend_model = GammaGamma().fit(summary)
    if not spend_model.converged_:
        reason = TEXTS["no_spend_fit"].format(why=spend_model.message_)
        return _simple(transactions, as_of, defs, reason, annual_retention, repeat, summary)
    return _predictive(model, spend_model, summary, defs, transactions, as_of,
                       annual_retention, repeat, title, progress)


def _predictive(model: BgNbd, spend_model: GammaGamma, summary: pd.DataFrame, defs: Definitions,
                transactions: pd.DataFrame, as_of: pd.Timestamp, annual_retention: float | None,
                repeat: int, title: str, progress: Progress | None) -> ClvResult:
    settings = defs.clv
    spend = spend_model.expected_spend(summary)
    clv, purchases = discounted_clv(model, spend, summary, horizon_months=settings.horizon_months,
                                    margin=defs.margin, discount_rate=defs.discount_rate,
                                    progress=sub_progress(progress, 0.4, 1.0))
    table = pd.DataFrame({"p_alive": model.p_alive(summary), "expected_purchases": purchases,
                          "expected_spend": spend, "predicted_clv": clv})
    if not np.isfinite(table.to_numpy(dtype="float64")).all():
        return _simple(transactions, as_of, defs, TEXTS["not_finite"], annual_retention, repeat,
                       summary)
    reason = TEXTS["fitted"].format(title=title, customers=len(summary), repeat=repeat,
                                    horizon=settings.horizon_months,
                                    unit=TEXTS["units"].get(model.time_unit_, model.time_unit_))
    params = {**model.params_, **spend_model.params_}
    result = ClvResult(model.name, reason, params, float(model.log_likelihood_),
                       int(settings.horizon_months), table, model.time_unit_, defs.margin,
                       defs.discount_rate, annual_retention, repeat, summary, model, spend_model)
    result.extra["spend_log_likelihood"] = float(spend_model.log_likelihood_)
    return result

