"""Rules as data (SPEC §4): the Rule/Group/Condition model, its JSON, and validation.

Parsing collects *every* problem of a rule before reporting, each naming the rule, the
condition (1-based, "2.1" inside a group) and what is wrong, in words an owner can act on.
Evaluation lives in ``rule_eval.py``; ``rules.py`` is the public face of both.
"""
from __future__ import annotations

import difflib
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Mapping, Union

from .rule_fields import FIELDS, FieldInfo
from .i18n import Catalogue

MATCHES = ("all", "any")
COMPARISONS = (">=", ">", "<=", "<", "==", "!=")
OPS = COMPARISONS + ("between", "in", "not in", "contains", "is empty", "is not empty")
NO_VALUE_OPS = ("is empty", "is not empty")
LIST_OPS = ("in", "not in")

#: Every problem message a user can read from this module (English templates).
MESSAGES = Catalogue("rules", {  # translated on lookup (engine/i18n.py)
    "not_object": '{where}: expected {{"name", "match", "conditions"}}, not {value}.',
    "no_name": "{where}: the rule needs a name.",
    "bad_match": '{where}: "match" must be "all" or "any", not {value}.',
    "empty_group": "{where}: there are no conditions; add at least one.",
    "not_list": '{where}: "conditions" must be a list, not {value}.',
    "too_deep": "{where}: groups can only be nested one level deep.",
    "not_condition": ('{where}: expected a condition {{"field", "op", "value"}} or a group '
                      '{{"match", "conditions"}}, not {value}.'),
    "unknown_op": '{where}: unknown operator {value}; use one of {choices}.',
    "no_field": '{where}: the condition names no field.',
    "unknown_field": '{where}: unknown field "{field}".{hint}',
    "op_not_for_field": '{where}: "{op}" cannot be used with "{field}" ({kind}); use one of {choices}.',
    "needs_number": '{where}: "{field}" needs a number, not {value}.',
    "needs_date": '{where}: "{field}" needs a date written as YYYY-MM-DD, not {value}.',
    "needs_text": '{where}: "{field}" needs a text value, not {value}.',
    "needs_pair": '{where}: "between" needs two values [from, to], not {value}.',
    "pair_order": '{where}: "between" goes from {low} to {high}; the first must not be larger.',
    "needs_list": '{where}: "{op}" needs a list of at least one value, not {value}.',
    "no_value": '{where}: "{op}" takes no value, but got {value}.',
    "missing_value": '{where}: "{op}" needs a value.',
    "did_you_mean": ' Did you mean "{match}"?',
    "rule": 'Rule "{name}"',
    "unnamed": "Unnamed rule",
    "condition": "condition {path}",
    "duplicate": 'Two segments are called "{name}"; give each segment its own name.',
})


