"""NPS and representativeness by customer group, once the segments are known (issue 7).

``analyse()`` computes the survey sections before the segments (rules may test
``nps_score``), so the per-group views come in a second, small step:
:func:`add_voice_groups` runs after ``segment_sections`` and

* stores ``sections["nps_groups"]``: one NPS figure per wave, per owner segment, per RFM
  segment and for loyal vs the rest, so the window can compare any two of them with the
  adjusted-Wald test of ``nps.compare_nps`` (the owner picks the pair);
* re-checks representativeness by RFM segment and loyal-or-not next to the spend bands.

:func:`survey_sample` draws the next wave's invitation list from the same groups.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Optional

import numpy as np
import pandas as pd

from .i18n import Catalogue
from .labels import segment_label
from .nps import NpsComparison, NpsResult, compare_nps, nps_of_customers
from .representativeness import SurveySample, representativeness, spend_bands, stratified_sample

TEXTS = Catalogue("voice_groups", {  # translated on lookup (engine/i18n.py)
    "rfm_segment": "RFM segment",
    "loyalty": "loyal or not",
    "loyal": "Loyal",
    "rest": "Everyone else",
    "spend_band": "spend band",
})

#: group kinds in the order the window lists them
KINDS = ("wave", "loyalty", "segment", "rfm")
#: what a survey sample can be stratified by
STRATA = ("spend_band", "rfm_segment")


@dataclass(frozen=True)
class NpsGroup:
    """One comparable NPS figure: ``key`` is unique ('wave:2024-H1', 'segment:Regulars' …)."""

    key: str
    kind: str
    result: NpsResult

    @property
    def label(self) -> str:
        return self.result.label


@dataclass(frozen=True)
class NpsGroups:
    """Every NPS the owner may compare, and the loyal-vs-rest comparison made up front."""

    groups: list[NpsGroup]
    loyal_vs_rest: Optional[NpsComparison] = None

    def get(self, key: str) -> NpsGroup:
        for group in self.groups:
            if group.key == key:
                return group
        raise KeyError(key)

    def of_kind(self, kind: str) -> list[NpsGroup]:
        return [g for g in self.groups if g.kind == kind]

    def compare(self, a_key: str, b_key: str) -> NpsComparison:
        """Change from group ``a`` to group ``b`` with its p-value, in one sentence."""
        return compare_nps(self.get(a_key).result, self.get(b_key).result)

    def default_pair(self) -> Optional[tuple[str, str]]:
        """The last two waves when there are two, else loyal vs the rest, else None."""
        waves = [g for g in self.of_kind("wave") if g.result.n]
        if len(waves) >= 2:
            return waves[-2].key, waves[-1].key
        answered = [g for g in self.groups if g.result.n]
        return (answered[0].key, answered[1].key) if len(answered) >= 2 else None

    def to_json(self) -> dict[str, Any]:
        return {"groups": [{"key": g.key, "kind": g.kind, **g.result.to_json()}
                           for g in self.groups],
                "loyal_vs_rest": self.loyal_vs_rest.to_json() if self.loyal_vs_rest else None}


def _wave_groups(nps_section: Any) -> list[NpsGroup]:
    waves = getattr(nps_section, "waves", None) or []
    return [NpsGroup(f"wave:{w.label}", "wave", w) for w in waves]


def _member_groups(answers: pd.DataFrame, segment_analysis: Any) -> list[NpsGroup]:
    """Loyal / rest, the owner's segments and the RFM segments, from the segment masks
    (segments may overlap, so each group's answers are taken one group at a time)."""
    metrics = getattr(segment_analysis, "metrics", None)
    if metrics is None or "customer_id" not in answers:
        return []
    groups = []
    for key, row in metrics.iterrows():
        kind = {"loyal": "loyalty", "rest": "loyalty"}.get(key, str(row.get("kind", "")))
        if kind not in ("loyalty", "segment", "rfm"):
            continue
        name = TEXTS[key] if kind == "loyalty" else str(row["name"])
        result = nps_of_customers(answers, segment_analysis.members(key), name)
        groups.append(NpsGroup(str(key), kind, result))
    return sorted(groups, key=lambda g: KINDS.index(g.kind))


def nps_groups(nps_section: Any, answers: pd.DataFrame, segment_analysis: Any) -> NpsGroups:
    """Waves from the NPS report, then loyal/rest, owner segments and RFM segments."""
    groups = _wave_groups(nps_section) + _member_groups(answers, segment_analysis)
    keys = {g.key for g in groups}
    comparison = None
    if {"loyal", "rest"} <= keys:
        by_key = {g.key: g for g in groups}
        comparison = compare_nps(by_key["rest"].result, by_key["loyal"].result)
    return NpsGroups(groups, comparison)


def group_dimensions(customers: pd.DataFrame, segment_analysis: Any) -> dict[str, pd.Series]:
    """Label per customer for each extra representativeness dimension: RFM segment, and
    loyal or not when the owner has a loyalty rule."""
    dims: dict[str, pd.Series] = {}
    if "rfm_segment" in customers:
        dims[TEXTS["rfm_segment"]] = customers["rfm_segment"].map(segment_label, na_action="ignore")
    masks = getattr(segment_analysis, "masks", None)
    if masks is not None and "loyal" in masks:
        loyal = masks["loyal"].reindex(customers.index).fillna(False).astype(bool)
        dims[TEXTS["loyalty"]] = pd.Series(np.where(loyal, TEXTS["loyal"], TEXTS["rest"]),
                                           index=customers.index)
    return dims


def add_voice_groups(analysis: Any) -> None:
    """The per-group survey sections (see module doc); a no-op without matched answers."""
    join = analysis.sections.get("responses_join")
    answers = getattr(join, "responses", None)
    if answers is None or analysis.is_empty:
        return
    segment_analysis = analysis.sections.get("segment_analysis")
    nps_section = analysis.sections.get("nps")
    if nps_section is not None:
        analysis.sections["nps_groups"] = nps_groups(nps_section, answers, segment_analysis)
    if "customer_id" in answers:
        analysis.sections["representativeness"] = representativeness(
            analysis.customers, answers["customer_id"].dropna(),
            group_dimensions(analysis.customers, segment_analysis))


def sample_strata(customers: pd.DataFrame, by: str) -> pd.Series:
    """The stratum of each customer: 'spend_band' (revenue quartiles) or 'rfm_segment'."""
    if by not in STRATA:
        raise ValueError(f"a survey sample is stratified by one of {', '.join(STRATA)}, not {by!r}")
    if by == "rfm_segment" and "rfm_segment" in customers:
        return customers["rfm_segment"]
    return spend_bands(customers["revenue"])


def survey_sample(customers: pd.DataFrame, size: int, *, by: str = "spend_band",
                  seed: int | None = None, exclude: Iterable[Any] = ()) -> SurveySample:
    """Customers to invite next, in proportion to ``by`` (spend bands are cut on the whole
    base, so a stratum means the same as in the representativeness check). Only customers
    with an e-mail or phone are drawn when those columns exist; ``exclude`` (e.g. the last
    wave's respondents) are left out. Same inputs and seed → the same list."""
    strata = sample_strata(customers, by)
    return stratified_sample(customers, size, strata, seed=seed, exclude=exclude)
