"""Gamma-Gamma: what a customer spends per purchase.

Fader, Hardie & Lee (2005), "RFM and CLV: Using Iso-Value Curves for Customer Base
Analysis", JMR 42(4), and Fader & Hardie (2013), "The Gamma-Gamma Model of Monetary Value".
Each transaction value z ~ Gamma(p, ν), ν ~ Gamma(q, γ) across customers. With zbar the mean
of a customer's x repeat transactions (first purchase excluded), the density of zbar is

    f(zbar | p, q, γ, x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q zbar^(px−1) x^(px) / (γ + x·zbar)^(px+q)

and the expected spend per purchase is E[Z | x, zbar] = p (γ + x·zbar) / (px + q − 1),
a weighted mean of the customer's own average and the population mean pγ/(q − 1).
It needs q > 1 (a finite population mean). Only repeat buyers with a positive mean
(x > 0, zbar > 0) inform the fit; everyone else gets the population mean.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.special import digamma, gammaln

from .fitting import maximise, wdot

PARAM_NAMES = ("p", "q", "gamma")


@dataclass(frozen=True)
class SpendRows:
    """Repeat buyers with positive spend as distinct (x, zbar) rows with customer counts.

    Terms that depend on x only (the Γ functions, p·x·ln x) are summed once per distinct x;
    the constant Σ n·ln zbar and Σ n·x·ln zbar are computed once, so an evaluation costs
    one logarithm per row.
    """

    x: np.ndarray
    m: np.ndarray
    n: np.ndarray
    x_values: np.ndarray
    x_weight: np.ndarray
    sum_log_m: float
    sum_x_log_m: float

    @classmethod
    def from_summary(cls, summary: pd.DataFrame) -> "SpendRows":
        use = summary.loc[(summary["x"] > 0) & (summary["monetary"] > 0), ["x", "monetary"]]
        counts = use.astype("float64").value_counts(sort=False).reset_index(name="n")
        x, m = counts["x"].to_numpy(), counts["monetary"].to_numpy()
        n = counts["n"].to_numpy(dtype="float64")
        by_x = counts.groupby("x", sort=True)["n"].sum()
        log_m = np.log(m)
        return cls(x, m, n, by_x.index.to_numpy(dtype="float64"), by_x.to_numpy(dtype="float64"),
                   float(wdot(n, log_m)), float(wdot((n * x), log_m)))


class GammaGamma:
    """Gamma-Gamma spend model: ``fit(summary)`` then ``expected_spend(summary)``.

    Fitted attributes: ``params_`` {p, q, gamma}, ``log_likelihood_``, ``converged_``,
    ``message_``, ``customers_`` (repeat buyers used).
    """

    name = "gammagamma"

    def __init__(self) -> None:
        self.params_: dict[str, float] = {}
        self.log_likelihood_ = float("nan")
        self.converged_ = False
        self.message_ = "not fitted"
        self.customers_ = 0

    @staticmethod
    def _objective(log_params: np.ndarray, rows: SpendRows) -> tuple[float, np.ndarray]:
        p, q, g = np.exp(log_params)
        xv, xw, total = rows.x_values, rows.x_weight, rows.n.sum()
        pxv = p * xv
        ll = (wdot(xw, (gammaln(pxv + q) - gammaln(pxv) + pxv * np.log(xv)))
              + total * (q * np.log(g) - gammaln(q)) + p * rows.sum_x_log_m - rows.sum_log_m)
        dig = digamma(pxv + q)
        g_p = wdot(xw, xv * (dig - digamma(pxv) + np.log(xv))) + rows.sum_x_log_m
        g_q = wdot(xw, dig) - total * digamma(q) + total * np.log(g)
        g_g = total * q / g
        nx, xm = rows.n * rows.x, rows.x * rows.m
        log_gxm = np.log(g + xm)
        ll -= p * (wdot(nx, log_gxm)) + q * (wdot(rows.n, log_gxm))
        g_p -= wdot(nx, log_gxm)
        g_q -= wdot(rows.n, log_gxm)
        inv = 1.0 / (g + xm)
        g_g -= p * (wdot(nx, inv)) + q * (wdot(rows.n, inv))
        return -ll / total, -np.array([g_p * p, g_q * q, g_g * g]) / total

    def log_likelihood(self, summary: pd.DataFrame, params: dict[str, float] | None = None) -> float:
        """Total log-likelihood of the repeat buyers in ``summary`` at ``params``."""
        params = params or self.params_
        rows = SpendRows.from_summary(summary)
        return -self._objective(np.log([params[k] for k in PARAM_NAMES]), rows)[0] * rows.n.sum()

    def fit(self, summary: pd.DataFrame) -> "GammaGamma":
        """Maximum likelihood on log-parameters over repeat buyers (several starts)."""
        rows = SpendRows.from_summary(summary)
        self.customers_ = int(rows.n.sum())
        if self.customers_ == 0:
            self.converged_, self.message_ = False, "nobody bought more than once"
            return self
        log_mean = float(np.log((wdot(rows.n, rows.m)) / rows.n.sum()))
        starts = [[0.0, 0.0, log_mean], [np.log(5.0), np.log(3.0), log_mean + np.log(2.0)],
                  [np.log(2.0), np.log(8.0), log_mean + np.log(4.0)]]
        outcome = maximise(lambda lp: self._objective(lp, rows), starts)
        self.params_ = dict(zip(PARAM_NAMES, (float(v) for v in np.exp(outcome.log_params))))
        self.log_likelihood_ = outcome.mean_log_likelihood * self.customers_
        self.converged_, self.message_ = outcome.converged, outcome.message
        if self.converged_ and self.params_["q"] <= 1.0:
            self.converged_ = False
            self.message_ = "spend per purchase varies too much for a finite average (q ≤ 1)"
        return self

    @property
    def population_mean_spend(self) -> float:
        """pγ/(q − 1): expected spend per purchase of a customer we know nothing about."""
        p, q, g = (self.params_[k] for k in PARAM_NAMES)
        return p * g / (q - 1.0)

    def expected_spend(self, summary: pd.DataFrame) -> pd.Series:
        """E[Z | x, zbar] = p(γ + x·zbar)/(px + q − 1); the population mean when x = 0 or zbar ≤ 0."""
        p, q, g = (self.params_[k] for k in PARAM_NAMES)
        x = summary["x"].to_numpy(dtype="float64")
        m = summary["monetary"].to_numpy(dtype="float64")
        known = (x > 0) & (m > 0)
        x, m = np.where(known, x, 0.0), np.where(known, m, 0.0)
        values = p * (g + x * m) / (p * x + q - 1.0)
        return pd.Series(values, index=summary.index, name="expected_spend")
