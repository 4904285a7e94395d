"""Import one export file into a tidy table with an exact row account (SPEC §2, §2.1).

``import_file`` = read (csv/xlsx/… → :class:`RawTable`) → drop blank and footer rows →
recognise a preset or guess the mapping → build the table for its kind → :class:`ImportLog`.
Anything the owner can override lives in :class:`ImportOptions` (None = detect).

Row accounting: ``rows_read`` counts data rows below the header, *excluding* blank rows and
footer/total rows (reported separately as ``blank_rows`` and ``footer_rows``);
``rows_read = rows_accepted + rows_rejected`` always holds, and every rejected row is in
``rejects`` with its Excel row number, column and reason.
"""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping

import pandas as pd

from ..engine.i18n import Catalogue
from ..engine.data import Dataset, empty_customers, empty_responses, empty_transactions
from ..engine.progress import Cancelled, Progress, report, sub_progress
from .customer_list import build_customers
from .errors import DataProblem, ImportFailed
from .mapping import FIELDS, KIND_MESSAGES, guess_kind, guess_mapping, restrict
from .numbers import detect_decimal, text_cells
from .presets import Preset, match_preset, preset_mapping
from .dates import ISO_FORMATS, simple_format
from .delimited import TypePlan
from .reader import is_spreadsheet, read_raw
from .survey_answers import build_responses
from .table import RawTable, drop_blank_and_footer
from .transactions import Built, build_transactions

log = logging.getLogger(__name__)

MESSAGES = Catalogue("importing", {  # translated on lookup (engine/i18n.py)
    "missing": "Could not find a column for: {fields}. Map the columns by hand.",
    "unexpected": ("The file could not be imported because of an unexpected problem "
                   "({detail}). Details are in the log file."),
    "no_rows": "The file has a header but no data rows.",
})
FIELD_LABELS = {
    "customer_id": "customer (id, e-mail, phone or name)", "date": "date",
    "amount": "amount (or quantity and unit price)", "score": "score, satisfaction, comment or reason",
}


@dataclass
class ImportOptions:
    """Everything the wizard lets the user override; None = detect."""

    kind: str | None = None            # "transactions" | "customers" | "responses"
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None
    date_order: str | None = None      # "dmy" | "mdy" | "ymd"
    header_row: int | None = None      # 1-based as Excel shows it
    sheet: str | None = None
    mapping: dict[str, str] | None = None   # field -> source column
    currency: str | None = None


@dataclass
class ImportLog:
    """What happened to one file; ``to_json()`` is one SPEC §5 "imports" entry."""

    file: str
    kind: str
    format: str
    preset: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None
    date_order: str | None = None
    header_row: int | None = None
    sheet: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    currency: str | None = None
    rows_read: int = 0
    rows_accepted: int = 0
    rows_rejected: int = 0
    footer_rows: int = 0
    blank_rows: int = 0
    guest_rows: int = 0
    orders: int | None = None
    rejects: list[DataProblem] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "file": self.file, "kind": self.kind, "format": self.format, "preset": self.preset,
            "encoding": self.encoding, "delimiter": self.delimiter, "decimal": self.decimal,
            "date_order": self.date_order, "header_row": self.header_row, "sheet": self.sheet,
            "mapping": dict(self.mapping), "currency": self.currency,
            "rows_read": self.rows_read, "rows_accepted": self.rows_accepted,
            "rows_rejected": self.rows_rejected, "footer_rows": self.footer_rows,
            "blank_rows": self.blank_rows, "guest_rows": self.guest_rows, "orders": self.orders,
            "rejects": [{"row": p.row, "column": p.column, "reason": p.reason}
                        for p in self.rejects[:100]],
        }


@dataclass
class ImportResult:
    table: pd.DataFrame   # tidy table per engine/data.py (transactions: one row per order)
    log: ImportLog


def import_file(path: str | os.PathLike, kind: str | None = None, *,
                options: ImportOptions | None = None,
                progress: Progress | None = None) -> ImportResult:
    """Import one file; raises :class:`ImportFailed` when the file cannot be imported at all."""
    path = os.fspath(path)
    name = os.path.basename(path)
    options = options or ImportOptions()
    try:
        return _import(path, name, kind or options.kind, options, progress)
    except (ImportFailed, Cancelled):
        raise
    except FileNotFoundError:
        raise ImportFailed(name, "The file does not exist. Check the name and try again.") from None
    except PermissionError:
        raise ImportFailed(name, "The file cannot be opened (no permission, or it is open in "
                                 "another program). Close it and try again.") from None
    except (MemoryError, RecursionError) as exc:
        raise ImportFailed(name, MESSAGES["unexpected"].format(detail=type(exc).__name__)) from None
    except Exception as exc:  # never a traceback for the owner; the log keeps it
        log.exception("unexpected error importing %s", path)
        raise ImportFailed(name, MESSAGES["unexpected"].format(detail=type(exc).__name__)) from None


