"""Net Promoter Score with honest uncertainty (SPEC §3 NPS, issue 7 point 2).

NPS = % promoters (9–10) − % detractors (0–6), −100…100. A small shop rarely has more than a
few hundred answers, so every score carries its n and two 95 % intervals:

* Wald: Var = 100²·(p + d − (p − d)²)/n (the multinomial variance of promoter-minus-detractor);
* adjusted Wald (Rocks 2016; Sauro & Lewis): add ¾ to promoters and to detractors and 3 to n
  before applying the same formula — better coverage with few answers or extreme shares.

A score is *uncertain* below 30 answers or when the Wald half-width exceeds 10 points; the
chart says so with the reason. Waves default to half-years (the seed's "every 6 months").
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

import numpy as np
import pandas as pd

from .definitions import Definitions
from .periods import assign_periods
from .i18n import Catalogue, localise_number

Z95 = 1.959963984540054
MIN_ANSWERS = 30
MAX_HALF_WIDTH = 10.0
CATEGORIES = ("promoter", "passive", "detractor")

#: Every sentence a user reads from this module (English templates, translated later).
TEXTS = Catalogue("nps", {  # translated on lookup (engine/i18n.py)
    "few_answers": "only {n} answers (fewer than {min}); treat the score as a rough indication",
    "one_answer": "only one answer; treat the score as a rough indication",
    "wide_interval": "the 95 % interval is ±{half:.1f} points wide (more than ±{max:.0f})",
    "no_answers": "no answers",
    "rise_chance": ("The rise from {a:.0f} to {b:.0f} could be chance: p = {p:.2f}."),
    "fall_chance": ("The fall from {a:.0f} to {b:.0f} could be chance: p = {p:.2f}."),
    "rise_real": ("The rise from {a:.0f} to {b:.0f} is unlikely to be chance: p {p_text}."),
    "fall_real": ("The fall from {a:.0f} to {b:.0f} is unlikely to be chance: p {p_text}."),
    "same": "{a_label} and {b_label} have the same score ({a:.0f}); there is no difference to explain.",
    "cannot_compare": "{a_label} and {b_label} cannot be compared: one of them has no answers.",
    "undated": "no date",
    "no_wave_column": ("The answers have no wave column, so waves are half-years of the answer "
                       "date instead."),
    "loyal": "Loyal",
    "rest": "Rest",
})


def nps_category(scores: pd.Series) -> pd.Series:
    """'promoter' (9–10), 'passive' (7–8), 'detractor' (0–6); missing stays missing."""
    values = pd.to_numeric(scores, errors="coerce")
    out = pd.Series(pd.NA, index=scores.index, dtype="string")
    out[values >= 9] = "promoter"
    out[(values >= 7) & (values <= 8)] = "passive"
    out[values <= 6] = "detractor"
    return out


def _interval(promoters: float, detractors: float, n: float) -> tuple[float, float, float]:
    """(score, low, high) on the −100…100 scale from (possibly adjusted) counts."""
    p, d = promoters / n, detractors / n
    score = 100.0 * (p - d)
    half = Z95 * 100.0 * math.sqrt(max(p + d - (p - d) ** 2, 0.0) / n)
    return score, score - half, score + half


@dataclass(frozen=True)
class NpsResult:
    """One NPS figure with its counts, intervals and an uncertainty flag."""

    label: str
    n: int
    promoters: int
    passives: int
    detractors: int
    score: Optional[float]
    ci95_wald: Optional[tuple[float, float]]
    ci95_adjusted_wald: Optional[tuple[float, float]]
    uncertain: bool
    uncertain_reason: str

    @property
    def shares(self) -> dict[str, Optional[float]]:
        if not self.n:
            return {c: None for c in CATEGORIES}
        return {"promoter": self.promoters / self.n, "passive": self.passives / self.n,
                "detractor": self.detractors / self.n}

    @property
    def half_width(self) -> Optional[float]:
        return None if self.ci95_wald is None else (self.ci95_wald[1] - self.ci95_wald[0]) / 2

    def to_json(self) -> dict[str, Any]:
        shares = self.shares
        return {"label": self.label, "n": self.n, "promoters": self.promoters,
                "passives": self.passives, "detractors": self.detractors, "score": self.score,
                "promoter_share": shares["promoter"], "passive_share": shares["passive"],
                "detractor_share": shares["detractor"],
                "ci95_wald": list(self.ci95_wald) if self.ci95_wald else None,
                "ci95_adjusted_wald": (list(self.ci95_adjusted_wald)
                                       if self.ci95_adjusted_wald else None),
                "uncertain": self.uncertain, "uncertain_reason": self.uncertain_reason}


def nps_from_counts(promoters: int, passives: int, detractors: int, label: str = "") -> NpsResult:
    """NPS, Wald and adjusted-Wald 95 % intervals from the three counts (SPEC §3)."""
    n = int(promoters) + int(passives) + int(detractors)
    if n == 0:
        return NpsResult(label, 0, 0, 0, 0, None, None, None, True, TEXTS["no_answers"])
    score, lo, hi = _interval(promoters, detractors, n)
    _, alo, ahi = _interval(promoters + 0.75, detractors + 0.75, n + 3)
    half = (hi - lo) / 2
    reasons = []
    if n < MIN_ANSWERS:
        reasons.append(TEXTS["one_answer"] if n == 1 else
                       TEXTS["few_answers"].format(n=n, min=MIN_ANSWERS))
    if half > MAX_HALF_WIDTH:
        reasons.append(TEXTS["wide_interval"].format(half=half, max=MAX_HALF_WIDTH))
    return NpsResult(label, n, int(promoters), int(passives), int(detractors), score,
                     (lo, hi), (alo, ahi), bool(reasons), "; ".join(reasons))


def nps(scores: pd.Series, label: str = "all answers") -> NpsResult:
    """NPS of a 0–10 score column; missing scores are not answers and are not counted."""
    cats = nps_category(scores)
    counts = cats.value_counts()
    return nps_from_counts(int(counts.get("promoter", 0)), int(counts.get("passive", 0)),
                           int(counts.get("detractor", 0)), label)


def effective_wave(responses: pd.DataFrame, wave: str) -> tuple[str, str]:
    """(wave definition in force, note): 'column' without a ``wave`` column → half-years."""
    if wave == "column" and "wave" not in responses:
        return "half-year", TEXTS["no_wave_column"]
    return wave, ""


def wave_labels(responses: pd.DataFrame, wave: str = "half-year") -> pd.Series:
    """The wave of each answer: a period label of its date (``wave`` is a period name, e.g.
    'half-year' → '2018-H1') or, with ``wave='column'``, the responses' own ``wave`` column.

    Answers without a date (or wave) get the label ``TEXTS['undated']`` so they stay visible."""
    wave, _ = effective_wave(responses, wave)
    if wave == "column":
        labels = responses["wave"].astype("string").str.strip()
        return labels.mask(labels.isna() | (labels == ""), TEXTS["undated"])
    if "date" not in responses:
        return pd.Series(TEXTS["undated"], index=responses.index, dtype="string")
    dates = pd.to_datetime(responses["date"], errors="coerce")
    labels = pd.Series(TEXTS["undated"], index=responses.index, dtype="string")
    dated = dates.notna()
    if dated.any():
        labels[dated] = assign_periods(dates[dated].dt.normalize(), wave).astype("string")
    return labels


def nps_by_group(scores: pd.Series, groups: pd.Series,
                 order: Iterable[str] | None = None) -> list[NpsResult]:
    """One NPS per group label (waves, segments, loyal vs rest); groups aligned on the index.

    Answers whose group is missing are left out. ``order`` fixes the output order (labels
    absent from the data still appear, with n = 0); default: sorted labels."""
    frame = pd.DataFrame({"score": pd.to_numeric(scores, errors="coerce"), "group": groups})
    frame = frame.dropna(subset=["group"])
    labels = list(order) if order is not None else sorted(frame["group"].unique(), key=str)
    return [nps(frame.loc[frame["group"] == label, "score"], str(label)) for label in labels]


@dataclass(frozen=True)
class NpsComparison:
    """Difference b − a between two NPS figures, with a two-sided p-value and one sentence."""

    a: NpsResult
    b: NpsResult
    difference: Optional[float]
    ci95: Optional[tuple[float, float]]
    z: Optional[float]
    p_value: Optional[float]
    sentence: str

    def to_json(self) -> dict[str, Any]:
        return {"a": self.a.label, "b": self.b.label, "score_a": self.a.score,
                "score_b": self.b.score, "difference": self.difference,
                "ci95": list(self.ci95) if self.ci95 else None, "z": self.z,
                "p_value": self.p_value, "sentence": self.sentence}


def _adjusted_variance(result: NpsResult) -> tuple[float, float]:
    """(adjusted score, variance of the adjusted score) — ¾ added to P and D, n + 3."""
    n = result.n + 3
    p, d = (result.promoters + 0.75) / n, (result.detractors + 0.75) / n
    return 100.0 * (p - d), 100.0 ** 2 * (p + d - (p - d) ** 2) / n


def compare_nps(a: NpsResult, b: NpsResult, alpha: float = 0.05) -> NpsComparison:
    """Is the change from ``a`` to ``b`` more than chance? Adjusted-Wald z-test.

    Test: z = (NPS_b − NPS_a) / √(Var_a + Var_b) with both NPS and variances taken after the
    adjusted-Wald correction (¾ added to promoters and detractors, n + 3), two-sided p from the
    normal distribution. Why: NPS is a difference of two shares of one multinomial, so the
    ordinary two-proportion test does not apply; the Wald variance of each independent sample
    adds; and the adjustment keeps the test sane with small waves or 100 %-promoter groups
    where the plain Wald variance is 0 (Rocks 2016 found it holds its 5 % level best). The
    reported ``difference`` is the raw difference of the two scores."""
    if not a.n or not b.n:
        return NpsComparison(a, b, None, None, None, None,
                             TEXTS["cannot_compare"].format(a_label=a.label, b_label=b.label))
    adj_a, var_a = _adjusted_variance(a)
    adj_b, var_b = _adjusted_variance(b)
    se = math.sqrt(var_a + var_b)
    z = (adj_b - adj_a) / se
    from scipy.stats import norm  # lazy: scipy.stats costs ~0.75 s at app start

    p_value = float(2 * norm.sf(abs(z)))
    diff = float(b.score - a.score)
    ci = (adj_b - adj_a - Z95 * se, adj_b - adj_a + Z95 * se)
    return NpsComparison(a, b, diff, ci, float(z), p_value, explain(a, b, diff, p_value, alpha))


def explain(a: NpsResult, b: NpsResult, difference: float, p_value: float,
            alpha: float = 0.05) -> str:
    """One plain sentence, e.g. 'The rise from 12 to 19 could be chance: p = 0.31.'"""
    if round(a.score) == round(b.score) and abs(difference) < 0.5:
        return TEXTS["same"].format(a_label=a.label, b_label=b.label, a=a.score)
    direction = "rise" if difference > 0 else "fall"
    if p_value >= alpha:
        return TEXTS[f"{direction}_chance"].format(a=a.score, b=b.score, p=p_value)
    p_text = localise_number("< 0.001" if p_value < 0.001 else f"= {p_value:.3f}")
    return TEXTS[f"{direction}_real"].format(a=a.score, b=b.score, p_text=p_text)


@dataclass(frozen=True)
class NpsReport:
    """The SPEC §5 "nps" block: the overall figure, one per wave, and wave-to-wave changes."""

    overall: NpsResult
    wave_definition: str
    waves: list[NpsResult]
    changes: list[NpsComparison] = field(default_factory=list)
    segments: list[NpsResult] = field(default_factory=list)
    wave_note: str = ""

    def waves_table(self) -> pd.DataFrame:
        """What the wave chart draws: wave, n, score, Wald and adjusted-Wald bounds, uncertain."""
        return pd.DataFrame([{
            "wave": w.label, "n": w.n, "score": w.score,
            "wald_low": w.ci95_wald[0], "wald_high": w.ci95_wald[1],
            "adjusted_low": w.ci95_adjusted_wald[0], "adjusted_high": w.ci95_adjusted_wald[1],
            "uncertain": w.uncertain, "uncertain_reason": w.uncertain_reason}
            for w in self.waves], columns=["wave", "n", "score", "wald_low", "wald_high",
                                           "adjusted_low", "adjusted_high", "uncertain",
                                           "uncertain_reason"])

    def to_json(self) -> dict[str, Any]:
        doc = self.overall.to_json()
        doc.pop("label")
        doc["wave_definition"] = self.wave_definition
        doc["wave_note"] = self.wave_note
        doc["waves"] = [{"wave": w.label, **{k: v for k, v in w.to_json().items() if k != "label"}}
                        for w in self.waves]
        doc["changes"] = [c.to_json() for c in self.changes]
        doc["segments"] = [{"segment": s.label, **{k: v for k, v in s.to_json().items()
                                                   if k != "label"}} for s in self.segments]
        return doc


def _wave_order(responses: pd.DataFrame, labels: pd.Series, by_date: bool) -> list[str]:
    """Period labels sort chronologically as text; named waves ('Spring survey') go by their
    earliest answer date, else by first appearance. Undated answers come last."""
    named = [l for l in pd.unique(labels.dropna()) if l != TEXTS["undated"]]
    if not by_date:
        named = sorted(named)
    elif "date" in responses:
        first = pd.to_datetime(responses["date"], errors="coerce").groupby(labels).min()
        first = first.dropna()
        named = sorted(named, key=lambda label: first.get(label, pd.Timestamp.max))
    return named + ([TEXTS["undated"]] if (labels == TEXTS["undated"]).any() else [])


def nps_report(responses: pd.DataFrame, defs: Definitions | None = None,
               segments: pd.Series | None = None) -> Optional[NpsReport]:
    """Overall NPS, per wave (``defs.nps_wave``) with consecutive-wave comparisons, and per
    segment when ``segments`` (a label per answer, aligned on the index) is given.

    None when the responses have no score column or no scored answer."""
    if "score" not in responses:
        return None
    scores = pd.to_numeric(responses["score"], errors="coerce")
    if scores.notna().sum() == 0:
        return None
    defs = defs or Definitions()
    wave, note = effective_wave(responses, defs.nps_wave)
    labels = wave_labels(responses, wave)
    order = _wave_order(responses, labels, by_date=wave == "column")
    waves = [w for w in nps_by_group(scores, labels, order) if w.n]
    timed = [w for w in waves if w.label != TEXTS["undated"]]
    changes = [compare_nps(x, y) for x, y in zip(timed, timed[1:])]
    by_segment = nps_by_group(scores, segments) if segments is not None else []
    return NpsReport(nps(scores), wave, waves, changes, by_segment, note)


def nps_by_customer_group(responses: pd.DataFrame, customer_labels: pd.Series,
                          order: Iterable[str] | None = None) -> list[NpsResult]:
    """NPS per customer group (segment, RFM segment …): ``customer_labels`` is a label per
    customer (index customer_id); ``responses`` carry the matched ``customer_id``. Answers
    that matched no customer, or a customer without a label, are left out."""
    groups = responses["customer_id"].map(customer_labels) if "customer_id" in responses else None
    if groups is None:
        return []
    return nps_by_group(responses["score"], groups, order)


def nps_of_customers(responses: pd.DataFrame, customer_ids: Iterable[str], label: str) -> NpsResult:
    """NPS (with intervals) of the answers of some customers, e.g. one segment's members
    (``SegmentAnalysis.members(key)``) — segments may overlap, so one group at a time."""
    if "customer_id" not in responses:
        return nps(pd.Series([], dtype="Int64"), label)
    inside = responses["customer_id"].isin(pd.Index(list(customer_ids))).fillna(False)
    return nps(responses.loc[inside.astype(bool), "score"], label)


def loyal_vs_rest(responses: pd.DataFrame, loyal: pd.Series) -> NpsComparison:
    """NPS of the loyal group vs the rest of the matched respondents, with the difference test
    (``loyal``: bool per customer, index customer_id — the loyalty rule's result)."""
    labels = pd.Series(np.where(loyal.astype(bool), TEXTS["loyal"], TEXTS["rest"]),
                       index=loyal.index)
    rest, loyal_result = nps_by_customer_group(responses, labels, [TEXTS["rest"], TEXTS["loyal"]])
    return compare_nps(rest, loyal_result)
