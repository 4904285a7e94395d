"""NPS, its intervals, waves, groups and the difference test (SPEC §3 NPS, issue 7 point 2)."""
from __future__ import annotations

import pandas as pd
import pytest

from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.nps import (TEXTS, compare_nps, nps, nps_by_group, nps_category,
                                        nps_from_counts, nps_report, wave_labels)


def test_spec_reference_50_30_20_of_100():
    # p = .5, d = .2 → NPS 30; Var = .5 + .2 − .3² = .61; half = 1.96·100·√(.61/100) = 15.31
    result = nps_from_counts(50, 30, 20)
    assert result.score == pytest.approx(30.0)
    assert result.ci95_wald == pytest.approx((14.69, 45.31), abs=0.005)
    # adjusted: n' = 103, p' = 50.75/103, d' = 20.75/103 → 29.13 ± 15.07 = 14.05 … 44.20
    assert result.ci95_adjusted_wald == pytest.approx((14.05, 44.20), abs=0.005)


def test_scores_map_to_categories_at_6_7_8_9():
    cats = nps_category(pd.Series([0, 6, 7, 8, 9, 10, None], dtype="Int64"))
    assert cats.tolist()[:6] == ["detractor", "detractor", "passive", "passive",
                                 "promoter", "promoter"]
    assert pd.isna(cats.iloc[6])


def test_missing_scores_are_not_answers():
    # 9, 10, 3 and one blank → n 3, 2 promoters, 1 detractor → 100·(2 − 1)/3 = 33.3
    result = nps(pd.Series([9, 10, 3, None], dtype="Int64"))
    assert (result.n, result.promoters, result.detractors) == (3, 2, 1)
    assert result.score == pytest.approx(100 / 3)


def test_fewer_than_30_answers_is_uncertain_with_reason():
    result = nps_from_counts(10, 5, 5)
    assert result.uncertain
    assert "only 20 answers" in result.uncertain_reason


def test_wide_interval_is_uncertain_even_with_many_answers():
    # 50/30/20 of 100: half-width 15.3 > 10
    result = nps_from_counts(50, 30, 20)
    assert result.uncertain
    assert result.uncertain_reason == TEXTS["wide_interval"].format(half=15.308, max=10)


def test_narrow_interval_with_many_answers_is_certain():
    # 500/300/200 of 1000: half = 1.96·100·√(.61/1000) = 4.84 ≤ 10
    result = nps_from_counts(500, 300, 200)
    assert not result.uncertain
    assert result.half_width == pytest.approx(4.84, abs=0.01)


def test_no_answers_gives_no_score():
    result = nps(pd.Series([None], dtype="Int64"))
    assert result.n == 0 and result.score is None and result.uncertain


def test_difference_test_explained_in_plain_words():
    # A 40/30/30 → 10, B 50/30/20 → 30. Adjusted (n 103): A 9.71, Var 66.48; B 29.13, Var 59.16
    # z = 19.42 / √125.64 = 1.732 → p = 2·(1 − Φ(1.732)) = 0.083
    cmp = compare_nps(nps_from_counts(40, 30, 30, "A"), nps_from_counts(50, 30, 20, "B"))
    assert cmp.difference == pytest.approx(20.0)
    assert cmp.z == pytest.approx(1.732, abs=0.001)
    assert cmp.p_value == pytest.approx(0.0832, abs=0.0005)
    assert cmp.sentence == "The rise from 10 to 30 could be chance: p = 0.08."


def test_large_fall_is_called_unlikely_chance():
    cmp = compare_nps(nps_from_counts(600, 200, 200, "H1"), nps_from_counts(200, 200, 600, "H2"))
    assert cmp.p_value < 0.001
    assert cmp.sentence == "The fall from 40 to -40 is unlikely to be chance: p < 0.001."


def test_all_promoters_can_still_be_compared():
    # plain Wald variance of 100 % promoters is 0; the adjusted test still gives a finite p
    cmp = compare_nps(nps_from_counts(5, 0, 0, "A"), nps_from_counts(3, 1, 1, "B"))
    assert 0 < cmp.p_value < 1


