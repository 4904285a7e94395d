"""Do the people who answered look like the customer base? (SPEC §3 Representativeness)

A survey answered mostly by regulars tells the owner about regulars. For each dimension
(segment, spend band) respondents are compared with all customers by a chi-square test of
independence on the 2 × k table "answered / did not answer" × group — respondents are a
subset of the customers, so this (not a goodness-of-fit against the whole base) is the right
test. The verdict is one plain sentence naming the most over- and under-represented groups.

For the next wave, :func:`stratified_sample` draws customers in proportion to the groups,
with a seed that is shown and stored so the same list can be drawn again.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any, Iterable, Optional

import numpy as np
import pandas as pd
from scipy.stats import chi2_contingency
from .i18n import Catalogue

CONTACT_COLUMNS = ("email", "name", "phone")

TEXTS = Catalogue("representativeness", {  # translated on lookup (engine/i18n.py)
    "spend_band": "spend band",
    "band_label": "{lo:,.0f}–{hi:,.0f}",
    "alike": ("Your {n} respondents look like your customers by {dimension} (chi-square p = "
              "{p:.2f}): no group is clearly over- or under-represented."),
    "differ": ("Your respondents differ from your customers by {dimension} (chi-square p {p_text}): "
               "{over} is over-represented ({over_resp:.0%} of answers vs {over_cust:.0%} of "
               "customers) and {under} under-represented ({under_resp:.0%} vs {under_cust:.0%}). "
               "Keep that in mind when reading the survey results."),
    "small": " Some groups are small, so the test is only a rough guide.",
    "one_group": "All customers are in one {dimension} group; there is nothing to compare.",
    "no_respondents": "None of your customers answered the survey (or answers could not be "
                      "matched to customers), so representativeness cannot be judged.",
    "no_group": "(none)",
})


def spend_bands(revenue: pd.Series, bands: int = 4) -> pd.Series:
    """Quantile bands of customer revenue, labelled with their money range ('120–450'), as an
    ordered categorical so tables and charts list them from the lowest spend up."""
    values = pd.to_numeric(revenue, errors="coerce")
    if values.nunique() < 2:  # everyone spent the same (or nothing is known): one band
        label = TEXTS["band_label"].format(lo=values.min(), hi=values.max())
        known = values.notna().to_numpy()
        return pd.Series(pd.Categorical.from_codes(np.where(known, 0, -1), [label], ordered=True),
                         index=revenue.index)
    codes, edges = pd.qcut(values, bands, labels=False, retbins=True, duplicates="drop")
    labels = [TEXTS["band_label"].format(lo=lo, hi=hi) for lo, hi in zip(edges[:-1], edges[1:])]
    return pd.Series(pd.Categorical.from_codes(codes.fillna(-1).astype(int), labels, ordered=True),
                     index=revenue.index)


@dataclass(frozen=True)
class Representativeness:
    """Respondents vs customers along one dimension, with the test and its verdict."""

    dimension: str
    table: pd.DataFrame      # group, customers, respondents, customer_share, respondent_share, response_rate
    chi2: Optional[float]
    dof: Optional[int]
    p_value: Optional[float]
    small_groups: bool
    verdict: str

    def to_json(self) -> dict[str, Any]:
        return {"dimension": self.dimension, "chi2": self.chi2, "dof": self.dof,
                "p_value": self.p_value, "small_groups": self.small_groups,
                "verdict": self.verdict, "groups": self.table.to_dict("records")}


def compare_respondents(groups: pd.Series, respondent_ids: Iterable[Any],
                        dimension: str) -> Representativeness:
    """``groups``: a group label per customer (index = customer_id); customers without a
    label are put in '(none)'. ``respondent_ids``: customers who answered (matched ids)."""
    labels = groups.astype("string").fillna(TEXTS["no_group"])
    answered = labels.index.isin(pd.Index(list(respondent_ids)).dropna())
    frame = pd.DataFrame({"group": labels.to_numpy(), "answered": answered})
    table = frame.groupby("group", sort=False).agg(customers=("answered", "size"),
                                                   respondents=("answered", "sum"))
    table = table.loc[_group_order(groups, table.index)].rename_axis("group").reset_index()
    table["respondents"] = table["respondents"].astype(int)
    n_resp = int(table["respondents"].sum())
    table["customer_share"] = table["customers"] / table["customers"].sum()
    table["respondent_share"] = table["respondents"] / n_resp if n_resp else np.nan
    table["response_rate"] = table["respondents"] / table["customers"]
    if n_resp == 0:
        return Representativeness(dimension, table, None, None, None, False, TEXTS["no_respondents"])
    if len(table) < 2:
        return Representativeness(dimension, table, None, None, None, False,
                                  TEXTS["one_group"].format(dimension=dimension))
    observed = np.vstack([table["respondents"], table["customers"] - table["respondents"]])
    chi2, p, dof, expected = chi2_contingency(observed, correction=False)
    small = bool((expected < 5).any())
    return Representativeness(dimension, table, float(chi2), int(dof), float(p), small,
                              _verdict(table, dimension, float(p), n_resp, small))


def _group_order(groups: pd.Series, present: pd.Index) -> list[str]:
    """Spend bands in money order (their categorical order), anything else alphabetically."""
    if isinstance(groups.dtype, pd.CategoricalDtype):
        ordered = [str(c) for c in groups.cat.categories if str(c) in present]
        return ordered + sorted(str(g) for g in present if g not in ordered)
    return sorted(str(g) for g in present)


def _verdict(table: pd.DataFrame, dimension: str, p: float, n_resp: int, small: bool) -> str:
    if p >= 0.05:
        text = TEXTS["alike"].format(n=n_resp, dimension=dimension, p=p)
    else:
        gap = table["respondent_share"] - table["customer_share"]
        over, under = table.loc[gap.idxmax()], table.loc[gap.idxmin()]
        text = TEXTS["differ"].format(
            dimension=dimension, p_text="< 0.001" if p < 0.001 else f"= {p:.3f}",
            over=over["group"], over_resp=over["respondent_share"],
            over_cust=over["customer_share"], under=under["group"],
            under_resp=under["respondent_share"], under_cust=under["customer_share"])
    return text + (TEXTS["small"] if small else "")


@dataclass(frozen=True)
class RepresentativenessReport:
    """All dimensions checked for one survey (what the analysis section stores)."""

    respondents: int
    results: list[Representativeness]

    def to_json(self) -> dict[str, Any]:
        return {"respondents": self.respondents,
                "dimensions": [r.to_json() for r in self.results]}


def representativeness(customers: pd.DataFrame, respondent_ids: Iterable[Any],
                       dimensions: dict[str, pd.Series] | None = None) -> RepresentativenessReport:
    """Respondents vs customers by spend band (from ``customers['revenue']``) and by every
    extra dimension given (e.g. {'segment': label per customer})."""
    ids = list(pd.Index(list(respondent_ids)).dropna().unique())
    results = []
    if "revenue" in customers:
        results.append(compare_respondents(spend_bands(customers["revenue"]), ids,
                                           TEXTS["spend_band"]))
    for name, labels in (dimensions or {}).items():
        results.append(compare_respondents(labels.reindex(customers.index), ids, name))
    return RepresentativenessReport(int(customers.index.isin(ids).sum()), results)


@dataclass(frozen=True)
class SurveySample:
    """Customers to invite to the next wave, and the seed that reproduces the draw."""

    table: pd.DataFrame       # customer_id, stratum, contact columns
    seed: int
    strata: pd.DataFrame      # stratum, customers, sampled

    def to_json(self) -> dict[str, Any]:
        return {"seed": self.seed, "size": int(len(self.table)),
                "strata": self.strata.to_dict("records")}


def _allocate(sizes: pd.Series, total: int) -> pd.Series:
    """Proportional allocation with largest remainders (Hamilton), never above a stratum's size."""
    quota = sizes / sizes.sum() * total
    alloc = np.floor(quota).astype(int)
    remainder = (quota - alloc).sort_values(ascending=False, kind="stable")
    for key in remainder.index[: total - int(alloc.sum())]:
        alloc[key] += 1
    return alloc.clip(upper=sizes)