def _import(path: str, name: str, kind: str | None, options: ImportOptions,
            progress: Progress | None) -> ImportResult:
    report(progress, 0.0, "Reading the file")
    plan, layout = _type_plan(path, name, kind, options)
    raw = read_raw(path, encoding=options.encoding, delimiter=options.delimiter,
                   header_row=options.header_row, sheet=options.sheet, plan=plan, layout=layout)
    report(progress, 0.5, "Checking the rows")
    raw = drop_blank_and_footer(raw)
    preset, kind, mapping = resolve_mapping(raw, kind, options, name)
    decimal = options.decimal or (preset.decimal if preset else None) or detect_decimal(
        [text_cells(raw.columns[c], raw.typed_numbers.get(c)) for f, c in mapping.items()
         if f in ("amount", "unit_price", "quantity", "refunded")], raw.delimiter)
    date_order = options.date_order or (preset.date_order if preset else None)
    built = _build(raw, kind, mapping, name, decimal, date_order, options, preset)
    report(progress, 1.0, "Done")
    return ImportResult(table=built.table, log=_log(raw, built, kind, mapping, preset, name))


#: Below this size the exact text path is fast enough; above it a sample plans typed reading.
PLAN_MIN_BYTES = 2_000_000
_PLAIN_NUMBER = {".": re.compile(r"^-?\d+(\.\d+)?$"), ",": re.compile(r"^-?\d+(,\d+)?$")}


def _type_plan(path: str, name: str, kind: str | None,
               options: ImportOptions) -> tuple[TypePlan | None, object | None]:
    """Let pyarrow parse clean money and date columns of a big sales file while reading,
    and the sniffed layout of the file (so the full read does not sniff it again).

    Decided on the first records only; correctness never depends on it, because a value
    anywhere in the file that breaks the plan makes the reader fall back to text."""
    if os.path.getsize(path) < PLAN_MIN_BYTES or is_spreadsheet(path):
        return None, None
    try:
        sample = read_raw(path, encoding=options.encoding, delimiter=options.delimiter,
                          header_row=options.header_row, preview=True)
        layout = sample.layout
        sample = drop_blank_and_footer(sample)
        preset, kind, mapping = resolve_mapping(sample, kind, options, name)
    except ImportFailed:
        return None, None
    if kind != "transactions" or sample.rows == 0:
        return None, layout
    columns = [c for f, c in mapping.items() if f in ("amount", "unit_price", "quantity")]
    decimal = options.decimal or (preset.decimal if preset else None) or detect_decimal(
        [sample.columns[c] for c in columns], sample.delimiter)
    plain = _PLAIN_NUMBER[decimal]
    floats = tuple(c for c in columns if all(
        plain.match(v) for v in sample.columns[c].to_pylist() if v))
    timestamps = {}
    if "date" in mapping and "time" not in mapping:
        fmt = simple_format(sample.columns[mapping["date"]].to_pylist(),
                            options.date_order or (preset.date_order if preset else None))
        if fmt in ISO_FORMATS:
            timestamps[mapping["date"]] = fmt
    return TypePlan(floats=floats, decimal=decimal, timestamps=timestamps), layout


def resolve_mapping(raw: RawTable, kind: str | None, options: ImportOptions,
                    name: str) -> tuple[Preset | None, str, dict[str, str]]:
    """The preset (if recognised), the kind of table and field → column mapping."""
    preset = match_preset(raw.names)
    if preset and kind and preset.kind != kind:
        preset = None
    if options.mapping:
        mapping = {f: c for f, c in options.mapping.items() if c in raw.names}
    elif preset:
        mapping = preset_mapping(preset, raw.names)
    else:
        mapping = guess_mapping(raw.names, kind)
    kind = kind or (preset.kind if preset else None) or guess_kind(mapping)
    if kind is None:
        raise ImportFailed(name, KIND_MESSAGES["unknown"], found=tuple(raw.names))
    if not options.mapping and not preset:
        mapping = guess_mapping(raw.names, kind)
    mapping = restrict(mapping, kind, raw.names)
    missing = missing_fields(kind, mapping)
    if missing:
        raise ImportFailed(name, MESSAGES["missing"].format(
            fields=", ".join(FIELD_LABELS.get(f, f) for f in missing)),
            missing=tuple(missing), found=tuple(raw.names))
    return preset, kind, mapping