def test_waves_default_to_half_years_and_keep_undated_answers():
    responses = pd.DataFrame({
        "score": pd.array([10, 0, 9, 5], dtype="Int64"),
        "date": pd.to_datetime(["2024-03-01", "2024-06-30", "2024-07-01", None]),
    })
    labels = wave_labels(responses, "half-year")
    assert labels.tolist() == ["2024-H1", "2024-H1", "2024-H2", TEXTS["undated"]]


def test_waves_from_the_wave_column_keep_their_order_in_time():
    responses = pd.DataFrame({"score": pd.array([10, 0, 9], dtype="Int64"),
                              "wave": ["Spring", "Autumn", "Spring"]})
    report = nps_report(responses, Definitions(nps_wave="column"))
    # no dates: the order the waves first appear in the file
    assert [w.label for w in report.waves] == ["Spring", "Autumn"]
    assert [w.score for w in report.waves] == [100.0, -100.0]
    dated = responses.assign(date=pd.to_datetime(["2024-04-01", "2023-10-01", "2024-04-02"]))
    report = nps_report(dated, Definitions(nps_wave="column"))
    assert [w.label for w in report.waves] == ["Autumn", "Spring"]
    assert report.changes[0].a.label == "Autumn"


def test_report_compares_consecutive_waves_and_serialises_spec_block():
    responses = pd.DataFrame({
        "score": pd.array([10, 10, 0, 10, 0, 0], dtype="Int64"),
        "date": pd.to_datetime(["2024-01-05"] * 3 + ["2024-08-01"] * 3),
    })
    report = nps_report(responses)
    # H1: 2 promoters, 1 detractor → 33.3; H2: 1 promoter, 2 detractors → −33.3
    doc = report.to_json()
    assert doc["n"] == 6 and doc["promoters"] == 3 and doc["detractors"] == 3
    assert [w["wave"] for w in doc["waves"]] == ["2024-H1", "2024-H2"]
    assert doc["waves"][0]["score"] == pytest.approx(100 / 3)
    assert doc["waves"][1]["uncertain"] is True
    assert len(doc["changes"]) == 1 and doc["changes"][0]["difference"] == pytest.approx(-200 / 3)
    assert {"ci95_wald", "ci95_adjusted_wald"} <= set(doc)


def test_groups_leave_out_answers_without_a_group():
    scores = pd.Series([10, 0, 9], dtype="Int64")
    groups = pd.Series(["Loyal", None, "Rest"])
    results = nps_by_group(scores, groups)
    assert [(r.label, r.n, r.score) for r in results] == [("Loyal", 1, 100.0), ("Rest", 1, 100.0)]


def test_no_score_column_gives_no_report():
    assert nps_report(pd.DataFrame({"satisfaction": pd.array([5], dtype="Int64")})) is None


@pytest.fixture(scope="module")
def real_responses(shared_data):
    raw = pd.read_csv(shared_data / "nps_responses.csv")
    return pd.DataFrame({
        "score": raw["NPS_SCORE"].astype("Int64"),
        "date": pd.to_datetime(raw["CUSTOMER_RESPONSE_DATE"], format="%d/%m/%Y %H:%M"),
        "stage": raw["SURVEY_SUB_TYPE"],
    })


def test_real_responses_reproduce_published_counts_and_score(real_responses):
    result = nps(real_responses["score"])
    assert (result.n, result.promoters, result.passives, result.detractors) == (2353, 690, 392, 1271)
    assert result.score == pytest.approx(-24.69, abs=0.005)
    assert result.ci95_wald == pytest.approx((-28.24, -21.14), abs=0.005)


def test_real_responses_per_stage(real_responses):
    by_stage = {r.label: r for r in nps_by_group(real_responses["score"], real_responses["stage"])}
    expected = {"Order": (-9.98, 962), "First Payment": (-29.29, 1130),
                "Equipment Received": (-56.71, 231), "Service in Use": (-76.67, 30)}
    for stage, (score, n) in expected.items():
        assert by_stage[stage].n == n
        assert by_stage[stage].score == pytest.approx(score, abs=0.005)
    assert by_stage["Service in Use"].uncertain  # 30 answers: half-width ≈ 24 points


