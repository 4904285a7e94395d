"""BG/NBD: how many purchases a customer will make, and whether they are still "alive".

Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way: An Alternative to the
Pareto/NBD Model", Marketing Science 24(2). While alive a customer buys at Poisson rate λ,
λ ~ Gamma(r, α); after each purchase they drop out with probability p, p ~ Beta(a, b).
For a customer with x repeat purchases, last at t_x, observed for T (eq. 6):

    L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
        + δ(x>0) · B(a+1, b+x−1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x))

Written as log L = A1 + A2 + A3 + log(1 + δ e^D) with
A1 = lnΓ(r+x) − lnΓ(r) + r ln α, A2 = ln B(a, b+x) − ln B(a, b), A3 = −(r+x) ln(α+T),
D = ln a − ln(b+x−1) − (r+x)(ln(α+t_x) − ln(α+T)), so the gradient is analytic and cheap.
A1 and A2 depend on x only and are summed once per distinct x; the rest once per distinct
(x, t_x, T) row, weighted by how many customers share it — which is what makes 100,000
customers fit in a fraction of a second.

The MBG/NBD variant (:mod:`.mbgnbd`) differs only in the offsets ``_k`` and ``_s`` below.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.special import digamma, gammaln, hyp2f1

from .fitting import maximise, wdot
from ..i18n import Catalogue

PARAM_NAMES = ("r", "alpha", "a", "b")
#: r, a and b outside this range mean the optimum lies on the model's edge: everybody buys at
#: the same rate (r → ∞) or nobody ever stops (a → 0, b → ∞). The data then do not look like
#: BG/NBD customers and the predictions (₂F₁ with parameters in the ten thousands) are not
#: trustworthy, so such a fit counts as not converged. (α carries the time unit: unchecked.)
SANE_RANGE = (1e-4, 1e4)
MESSAGES = Catalogue("clv", {  # translated on lookup (engine/i18n.py)
    "no_customers": "there are no customers",
    "edge": ("the data do not look like repeat buying by customers who differ: {meaning} "
             "({name} = {value:.3g})"),
    "r": "everybody seems to buy at the same rate",
    "a": "almost nobody seems to stop buying",
    "b": "almost nobody seems to stop buying",
})


def stable_hyp2f1(a: float, b: float, c: np.ndarray | float, z: np.ndarray | float) -> np.ndarray:
    """scipy's ₂F₁, except where it returns inf/nan: that happens when c − a − b is an exact
    integer and z > 0.9 (found by the property test: r = 1, a = 2). The function is
    continuous there, so a 1e-9 relative nudge of ``a`` gives it to about 1e-9."""
    values = np.asarray(hyp2f1(a, b, c, z), dtype="float64")
    bad = ~np.isfinite(values)
    if bad.any():
        values = np.where(bad, hyp2f1(a * (1.0 + 1e-9) + 1e-12, b, c, z), values)
    return values


@dataclass(frozen=True)
class SummaryRows:
    """Distinct (x, t_x, T) rows with their customer counts, and distinct x with theirs.

    ``second`` selects the rows that carry the "dropped out after t_x" term (x > 0 for
    BG/NBD, every row for MBG/NBD); its arrays are cut once here, not on every evaluation.
    """

    x: np.ndarray
    T: np.ndarray
    weight: np.ndarray
    x_values: np.ndarray
    x_weight: np.ndarray
    x2: np.ndarray
    t_x2: np.ndarray
    T2: np.ndarray
    weight2: np.ndarray

    @classmethod
    def from_summary(cls, summary: pd.DataFrame, all_rows_second_term: bool = False) -> "SummaryRows":
        frame = summary[["x", "t_x", "T"]].astype("float64")
        rows = frame.value_counts(sort=False).reset_index(name="n")
        by_x = rows.groupby("x", sort=True)["n"].sum()
        x, t_x, T = (np.ascontiguousarray(rows[c].to_numpy()) for c in ("x", "t_x", "T"))
        n = rows["n"].to_numpy(dtype="float64")
        second = np.ones_like(x, dtype=bool) if all_rows_second_term else x > 0
        return cls(x, T, n, by_x.index.to_numpy(dtype="float64"), by_x.to_numpy(dtype="float64"),
                   x[second], t_x[second], T[second], n[second])


class BgNbd:
    """BG/NBD fitted by maximum likelihood: ``fit(summary)`` then ``expected_purchases(t, …)``,
    ``p_alive(…)``. ``summary`` is :func:`rfm_summary`'s frame (x, t_x, T in its time unit).

    Fitted attributes: ``params_`` {r, alpha, a, b}, ``log_likelihood_``, ``converged_``,
    ``message_`` (why not converged), ``time_unit_``, ``customers_``.
    """

    name = "bgnbd"
    _k = 0       # A2 = ln B(a, b+x+k) − ln B(a, b)
    _s = -1      # D uses ln(b+x+s)
    _all_rows_second_term = False   # BG/NBD: only repeat buyers have the "dropped out" term

    def __init__(self) -> None:
        self.params_: dict[str, float] = {}
        self.log_likelihood_: float = float("nan")
        self.converged_ = False
        self.message_ = "not fitted"
        self.time_unit_ = "week"
        self.customers_ = 0

    # -- likelihood ------------------------------------------------------------------------
    def _second(self, x: np.ndarray) -> np.ndarray:
        return np.ones_like(x, dtype=bool) if self._all_rows_second_term else x > 0

    def _objective(self, log_params: np.ndarray, rows: SummaryRows) -> tuple[float, np.ndarray]:
        """Mean negative log-likelihood per customer and its gradient w.r.t. log-parameters."""
        r, alpha, a, b = np.exp(log_params)
        k, s = self._k, self._s
        xv, xw, total = rows.x_values, rows.x_weight, rows.weight.sum()
        ll = (wdot(xw, (gammaln(r + xv) - gammaln(r) + gammaln(b + xv + k) - gammaln(a + b + xv + k)))
              + total * (r * np.log(alpha) + gammaln(a + b) - gammaln(b)))
        g_r = wdot(xw, (digamma(r + xv) - digamma(r))) + total * np.log(alpha)
        g_alpha = total * r / alpha
        g_a = wdot(xw, (digamma(a + b) - digamma(a + b + xv + k)))
        g_b = wdot(xw, (digamma(b + xv + k) - digamma(a + b + xv + k))) + total * (digamma(a + b) - digamma(b))

        n, rx = rows.weight, r + rows.x
        log_T = np.log(alpha + rows.T)
        ll -= wdot(n, (rx * log_T))
        g_r -= wdot(n, log_T)
        g_alpha -= wdot(n, (rx / (alpha + rows.T)))
        if rows.x2.size:
            n2, rx2 = rows.weight2, r + rows.x2
            inv_t, inv_T = 1.0 / (alpha + rows.t_x2), 1.0 / (alpha + rows.T2)
            log_ratio = np.log((alpha + rows.t_x2) * inv_T)      # ln(α+t_x) − ln(α+T) ≤ 0
            inv_bx = 1.0 / (b + rows.x2 + s)
            d = np.log(a * inv_bx) - rx2 * log_ratio
            soft = np.logaddexp(0.0, d)
            nw = n2 * np.exp(d - soft)     # customers × weight of the "dropped out" term
            ll += wdot(n2, soft)
            g_r -= wdot(nw, log_ratio)
            g_alpha -= wdot(nw, (rx2 * (inv_t - inv_T)))
            g_a += nw.sum() / a
            g_b -= wdot(nw, inv_bx)
        grad = np.array([g_r * r, g_alpha * alpha, g_a * a, g_b * b])
        return -ll / total, -grad / total

    def log_likelihood(self, summary: pd.DataFrame, params: dict[str, float] | None = None) -> float:
        """Total log-likelihood of ``summary`` (one row per customer) at ``params``."""
        params = params or self.params_
        rows = SummaryRows.from_summary(summary, self._all_rows_second_term)
        log_params = np.log([params[name] for name in PARAM_NAMES])
        return -self._objective(log_params, rows)[0] * rows.weight.sum()

    def _starts(self, rows: SummaryRows) -> list[list[float]]:
        # α carries the time unit: start it near the population's mean time between purchases
        rate = max((wdot(rows.weight, rows.x)) / max(wdot(rows.weight, rows.T), 1e-9), 1e-6)
        alpha0 = float(np.log(1.0 / rate))
        return [[0.0, alpha0, 0.0, 0.0], [np.log(0.3), alpha0, np.log(0.7), np.log(2.5)],
                [np.log(2.0), alpha0 + 1.0, np.log(3.0), np.log(6.0)]]

    def fit(self, summary: pd.DataFrame) -> "BgNbd":
        """Maximum likelihood on log-parameters, several starts (see :mod:`.fitting`)."""
        self.time_unit_ = summary.attrs.get("time_unit", "week")
        rows = SummaryRows.from_summary(summary, self._all_rows_second_term)
        self.customers_ = int(rows.weight.sum())
        if self.customers_ == 0:
            self.converged_, self.message_ = False, MESSAGES["no_customers"]
            return self
        outcome = maximise(lambda lp: self._objective(lp, rows), self._starts(rows))
        self.params_ = dict(zip(PARAM_NAMES, (float(v) for v in np.exp(outcome.log_params))))
        self.log_likelihood_ = outcome.mean_log_likelihood * self.customers_
        self.converged_, self.message_ = outcome.converged, outcome.message
        if self.converged_:
            for name in ("r", "a", "b"):
                value = self.params_[name]
                if not SANE_RANGE[0] <= value <= SANE_RANGE[1]:
                    self.converged_ = False
                    self.message_ = MESSAGES["edge"].format(name=name, value=value,
                                                            meaning=MESSAGES[name])
                    break
        return self

    # -- predictions -----------------------------------------------------------------------
    def _arrays(self, summary: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return (summary["x"].to_numpy(dtype="float64"), summary["t_x"].to_numpy(dtype="float64"),
                summary["T"].to_numpy(dtype="float64"))

    def _alive(self, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
        """P(alive) = 1 / (1 + e^D), D the log-odds of "dropped out after the last purchase",
        computed as e^(−log(1 + e^D)) so that a very long silence gives 0, not an overflow."""
        r, alpha, a, b = (self.params_[name] for name in PARAM_NAMES)
        with np.errstate(divide="ignore", invalid="ignore"):
            # BG/NBD one-time buyers (b + x − 1 may be < 0) are masked out, not computed
            d = np.log(a) - np.log(b + x + self._s) - (r + x) * (np.log(alpha + t_x) - np.log(alpha + T))
            return np.where(self._second(x), np.exp(-np.logaddexp(0.0, d)), 1.0)

    def p_alive(self, summary: pd.DataFrame) -> pd.Series:
        """P(alive | x, t_x, T) = 1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)) (eq. 11)."""
        return pd.Series(self._alive(*self._arrays(summary)), index=summary.index, name="p_alive")

    def _conditional(self, t: float, x: np.ndarray, t_x: np.ndarray, T: np.ndarray,
                     a: float) -> np.ndarray:
        r, alpha, _, b = (self.params_[name] for name in PARAM_NAMES)
        k = self._k
        z = t / (alpha + T + t)
        # The paper's ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x+k; a+b+x+k−1; z) is a huge number
        # times a tiny one for frequent buyers (₂F₁ ≈ 1e119 at x = 700, inf beyond). Euler's
        # transformation ₂F₁(A, B; C; z) = (1−z)^(C−A−B) ₂F₁(C−A, C−B; C; z) cancels the
        # two exactly: the product is (1−z)^(a−1) · ₂F₁(a+b+k−1−r, a−1; a+b+x+k−1; z).
        bracket = 1.0 - (1.0 - z) ** (a - 1.0) * stable_hyp2f1(a + b + k - 1.0 - r, a - 1.0,
                                                                a + b + x + k - 1.0, z)
        return (a + b + x + k - 1.0) / (a - 1.0) * bracket

    def expected_purchases(self, t: float, summary: pd.DataFrame) -> pd.Series:
        """E[X(T, T+t) | x, t_x, T] (eq. 10): expected purchases in the next ``t`` time units.

        The factor (a+b+x−1)/(a−1) is singular at a = 1 although the limit is finite, so
        there it is the mean of a = 1 ± 1e-4 (error O(1e-8)).
        """
        x, t_x, T = self._arrays(summary)
        a = self.params_["a"]
        if t <= 0:
            return pd.Series(0.0, index=summary.index, name="expected_purchases")
        if abs(a - 1.0) < 1e-4:
            core = 0.5 * (self._conditional(t, x, t_x, T, 1.0 - 1e-4)
                          + self._conditional(t, x, t_x, T, 1.0 + 1e-4))
        else:
            core = self._conditional(t, x, t_x, T, a)
        values = core * self._alive(x, t_x, T)
        return pd.Series(values, index=summary.index, name="expected_purchases")

    def expected_purchases_new(self, t: np.ndarray | float) -> np.ndarray:
        """E[X(t)] for a customer just acquired (eq. 9): repeat purchases in (0, t].

        (a+b−1)/(a−1) · [1 − (α/(α+t))^r · ₂F₁(r, b; a+b−1; t/(α+t))]; used for the
        cumulative repeat-transactions tracking curve.
        """
        r, alpha, a, b = (self.params_[name] for name in PARAM_NAMES)
        t = np.asarray(t, dtype="float64")
        if abs(a - 1.0) < 1e-4:
            return 0.5 * (self._new(t, r, alpha, 1.0 - 1e-4, b) + self._new(t, r, alpha, 1.0 + 1e-4, b))
        return self._new(t, r, alpha, a, b)

    @staticmethod
    def _new(t: np.ndarray, r: float, alpha: float, a: float, b: float) -> np.ndarray:
        z = t / (alpha + t)
        return (a + b - 1.0) / (a - 1.0) * (1.0 - (alpha / (alpha + t)) ** r
                                            * stable_hyp2f1(r, b, a + b - 1.0, z))
