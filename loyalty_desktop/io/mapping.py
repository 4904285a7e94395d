"""Which source column feeds which field, and what kind of table a file is.

A best guess from header synonyms in en/sv/da/nl/ru (``engine/vocabulary/headers.py``);
the wizard shows it pre-filled and the owner corrects it; presets skip the question.
"""
from __future__ import annotations

import re

from ..engine.i18n import Catalogue
from ..engine.vocabulary.headers import FIELD_ORDER, field_containing, field_for_header
from ..engine.vocabulary.survey import question_field
from .numbers import CURRENCY_PATTERN

#: Survey fields whose full question text (e.g. "Varför slutade du handla hos oss?") is more
#: telling than a fragment ("varför" alone would make it a comment).
QUESTION_FIELDS = ("reason", "comment", "score", "satisfaction")

KINDS = ("transactions", "customers", "responses")

#: Fields each kind understands (beyond the engine's columns: ``time`` is glued to ``date``,
#: ``refunded`` is subtracted from ``amount``, ``first_name``/``last_name`` make ``name``,
#: ``status`` rejects failed/cancelled payments).
FIELDS = {
    "transactions": ("customer_id", "email", "phone", "name", "first_name", "last_name",
                     "date", "time", "amount", "refunded", "quantity", "unit_price",
                     "order_id", "product", "channel", "store", "currency", "status"),
    "customers": ("customer_id", "email", "phone", "name", "first_name", "last_name",
                  "signup_date"),
    "responses": ("score", "satisfaction", "comment", "reason", "date", "customer_id",
                  "email", "wave"),
}
IDENTITY_FIELDS = ("customer_id", "email", "phone", "name")

KIND_MESSAGES = Catalogue("importing", {  # translated on lookup (engine/i18n.py)
    "unknown": ("Could not tell whether this file holds sales, customers or survey answers. "
                "Choose the kind of data and map its columns."),
})


def guess_mapping(names: list[str], kind: str | None = None) -> dict[str, str]:
    """field → column from header synonyms; each column used once, exact names before fragments."""
    wanted = FIELDS[kind] if kind else tuple(dict.fromkeys(
        FIELD_ORDER + FIELDS["transactions"] + FIELDS["responses"]))
    order = tuple(f for f in FIELD_ORDER if f in wanted)
    mapping: dict[str, str] = {}
    for name in names:
        field = field_for_header(name, order) or field_for_header(without_currency(name), order)
        if field and field not in mapping:
            mapping[field] = name
    used = set(mapping.values())
    for name in names:
        field = question_field(name) if name not in used else None
        if field in QUESTION_FIELDS and field in order and field not in mapping:
            mapping[field] = name
            used.add(name)
    for name in names:
        if name in used:
            continue
        field = field_containing(name, tuple(f for f in order if f not in mapping))
        if field:
            mapping[field] = name
            used.add(name)
    if "time" in mapping and "date" not in mapping:
        mapping["date"] = mapping.pop("time")    # one "Tidspunkt" column holding date and time
    return mapping


def without_currency(header: str) -> str:
    """"Total €", "Belopp kr", "Amount SEK" → "Total", "Belopp", "Amount" (the currency is
    read from the header separately, see ``numbers.currency_in_header``)."""
    stripped = re.sub(CURRENCY_PATTERN, " ", header).strip(" -:/")
    return stripped or header


def guess_kind(mapping: dict[str, str]) -> str | None:
    """Survey scores → responses; a date and money → transactions; an identity only → customers."""
    if "score" in mapping or "satisfaction" in mapping:
        return "responses"
    has_money = "amount" in mapping or ("quantity" in mapping and "unit_price" in mapping)
    if "date" in mapping and has_money:
        return "transactions"
    if any(f in mapping for f in IDENTITY_FIELDS):
        return "customers"
    if "comment" in mapping or "reason" in mapping:
        return "responses"
    return None


def restrict(mapping: dict[str, str], kind: str, names: list[str]) -> dict[str, str]:
    """Only the fields the kind understands and columns the file really has."""
    return {f: c for f, c in mapping.items() if f in FIELDS[kind] and c in names}
