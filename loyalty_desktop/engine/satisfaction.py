"""Satisfaction (CSAT 1–5) and what customers *do* after answering (SPEC §3, issue 7 point 3).

The seed claims "very satisfied" customers buy again several times more often than
"satisfied" ones. Instead of repeating the claim, the app measures it on the owner's data:
for each answer level, the share of answering customers who made a purchase within
``window_days`` after the day they answered. Only answers whose whole window lies before
``as_of`` count (a customer who answered last week has not had the chance to come back yet);
those are reported as ``too_recent``. Intervals are Wilson 95 % (good with small counts).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

import numpy as np
import pandas as pd

from .nps import Z95, nps_category
from .i18n import Catalogue, localise_number

#: below this many answers in a level the rate is not shown ("not enough data")
MIN_LEVEL_ANSWERS = 10

TEXTS = Catalogue("satisfaction", {  # translated on lookup (engine/i18n.py)
    "level_1": "very dissatisfied", "level_2": "dissatisfied", "level_3": "neutral",
    "level_4": "satisfied", "level_5": "very satisfied",
    "promoter": "promoters", "passive": "passives", "detractor": "detractors",
    # the same levels as the subject of a sentence
    "who_5": "very satisfied customers", "who_4": "satisfied customers",
    "who_promoter": "promoters", "who_detractor": "detractors",
    "not_enough": "not enough data: {n} answers with a full {days}-day window (need {min})",
    "ratio": ("{hi_label} bought again within {days} days {ratio:.1f} times as often as "
              "{lo_label} ({hi_rate:.0%} of {hi_n} vs {lo_rate:.0%} of {lo_n}); {chance}"),
    "ratio_zero": ("{hi_label}: {hi_rate:.0%} of {hi_n} bought again within {days} days, "
                   "{lo_label}: none of {lo_n}; {chance}"),
    "chance_yes": "this difference could be chance (p = {p:.2f}).",
    "chance_no": "this difference is unlikely to be chance (p {p_text}).",
    "compare_missing": "Not enough data yet to compare {hi_label} with {lo_label}.",
})

SATISFACTION_LEVELS = (1, 2, 3, 4, 5)
NPS_LEVELS = ("detractor", "passive", "promoter")


def wilson(successes: int, n: int) -> Optional[tuple[float, float]]:
    """Wilson score 95 % interval for a proportion; None when n = 0."""
    if n == 0:
        return None
    p = successes / n
    denom = 1 + Z95 ** 2 / n
    centre = (p + Z95 ** 2 / (2 * n)) / denom
    half = Z95 * math.sqrt(p * (1 - p) / n + Z95 ** 2 / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class CsatSummary:
    """Top-box (5) and top-2-box (4–5) shares, shown separately, with their intervals."""

    n: int
    counts: dict[int, int]
    top_box: Optional[float]
    top2_box: Optional[float]
    top_box_ci95: Optional[tuple[float, float]]
    top2_box_ci95: Optional[tuple[float, float]]

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "counts": {str(k): v for k, v in self.counts.items()},
                "top_box": self.top_box, "top2_box": self.top2_box,
                "top_box_ci95": list(self.top_box_ci95) if self.top_box_ci95 else None,
                "top2_box_ci95": list(self.top2_box_ci95) if self.top2_box_ci95 else None}


def csat_summary(satisfaction: pd.Series) -> CsatSummary:
    values = pd.to_numeric(satisfaction, errors="coerce")
    values = values[values.between(1, 5)]
    n = int(len(values))
    counts = {level: int((values == level).sum()) for level in SATISFACTION_LEVELS}
    top, top2 = counts[5], counts[4] + counts[5]
    return CsatSummary(n, counts, top / n if n else None, top2 / n if n else None,
                       wilson(top, n), wilson(top2, n))


def repurchase_flags(responses: pd.DataFrame, transactions: pd.DataFrame, window_days: int,
                     as_of: pd.Timestamp | None = None) -> pd.DataFrame:
    """Per matched, dated answer: ``answer_day``, ``observable`` (whole window ≤ as_of) and
    ``repurchased`` (a purchase — net amount > 0 — 1…window_days days after the answer day).

    ``responses`` need the matched ``customer_id`` (see ``responses.join_responses``)."""
    cols = ["answer_day", "observable", "repurchased"]
    if not {"customer_id", "date"} <= set(responses) or not len(transactions):
        return pd.DataFrame(columns=cols, index=responses.index[:0])
    answers = responses.loc[responses["customer_id"].notna() & responses["date"].notna()]
    as_of = pd.Timestamp(as_of if as_of is not None else transactions["date"].max()).normalize()
    left = pd.DataFrame({"customer_id": answers["customer_id"].astype(str),
                         "answer_day": pd.to_datetime(answers["date"]).dt.normalize()
                         .astype("datetime64[ns]"), "_row": answers.index})
    buys = transactions.loc[transactions["amount"] > 0, ["customer_id", "date"]]
    right = pd.DataFrame({"customer_id": buys["customer_id"].astype(str),
                          "next_purchase": pd.to_datetime(buys["date"]).dt.normalize()
                          .astype("datetime64[ns]")})
    right = right.loc[right["next_purchase"] <= as_of].drop_duplicates()
    right["key"] = right["next_purchase"]
    left["key"] = left["answer_day"]
    merged = pd.merge_asof(left.sort_values("key"), right.sort_values("key"), on="key",
                           by="customer_id", direction="forward", allow_exact_matches=False)
    merged = merged.set_index("_row").reindex(answers.index)
    gap = (merged["next_purchase"] - merged["answer_day"]).dt.days
    out = pd.DataFrame(index=answers.index)
    out["answer_day"] = merged["answer_day"]
    out["observable"] = (merged["answer_day"] + pd.Timedelta(days=window_days)) <= as_of
    out["repurchased"] = gap.le(window_days).fillna(False).astype(bool)
    return out


def repurchase_by_level(levels: pd.Series, flags: pd.DataFrame, order: Sequence[Any],
                        window_days: int, labels: dict[Any, str]) -> pd.DataFrame:
    """One row per level: n (answers with a full window), repurchased, repurchase_rate
    (None when fewer than MIN_LEVEL_ANSWERS), ci95_low/high, too_recent, note."""
    frame = flags.join(levels.rename("level"), how="left")
    rows = []
    for level in order:
        at = frame.loc[frame["level"] == level]
        seen = at.loc[at["observable"]]
        n, hits = int(len(seen)), int(seen["repurchased"].sum())
        enough = n >= MIN_LEVEL_ANSWERS
        ci = wilson(hits, n) if enough else None
        rows.append({"level": level, "label": labels.get(level, str(level)), "n": n,
                     "repurchased": hits, "repurchase_rate": hits / n if enough else None,
                     "ci95_low": ci[0] if ci else None, "ci95_high": ci[1] if ci else None,
                     "too_recent": int(len(at) - n), "enough_data": enough,
                     "note": "" if enough else TEXTS["not_enough"].format(
                         n=n, days=window_days, min=MIN_LEVEL_ANSWERS)})
    return pd.DataFrame(rows)


def compare_levels(table: pd.DataFrame, high: Any, low: Any, window_days: int) -> str:
    """One sentence: how much more often the ``high`` level came back than the ``low`` one,
    with Fisher's exact test (exact for the small counts a small shop has)."""
    hi, lo = (table.set_index("level").loc[x] for x in (high, low))
    hi_label, lo_label = TEXTS[f"who_{high}"], TEXTS[f"who_{low}"]
    if not (hi["enough_data"] and lo["enough_data"]):
        return TEXTS["compare_missing"].format(hi_label=hi_label, lo_label=lo_label)
    from scipy.stats import fisher_exact  # lazy: scipy.stats costs ~0.75 s at app start

    _, p = fisher_exact([[hi["repurchased"], hi["n"] - hi["repurchased"]],
                         [lo["repurchased"], lo["n"] - lo["repurchased"]]])
    chance = (TEXTS["chance_yes"].format(p=p) if p >= 0.05 else TEXTS["chance_no"].format(
        p_text=localise_number("< 0.001" if p < 0.001 else f"= {p:.3f}")))
    args = dict(hi_label=hi_label[0].upper() + hi_label[1:], lo_label=lo_label, days=window_days,
                hi_rate=hi["repurchase_rate"], lo_rate=lo["repurchase_rate"], hi_n=hi["n"],
                lo_n=lo["n"], chance=chance)
    if lo["repurchase_rate"] == 0:
        return TEXTS["ratio_zero"].format(**args)
    return TEXTS["ratio"].format(ratio=hi["repurchase_rate"] / lo["repurchase_rate"], **args)


