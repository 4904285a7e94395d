"""Rule semantics (SPEC §4) on a hand-made customer table: every operator, missing values,
nesting, text/date handling, and the validation messages a user reads."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from loyalty_desktop.engine.rule_fields import FIELDS, field_catalogue
from loyalty_desktop.engine.rules import (TEMPLATES, Condition, Group, PreparedTable, Rule,
                                          describe,
                                          RuleError, evaluate, rules_from_json, template,
                                          validate)

IDS = ["a", "b", "c", "d", "e"]


@pytest.fixture()
def table() -> pd.DataFrame:
    """Five customers; d has every optional value missing, e has a blank city."""
    return pd.DataFrame({
        "tenure_months": [24.0, 12.0, 3.5, np.nan, 12.0],
        "purchases": [10, 4, 1, 2, 4],
        "status": ["active", "active", "churned", None, "churned"],
        "nps_score": pd.array([10, 6, None, None, 8], dtype="Int64"),
        "city": ["Stockholm", " stockholm ", "Malmö", None, "  "],
        "signup_date": pd.to_datetime(["2023-01-15 09:30", "2024-02-01 00:00", "2024-06-30 23:59",
                                       None, "2024-02-01 18:00"], format="%Y-%m-%d %H:%M"),
        "last_purchase": pd.to_datetime(["2024-12-01", "2024-11-15", "2024-03-01",
                                         "2024-01-10", "2024-05-05"]),
    }, index=pd.Index(IDS, name="customer_id"))


def matching(table: pd.DataFrame, *conditions: dict, match: str = "all") -> list[str]:
    rule = Rule.from_json({"name": "Test", "match": match, "conditions": list(conditions)})
    mask = evaluate(rule, table)
    assert mask.dtype == bool and mask.index.equals(table.index)
    return list(mask.index[mask.to_numpy()])


# -- numeric operators ----------------------------------------------------------------------
@pytest.mark.parametrize("op, value, expected", [
    # tenure_months = a 24, b 12, c 3.5, d missing, e 12
    (">=", 12, ["a", "b", "e"]),
    (">", 12, ["a"]),
    ("<=", 12, ["b", "c", "e"]),
    ("<", 12, ["c"]),
    ("==", 12, ["b", "e"]),
    ("!=", 12, ["a", "c"]),              # d is missing → false even for "!="
    ("between", [3.5, 12], ["b", "c", "e"]),   # inclusive at both ends
    ("in", [24, 3.5], ["a", "c"]),
    ("not in", [24, 3.5], ["b", "e"]),   # d missing → false even for "not in"
])
def test_numeric_operators(table, op, value, expected):
    assert matching(table, {"field": "tenure_months", "op": op, "value": value}) == expected


def test_is_empty_is_the_only_operator_true_for_missing_numbers(table):
    assert matching(table, {"field": "tenure_months", "op": "is empty"}) == ["d"]
    assert matching(table, {"field": "tenure_months", "op": "is not empty"}) == ["a", "b", "c", "e"]


def test_nullable_integer_column_missing_values_are_false(table):
    # nps_score: a 10, b 6, c <NA>, d <NA>, e 8
    assert matching(table, {"field": "nps_score", "op": "<", "value": 9}) == ["b", "e"]
    assert matching(table, {"field": "nps_score", "op": "is empty"}) == ["c", "d"]


# -- text operators -------------------------------------------------------------------------
def test_text_equality_ignores_case_and_surrounding_spaces(table):
    assert matching(table, {"field": "city", "op": "==", "value": "STOCKHOLM"}) == ["a", "b"]
    # "!=": c (Malmö) only; d (missing) and e (blank) are missing → false
    assert matching(table, {"field": "city", "op": "!=", "value": "stockholm"}) == ["c"]


def test_text_in_not_in_and_contains(table):
    assert matching(table, {"field": "city", "op": "in", "value": ["malmö", "Lund"]}) == ["c"]
    assert matching(table, {"field": "city", "op": "not in", "value": ["malmö"]}) == ["a", "b"]
    assert matching(table, {"field": "city", "op": "contains", "value": "HOLM"}) == ["a", "b"]


def test_blank_text_counts_as_empty(table):
    assert matching(table, {"field": "city", "op": "is empty"}) == ["d", "e"]
    assert matching(table, {"field": "city", "op": "is not empty"}) == ["a", "b", "c"]


def test_status_choice(table):
    assert matching(table, {"field": "status", "op": "==", "value": "churned"}) == ["c", "e"]


# -- dates ----------------------------------------------------------------------------------
def test_dates_compare_by_calendar_day_ignoring_time(table):
    # signup_date: a 2023-01-15 09:30, b 2024-02-01, c 2024-06-30 23:59, d missing, e 2024-02-01 18:00
    assert matching(table, {"field": "signup_date", "op": "==", "value": "2024-02-01"}) == ["b", "e"]
    assert matching(table, {"field": "signup_date", "op": "<=", "value": "2024-06-30"}) == \
        ["a", "b", "c", "e"]
    assert matching(table, {"field": "signup_date", "op": "between",
                            "value": ["2024-01-01", "2024-03-01"]}) == ["b", "e"]
    assert matching(table, {"field": "signup_date", "op": ">", "value": "2024-02-01"}) == ["c"]
    assert matching(table, {"field": "signup_date", "op": "is empty"}) == ["d"]


# -- all / any / nesting --------------------------------------------------------------------
def test_all_and_any(table):
    tenure = {"field": "tenure_months", "op": ">=", "value": 12}     # a b e
    active = {"field": "status", "op": "==", "value": "active"}      # a b
    assert matching(table, tenure, active, match="all") == ["a", "b"]
    assert matching(table, tenure, active, match="any") == ["a", "b", "e"]


def test_nested_group_one_level(table):
    # purchases >= 4 (a b e) AND (nps >= 9 (a) OR nps is empty (c d)) → a
    rule = {"field": "purchases", "op": ">=", "value": 4}
    group = {"match": "any", "conditions": [{"field": "nps_score", "op": ">=", "value": 9},
                                            {"field": "nps_score", "op": "is empty"}]}
    assert matching(table, rule, group) == ["a"]
    # any: purchases >= 10 (a) OR (status active AND nps <= 6) (b) → a, b
    inner_all = {"match": "all", "conditions": [{"field": "status", "op": "==", "value": "active"},
                                                {"field": "nps_score", "op": "<=", "value": 6}]}
    assert matching(table, {"field": "purchases", "op": ">=", "value": 10}, inner_all,
                    match="any") == ["a", "b"]


def test_groups_nested_two_levels_are_rejected():
    deep = {"name": "Deep", "conditions": [{"match": "any", "conditions": [
        {"match": "all", "conditions": [{"field": "purchases", "op": ">", "value": 1}]}]}]}
    with pytest.raises(RuleError) as error:
        Rule.from_json(deep)
    assert error.value.problems == (
        'Rule "Deep", condition 1.1: groups can only be nested one level deep.',)


def test_builtin_field_absent_from_table_is_missing_for_everyone(table):
    # No survey imported → no p_alive column: "< 0.5" is false for all, "is empty" true for all.
    assert matching(table, {"field": "p_alive", "op": "<", "value": 0.5}) == []
    assert matching(table, {"field": "p_alive", "op": "is empty"}) == IDS


def test_empty_table_gives_empty_boolean_series():
    empty = pd.DataFrame({"purchases": pd.Series([], dtype="int64")},
                         index=pd.Index([], name="customer_id"))
    mask = evaluate(template("Regulars"), empty)
    assert len(mask) == 0 and mask.dtype == bool


# -- validation messages --------------------------------------------------------------------
def test_unknown_field_is_named_with_a_suggestion(table):
    rule = Rule.from_json({"name": "Big", "conditions": [
        {"field": "revenu", "op": ">", "value": 100}]})
    with pytest.raises(RuleError) as error:
        evaluate(rule, table)
    assert str(error.value) == 'Rule "Big", condition 1: unknown field "revenu". Did you mean "revenue"?'


def test_wrong_value_types_are_named():
    cases = [
        ({"field": "tenure_months", "op": ">=", "value": "twelve"},
         'Rule "R", condition 1: "tenure_months" needs a number, not "twelve".'),
        ({"field": "first_purchase", "op": ">=", "value": "31/02/2024"},
         'Rule "R", condition 1: "first_purchase" needs a date written as YYYY-MM-DD, not "31/02/2024".'),
        ({"field": "status", "op": ">=", "value": "active"},
         'Rule "R", condition 1: ">=" cannot be used with "status" (category); use one of '
         '==, !=, in, not in, contains, is empty, is not empty.'),
        ({"field": "purchases", "op": "between", "value": [10, 2]},
         'Rule "R", condition 1: "between" goes from 10 to 2; the first must not be larger.'),
        ({"field": "purchases", "op": "between", "value": 5},
         'Rule "R", condition 1: "between" needs two values [from, to], not 5.'),
        ({"field": "city", "op": "in", "value": []},
         'Rule "R", condition 1: "in" needs a list of at least one value, not [].'),
        ({"field": "purchases", "op": "is empty", "value": 3},
         'Rule "R", condition 1: "is empty" takes no value, but got 3.'),
        ({"field": "purchases", "op": "~", "value": 3},
         'Rule "R", condition 1: unknown operator "~"; use one of >=, >, <=, <, ==, !=, between, '
         'in, not in, contains, is empty, is not empty.'),
        ({"field": "purchases", "op": ">"},
         'Rule "R", condition 1: ">" needs a value.'),
    ]
    for condition, message in cases:
        with pytest.raises(RuleError) as error:
            Rule.from_json({"name": "R", "conditions": [condition]}, FIELDS)
        assert str(error.value) == message


def test_empty_rule_and_bad_match_report_every_problem_at_once():
    with pytest.raises(RuleError) as error:
        Rule.from_json({"name": " ", "match": "most", "conditions": []})
    assert error.value.problems == (
        "Unnamed rule: the rule needs a name.",
        'Unnamed rule: "match" must be "all" or "any", not "most".',
        "Unnamed rule: there are no conditions; add at least one.")


def test_duplicate_segment_names_are_rejected():
    regulars = template("Regulars").to_json()
    with pytest.raises(RuleError) as error:
        rules_from_json([regulars, {**regulars, "name": "REGULARS"}])
    assert str(error.value) == 'Two segments are called "REGULARS"; give each segment its own name.'


def test_validate_accepts_attribute_fields_from_the_table(table):
    rule = Rule("Stockholmers", "all", (Condition("city", "==", "Stockholm"),))
    assert validate(rule) == ['Rule "Stockholmers", condition 1: unknown field "city".']
    assert validate(rule, field_catalogue(table)) == []


# -- JSON -----------------------------------------------------------------------------------
def test_json_round_trip_of_every_template_and_a_nested_rule():
    nested = Rule("Mixed", "any", (
        Condition("purchases", "between", (2, 5)),
        Group("all", (Condition("city", "in", ("Lund", "Malmö")), Condition("nps_score", "is empty"))),
    ), description="why")
    for rule in [nested, *TEMPLATES.values()]:
        text = json.dumps(rule.to_json())
        assert Rule.from_json(json.loads(text)) == rule
    assert nested.to_json()["conditions"][1]["conditions"][1] == {"field": "nps_score", "op": "is empty"}


def test_spec_example_parses_and_evaluates(table):
    spec = {"name": "Loyal", "match": "all",
            "conditions": [{"field": "tenure_months", "op": ">=", "value": 12},
                           {"field": "purchases_last_365d", "op": ">=", "value": 4},
                           {"field": "nps_score", "op": ">=", "value": 9}]}
    table = table.assign(purchases_last_365d=[5, 4, 0, 9, 4])
    # tenure ≥ 12: a b e; last-year ≥ 4: a b d e; nps ≥ 9: a → a
    assert list(evaluate(Rule.from_json(spec, FIELDS), table).loc[lambda s: s].index) == ["a"]


def test_templates_are_the_ones_the_issue_asks_for():
    assert list(TEMPLATES) == ["Loyal", "Regulars", "At-risk big spenders", "Promoters",
                               "Detractors", "New this quarter", "Lapsed"]
    assert all(rule.description for rule in TEMPLATES.values())


def test_prepared_table_reuses_columns_between_rules(table):
    prepared = PreparedTable(table)
    first = evaluate(template("Lapsed"), prepared)
    second = evaluate(template("Lapsed"), prepared)
    assert first.equals(second) and list(first[first].index) == ["c", "e"]


def test_rule_in_plain_words_for_captions():
    assert describe(template("Loyal")) == (
        "Customer for at least 12 months and Purchases in the last year at least 4 purchases "
        "and Status is active and (Promoter / passive / detractor is not detractor or "
        "Would recommend (0–10) is empty)")
    assert describe(template("Detractors")) == "Would recommend (0–10) between 0–6 score 0–10"