def test_real_responses_half_year_waves_add_up(real_responses):
    report = nps_report(real_responses)
    assert [w.label for w in report.waves] == ["2017-H2", "2018-H1"]
    # Dec 2017 has 89 responses of which 86 are scored; the rest (2,267) are 2018-H1
    assert [w.n for w in report.waves] == [86, 2267]
    assert report.changes[0].p_value < 0.001


def test_nps_per_customer_segment_uses_the_matched_customer():
    from loyalty_desktop.engine.nps import nps_by_customer_group
    responses = pd.DataFrame({"customer_id": ["C1", "C2", "C3", None],
                              "score": pd.array([10, 2, 9, 10], dtype="Int64")})
    labels = pd.Series({"C1": "Regulars", "C2": "Regulars", "C3": "Newcomers"})
    results = nps_by_customer_group(responses, labels, ["Regulars", "Newcomers"])
    # Regulars: one promoter, one detractor → 0; Newcomers: one promoter → 100; unmatched left out
    assert [(r.label, r.n, r.score) for r in results] == [("Regulars", 2, 0.0), ("Newcomers", 1, 100.0)]


def test_loyal_vs_rest_compares_the_two_groups():
    from loyalty_desktop.engine.nps import loyal_vs_rest
    ids = [f"C{i}" for i in range(8)]
    responses = pd.DataFrame({"customer_id": ids,
                              "score": pd.array([10, 10, 9, 3, 2, 1, 8, 10], dtype="Int64")})
    loyal = pd.Series([True, True, True, False, False, False, False, False], index=ids)
    cmp = loyal_vs_rest(responses, loyal)
    # loyal 3 promoters → 100; rest: 1 promoter, 1 passive, 3 detractors → 100·(1 − 3)/5 = −40
    assert (cmp.a.label, cmp.a.score, cmp.b.label, cmp.b.score) == ("Rest", -40.0, "Loyal", 100.0)
    assert cmp.sentence.startswith("The rise from -40 to 100")


def test_wave_column_setting_without_a_wave_column_falls_back_to_half_years():
    responses = pd.DataFrame({"score": pd.array([10], dtype="Int64"),
                              "date": pd.to_datetime(["2024-02-01"])})
    report = nps_report(responses, Definitions(nps_wave="column"))
    assert report.wave_definition == "half-year" and report.waves[0].label == "2024-H1"
    assert report.wave_note == TEXTS["no_wave_column"]


def test_nps_of_one_segments_members():
    from loyalty_desktop.engine.nps import nps_of_customers
    responses = pd.DataFrame({"customer_id": ["C1", "C2", None],
                              "score": pd.array([10, 6, 10], dtype="Int64")})
    result = nps_of_customers(responses, pd.Index(["C1", "C2"]), "Champions")
    # one promoter, one detractor → 0 with n 2; the unmatched answer is not a member
    assert (result.label, result.n, result.score, result.uncertain) == ("Champions", 2, 0.0, True)


def test_waves_table_is_what_the_chart_draws():
    responses = pd.DataFrame({"score": pd.array([10] * 20 + [0] * 10, dtype="Int64"),
                              "date": pd.to_datetime(["2024-01-10"] * 30)})
    table = nps_report(responses).waves_table()
    # 20 promoters, 10 detractors of 30 → 33.3; Var = .667 + .333 − .333² = .889
    # half = 1.96·100·√(.889/30) = 33.7 → uncertain (half-width over 10)
    row = table.iloc[0]
    assert (row["wave"], row["n"]) == ("2024-H1", 30)
    assert row["score"] == pytest.approx(33.33, abs=0.01)
    assert row["wald_high"] - row["score"] == pytest.approx(33.74, abs=0.01)
    assert bool(row["uncertain"]) and row["uncertain_reason"].startswith("the 95 % interval")
