"""Maximum likelihood on log-parameters with several starts, bounds and a convergence check.

Every CLV model has strictly positive parameters, so we optimise their logarithms: the
search is unconstrained in shape, the scale of α (which carries the time unit) does not
dominate the step sizes, and bounds on the logs keep the search away from 0 and ∞ where
the special functions overflow. Several starts guard against the flat ridges of these
likelihoods (Gamma-Gamma especially); we stop as soon as two converged starts agree.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np
from scipy.optimize import minimize

#: Parameters are kept within [1e-6, 1e6]; a fit that ends on a bound has not converged.
LOG_BOUND = float(np.log(1e6))
#: Largest gradient (per customer, w.r.t. log-parameters) accepted as a stationary point.
GRADIENT_TOLERANCE = 1e-4
#: Two starts "agree" when their mean log-likelihoods differ by less than this.
AGREEMENT = 1e-7

#: ``objective(log_params) -> (mean negative log-likelihood, its gradient)``.
Objective = Callable[[np.ndarray], tuple[float, np.ndarray]]


@dataclass(frozen=True)
class FitOutcome:
    """Best log-parameters found, their mean log-likelihood and whether the fit converged."""

    log_params: np.ndarray
    mean_log_likelihood: float
    converged: bool
    message: str
    starts_run: int


def _converged(result, gradient: np.ndarray) -> tuple[bool, str]:
    if not np.isfinite(result.fun) or not np.all(np.isfinite(result.x)):
        return False, "the likelihood was not finite"
    if np.any(np.abs(result.x) > LOG_BOUND - 1e-3):
        return False, "a parameter ran to the edge of its allowed range"
    if np.max(np.abs(gradient)) > GRADIENT_TOLERANCE:
        return False, "the optimiser stopped before reaching the maximum"
    return True, ""


def maximise(objective: Objective, starts: Sequence[Sequence[float]]) -> FitOutcome:
    """Minimise ``objective`` from each start (log-space) with L-BFGS-B and analytic gradients.

    Returns the best converged optimum; when no start converges, the best attempt with
    ``converged=False`` and the reason in ``message``.
    """
    bounds = [(-LOG_BOUND, LOG_BOUND)] * len(starts[0])
    best: FitOutcome | None = None
    optima: list[float] = []
    for run, start in enumerate(starts, 1):
        with np.errstate(all="ignore"):
            result = minimize(objective, np.asarray(start, dtype=float), jac=True,
                              method="L-BFGS-B", bounds=bounds,
                              options={"maxiter": 1000, "ftol": 1e-14, "gtol": 1e-9})
            gradient = objective(result.x)[1]
        ok, why = _converged(result, gradient)
        outcome = FitOutcome(result.x, -float(result.fun), ok, why, run)
        if best is None or (ok, outcome.mean_log_likelihood) > (best.converged, best.mean_log_likelihood):
            best = outcome
        if ok:
            if any(abs(outcome.mean_log_likelihood - other) < AGREEMENT for other in optima):
                break
            optima.append(outcome.mean_log_likelihood)
    assert best is not None
    return FitOutcome(best.log_params, best.mean_log_likelihood, best.converged, best.message,
                      run)


def wdot(weights: np.ndarray, values: np.ndarray) -> float:
    """Σ weights·values without BLAS: OpenBLAS spreads large dot products over threads,
    and on a busy 2-core machine that made one likelihood evaluation 10× slower (measured:
    a 100,000-customer fit took 8.8 s instead of 0.18 s)."""
    return float(np.multiply(weights, values).sum())