def stratified_sample(customers: pd.DataFrame, size: int, strata: pd.Series | None = None,
                      seed: int | None = None, exclude: Iterable[Any] = (),
                      require_contact: bool = True) -> SurveySample:
    """Draw ``size`` customers in proportion to ``strata`` (a label per customer; default
    spend bands of ``revenue``), at random within each stratum.

    ``seed`` None draws a fresh one (shown in the result); the same seed and inputs give the
    same list. ``exclude`` (e.g. last wave's respondents) are left out; with
    ``require_contact`` only customers with an e-mail or phone are drawn, when those
    columns exist."""
    seed = int(seed) if seed is not None else secrets.randbelow(2 ** 31)
    pool = customers.loc[~customers.index.isin(list(exclude))]
    contact = [c for c in ("email", "phone") if c in pool]
    if require_contact and contact:
        has = pool[contact].astype("string").apply(lambda s: s.str.strip().ne("")).fillna(False)
        pool = pool.loc[has.any(axis=1)]
    if strata is None:
        strata = spend_bands(pool["revenue"]) if "revenue" in pool else pd.Series("all", index=pool.index)
    labels = strata.reindex(pool.index).astype("string").fillna(TEXTS["no_group"])
    sizes = labels.value_counts().sort_index()
    alloc = _allocate(sizes, min(int(size), len(pool))) if len(pool) else sizes
    rng = np.random.default_rng(seed)
    chosen = []
    for label in sizes.index:
        members = labels.index[labels == label].sort_values()
        chosen.extend(rng.choice(members.to_numpy(), size=int(alloc[label]), replace=False))
    table = pd.DataFrame({"customer_id": chosen})
    table["stratum"] = labels.reindex(chosen).to_numpy()
    for column in CONTACT_COLUMNS:
        if column in pool:
            table[column] = pool[column].reindex(chosen).to_numpy()
    counts = pd.DataFrame({"stratum": sizes.index, "customers": sizes.to_numpy(),
                           "sampled": alloc.reindex(sizes.index).to_numpy()})
    return SurveySample(table, seed, counts)
