"""Dates as exports write them, with the day/month order decided from the whole column.

Handles ISO, compact ``yyyymmdd``, ``dd.mm.yyyy``, ``dd-mm-yyyy``, ``dd/mm/yyyy`` vs
``mm/dd/yyyy``, two-digit years, times with seconds or AM/PM, time-zone suffixes, Excel serial
numbers, and month names in en/sv/da/nl/ru ("7 dec. 2025", "Dec 7, 2025", "7 января 2025").

Order rule: if any value's first number is above 12 the column is day-first, if any value's
second number is, month-first; dotted dates (``05.03.2024``) are day-first, as every locale
that writes dots puts the day first; otherwise the column is *ambiguous* and the caller must ask
(the wizard) or be told (``date_order`` in the CLI config). Never guessed silently.

Time-zone rule: the wall-clock time written in the file is kept and the offset dropped
("2025-12-07 19:08:25 +0100" → 19:08:25). Shop systems export in the shop's own zone, so
this is the local time the owner knows; converting to UTC would move late-evening sales to
the next day.

Work is done on the distinct values only (a million rows usually hold a few thousand dates),
then spread back with the dictionary indices.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .strings import may_need_trim, run_starts

MONTHS = {
    # en
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # sv / da (shared forms listed once)
    "januari": 1, "februari": 2, "mars": 3, "maj": 5, "juni": 6, "juli": 7, "augusti": 8,
    "oktober": 10, "okt": 10, "marts": 3, "januar": 1, "februar": 2, "august": 8,
    # nl
    "maart": 3, "mei": 5, "augustus": 8, "mrt": 3,
    # ru (nominative, genitive, abbreviations)
    "январь": 1, "января": 1, "янв": 1, "февраль": 2, "февраля": 2, "фев": 2, "март": 3,
    "марта": 3, "мар": 3, "апрель": 4, "апреля": 4, "апр": 4, "май": 5, "мая": 5, "июнь": 6,
    "июня": 6, "июн": 6, "июль": 7, "июля": 7, "июл": 7, "август": 8, "августа": 8, "авг": 8,
    "сентябрь": 9, "сентября": 9, "сен": 9, "сент": 9, "октябрь": 10, "октября": 10,
    "окт": 10, "ноябрь": 11, "ноября": 11, "ноя": 11, "декабрь": 12, "декабря": 12, "дек": 12,
}
_NUMERIC = (r"^(?P<a>\d{1,4})[./\-](?P<b>\d{1,2})[./\-](?P<c>\d{1,4})"
            r"(?:[ T,]+(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2})(?:[.,]\d+)?)?"
            r"\s*(?P<p>[AaPp]\.?[Mm]\.?)?)?$")
_TZ = (r"(\d:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:\s*[AaPp]\.?[Mm]\.?)?)\s*"
       r"(?:\(?(?:UTC|GMT|Z)\)?)?\s*(?:[+-]\d{1,2}(?::?\d{2})?)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})(.*)$")
_MONTH_FIRST = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(.*)$")
EXCEL_EPOCH = np.datetime64("1899-12-30")
RUNS_MIN_ROWS = 10_000


class Dates:
    """Parsed dates (naive datetime64[ns], NaT where empty or bad) and how they were read.

    ``order``: "dmy" | "mdy" | "ymd" | None (typed cells); ``ambiguous``: the day/month order
    cannot be told from the data. A column sorted by date may be given as one value per run
    of equal cells (``runs``: each run's first row); it is spread out to every row only when
    ``values`` is read — the tidy table needs the dates of the orders' first rows only
    (:meth:`at`), and a million-row ``datetime64`` array is 8 MB of fresh memory."""

    def __init__(self, values: np.ndarray, bad: np.ndarray, order: str | None = None,
                 ambiguous: bool = False, runs: np.ndarray | None = None) -> None:
        self._values, self.bad, self.order, self.ambiguous = values, bad, order, ambiguous
        self.runs = runs

    @property
    def values(self) -> np.ndarray:
        if self.runs is not None:
            self._values = np.repeat(self._values, np.diff(np.append(self.runs, len(self.bad))))
            self.runs = None
        return self._values

    def at(self, positions: np.ndarray) -> np.ndarray:
        """The dates of the rows at ``positions``."""
        if self.runs is None:
            return self._values[positions]
        if len(positions) > 1 and (positions[1:] > positions[:-1]).all():
            # Ascending rows: count the rows per run (a search per run, not per row).
            bounds = np.searchsorted(positions, self.runs)
            return np.repeat(self._values, np.diff(np.append(bounds, len(positions))))
        return self._values[np.searchsorted(self.runs, positions, side="right") - 1]

    def empty(self) -> np.ndarray:
        """True where a row has no date and it is not a bad one (an empty cell)."""
        if self.runs is None:
            return np.isnat(self._values) & ~self.bad
        empty = np.isnat(self._values)
        if not empty.any():
            return np.zeros(len(self.bad), dtype=bool)
        return np.repeat(empty, np.diff(np.append(self.runs, len(self.bad)))) & ~self.bad


def parse_dates(column: pa.Array, date_order: str | None = None, *,
                trimmed: bool = False) -> Dates:
    """Parse a date column; see the module docstring for the rules (``trimmed``: the
    caller already removed surrounding whitespace)."""
    if pa.types.is_timestamp(column.type) or pa.types.is_date(column.type):
        values = column.cast(pa.timestamp("ns")).to_numpy(zero_copy_only=False)
        return Dates(values=values.astype("datetime64[ns]"), bad=np.zeros(len(column), bool))
    if pa.types.is_floating(column.type) or pa.types.is_integer(column.type):
        return _from_numbers(np.asarray(column.cast(pa.float64()).to_numpy(zero_copy_only=False)))
    text = column.cast(pa.string())
    if not trimmed and may_need_trim(text):
        text = pc.utf8_trim_whitespace(text)
    starts = run_starts(text) if len(text) > RUNS_MIN_ROWS else None
    if starts is not None and int(starts.sum()) * 4 <= len(text):
        # Sorted exports repeat each date over many rows: parse one value per run.
        heads = parse_dates(text.filter(pa.array(starts)), date_order, trimmed=True)
        firsts = np.flatnonzero(starts)
        return Dates(heads.values, bad=np.repeat(heads.bad, np.diff(np.append(firsts, len(text)))),
                     order=heads.order, ambiguous=heads.ambiguous, runs=firsts)
    encoded = pc.dictionary_encode(text)
    if isinstance(encoded, pa.ChunkedArray):
        encoded = encoded.combine_chunks()
    unique = encoded.dictionary
    parsed = _parse_unique(unique, date_order)
    indices = encoded.indices.to_numpy(zero_copy_only=False)
    nulls = np.asarray(pc.is_null(encoded.indices).to_numpy(zero_copy_only=False), bool)
    safe = np.where(nulls, 0, indices).astype(np.int64)
    if len(unique) == 0:
        return Dates(values=np.full(len(text), np.datetime64("NaT"), "datetime64[ns]"),
                     bad=np.zeros(len(text), bool))
    values = parsed.values[safe]
    bad = parsed.bad[safe] & ~nulls
    values[nulls] = np.datetime64("NaT")
    return Dates(values=values, bad=bad, order=parsed.order, ambiguous=parsed.ambiguous)


def _from_numbers(numbers: np.ndarray) -> Dates:
    """yyyymmdd stored as a number, or Excel serial day numbers (1900 date system)."""
    finite = np.isfinite(numbers)
    compact = finite & (numbers >= 19000101) & (numbers <= 21001231) & (numbers % 1 == 0)
    values = np.full(len(numbers), np.datetime64("NaT"), "datetime64[ns]")
    if compact[finite].all() and compact.any():
        text = pd.Series(numbers[compact].astype(np.int64).astype(str))
        values[compact] = pd.to_datetime(text, format="%Y%m%d", errors="coerce").to_numpy()
    else:
        serial = finite & (numbers > 0) & (numbers < 2958466)
        nanos = np.round(numbers[serial] * 86400e9).astype(np.int64)
        values[serial] = EXCEL_EPOCH.astype("datetime64[ns]") + nanos.astype("timedelta64[ns]")
    bad = finite & np.isnat(values)
    return Dates(values=values, bad=bad, order="ymd")


def _spell_out_months(text: str) -> str:
    """"7 dec. 2025 10:00" / "Dec 7, 2025" / "7 января 2025 г." → "2025-12-07 10:00"."""
    value = text.strip().lower().replace(" г.", "").replace("г.", "")
    for pattern, day_group, month_group in ((_DAY_FIRST, 1, 2), (_MONTH_FIRST, 2, 1)):
        match = pattern.match(value)
        if match and match.group(month_group).rstrip(".") in MONTHS:
            month = MONTHS[match.group(month_group).rstrip(".")]
            day = int(match.group(day_group))
            return f"{match.group(3)}-{month:02d}-{day:02d}{match.group(4)}"
    return text


def _parse_unique(unique: pa.Array, date_order: str | None) -> Dates:
    dotted = _dotted_day_first(unique, date_order)
    if dotted is not None:
        return dotted
    text = pc.replace_substring_regex(unique, _TZ, r"\1")
    if _count(text, r"[^\W\d_]{3}") and _count(text, r"[^\W\d_]{3}") > _count(text, r"[Tt]\d"):
        text = pa.array([_spell_out_months(v) if v is not None else None
                         for v in text.to_pylist()], pa.string())
    if len(text) and _count(text, r"^\d{8}$") == len(text) - text.null_count:
        stamps = pc.strptime(text, format="%Y%m%d", unit="ns", error_is_null=True)
        # Arrow's strptime rolls 19970231 over to 3 March: keep only exact round trips.
        same = pc.fill_null(pc.equal(pc.strftime(stamps, format="%Y%m%d"), text), False)
        stamps = pc.if_else(same, stamps, pa.scalar(None, pa.timestamp("ns")))
        return _finish(stamps.to_numpy(zero_copy_only=False), text, "ymd", False)
    if _count(text, r"^\d{5}(\.\d+)?$") == len(text) - text.null_count and len(text):
        numbers = pc.cast(text, pa.float64()).to_numpy(zero_copy_only=False)
        return _from_numbers(np.asarray(numbers, dtype=np.float64))
    parts = pc.extract_regex(text, _NUMERIC)
    fields = {name: _ints(pc.struct_field(parts, [i])) for i, name in
              enumerate(("a", "b", "c", "H", "M", "S"))}
    pm = pc.fill_null(pc.match_substring_regex(pc.struct_field(parts, [6]), "^[Pp]"), False)
    am = pc.fill_null(pc.match_substring_regex(pc.struct_field(parts, [6]), "^[Aa]"), False)
    a_len = pc.utf8_length(pc.struct_field(parts, [0])).to_numpy(zero_copy_only=False)
    a, b, c = fields["a"], fields["b"], fields["c"]
    year_first = np.nan_to_num(a_len, nan=0) >= 3
    dotted = _count(text, r"^\d{1,2}\.\d{1,2}\.\d") == _count(text, r"^\d{1,2}\D\d{1,2}\D\d")
    order, ambiguous = _decide_order(a, b, year_first, date_order, dotted)
    if order == "mdy":
        year, month, day = c, a, b
    else:
        year, month, day = c, b, a
    year = np.where(year_first, a, year)
    month = np.where(year_first, b, month)
    day = np.where(year_first, c, day)
    year = np.where(year < 100, np.where(year < 70, year + 2000, year + 1900), year)
    hour = np.nan_to_num(fields["H"], nan=0)
    hour = np.where(np.asarray(pm, bool) & (hour < 12), hour + 12, hour)
    hour = np.where(np.asarray(am, bool) & (hour == 12), 0, hour)
    frame = pd.DataFrame({"year": year, "month": month, "day": day, "hour": hour,
                          "minute": np.nan_to_num(fields["M"], nan=0),
                          "second": np.nan_to_num(fields["S"], nan=0)})
    ok = frame.notna().all(axis=1) & frame["year"].between(1900, 2200)
    stamps = np.full(len(frame), np.datetime64("NaT"), "datetime64[ns]")
    if ok.any():
        stamps[ok.to_numpy()] = pd.to_datetime(frame[ok].astype(np.int64), errors="coerce").to_numpy()
    day_month = ~year_first & ~np.isnan(a)
    return _finish(stamps, text, order if day_month.any() else "ymd", ambiguous)


def _dotted_day_first(text: pa.Array, date_order: str | None) -> Dates | None:
    """The common European "dd.mm.yyyy", when every value is written so and is a real day of
    1900…2200: one strict parse (an exact round trip, since Arrow's strptime rolls 31.02
    over to March) instead of the general path. None sends the column down the general
    path — which gives the same dates, and decides what to do with the others."""
    valid = len(text) - text.null_count
    if not valid or date_order not in (None, "dmy") or _count(
            text, r"^\d{2}\.\d{2}\.(19|2[01])\d{2}$|^\d{2}\.\d{2}\.2200$") != valid:
        return None
    stamps = pc.strptime(text, format="%d.%m.%Y", unit="ns", error_is_null=True)
    same = pc.equal(pc.strftime(stamps, format="%d.%m.%Y"), text)
    if stamps.null_count != text.null_count or not pc.all(same).as_py():
        return None
    return _finish(stamps.to_numpy(zero_copy_only=False), text, "dmy", False)


def _decide_order(a: np.ndarray, b: np.ndarray, year_first: np.ndarray,
                  date_order: str | None, dotted: bool = False) -> tuple[str, bool]:
    candidates = ~year_first & ~np.isnan(a) & ~np.isnan(b)
    if not candidates.any():
        return date_order or "dmy", False
    first, second = a[candidates], b[candidates]
    day_first, month_first = bool((first > 12).any()), bool((second > 12).any())
    if day_first != month_first:
        return ("dmy" if day_first else "mdy"), False
    if date_order in ("dmy", "mdy"):
        return date_order, False
    if not day_first and (first == second).all():
        return "dmy", False            # 01/01, 02/02 …: both orders give the same dates
    if dotted and not month_first:
        return "dmy", False            # nobody writes month-first with dots (12.31.2024)
    return "dmy", True


def _finish(stamps: np.ndarray, text: pa.Array, order: str, ambiguous: bool) -> Dates:
    values = np.asarray(stamps).astype("datetime64[ns]")
    present = ~np.asarray(pc.fill_null(pc.equal(text, ""), True).to_numpy(zero_copy_only=False), bool)
    return Dates(values=values, bad=present & np.isnat(values), order=order, ambiguous=ambiguous)


def _ints(column: pa.Array) -> np.ndarray:
    blank = pc.fill_null(pc.equal(column, ""), True)
    numbers = pc.cast(pc.if_else(blank, pa.scalar(None, pa.string()), column), pa.float64())
    return np.asarray(numbers.to_numpy(zero_copy_only=False), dtype=np.float64)


def _count(column: pa.Array, pattern: str) -> int:
    return int(pc.sum(pc.match_substring_regex(column, pattern)).as_py() or 0)


#: Single-format patterns pyarrow can parse while reading (the fast path for big files).
_SIMPLE_FORMATS = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "%Y-%m-%d"),
    (re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$"), "%Y-%m-%d %H:%M:%S"),
    (re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$"), "%Y-%m-%d %H:%M"),
    (re.compile(r"^\d{2}\.\d{2}\.\d{4}$"), "%d.%m.%Y"),
    (re.compile(r"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$"), "%d.%m.%Y %H:%M"),
    (re.compile(r"^(19|20)\d{6}$"), "%Y%m%d"),
)
_SLASHED = re.compile(r"^\d{2}([/-])\d{2}\1\d{4}$")


#: Formats the CSV reader's strict built-in ISO-8601 parser handles. Arrow's strptime-based
#: parsers silently roll invalid dates over (31.02.2024 → 2 March), so only these are used
#: while reading; every other format is parsed from text, strictly, after reading.
ISO_FORMATS = ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M")


def simple_format(sample: list[str], date_order: str | None = None) -> str | None:
    """The one strptime format every sample value is written in, or None.

    Day/month order for slashed dates comes from the sample (or ``date_order``); the full
    read fails — and falls back to the exact path — if any later value disagrees."""
    values = [v.strip() for v in sample if v and v.strip()]
    if not values:
        return None
    for pattern, fmt in _SIMPLE_FORMATS:
        if all(pattern.match(v) for v in values):
            return fmt
    match = _SLASHED.match(values[0])
    if match and all(_SLASHED.match(v) and v[2] == values[0][2] for v in values):
        parsed = parse_dates(pa.array(values), date_order)
        if parsed.ambiguous or parsed.bad.any():
            return None
        sep = values[0][2]
        return f"%d{sep}%m{sep}%Y" if parsed.order == "dmy" else f"%m{sep}%d{sep}%Y"
    return None