@dataclass(frozen=True)
class SatisfactionReport:
    """The SPEC §5 "satisfaction" block plus the same repurchase table for NPS categories."""

    window_days: int
    csat: Optional[CsatSummary]
    levels: pd.DataFrame
    nps_categories: pd.DataFrame
    sentences: list[str] = field(default_factory=list)
    #: per answer (index of the joined responses): answer_day, observable, repurchased —
    #: what the counts above were made of, so the window can name the customers of a bar
    flags: Optional[pd.DataFrame] = field(default=None, repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        def rows(table: pd.DataFrame) -> list[dict[str, Any]]:
            return [{k: (None if isinstance(v, float) and np.isnan(v) else v)
                     for k, v in r.items()} for r in table.to_dict("records")]
        doc: dict[str, Any] = {"window_days": self.window_days, "levels": rows(self.levels),
                               "nps_categories": rows(self.nps_categories),
                               "sentences": list(self.sentences)}
        doc.update(self.csat.to_json() if self.csat else {"n": 0})
        return doc


def satisfaction_report(responses: pd.DataFrame, transactions: pd.DataFrame, window_days: int,
                        as_of: pd.Timestamp | None = None) -> Optional[SatisfactionReport]:
    """CSAT top-box/top-2-box and repurchase per satisfaction level and per NPS category.

    ``responses`` are the joined answers (``join_responses(...).responses``). None when the
    answers carry neither a satisfaction nor a score column."""
    if "satisfaction" not in responses and "score" not in responses:
        return None
    flags = repurchase_flags(responses, transactions, window_days, as_of)
    empty = pd.DataFrame(columns=["level", "label", "n", "repurchased", "repurchase_rate"])
    levels, cats, sentences, csat = empty, empty, [], None
    if "satisfaction" in responses:
        csat = csat_summary(responses["satisfaction"])
        sat = pd.to_numeric(responses["satisfaction"], errors="coerce")
        labels = {lvl: TEXTS[f"level_{lvl}"] for lvl in SATISFACTION_LEVELS}
        levels = repurchase_by_level(sat, flags, SATISFACTION_LEVELS, window_days, labels)
        sentences.append(compare_levels(levels, 5, 4, window_days))
    if "score" in responses:
        labels = {c: TEXTS[c] for c in NPS_LEVELS}
        cats = repurchase_by_level(nps_category(responses["score"]), flags, NPS_LEVELS,
                                   window_days, labels)
        sentences.append(compare_levels(cats, "promoter", "detractor", window_days))
    return SatisfactionReport(window_days, csat, levels, cats, sentences, flags)
