"""MBG/NBD: BG/NBD in which a customer can also drop out right after their first purchase.

Batislam, Denizel & Filiztekin (2007), "Empirical validation and comparison of models for
customer base analysis", International Journal of Research in Marketing 24(3). The dropout
coin is tossed at the first purchase too, so a one-time buyer is *not* certain to be alive
(BG/NBD gives every x = 0 customer P(alive) = 1, which flatters shops with many one-off
buyers). The likelihood is

    L = B(a, b+x+1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
        + B(a+1, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x))

i.e. BG/NBD's form with b+x → b+x+1 in the first Beta ratio (k = 1), a/(b+x) instead of
a/(b+x−1) in the second (s = 0), and the second term for every customer. Then
P(alive) = 1 / (1 + a/(b+x) · ((α+T)/(α+t_x))^(r+x)) and
E[X(T, T+t)] = (a+b+x)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x+1; a+b+x; t/(α+T+t))] · P(alive).
"""
from __future__ import annotations

import numpy as np

from .bgnbd import BgNbd, stable_hyp2f1


class MbgNbd(BgNbd):
    """MBG/NBD with the same interface and fitted attributes as :class:`BgNbd`."""

    name = "mbgnbd"
    _k = 1
    _s = 0
    _all_rows_second_term = True

    @staticmethod
    def _new(t: np.ndarray, r: float, alpha: float, a: float, b: float) -> np.ndarray:
        """E[X(t)] = b/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b+1; a+b; t/(α+t))]: the BG/NBD result
        weighted by the (1 − p) chance of surviving the first purchase."""
        z = t / (alpha + t)
        return b / (a - 1.0) * (1.0 - (alpha / (alpha + t)) ** r * stable_hyp2f1(r, b + 1.0, a + b, z))
