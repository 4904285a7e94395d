"""Hypothesis fuzz of rule JSON: whatever a config file or an old project holds, the result is
either a clear RuleError or a boolean mask — never another exception — and every rule that
parses survives a JSON round trip unchanged."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_desktop.engine.rules import OPS, Rule, RuleError, evaluate

TABLE = pd.DataFrame({
    "tenure_months": [24.0, np.nan, 3.0],
    "purchases": [5, 1, 2],
    "status": ["active", None, "churned"],
    "city": ["Lund", "", None],
    "first_purchase": pd.to_datetime(["2023-01-01", "2024-05-01", None]),
}, index=pd.Index(["a", "b", "c"], name="customer_id"))

FIELD_NAMES = ["tenure_months", "purchases", "status", "city", "first_purchase", "nps_score",
               "nope", ""]
scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12),
                    st.sampled_from(["2024-01-01", "active", "Lund", "31/02/2024"]))
values = st.one_of(scalars, st.lists(scalars, max_size=3))
conditions = st.fixed_dictionaries(
    {"field": st.one_of(st.sampled_from(FIELD_NAMES), scalars),
     "op": st.one_of(st.sampled_from(OPS), scalars)},
    optional={"value": values})
groups = st.fixed_dictionaries(
    {"match": st.one_of(st.sampled_from(["all", "any"]), scalars),
     "conditions": st.one_of(st.lists(conditions, max_size=3), scalars)})
items = st.one_of(conditions, groups, scalars,
                  st.fixed_dictionaries({"match": st.just("any"),
                                         "conditions": st.lists(groups, max_size=2)}))
# Plausible rules (what a form or a hand-edited config mostly holds), so that many parse and
# reach evaluation: right shapes, values drawn from every type.
plain_values = st.sampled_from([0, 1, 4, 12.5, -3, "active", "lund", "2024-01-01", "x",
                                [1, 5], [5, 1], ["2023-01-01", "2024-12-31"], ["Lund", "Malmö"],
                                [], None])


@st.composite
def plausible_conditions(draw):
    """Mostly a value of the shape the operator wants (pair, list, none, scalar)."""
    op = draw(st.sampled_from(OPS))
    scalar = st.sampled_from([0, 1, 4, 12.5, -3, "active", "lund", "2024-01-01", "x"])
    fitting = {"between": st.lists(scalar, min_size=2, max_size=2),
               "in": st.lists(scalar, min_size=1, max_size=3),
               "not in": st.lists(scalar, min_size=1, max_size=3),
               "is empty": st.none(), "is not empty": st.none()}.get(op, scalar)
    value = draw(st.one_of(fitting, fitting, fitting, plain_values))
    name = draw(st.sampled_from(FIELD_NAMES[:-2] + ["nope"]))
    return {"field": name, "op": op, **({} if value is None else {"value": value})}


plausible_conditions = plausible_conditions()
plausible_groups = st.builds(lambda m, c: {"match": m, "conditions": c},
                             st.sampled_from(["all", "any"]),
                             st.lists(plausible_conditions, min_size=1, max_size=3))
plausible = st.builds(lambda n, m, c: {"name": n, "match": m, "conditions": c},
                      st.sampled_from(["Loyal", "Regulars", "x"]), st.sampled_from(["all", "any"]),
                      st.lists(st.one_of(plausible_conditions, plausible_groups),
                               min_size=1, max_size=4))

rules = st.one_of(
    plausible, plausible,
    st.fixed_dictionaries(
        {"name": st.one_of(st.text(max_size=8), scalars),
         "conditions": st.one_of(st.lists(items, max_size=4), scalars)},
        optional={"match": st.one_of(st.sampled_from(["all", "any"]), scalars),
                  "description": scalars}),
    values)


@settings(max_examples=400, deadline=None)
@given(rules)
def test_any_json_gives_a_validation_error_or_a_boolean_mask(data):
    try:
        rule = Rule.from_json(data)
    except RuleError as error:
        assert error.problems and all(isinstance(p, str) and p for p in error.problems)
        return
    assert Rule.from_json(json.loads(json.dumps(rule.to_json()))) == rule
    try:
        mask = evaluate(rule, TABLE)
    except RuleError as error:
        assert error.problems and all(p.startswith(("Rule ", "Unnamed")) for p in error.problems)
        return
    assert mask.dtype == bool and mask.index.equals(TABLE.index)
