"""Loyalty criteria and segment rules (SPEC §4): model, JSON, validation, vectorised evaluation.

A rule is what the owner builds in a form, e.g. "Loyal: customer for ≥ 12 months AND ≥ 4
purchases in the last year". It is stored as JSON in the project and in ``--config``::

    {"name": "Loyal", "match": "all",
     "conditions": [{"field": "tenure_months", "op": ">=", "value": 12},
                    {"match": "any", "conditions": [...]}]}      # a group, one level deep

Semantics (SPEC §4):
* ``match`` is ``all`` (every condition) or ``any`` (at least one); groups nest one level.
* A condition on a *missing* value is false — also for ``!=`` and ``not in`` — except
  ``is empty``. Blank text counts as missing. A built-in field the table lacks (no survey
  imported yet → no ``nps_score``) is missing for everyone, so saved rules stay valid.
* Text comparisons ignore case and surrounding spaces ("Stockholm" = " stockholm").
* Dates compare by calendar day (time of day never matters, SPEC §3); ``between`` is
  inclusive at both ends.

Evaluation works on whole columns (numpy), never row by row: a 5-condition rule on
100,000 customers takes a few milliseconds. :class:`PreparedTable` caches the per-column
arrays so re-evaluating every segment after an edit reuses them.
"""
from __future__ import annotations

from typing import Mapping

from .i18n import Catalogue
from .labels import value_label
from .rule_eval import PreparedTable, evaluate
from .rule_fields import FIELDS, OPS_BY_KIND, FieldInfo, field_catalogue, shown
from .rule_model import (LIST_OPS, MATCHES, MESSAGES, NO_VALUE_OPS, OPS, Condition, Group,
                         Item, Rule, RuleError, check_fields, rules_from_json, validate)
from .rule_templates import TEMPLATE_JSON

#: Words for each operator in a rule read aloud (captions, PDF): "{field} {op} {value}".
#: Translated on lookup (engine/i18n.py), like the field labels (rule_fields.shown).
OP_WORDS = Catalogue("rules", {">=": "at least", ">": "more than", "<=": "at most",
                               "<": "less than", "==": "is", "!=": "is not",
                               "between": "between", "in": "is one of", "not in": "is none of",
                               "contains": "contains", "is empty": "is empty",
                               "is not empty": "is known"})
JOIN_WORDS = Catalogue("rules", {"all": " and ", "any": " or "})


def describe(rule: Rule, fields: Mapping[str, FieldInfo] | None = None) -> str:
    """The rule in plain words for captions: "Customer for at least 12 months and …"."""
    fields = fields if fields is not None else FIELDS

    def value_words(condition: Condition) -> str:
        if condition.op in NO_VALUE_OPS:
            return ""
        if condition.op == "between":
            return f" {condition.value[0]}–{condition.value[1]}"
        if isinstance(condition.value, tuple):
            return " " + ", ".join(value_label(condition.field, v) for v in condition.value)
        return f" {value_label(condition.field, condition.value)}"

    def one(condition: Condition) -> str:
        info = fields.get(condition.field)
        label = shown(info.label) if info is not None else condition.field
        unit = f" {shown(info.unit)}" if info is not None and info.unit and info.unit != "money" \
            and condition.op not in NO_VALUE_OPS else ""
        return f"{label} {OP_WORDS[condition.op]}{value_words(condition)}{unit}"

    parts = [("(" + JOIN_WORDS[item.match].join(one(c) for c in item.conditions) + ")")
             if isinstance(item, Group) else one(item) for item in rule.conditions]
    return JOIN_WORDS[rule.match].join(parts)


#: Ready-made rules to start from (JSON in ``rule_templates.py``), by name.
TEMPLATES: Mapping[str, Rule] = {data["name"]: Rule.from_json(data, FIELDS)
                                 for data in TEMPLATE_JSON}


def template(name: str) -> Rule:
    """A fresh copy of a template rule by its name (e.g. "Regulars")."""
    return TEMPLATES[name]


__all__ = ["Condition", "Group", "Item", "Rule", "RuleError", "PreparedTable", "evaluate",
           "validate", "describe", "check_fields", "rules_from_json", "FIELDS", "FieldInfo",
           "field_catalogue", "OPS", "OPS_BY_KIND", "MATCHES", "NO_VALUE_OPS", "LIST_OPS",
           "MESSAGES", "TEMPLATES", "template"]
