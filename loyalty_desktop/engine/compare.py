"""Is one group's retention really different from another's? (SPEC §3 "Comparing groups").

Two-proportion z-test (pooled standard error under "no difference"), two-sided, with a
95 % Wald interval for the difference, and the answer in plain words:
"Regulars keep 71 % and the rest 48 %; a difference this large is very unlikely to be
chance (p < 0.001)." The z-test is a large-sample approximation; when a group expects
fewer than 5 kept or lost customers the sentence says the result is only a rough guide.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pandas as pd
from .i18n import Catalogue, localise_number

METHOD = "two-proportion z-test"
#: Below this expected count per cell the normal approximation is rough (textbook rule).
MIN_EXPECTED = 5

SENTENCES = Catalogue("compare", {  # translated on lookup (engine/i18n.py)
    "result": "{a} keep {pa} and {b} {pb}; {verdict} ({p}).",
    "very_unlikely": "a difference this large is very unlikely to be chance",
    "unlikely": "a difference this large is unlikely to be chance",
    "could_be_chance": "a difference this large could well be chance",
    "same": "{a} and {b} both keep {pa}; there is no difference.",
    "empty": ("There are no customers in {name} who could have churned yet, so there is nothing "
              "to compare."),
    "all_or_none": "{a} and {b} both keep {pa} of their customers; there is no difference to test.",
    "small": " The groups are small, so treat this only as a rough guide.",
    "this_group": "this group",
    "the_rest": "the rest",
})


@dataclass(frozen=True)
class Comparison:
    """Result of :func:`two_proportion_test`; numbers are None when they cannot be computed."""

    name_a: str
    name_b: str
    kept_a: int
    n_a: int
    kept_b: int
    n_b: int
    rate_a: float | None
    rate_b: float | None
    difference: float | None
    ci95: tuple[float, float] | None
    z: float | None
    p_value: float | None
    small_sample: bool
    sentence: str
    method: str = METHOD

    def to_json(self) -> dict[str, Any]:
        return {"groups": [{"name": self.name_a, "kept": self.kept_a, "customers": self.n_a,
                            "rate": self.rate_a},
                           {"name": self.name_b, "kept": self.kept_b, "customers": self.n_b,
                            "rate": self.rate_b}],
                "difference": self.difference, "ci95": list(self.ci95) if self.ci95 else None,
                "z": self.z, "p_value": self.p_value, "small_sample": self.small_sample,
                "method": self.method, "sentence": self.sentence}


def two_proportion_test(kept_a: int, n_a: int, kept_b: int, n_b: int,
                        name_a: str = SENTENCES["this_group"],
                        name_b: str = SENTENCES["the_rest"]) -> Comparison:
    """Compare kept_a/n_a with kept_b/n_b.

    z = (p_a − p_b) / √(p(1 − p)(1/n_a + 1/n_b)), p = (kept_a + kept_b)/(n_a + n_b);
    two-sided p-value 2·(1 − Φ(|z|)); 95 % CI of p_a − p_b with the unpooled Wald error.
    """
    base = dict(name_a=name_a, name_b=name_b, kept_a=int(kept_a), n_a=int(n_a),
                kept_b=int(kept_b), n_b=int(n_b))
    for name, kept, n in ((name_a, kept_a, n_a), (name_b, kept_b, n_b)):
        if not 0 <= kept <= n:
            raise ValueError(f"{name}: kept customers must be between 0 and {n}, not {kept}")
    empty = name_a if n_a == 0 else (name_b if n_b == 0 else None)
    if empty is not None:
        return Comparison(**base, rate_a=_rate(kept_a, n_a), rate_b=_rate(kept_b, n_b),
                          difference=None, ci95=None, z=None, p_value=None, small_sample=True,
                          sentence=SENTENCES["empty"].format(name=empty))
    rate_a, rate_b = kept_a / n_a, kept_b / n_b
    pooled = (kept_a + kept_b) / (n_a + n_b)
    diff = rate_a - rate_b
    half = 1.959964 * math.sqrt(rate_a * (1 - rate_a) / n_a + rate_b * (1 - rate_b) / n_b)
    small = min(n * share for n in (n_a, n_b) for share in (pooled, 1 - pooled)) < MIN_EXPECTED
    if pooled in (0.0, 1.0):
        sentence = SENTENCES["all_or_none"].format(a=_cap(name_a), b=name_b, pa=_pct(rate_a))
        return Comparison(**base, rate_a=rate_a, rate_b=rate_b, difference=0.0, ci95=(0.0, 0.0),
                          z=None, p_value=1.0, small_sample=small, sentence=sentence)
    z = diff / math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    from scipy.stats import norm  # lazy: scipy.stats costs ~0.75 s at app start

    p_value = float(2 * norm.sf(abs(z)))
    sentence = _sentence(name_a, name_b, rate_a, rate_b, p_value)
    if small:
        sentence += SENTENCES["small"]
    return Comparison(**base, rate_a=rate_a, rate_b=rate_b, difference=diff,
                      ci95=(max(-1.0, diff - half), min(1.0, diff + half)), z=z,
                      p_value=p_value, small_sample=small, sentence=sentence)


def compare_retention(customers: pd.DataFrame, in_group: pd.Series, window_days: int,
                      name_a: str = SENTENCES["this_group"],
                      name_b: str = SENTENCES["the_rest"]) -> Comparison:
    """Share of customers still active, group vs the rest, among those who could have churned.

    A customer whose first purchase is at most W days before ``as_of`` cannot be churned
    yet (``tenure_days`` ≤ W), so they are left out: counting them would make the group with
    more newcomers look better. ``in_group`` is a boolean Series indexed by customer_id.
    """
    eligible = customers[customers["tenure_days"] > int(window_days)]
    member = in_group.reindex(eligible.index).fillna(False).astype(bool).to_numpy()
    active = (eligible["status"] == "active").to_numpy()
    return two_proportion_test(int((active & member).sum()), int(member.sum()),
                               int((active & ~member).sum()), int((~member).sum()),
                               name_a, name_b)


def _sentence(name_a: str, name_b: str, rate_a: float, rate_b: float, p_value: float) -> str:
    if _pct(rate_a) == _pct(rate_b) and p_value >= 0.05:
        return SENTENCES["same"].format(a=_cap(name_a), b=name_b, pa=_pct(rate_a))
    if p_value < 0.001:
        verdict, p_text = SENTENCES["very_unlikely"], "p < 0.001"
    else:
        verdict = SENTENCES["unlikely"] if p_value < 0.05 else SENTENCES["could_be_chance"]
        p_text = f"p = {p_value:.3f}" if p_value < 0.01 else f"p = {p_value:.2f}"
    p_text = localise_number(p_text)      # "p < 0,001" in sv/da/nl/ru
    return SENTENCES["result"].format(a=_cap(name_a), b=name_b, pa=_pct(rate_a), pb=_pct(rate_b),
                                      verdict=verdict, p=p_text)


def _pct(rate: float) -> str:
    return f"{100 * rate:.0f} %"


def _rate(kept: int, n: int) -> float | None:
    return kept / n if n else None


def _cap(name: str) -> str:
    return name[:1].upper() + name[1:]
