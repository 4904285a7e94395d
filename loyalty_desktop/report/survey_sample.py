"""The next survey wave's invitation list as .xlsx or .csv (issue 7 point 4).

The draw is the engine's (``engine/voice_groups.survey_sample``); this module writes who
to invite and how to reach them, and — so the owner can repeat or defend the draw — the
seed with the settings behind it: in Excel on a second sheet "How it was drawn", in CSV as
a "Seed" column on every row (a mail-merge tool still reads the file as one table).
Formula-looking names or e-mails are neutralised by the shared writers (``neutralise.py``).
Nothing time-dependent is written, so the same seed gives the same file.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Optional

import pandas as pd
from PySide6.QtCore import QCoreApplication

from ..engine.labels import segment_label
from ..engine.representativeness import CONTACT_COLUMNS, SurveySample

COLUMNS = ("customer_id", *CONTACT_COLUMNS, "stratum")


def tr(text: str) -> str:
    return QCoreApplication.translate("survey_sample", text)


def headers() -> dict[str, str]:
    return {"customer_id": tr("Customer"), "email": tr("E-mail"), "name": tr("Name"),
            "phone": tr("Phone"), "stratum": tr("Group"), "seed": tr("Seed")}


def sample_frame(sample: SurveySample) -> pd.DataFrame:
    """The invitation list with the export's columns, in the order drawn."""
    frame = sample.table[[c for c in COLUMNS if c in sample.table.columns]].copy()
    frame["customer_id"] = frame["customer_id"].astype(str)
    if "stratum" in frame.columns:          # an RFM segment by its name in the chosen language
        frame["stratum"] = frame["stratum"].map(segment_label, na_action="ignore")
    return frame.reset_index(drop=True)


def about_frame(sample: SurveySample, stratified_by: str, excluded: int,
                as_of: Optional[pd.Timestamp]) -> pd.DataFrame:
    """Sheet 2: seed, size and settings, then customers / drawn per group."""
    rows = [(tr("Seed (enter it again to draw the same list)"), str(sample.seed)),
            (tr("Customers drawn"), str(len(sample.table))),
            (tr("Groups in proportion to the whole customer base by"), stratified_by),
            (tr("Last survey's respondents left out"), str(excluded)),
            (tr("Data up to"), pd.Timestamp(as_of).date().isoformat() if as_of is not None else "—"),
            ("", "")]
    rows.append((tr("Group"), tr("Customers / available / drawn")))
    for row in sample.strata.itertuples(index=False):
        rows.append((segment_label(row.stratum), f"{row.customers} / {row.available} / {row.sampled}"))
    return pd.DataFrame(rows, columns=[tr("Setting"), tr("Value")])


def write_sample(sample: SurveySample, path: str | Path, *, stratified_by: str,
                 excluded: int = 0, as_of: Optional[pd.Timestamp] = None,
                 lang: str | None = "en") -> Path:
    """Write the list to ``path``: .csv → CSV for the language (with a Seed column), else .xlsx."""
    path = Path(path)
    names = headers()
    frame = sample_frame(sample)
    if path.suffix.lower() == ".csv":
        from .csv_export import write_csv
        return write_csv(frame.assign(seed=sample.seed).rename(columns=names), path, lang)
    import xlsxwriter

    from .excel_format import SheetWriter, close_workbook
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    # a fixed creation time: the same draw gives a byte-identical file
    book.set_properties({"created": datetime(2000, 1, 1), "title": tr("Survey sample")})
    try:
        writer = SheetWriter(book, None)
        writer.frame(tr("Sample"), frame, names, kinds={c: "text" for c in frame.columns})
        writer.frame(tr("How it was drawn"), about_frame(sample, stratified_by, excluded, as_of))
    finally:
        close_workbook(book, path)
    return path
