"""The loyalty/segment part of one engine pass, as ``analysis.py`` sections (issue 8 point 5).

``analyse()`` calls :func:`add_segment_sections` once, after the columns that rules may
test have been added to the customer table (NPS, CLV …). It

* adds the RFM columns (r_score, f_score, m_score, rfm_segment) to ``analysis.customers``;
* evaluates the owner's criteria and segments (``defs.criteria``, ``defs.segments``);
* stores, under ``analysis.sections``:
    ``segment_engine``   the prepared :class:`SegmentEngine` (the window reuses it),
    ``segment_analysis`` the :class:`SegmentAnalysis` (masks, metrics, retention),
    ``loyal``            SPEC §5 "loyal" block (``to_json``; None without criteria),
    ``segments``         SPEC §5 "segments" list (``to_json``),
    ``loyal_history``    loyal share over time (``to_json``: one record per period).
Rules that cannot be used are left out and listed in ``segment_analysis.problems``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import pandas as pd

from .loyal_history import loyal_share_over_time
from .progress import Progress, report, sub_progress
from .rfm import add_rfm
from .segments import SegmentEngine, usable_rules


@dataclass(frozen=True)
class JsonSection:
    """A section whose JSON is computed on demand (``analysis_to_json`` calls ``to_json``)."""

    make: Callable[[], Any]

    def to_json(self) -> Any:
        return self.make()


@dataclass(frozen=True)
class LoyalHistory:
    """``loyal_history.loyal_share_over_time`` output, with its JSON."""

    table: pd.DataFrame

    def to_json(self) -> list[dict[str, Any]]:
        records = self.table.drop(columns="loyal_ids", errors="ignore").assign(start=self.table["start"].astype(str).str[:10],
                                    end=self.table["end"].astype(str).str[:10])
        return [{k: (None if pd.isna(v) else v) for k, v in row.items()}
                for row in records.to_dict("records")]


def add_segment_sections(analysis: Any, dataset: Any, progress: Progress | None = None) -> None:
    """See module doc. ``analysis`` is an ``analysis.Analysis``, ``dataset`` a ``data.Dataset``."""
    if analysis.as_of is None or len(analysis.customers) == 0:
        analysis.sections.update(loyal=None, segments=JsonSection(list))
        return
    report(progress, 0.0, "Segments")
    defs = analysis.defs
    analysis.customers = add_rfm(analysis.customers)
    engine = SegmentEngine(analysis.customers, analysis.activity, as_of=analysis.as_of,
                           window_days=analysis.window_days, period=defs.period,
                           margin=defs.margin)
    criteria, segments, problems = usable_rules(defs)
    result = engine.run(criteria, segments)
    result.problems = tuple(problems) + result.problems
    analysis.sections.update(
        segment_engine=engine, segment_analysis=result,
        loyal=JsonSection(result.loyal_json), segments=JsonSection(result.segments_json))
    if criteria is not None:
        history = loyal_share_over_time(
            dataset.transactions, dataset.customers, defs, criteria, as_of=analysis.as_of,
            window_days=analysis.window_days, current=analysis.customers,
            progress=sub_progress(progress, 0.3, 1.0))
        analysis.sections["loyal_history"] = LoyalHistory(history)
    report(progress, 1.0, "")
