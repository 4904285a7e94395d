"""Survey rows → the tidy responses table (SPEC §2): one row per answer.

Scores are read from "9", "9.0" or SurveyMonkey's "10 - Extremely likely"; satisfaction from
1–5 or its words in en/sv/da/nl/ru. A row with no score, satisfaction, comment or reason is
rejected; a score outside 0–10 (or satisfaction outside 1–5) is rejected with the value.
Every other answered question is kept as a snake_case column for segmenting.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..engine.vocabulary.survey import SATISFACTION_LABELS
from .dates import parse_dates
from .errors import ImportFailed
from .rows import (REASONS, Rejections, normalise_email, normalise_ids, present, snake_case,
                   text, to_pandas_text)
from .table import RawTable
from .transactions import MESSAGES, Built, _ambiguous_example

#: Worded answers → 1…5, from the shared vocabulary (engine/vocabulary/survey.py): one list
#: for the import and the engine, in all five languages.
SATISFACTION_WORDS = SATISFACTION_LABELS


def build_responses(raw: RawTable, mapping: dict[str, str], *, file: str,
                    date_order: str | None) -> Built:
    n = raw.rows
    fields = {f: text(raw, col) for f, col in mapping.items()}
    rejections = Rejections(file, raw.excel_rows)
    answered = np.zeros(n, dtype=bool)
    for name in ("score", "satisfaction", "comment", "reason"):
        answered |= present(fields.get(name), n)
    rejections.add(~answered, None, REASONS["empty_answer"])
    scores = {}
    for name, low, high in (("score", 0, 10), ("satisfaction", 1, 5)):
        if fields.get(name) is not None:
            values = _levels(fields[name], name == "satisfaction")
            bad = present(fields[name], n) & (np.isnan(values) | (values < low) | (values > high)
                                              | (np.mod(values, 1) != 0) & ~np.isnan(values))
            rejections.add(bad, mapping[name], REASONS[f"bad_{name}"], fields[name])
            scores[name] = values
    order, dates = None, None
    if "date" in mapping:
        parsed = parse_dates(raw.columns[mapping["date"]] if fields.get("date") is None or
                             not pa.types.is_string(raw.columns[mapping["date"]].type)
                             else fields["date"], date_order)
        if parsed.ambiguous:
            raise ImportFailed(file, MESSAGES["ambiguous"].format(
                column=mapping["date"], example=_ambiguous_example(fields["date"])),
                column=mapping["date"])
        rejections.add(parsed.bad, mapping["date"], REASONS["bad_date"], fields["date"])
        dates, order = parsed.values, parsed.order
    keep = np.flatnonzero(rejections.accepted)
    take = pa.array(keep)
    frame = pd.DataFrame(index=range(len(keep)))
    for name, values in scores.items():
        frame[name] = pd.array(np.where(np.isnan(values[keep]), np.nan, values[keep]),
                               dtype="Float64").astype("Int64")
    if "score" not in frame:
        frame["score"] = pd.array([pd.NA] * len(keep), dtype="Int64")
    if fields.get("customer_id") is not None:
        frame["customer_id"] = to_pandas_text(normalise_ids(fields["customer_id"]).take(take)).to_numpy()
    if fields.get("email") is not None:
        frame["email"] = to_pandas_text(normalise_email(fields["email"]).take(take)).to_numpy()
    if dates is not None:
        frame["date"] = dates[keep]
    for name in ("comment", "reason", "wave"):
        if fields.get(name) is not None:
            frame[name] = to_pandas_text(fields[name].take(take)).to_numpy()
    used = set(mapping.values())
    for source in raw.names:
        key = snake_case(source)
        if source not in used and key not in frame.columns:
            frame[key] = to_pandas_text(text(raw, source).take(take)).to_numpy()
    return Built(table=frame, rejections=rejections, date_order=order)


def _levels(values: pa.Array, words: bool) -> np.ndarray:
    """Leading whole number ("10 - Extremely likely" → 10), or a satisfaction word."""
    lowered = pc.utf8_lower(values)
    lead = pc.struct_field(pc.extract_regex(lowered, r"^(?P<n>[+-]?\d+(?:[.,]\d+)?)"), [0])
    numbers = pc.cast(pc.replace_substring(lead, ",", "."), pa.float64())
    result = np.asarray(numbers.to_numpy(zero_copy_only=False), dtype=np.float64)
    if words:
        keys = pa.array(list(SATISFACTION_WORDS))
        levels = pa.array(list(SATISFACTION_WORDS.values()), pa.float64())
        named = pc.take(levels, pc.index_in(pc.utf8_trim_whitespace(lowered), value_set=keys))
        named = np.asarray(named.to_numpy(zero_copy_only=False), dtype=np.float64)
        result = np.where(np.isnan(result), named, result)
    return result
