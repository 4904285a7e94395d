"""NPS per group with a pick-two comparison, representativeness by segment, the survey
sample for the next wave, and owner-edited keyword groups stored in the definitions."""
from __future__ import annotations

import pandas as pd
import pytest

from loyalty_desktop.engine.analysis import analyse, analysis_to_json
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.nps import compare_nps, nps
from loyalty_desktop.engine.representativeness import _allocate, stratified_sample
from loyalty_desktop.engine.voice_groups import survey_sample

from tests.fixtures.voice import LOYAL_RULE, voice_dataset as _dataset


@pytest.fixture(scope="module")
def analysis():
    return analyse(_dataset(), Definitions(criteria=LOYAL_RULE, as_of=pd.Timestamp("2024-12-31").date()))


def test_every_wave_and_group_can_be_compared_with_any_other(analysis):
    groups = analysis.sections["nps_groups"]
    keys = [g.key for g in groups.groups]
    assert keys[:4] == ["wave:2024-H1", "wave:2024-H2", "loyal", "rest"]
    assert any(k.startswith("rfm:") for k in keys)
    h1, h2 = groups.get("wave:2024-H1").result, groups.get("wave:2024-H2").result
    assert (h1.n, h1.score, h2.n, h2.score) == (20, 40.0, 20, -20.0)
    # the default pair is the last two waves; the test is the engine's adjusted-Wald test
    assert groups.default_pair() == ("wave:2024-H1", "wave:2024-H2")
    comparison = groups.compare("wave:2024-H1", "wave:2024-H2")
    assert comparison.p_value == pytest.approx(compare_nps(nps(pd.Series([10] * 12 + [8] * 4 + [3] * 4)),
                                                           nps(pd.Series([9] * 6 + [7] * 4 + [2] * 10))).p_value)
    assert comparison.sentence.startswith("The fall from 40 to -20 ")
    # loyal customers are the first wave's respondents here: same figures, other label
    loyal = groups.get("loyal").result
    assert (loyal.label, loyal.n, loyal.score) == ("Loyal", 20, 40.0)
    assert groups.loyal_vs_rest.sentence == groups.compare("rest", "loyal").sentence
    doc = analysis_to_json(analysis)["nps_groups"]
    assert doc["groups"][0]["key"] == "wave:2024-H1" and doc["loyal_vs_rest"]["score_b"] == 40.0


def test_representativeness_is_also_checked_by_segment_and_loyalty(analysis):
    report = analysis.sections["representativeness"]
    assert [r.dimension for r in report.results] == ["spend band", "RFM segment", "loyal or not"]
    loyalty = report.results[2].table.set_index("group")
    # everyone answered: nothing to test, and the verdict says so instead of a p-value
    assert loyalty.loc["Loyal", "customers"] == 20 and loyalty.loc["Loyal", "respondents"] == 20
    assert report.results[2].p_value is None
    assert report.results[2].verdict == ("Every one of these customers answered, so the "
                                         "respondents are the customers.")


def _base() -> pd.DataFrame:
    ids = pd.Index([f"K{i:03d}" for i in range(100)], name="customer_id")
    return pd.DataFrame({"revenue": [float(i) for i in range(100)],
                         "email": [f"k{i}@x.se" for i in range(100)],
                         "rfm_segment": ["Champions"] * 20 + ["Lost"] * 80}, index=ids)


def test_sample_shares_come_from_the_whole_base_not_the_pool_left():
    base = _base()
    # last wave's respondents were 15 of the 20 Champions: the pool has 5 Champions, 80 Lost
    respondents = list(base.index[:15])
    sample = survey_sample(base, 20, by="rfm_segment", seed=3, exclude=respondents)
    # 20 % / 80 % of the base → 4 Champions and 16 Lost (the pool alone would give 1 and 19)
    assert sample.strata.to_dict("records") == [
        {"stratum": "Champions", "customers": 20, "available": 5, "sampled": 4},
        {"stratum": "Lost", "customers": 80, "available": 80, "sampled": 16}]
    assert not set(sample.table["customer_id"]) & set(respondents)


def test_same_seed_same_list_other_seed_other_list():
    base = _base()
    first = survey_sample(base, 30, seed=2024)
    assert first.table.equals(survey_sample(base, 30, seed=2024).table)
    assert first.table["customer_id"].tolist() != survey_sample(base, 30, seed=2025).table["customer_id"].tolist()
    # spend bands (quartiles of revenue) in money order, 30 → 7.5 each; ties go to the first bands: 8 / 8 / 7 / 7
    assert first.strata["sampled"].tolist() == [8, 8, 7, 7]
    assert first.strata["stratum"].tolist() == ["0–25", "25–50", "50–74", "74–99"]


def test_allocation_fills_a_shortfall_from_groups_with_people_to_spare():
    shares = pd.Series({"A": 50, "B": 50})
    available = pd.Series({"A": 2, "B": 100})
    # 10 asked, A can give only 2: B gives the other 8
    assert _allocate(shares, available, 10).to_dict() == {"A": 2, "B": 8}
    # never more than there are
    assert _allocate(shares, pd.Series({"A": 2, "B": 3}), 10).to_dict() == {"A": 2, "B": 3}


def test_unknown_strata_are_refused_in_plain_words():
    with pytest.raises(ValueError, match="stratified by one of spend_band, rfm_segment"):
        survey_sample(_base(), 5, by="city")


def test_customers_without_contact_are_not_drawn():
    base = _base()
    base.loc[base.index[:50], "email"] = None
    sample = stratified_sample(base, 100, seed=1)
    assert len(sample.table) == 50 and sample.table["email"].notna().all()


def test_keyword_groups_are_stored_in_the_definitions_json_and_change_the_counts():
    edited = {"price": {"en": ["expensive"]}, "patience": {"en": ["wait*"], "sv": ["vänta*"]}}
    defs = Definitions(keyword_groups=edited)
    again = Definitions.from_json(defs.to_json())
    assert again.keyword_groups == edited and again == defs
    assert Definitions.from_json(Definitions().to_json()).keyword_groups is None
    themes = analyse(_dataset(), again).sections["comments"].themes.set_index("group")
    assert themes.loc["patience", "comments"] == 20 and themes.loc["price", "comments"] == 10
    assert "staff" not in themes.index
    standard = analyse(_dataset(), Definitions()).sections["comments"].themes.set_index("group")
    assert standard.loc["staff", "comments"] == 10 and "patience" not in standard.index


def test_a_pool_emptied_by_the_last_wave_draws_nobody():
    base = _base()
    sample = survey_sample(base, 10, seed=1, exclude=base.index)
    assert len(sample.table) == 0 and sample.strata["sampled"].sum() == 0
