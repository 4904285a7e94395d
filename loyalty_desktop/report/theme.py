"""Colours and fonts shared by the window and the report.

Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
"""
from __future__ import annotations

OKABE_ITO = {
    "blue": "#0072B2", "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73",
    "yellow": "#F0E442", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000",
    "grey": "#7F7F7F",
}

#: Meaning → colour, so "churned" is the same colour on every chart and page.
ROLE = {
    "new": OKABE_ITO["green"],
    "reactivated": OKABE_ITO["sky"],
    "retained": OKABE_ITO["blue"],
    "churned": OKABE_ITO["vermillion"],
    "rate": OKABE_ITO["blue"],
    "rate_seed": OKABE_ITO["purple"],
    "churn_rate": OKABE_ITO["vermillion"],
    "benchmark": OKABE_ITO["grey"],
    "target": OKABE_ITO["orange"],
}

LIGHT = {"background": "#FFFFFF", "foreground": "#222222", "grid": "#DDDDDD", "muted": "#666666"}
DARK = {"background": "#1E1F22", "foreground": "#E6E6E6", "grid": "#3A3B3F", "muted": "#A0A0A0"}
