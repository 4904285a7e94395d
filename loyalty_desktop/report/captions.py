"""The "definitions used" sentence under every chart and table (SPEC §3).

The wording lives in ``engine/describe.py`` (one place, translatable later); this only
feeds it the analysis' effective window and analysis date.
"""
from __future__ import annotations

from ..engine.analysis import Analysis
from ..engine.describe import describe

#: page/section key → describe() chart kind
KIND_ALIASES = {"summary": "retention", "overview": "retention"}


def chart_caption(analysis: Analysis, kind: str, **extra) -> str:
    sentence = describe(KIND_ALIASES.get(kind, kind), analysis.defs, window_days=analysis.window.days,
                        window_reason=analysis.window.reason, as_of=analysis.as_of, **extra)
    view = analysis.sections.get("view")     # the window's date range / segment filter
    return f"{sentence} {view.sentence}" if view is not None and view.sentence else sentence
