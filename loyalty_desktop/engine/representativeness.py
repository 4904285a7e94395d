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
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

import numpy as np
import pandas as pd
from .i18n import Catalogue, localise_number

CONTACT_COLUMNS = ("email", "name", "phone")

TEXTS = Catalogue("representativeness", {  # translated on lookup (engine/i18n.py)
    "spend_band": "spend band",
    "band_label": "{lo:,.0f}–{hi:,.0f}",
    "alike": ("Your {n:,} respondents look like your customers by {dimension} (chi-square p = "
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
    "everyone": "Every one of these customers answered, so the respondents are the customers.",
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
    #: per customer (index customer_id): the group it was counted in and whether it answered —
    #: who is behind each bar (``chart_members.group_members``); not part of the JSON
    members: Optional[pd.DataFrame] = field(default=None, compare=False, repr=False)

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
    members = frame.set_axis(labels.index).rename_axis("customer_id")
    table = frame.groupby("group", sort=False).agg(customers=("answered", "size"),
                                                   respondents=("answered", "sum"))
    table = table.loc[_group_order(groups, table.index)].rename_axis("group").reset_index()
    table["respondents"] = table["respondents"].astype(int)
    n_resp = int(table["respondents"].sum())
    table["customer_share"] = table["customers"] / table["customers"].sum()
    table["respondent_share"] = table["respondents"] / n_resp if n_resp else np.nan
    table["response_rate"] = table["respondents"] / table["customers"]
    if n_resp == 0:
        return Representativeness(dimension, table, None, None, None, False,
                                  TEXTS["no_respondents"], members)
    if len(table) < 2:
        return Representativeness(dimension, table, None, None, None, False,
                                  TEXTS["one_group"].format(dimension=dimension), members)
    observed = np.vstack([table["respondents"], table["customers"] - table["respondents"]])
    if not observed[1].any():   # every customer answered (e.g. a "Promoters" segment): no test
        return Representativeness(dimension, table, None, None, None, False, TEXTS["everyone"],
                                  members)
    from scipy.stats import chi2_contingency  # lazy: scipy.stats costs ~0.3-1.8 s at window start

    chi2, p, dof, expected = chi2_contingency(observed, correction=False)
    small = bool((expected < 5).any())
    return Representativeness(dimension, table, float(chi2), int(dof), float(p), small,
                              _verdict(table, dimension, float(p), n_resp, small), members)


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
            dimension=dimension, p_text=localise_number("< 0.001" if p < 0.001 else f"= {p:.3f}"),
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


def _allocate(shares: pd.Series, available: pd.Series, total: int) -> pd.Series:
    """Proportional allocation with largest remainders (Hamilton) by ``shares``, never above
    what a stratum has ``available``; a shortfall is filled from strata with spare people,
    largest remaining quota first, so the list reaches ``total`` whenever the pool allows."""
    total = min(int(total), int(available.sum()))
    quota = shares / shares.sum() * total
    alloc = np.floor(quota).astype(int)
    remainder = (quota - alloc).sort_values(ascending=False, kind="stable")
    for key in remainder.index[: total - int(alloc.sum())]:
        alloc[key] += 1
    alloc = alloc.clip(upper=available)
    while int(alloc.sum()) < total:
        spare = (available - alloc)[available > alloc]
        key = (quota - alloc)[spare.index].sort_values(ascending=False, kind="stable").index[0]
        alloc[key] += 1
    return alloc.astype(int)


def _stratum_order(labels: pd.Series, strata: pd.Series) -> list[str]:
    """Spend bands in money order (categorical order), other labels alphabetically."""
    present = set(labels.unique())
    if isinstance(strata.dtype, pd.CategoricalDtype):
        ordered = [str(c) for c in strata.cat.categories if str(c) in present]
        return ordered + sorted(present - set(ordered))
    return sorted(present)


def stratified_sample(customers: pd.DataFrame, size: int, strata: pd.Series | None = None,
                      seed: int | None = None, exclude: Iterable[Any] = (),
                      require_contact: bool = True) -> SurveySample:
    """Draw ``size`` customers in proportion to ``strata`` (a label per customer; default
    spend bands of ``revenue``), at random within each stratum.

    Shares come from the whole customer base, so the invitation list looks like the base
    even when last wave's respondents (``exclude``, typically the keener, bigger spenders)
    are left out. With ``require_contact`` only customers with an e-mail or phone are drawn,
    when those columns exist. ``seed`` None draws a fresh one (shown in the result); the
    same seed and inputs give the same list."""
    seed = int(seed) if seed is not None else secrets.randbelow(2 ** 31)
    if strata is None:
        strata = (spend_bands(customers["revenue"]) if "revenue" in customers
                  else pd.Series("all", index=customers.index))
    all_labels = strata.reindex(customers.index).astype("string").fillna(TEXTS["no_group"])
    pool = customers.loc[~customers.index.isin(list(exclude))]
    contact = [c for c in ("email", "phone") if c in pool]
    if require_contact and contact:
        reachable = np.zeros(len(pool), dtype=bool)
        for column in contact:
            text = pool[column].astype("string").str.strip()
            reachable |= (text.notna() & (text != "")).fillna(False).to_numpy(dtype=bool)
        pool = pool.loc[reachable]
    labels = all_labels.reindex(pool.index)
    order = _stratum_order(all_labels, strata)
    base = all_labels.value_counts().reindex(order, fill_value=0)
    available = labels.value_counts().reindex(order, fill_value=0)
    alloc = (_allocate(base, available, int(size)) if len(pool) and int(size) > 0
             else available * 0)
    rng = np.random.default_rng(seed)
    chosen = []
    for label in order:
        members = labels.index[labels == label].sort_values()
        chosen.extend(rng.choice(members.to_numpy(), size=int(alloc[label]), replace=False))
    table = pd.DataFrame({"customer_id": chosen})
    table["stratum"] = labels.reindex(chosen).to_numpy()
    for column in CONTACT_COLUMNS:
        if column in pool:
            table[column] = pool[column].reindex(chosen).to_numpy()
    counts = pd.DataFrame({"stratum": order, "customers": base.to_numpy(),
                           "available": available.to_numpy(), "sampled": alloc.to_numpy()})
    return SurveySample(table, seed, counts)
