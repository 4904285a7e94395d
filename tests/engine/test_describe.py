"""The one-sentence "definitions used" text under every chart."""
from __future__ import annotations

from datetime import date

import pandas as pd

from loyalty_desktop.engine.customers import REASONS
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.describe import (CHART_KINDS, TEMPLATES, ChartSentences, describe,
                                             describe_all)

SUGGESTED = REASONS["suggested"].format(p80=120, days=120)


def test_retention_sentence_names_period_window_reason_refunds_and_as_of():
    text = describe("retention", Definitions(), window_days=120, window_reason=SUGGESTED,
                    as_of=date(2025, 10, 31))
    assert text == ("Monthly periods; a customer counts as churned after 120 days without a purchase "
                    "(suggested from your data: 80 % of repeat purchases come within 120 days "
                    "(rounded up to 120 days)); refunds are not counted as purchases; "
                    "data up to 2025-10-31.")


def test_cohort_sentence_says_there_is_no_window_and_refunds_count_when_switched_on():
    text = describe("cohorts", Definitions(period="quarter", refunds_are_activity=True),
                    window_days=90, as_of=pd.Timestamp("2024-06-30"))
    assert text == ("Quarterly cohorts by the quarter of the first purchase; each cell is the share "
                    "of the cohort that bought in that quarter (no inactivity window); refunds count "
                    "as activity; data up to 2024-06-30.")


def test_lost_value_sentence_prints_range_margin_lifetime_and_discount():
    defs = Definitions(margin=0.3, discount_rate=0.08, expected_lifetime_years=2.5,
                       churn_window_days=60)
    text = describe("lost_value", defs, window_days=60, window_reason=REASONS["chosen"],
                    as_of=date(2024, 12, 31), start=date(2024, 1, 1), end=date(2024, 12, 31))
    assert text == ("Customers whose churn date is between 2024-01-01 and 2024-12-31; annual net "
                    "revenue × 30 % margin × an expected lifetime of 2.5 years (set by you), "
                    "discounted at 8 % a year; a customer counts as churned after 60 days without "
                    "a purchase (chosen by you); data up to 2024-12-31.")


def test_measured_lifetime_is_described_by_its_formula():
    text = describe("lost_value", Definitions(), window_days=90, as_of=date(2024, 12, 31))
    assert "an expected lifetime of 1 / (1 − annual retention) years" in text


def test_no_data_yet_leaves_no_empty_phrases():
    text = describe("retention", Definitions(period="week"), window_days=None, as_of=None)
    assert text == "Weekly periods; refunds are not counted as purchases; no data yet."


def test_every_chart_kind_has_a_sentence_with_the_as_of_day():
    sentences = describe_all(Definitions(), window_days=90, as_of=date(2024, 5, 1))
    assert set(sentences) == set(CHART_KINDS)
    for kind, text in sentences.items():
        assert "2024-05-01" in text, kind
        assert "{" not in text and text.endswith("."), kind


def test_sentences_serialise_as_an_analysis_section():
    sentences = describe_all(Definitions(), window_days=90, as_of=date(2024, 5, 1))
    section = ChartSentences(sentences)
    assert section.to_json()["returns"] == (
        "Return rate = orders with a net amount of zero or less ÷ all orders; returned share = "
        "refunded money ÷ revenue before refunds; refunds are not counted as purchases; "
        "data up to 2024-05-01.")


def test_all_wording_lives_in_one_dict():
    # every chart kind has its template in TEMPLATES, ready for translation
    assert all(isinstance(TEMPLATES[kind], str) for kind in CHART_KINDS)


def test_unknown_chart_kind_gets_the_general_sentence_instead_of_a_crash():
    text = describe("pie", Definitions(), window_days=90, as_of=date(2024, 5, 1))
    assert text == ("A customer counts as churned after 90 days without a purchase; refunds are not "
                    "counted as purchases; data up to 2024-05-01.")
    assert describe("pie", Definitions(), window_days=None, as_of=None) == (
        "Refunds are not counted as purchases; no data yet.")


def test_nps_sentence_names_the_waves():
    text = describe("nps", Definitions(), window_days=90, as_of=date(2024, 5, 1))
    assert text == ("NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100, with a 95 % "
                    "confidence interval; half-yearly waves by answer date; data up to 2024-05-01.")
