"""Joining survey answers to customers, and the feedback fields the rule engine reads.

What customers *say* is only useful next to what they *do* (issue 7), so every answer is
matched to a customer: first by customer id, else by e-mail (lower-cased, trimmed, NFKC —
"Anna@Shop.SE " is anna@shop.se). The match rate is always reported; unmatched answers still
count for NPS, they only drop out of the analyses that need purchases.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable, Iterable

import pandas as pd

from .nps import nps_category
from .vocabulary.headers import normalise_header
from .vocabulary.survey import SATISFACTION_LABELS, question_field
from .i18n import Catalogue

TEXTS = Catalogue("responses", {  # translated on lookup (engine/i18n.py)
    "join_summary": ("{matched:,} of {n:,} answers ({rate:.0%}) matched a customer: {by_id:,} by "
                     "customer id, {by_email:,} by e-mail. Unmatched answers still count for NPS."),
    "no_answers": "There are no survey answers to match.",
})


def normalise_email(values: pd.Series) -> pd.Series:
    """Lower-cased, trimmed, Unicode-normalised e-mail; anything without one '@' → missing."""
    text = values.astype("string").str.strip().str.lower()
    text = text.map(lambda v: unicodedata.normalize("NFKC", v) if isinstance(v, str) else v,
                    na_action="ignore").astype("string")
    text = text.str.removeprefix("mailto:")
    valid = text.str.count("@").eq(1) & ~text.str.contains(r"\s", regex=True)
    return text.where(valid.fillna(False).astype(bool))


def normalise_customer_id(values: pd.Series) -> pd.Series:
    """Trimmed id text; '17850.0' (a number that went through a float) → '17850'; '' → missing."""
    text = values.astype("string").str.strip()
    text = text.str.replace(r"^(\d+)\.0+$", r"\1", regex=True)
    return text.mask(text == "")


@dataclass(frozen=True)
class ResponseJoin:
    """Answers with the customer each one belongs to (``customer_id``, missing if unmatched)
    and how it was matched (``matched_by``: 'customer_id' | 'email' | missing)."""

    responses: pd.DataFrame
    n: int
    by_id: int
    by_email: int

    @property
    def matched(self) -> int:
        return self.by_id + self.by_email

    @property
    def match_rate(self) -> float | None:
        return self.matched / self.n if self.n else None

    @property
    def sentence(self) -> str:
        if not self.n:
            return TEXTS["no_answers"]
        return TEXTS["join_summary"].format(matched=self.matched, n=self.n, rate=self.match_rate,
                                            by_id=self.by_id, by_email=self.by_email)

    def to_json(self) -> dict[str, Any]:
        return {"answers": self.n, "matched": self.matched, "matched_by_customer_id": self.by_id,
                "matched_by_email": self.by_email, "match_rate": self.match_rate,
                "sentence": self.sentence}


def _email_lookup(customers: pd.DataFrame | None, transactions: pd.DataFrame | None,
                  known_ids: pd.Index) -> dict[str, str]:
    """Normalised e-mail → customer id, from the customer list, the orders, and ids that are
    themselves e-mails (SPEC §2 identity falls back to the e-mail when there is no id)."""
    pairs = []
    for table in (transactions, customers):
        if table is None or "email" not in table:
            continue
        ids = table.index if "customer_id" not in table else table["customer_id"]
        pairs.append(pd.DataFrame({"email": normalise_email(table["email"]).to_numpy(),
                                   "customer_id": normalise_customer_id(pd.Series(ids)).to_numpy()}))
    ids = pd.Series(known_ids, dtype="string")
    pairs.append(pd.DataFrame({"email": normalise_email(ids).to_numpy(), "customer_id": ids.to_numpy()}))
    table = pd.concat(pairs, ignore_index=True).dropna()
    # the customer list wins over orders: it is the later-added frame, so keep the last one
    return dict(zip(table["email"], table["customer_id"]))


def _known_ids(customers: pd.DataFrame | None, transactions: pd.DataFrame | None) -> pd.Index:
    parts: list[Iterable[Any]] = []
    if customers is not None and len(customers):
        parts.append(customers["customer_id"] if "customer_id" in customers else customers.index)
    if transactions is not None and len(transactions) and "customer_id" in transactions:
        parts.append(transactions["customer_id"])
    if not parts:
        return pd.Index([], dtype="string")
    ids = normalise_customer_id(pd.Series(pd.concat([pd.Series(list(p), dtype="string")
                                                     for p in parts])))
    return pd.Index(ids.dropna().unique(), dtype="string")


def join_responses(responses: pd.DataFrame, customers: pd.DataFrame | None = None,
                   transactions: pd.DataFrame | None = None) -> ResponseJoin:
    """Match each answer to a known customer (in ``customers`` — index or column
    ``customer_id`` — or in ``transactions``): by id first, then by normalised e-mail.

    The returned table keeps every answer, in order, with the respondent's id column
    replaced by the matched id (missing when unmatched) and the original in ``respondent_id``."""
    out = responses.copy()
    known = _known_ids(customers, transactions)
    matched = pd.Series(pd.NA, index=out.index, dtype="string")
    how = pd.Series(pd.NA, index=out.index, dtype="string")
    if "customer_id" in out:
        out["respondent_id"] = out["customer_id"]
        ids = normalise_customer_id(out["customer_id"])
        hit = ids.isin(known).fillna(False).astype(bool)
        matched[hit], how[hit] = ids[hit], "customer_id"
    if "email" in out:
        lookup = _email_lookup(customers, transactions, known)
        by_mail = normalise_email(out["email"]).map(lookup).astype("string")
        hit = matched.isna() & by_mail.notna()
        matched[hit], how[hit] = by_mail[hit], "email"
    out["customer_id"], out["matched_by"] = matched, how
    return ResponseJoin(out, len(out), int((how == "customer_id").sum()),
                        int((how == "email").sum()))


def _latest(responses: pd.DataFrame, column: str) -> pd.Series:
    """Per customer, the last non-missing value of ``column`` (by date, then file order)."""
    frame = responses.loc[responses["customer_id"].notna() & responses[column].notna()]
    frame = frame.assign(_order=range(len(frame)))
    keys = ["date", "_order"] if "date" in frame else ["_order"]
    frame = frame.sort_values(keys, na_position="first", kind="stable")
    return frame.groupby("customer_id", sort=False)[column].last()


def customer_feedback_columns(responses: pd.DataFrame, customers_index: pd.Index) -> pd.DataFrame:
    """``nps_score`` (latest 0–10), ``nps_category`` and ``satisfaction`` (latest 1–5) per
    customer, for the rule engine (SPEC §4). ``responses`` must already carry the matched
    ``customer_id`` (see :func:`join_responses`); customers who never answered get missing
    values, so a condition on them is false."""
    out = pd.DataFrame(index=pd.Index(customers_index, name="customer_id"))
    out["nps_score"] = pd.Series(pd.NA, index=out.index, dtype="Int64")
    out["satisfaction"] = pd.Series(pd.NA, index=out.index, dtype="Int64")
    if "customer_id" in responses and len(responses):
        for column, target in (("score", "nps_score"), ("satisfaction", "satisfaction")):
            if column in responses:
                latest = pd.to_numeric(_latest(responses, column), errors="coerce")
                out[target] = latest.reindex(out.index).round().astype("Int64")
    out["nps_category"] = nps_category(out["nps_score"])
    return out[["nps_score", "nps_category", "satisfaction"]]


# --- survey exports (Google Forms, SurveyMonkey, Typeform …) → the responses table ------------
SURVEY_TEXTS = Catalogue("responses", {  # translated on lookup (engine/i18n.py)
    "not_score": "“{value}” is not a score from {low} to {high}",
    "not_date": "“{value}” is not a date and time",
})
#: a score/satisfaction column must parse in at least this share of its filled cells,
#: otherwise it is free text that merely mentions the word ("How could we satisfy you more?")
MIN_PARSED_SHARE = 0.5
_LEADING_NUMBER = re.compile(r"^\s*(\d{1,2})(?:[.,]0+)?(?:\s*[-–—:(]|\s*$)")
_TRAILING_NUMBER = re.compile(r"[-–—:(\s](\d{1,2})\)?\s*$")


def parse_scale(values: pd.Series, low: int, high: int,
                labels: dict[str, int] | None = None) -> tuple[pd.Series, pd.Series]:
    """(Int64 answers, mask of filled cells that are not on the scale).

    Accepts numbers, '10 - Extremely likely', 'Extremely likely - 10', '5 (Very satisfied)'
    and worded answers in ``labels`` ('Mycket nöjd' → 5). Blank cells are no answer."""
    text = values.astype("string").str.strip()
    blank = text.isna() | (text == "")
    numbers = pd.to_numeric(text, errors="coerce")
    lead = pd.to_numeric(text.str.extract(_LEADING_NUMBER, expand=False), errors="coerce")
    trail = pd.to_numeric(text.str.extract(_TRAILING_NUMBER, expand=False), errors="coerce")
    worded = text.map(lambda v: (labels or {}).get(normalise_header(v)) if isinstance(v, str)
                      else None, na_action="ignore")
    parsed = numbers.fillna(lead).fillna(trail).fillna(pd.to_numeric(worded, errors="coerce"))
    ok = parsed.notna() & (parsed == parsed.round()) & parsed.between(low, high)
    answers = parsed.where(ok).round().astype("Int64")
    return answers, (~blank & ~ok).astype(bool)


@dataclass(frozen=True)
class SurveyTable:
    """A survey export read as responses: the tidy table, which header became which field,
    and the cells that could not be used (row as Excel shows it, column header, reason)."""

    responses: pd.DataFrame
    mapping: dict[str, list[str]]
    problems: pd.DataFrame   # row, column, value, reason


def detect_survey_columns(frame: pd.DataFrame) -> dict[str, list[str]]:
    """Field → source headers, from the question texts (any of the five languages), with
    score/satisfaction columns checked against their values (see MIN_PARSED_SHARE)."""
    mapping: dict[str, list[str]] = {}
    for header in frame.columns:
        field = question_field(header)
        if field in ("score", "satisfaction"):
            low, high = (0, 10) if field == "score" else (1, 5)
            labels = SATISFACTION_LABELS if field == "satisfaction" else None
            answers, bad = parse_scale(frame[header], low, high, labels)
            filled = int(answers.notna().sum() + bad.sum())
            if filled and answers.notna().sum() / filled < MIN_PARSED_SHARE:
                field = "comment"
        if field is not None:
            mapping.setdefault(field, []).append(str(header))
    return mapping


DateParser = Callable[[pd.Series], tuple[pd.Series, pd.Series]]


def survey_to_responses(frame: pd.DataFrame, mapping: dict[str, list[str]] | None = None,
                        first_data_row: int = 2,
                        parse_dates: DateParser | None = None) -> SurveyTable:
    """The responses table of ``engine.data`` from a raw survey export (all cells as read).

    ``mapping`` (field → headers) overrides the detection; several comment columns are joined
    with ' / '. ``first_data_row`` is the Excel row of the first answer (2 below one header).
    ``parse_dates`` (values → (datetimes, bad mask)) defaults to :func:`year_first_timestamps`."""
    mapping = mapping or detect_survey_columns(frame)
    out = pd.DataFrame(index=frame.index)
    problems: list[dict[str, Any]] = []
    rows = pd.Series(range(first_data_row, first_data_row + len(frame)), index=frame.index)
    for field, (low, high, labels) in {"score": (0, 10, None),
                                       "satisfaction": (1, 5, SATISFACTION_LABELS)}.items():
        if field in mapping:
            header = mapping[field][0]
            out[field], bad = parse_scale(frame[header], low, high, labels)
            problems += [{"row": int(rows[i]), "column": header, "value": str(frame.at[i, header]),
                          "reason": SURVEY_TEXTS["not_score"].format(
                              value=frame.at[i, header], low=low, high=high)}
                         for i in frame.index[bad]]
    for field in ("comment", "reason", "email", "customer_id", "wave", "respondent_id"):
        if field in mapping:
            parts = [frame[h].astype("string").str.strip() for h in mapping[field]]
            parts = [p.mask(p == "") for p in parts]
            joined = parts[0]
            for extra in parts[1:]:
                joined = joined.str.cat(extra, sep=" / ", na_rep="").str.strip(" /")
                joined = joined.mask(joined == "")
            out[field] = joined
    if "date" in mapping:
        header = mapping["date"][0]
        out["date"], bad = (parse_dates or year_first_timestamps)(frame[header])
        problems += [{"row": int(rows[i]), "column": header, "value": str(frame.at[i, header]),
                      "reason": SURVEY_TEXTS["not_date"].format(value=frame.at[i, header])}
                     for i in frame.index[bad]]
    return SurveyTable(out, mapping, pd.DataFrame(problems, columns=["row", "column", "value",
                                                                      "reason"]))


def year_first_timestamps(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(naive datetimes, mask of filled cells that are not dates) for datetime columns and
    year-first text ('2024-03-05 10:12:13', Typeform's UTC stamps, '2024/03/05 10:12 GMT+1').

    Day/month-first text needs a decision over the whole column (SPEC §2.1), which io's date
    detection makes: io passes its own parser as ``parse_dates`` to survey_to_responses."""
    if pd.api.types.is_datetime64_any_dtype(values):
        naive = values.dt.tz_localize(None) if values.dt.tz is not None else values
        return naive.astype("datetime64[ns]"), pd.Series(False, index=values.index)
    text = values.astype("string").str.strip()
    # the wall-clock time as written is kept; an offset or zone name is dropped
    text = text.str.replace(r"\s*\(?(GMT|UTC)\s*([+-]\d{1,2}(:?\d\d)?)?\)?$", "", regex=True)
    text = text.str.replace(r"(?<=\d)(Z|[+-]\d\d:?\d\d)$", "", regex=True)
    year_first = text.str.match(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)").fillna(False).astype(bool)
    norm = text.where(year_first).str.replace(r"[/.](?=\d)", "-", regex=True)
    parsed = pd.to_datetime(norm, errors="coerce", format="mixed").astype("datetime64[ns]")
    blank = text.isna() | (text == "")
    return parsed, (parsed.isna() & ~blank).astype(bool)