def missing_fields(kind: str, mapping: Mapping[str, str]) -> list[str]:
    """Required fields a mapping lacks (SPEC §2 table)."""
    missing = []
    identity = any(f in mapping for f in ("customer_id", "email", "phone", "name",
                                           "first_name", "last_name"))
    if kind == "transactions":
        if not identity:
            missing.append("customer_id")
        if "date" not in mapping:
            missing.append("date")
        if "amount" not in mapping and not ("quantity" in mapping and "unit_price" in mapping):
            missing.append("amount")
    elif kind == "customers" and not identity:
        missing.append("customer_id")
    elif kind == "responses" and not any(f in mapping for f in ("score", "satisfaction",
                                                                 "comment", "reason")):
        missing.append("score")
    return missing


def _build(raw, kind, mapping, name, decimal, date_order, options, preset) -> Built:
    if kind == "transactions":
        return build_transactions(raw, mapping, file=name, decimal=decimal,
                                  date_order=date_order, currency=options.currency, preset=preset)
    if kind == "customers":
        return build_customers(raw, mapping, file=name, date_order=date_order)
    if kind == "responses":
        return build_responses(raw, mapping, file=name, date_order=date_order)
    raise ImportFailed(name, f"Unknown kind of data {kind!r}; use one of {', '.join(FIELDS)}.")


def _log(raw: RawTable, built: Built, kind: str, mapping: dict, preset: Preset | None,
         name: str) -> ImportLog:
    rejects = list(raw.problems) + built.rejections.problems
    rows_read = raw.rows + len(raw.problems)
    rejected = len(raw.problems) + int(built.rejections.rejected.sum())
    return ImportLog(
        file=name, kind=kind, format=raw.format, preset=preset.name if preset else "generic",
        encoding=raw.encoding, delimiter=raw.delimiter, decimal=built.decimal,
        date_order=built.date_order, header_row=raw.header_row, sheet=raw.sheet,
        mapping=dict(mapping), currency=built.currency, rows_read=rows_read,
        rows_accepted=rows_read - rejected, rows_rejected=rejected,
        footer_rows=raw.footer_rows, blank_rows=raw.blank_rows, guest_rows=built.guest_rows,
        orders=built.orders if kind == "transactions" else None,
        rejects=sorted(rejects, key=lambda p: (p.row or 0)), sheets=list(raw.sheets),
        columns=list(raw.names))


def import_files(transactions: Iterable = (), customers: Iterable = (), responses: Iterable = (),
                 *, options_by_file: Mapping[str, ImportOptions] | None = None,
                 progress: Progress | None = None) -> tuple[Dataset, list[ImportLog]]:
    """Import several files and concatenate them per kind (``source`` = file name)."""
    options_by_file = dict(options_by_file or {})
    jobs = [(os.fspath(p), kind) for kind, paths in (("transactions", transactions),
                                                      ("customers", customers),
                                                      ("responses", responses)) for p in paths]
    tables: dict[str, list[pd.DataFrame]] = {"transactions": [], "customers": [], "responses": []}
    logs = []
    for index, (path, kind) in enumerate(jobs):
        options = options_by_file.get(path) or options_by_file.get(os.path.basename(path))
        result = import_file(path, kind, options=options, progress=sub_progress(
            progress, index / len(jobs), (index + 1) / len(jobs)))
        table = result.table.copy()
        table["source"] = result.log.file
        tables[kind].append(table)
        logs.append(result.log)
    dataset = Dataset(
        transactions=_concat(tables["transactions"], empty_transactions()),
        customers=_concat(tables["customers"], empty_customers()).drop_duplicates(
            "customer_id", keep="first").reset_index(drop=True),
        responses=_concat(tables["responses"], empty_responses()))
    return dataset, logs


def _concat(frames: list[pd.DataFrame], empty: pd.DataFrame) -> pd.DataFrame:
    if not frames:
        return empty
    frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    if "date" in frame.columns and len(frames) > 1:
        frame = frame.sort_values("date", kind="stable").reset_index(drop=True)
    return frame


def inspect_file(path: str | os.PathLike, options: ImportOptions | None = None) -> dict:
    """Detected format, preset, mapping and row accounting (``loyalty-desktop inspect``)."""
    result = import_file(path, options=options)
    data = result.log.to_json()
    data["columns"] = result.log.columns
    data["sheets"] = result.log.sheets
    data["table_columns"] = list(result.table.columns)
    data["table_rows"] = len(result.table)
    return data