class RuleError(ValueError):
    """A rule cannot be used; ``problems`` lists every reason in plain words."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(" ".join(self.problems))


@dataclass(frozen=True)
class Condition:
    """``field op value``; ``value`` is a number, ISO date text, text, a pair or a list."""

    field: str
    op: str
    value: Any = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"field": self.field, "op": self.op}
        if self.op not in NO_VALUE_OPS:
            data["value"] = list(self.value) if isinstance(self.value, tuple) else self.value
        return data


@dataclass(frozen=True)
class Group:
    """Conditions joined by ``all`` or ``any``; may hold conditions only (one level)."""

    match: str
    conditions: tuple[Condition, ...]

    def to_json(self) -> dict[str, Any]:
        return {"match": self.match, "conditions": [c.to_json() for c in self.conditions]}


Item = Union[Condition, Group]


@dataclass(frozen=True)
class Rule:
    """A named rule: loyalty criteria or one segment."""

    name: str
    match: str = "all"
    conditions: tuple[Item, ...] = field(default_factory=tuple)
    description: str = ""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "match": self.match,
                                "conditions": [c.to_json() for c in self.conditions]}
        if self.description:
            data["description"] = self.description
        return data

    @classmethod
    def from_json(cls, data: Any, fields: Mapping[str, FieldInfo] | None = None) -> "Rule":
        """Parse and validate; raises :class:`RuleError` with every problem found.

        With ``fields`` (a catalogue) the field names and value types are checked too.
        """
        problems: list[str] = []
        rule = _parse_rule(data, problems)
        if rule is not None and fields is not None and not problems:
            problems.extend(check_fields(rule, fields))
        if problems or rule is None:
            raise RuleError(problems)
        return rule

    def replace(self, **changes: Any) -> "Rule":
        return Rule(**{"name": self.name, "match": self.match, "conditions": self.conditions,
                       "description": self.description, **changes})


# -- parsing -------------------------------------------------------------------------------
def _short(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f'"{value}"'
    return text if len(text) <= 40 else text[:37] + "…"


def _rule_where(name: str) -> str:
    return MESSAGES["rule"].format(name=name) if name else MESSAGES["unnamed"]


def _parse_rule(data: Any, problems: list[str]) -> Rule | None:
    if not isinstance(data, Mapping):
        problems.append(MESSAGES["not_object"].format(where=MESSAGES["unnamed"], value=_short(data)))
        return None
    raw_name = data.get("name")
    name = raw_name.strip() if isinstance(raw_name, str) else ""
    where = _rule_where(name)
    if not name:
        problems.append(MESSAGES["no_name"].format(where=where))
    match = _parse_match(data.get("match", "all"), where, problems)
    items = _parse_items(data.get("conditions"), where, "", 0, problems)
    description = data.get("description", "")
    return Rule(name, match, tuple(items), description if isinstance(description, str) else "")


def _parse_match(value: Any, where: str, problems: list[str]) -> str:
    if value in MATCHES:
        return value
    problems.append(MESSAGES["bad_match"].format(where=where, value=_short(value)))
    return "all"


def _parse_items(raw: Any, where: str, prefix: str, depth: int, problems: list[str]) -> list[Item]:
    group_where = where if not prefix else f"{where}, {MESSAGES['condition'].format(path=prefix)}"
    if raw is None or (isinstance(raw, list) and not raw):
        problems.append(MESSAGES["empty_group"].format(where=group_where))
        return []
    if not isinstance(raw, list):
        problems.append(MESSAGES["not_list"].format(where=group_where, value=_short(raw)))
        return []
    items: list[Item] = []
    for number, entry in enumerate(raw, start=1):
        path = f"{prefix}.{number}" if prefix else str(number)
        here = f"{where}, {MESSAGES['condition'].format(path=path)}"
        if isinstance(entry, Mapping) and "conditions" in entry and "field" not in entry:
            if depth >= 1:
                problems.append(MESSAGES["too_deep"].format(where=here))
                continue
            match = _parse_match(entry.get("match", "all"), here, problems)
            inner = _parse_items(entry.get("conditions"), where, path, depth + 1, problems)
            items.append(Group(match, tuple(c for c in inner if isinstance(c, Condition))))
        elif isinstance(entry, Mapping) and ("field" in entry or "op" in entry):
            condition = _parse_condition(entry, here, problems)
            if condition is not None:
                items.append(condition)
        else:
            problems.append(MESSAGES["not_condition"].format(where=here, value=_short(entry)))
    return items


def _is_scalar(value: Any) -> bool:
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, (int, float)):
        return math.isfinite(value)
    return isinstance(value, str)


def _parse_condition(entry: Mapping, where: str, problems: list[str]) -> Condition | None:
    name, op, value = entry.get("field"), entry.get("op"), entry.get("value")
    if not isinstance(name, str) or not name.strip():
        problems.append(MESSAGES["no_field"].format(where=where))
        return None
    if op not in OPS:
        problems.append(MESSAGES["unknown_op"].format(where=where, value=_short(op),
                                                      choices=", ".join(OPS)))
        return None
    before = len(problems)
    if op in NO_VALUE_OPS:
        if value not in (None, "", []):
            problems.append(MESSAGES["no_value"].format(where=where, op=op, value=_short(value)))
        value = None
    elif op == "between":
        if not (isinstance(value, (list, tuple)) and len(value) == 2
                and all(_is_scalar(v) for v in value)):
            problems.append(MESSAGES["needs_pair"].format(where=where, value=_short(value)))
        value = tuple(value) if isinstance(value, (list, tuple)) else value
    elif op in LIST_OPS:
        if not (isinstance(value, (list, tuple)) and value and all(_is_scalar(v) for v in value)):
            problems.append(MESSAGES["needs_list"].format(where=where, op=op, value=_short(value)))
        value = tuple(value) if isinstance(value, (list, tuple)) else value
    elif "value" not in entry or value is None or value == "":
        problems.append(MESSAGES["missing_value"].format(where=where, op=op))
    elif not _is_scalar(value):
        key = "needs_text" if op == "contains" else "needs_number"
        problems.append(MESSAGES[key].format(where=where, field=name, value=_short(value)))
    return Condition(name.strip(), op, value) if len(problems) == before else None


# -- field-aware checks --------------------------------------------------------------------
def _iter_conditions(rule: Rule) -> Iterable[tuple[str, Condition]]:
    for number, item in enumerate(rule.conditions, start=1):
        if isinstance(item, Group):
            for inner, condition in enumerate(item.conditions, start=1):
                yield f"{number}.{inner}", condition
        else:
            yield str(number), item


def check_fields(rule: Rule, fields: Mapping[str, FieldInfo]) -> list[str]:
    """Problems with field names, operators and value types against a catalogue."""
    problems = []
    for path, condition in _iter_conditions(rule):
        where = f"{_rule_where(rule.name)}, {MESSAGES['condition'].format(path=path)}"
        info = fields.get(condition.field)
        if info is None:
            close = difflib.get_close_matches(condition.field, list(fields), n=1)
            hint = MESSAGES["did_you_mean"].format(match=close[0]) if close else ""
            problems.append(MESSAGES["unknown_field"].format(where=where, field=condition.field,
                                                             hint=hint))
            continue
        if condition.op not in info.ops:
            problems.append(MESSAGES["op_not_for_field"].format(
                where=where, op=condition.op, field=info.name, kind=info.kind,
                choices=", ".join(info.ops)))
            continue
        problems.extend(_check_value(condition, info, where))
    return problems


def _check_value(condition: Condition, info: FieldInfo, where: str) -> list[str]:
    if condition.op in NO_VALUE_OPS:
        return []
    values = condition.value if isinstance(condition.value, tuple) else (condition.value,)
    key = {"number": "needs_number", "date": "needs_date", "category": "needs_text"}[info.kind]
    for value in values:
        if _coerce(value, info.kind) is None:
            return [MESSAGES[key].format(where=where, field=info.name, value=_short(value))]
    if condition.op == "between":
        low, high = (_coerce(v, info.kind) for v in values)
        if low > high:
            return [MESSAGES["pair_order"].format(where=where, low=values[0], high=values[1])]
    return []


def _coerce(value: Any, kind: str) -> Any:
    """The value as the field's kind compares it (float, day number, folded text) or None."""
    if kind == "number":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return float(value) if ok and math.isfinite(value) else None
    if kind == "date":
        if not isinstance(value, str):
            return None
        try:
            return date.fromisoformat(value.strip()[:10]).toordinal()
        except ValueError:
            return None
    if isinstance(value, bool) or not _is_scalar(value):
        return None
    return _fold(value)


def _fold(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip().casefold()


def validate(rule: Rule, fields: Mapping[str, FieldInfo] | None = None) -> list[str]:
    """Every problem of an already-built rule (e.g. from the form); empty list = usable."""
    problems: list[str] = []
    _parse_rule(rule.to_json(), problems)
    if not problems:
        problems.extend(check_fields(rule, fields if fields is not None else FIELDS))
    return problems


def rules_from_json(items: Iterable[Any], fields: Mapping[str, FieldInfo] | None = None) -> list[Rule]:
    """Parse a list of segment rules (the ``segments`` of the config); names must be unique."""
    rules, problems, seen = [], [], set()
    for data in items:
        try:
            rule = Rule.from_json(data, fields)
        except RuleError as error:
            problems.extend(error.problems)
            continue
        if rule.name.casefold() in seen:
            problems.append(MESSAGES["duplicate"].format(name=rule.name))
        seen.add(rule.name.casefold())
        rules.append(rule)
    if problems:
        raise RuleError(problems)
    return rules
