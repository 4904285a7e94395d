"""Predictive customer lifetime value (SPEC §3): BG/NBD, MBG/NBD, Gamma-Gamma, simple CLV.

Our own scipy implementation: the archived ``lifetimes`` package does not work with
pandas 3, and a probabilistic-programming stack is too heavy for a desktop installer.
"""
from __future__ import annotations

from .bgnbd import BgNbd
from .gammagamma import GammaGamma
from .holdout import HoldoutCheck, HoldoutWeeks, check_last_weeks, holdout_check, holdout_weeks_choice
from .mbgnbd import MbgNbd
from .predict import ClvResult, predict_clv
from .simple import annual_value, simple_clv
from .summary import rfm_summary

__all__ = ["BgNbd", "ClvResult", "GammaGamma", "HoldoutCheck", "HoldoutWeeks", "MbgNbd",
           "check_last_weeks", "holdout_check", "holdout_weeks_choice",
           "annual_value", "predict_clv", "rfm_summary", "simple_clv"]
