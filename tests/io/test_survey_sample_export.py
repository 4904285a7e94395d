"""The next wave's invitation list on disk: contacts, the seed, formula-safe, repeatable."""
from __future__ import annotations

import csv

import openpyxl
import pandas as pd

from loyalty_desktop.engine.voice_groups import survey_sample
from loyalty_desktop.report.survey_sample import write_sample


def _customers() -> pd.DataFrame:
    ids = pd.Index([f"K{i:02d}" for i in range(40)], name="customer_id")
    names = [f"Kund {i}" for i in range(40)]
    names[:20] = ["=HYPERLINK(\"http://evil\",\"x\")"] * 20   # hostile names in the lower band
    return pd.DataFrame({"revenue": [float(i) for i in range(40)],
                         "email": [f"k{i}@x.se" for i in range(40)], "name": names,
                         "phone": ["+46701234567"] * 40}, index=ids)


def test_excel_list_has_contacts_and_a_sheet_with_the_seed(tmp_path):
    sample = survey_sample(_customers(), 8, seed=777)
    path = write_sample(sample, tmp_path / "sample.xlsx", stratified_by="spend band",
                        excluded=3, as_of=pd.Timestamp("2025-06-30"))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Sample", "How it was drawn"]
    rows = list(book["Sample"].values)
    assert rows[0] == ("Customer", "E-mail", "Name", "Phone", "Group")
    assert [r[0] for r in rows[1:]] == sample.table["customer_id"].tolist()
    # a hostile name stays text (no formula), a phone number stays as typed
    cell = next(c for c in book["Sample"]["C"][1:] if str(c.value).startswith("="))
    assert cell.data_type == "s" and rows[1][3] == "+46701234567"
    about = dict(list(book["How it was drawn"].values)[1:6])
    assert about["Seed (enter it again to draw the same list)"] == "777"
    assert about["Customers drawn"] == "8"
    assert about["Last survey's respondents left out"] == "3"
    assert about["Data up to"] == "2025-06-30"


def test_same_seed_writes_the_same_bytes(tmp_path):
    for suffix in ("xlsx", "csv"):
        paths = [write_sample(survey_sample(_customers(), 10, seed=5), tmp_path / f"{n}.{suffix}",
                              stratified_by="spend band") for n in ("a", "b")]
        assert paths[0].read_bytes() == paths[1].read_bytes()
        other = write_sample(survey_sample(_customers(), 10, seed=6), tmp_path / f"c.{suffix}",
                             stratified_by="spend band")
        assert other.read_bytes() != paths[0].read_bytes()


def test_csv_carries_the_seed_on_every_row_and_neutralises_formulas(tmp_path):
    sample = survey_sample(_customers(), 10, seed=99)
    path = write_sample(sample, tmp_path / "sample.csv", stratified_by="spend band", lang="sv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["Customer", "E-mail", "Name", "Phone", "Group", "Seed"]
    assert {r[5] for r in rows[1:]} == {"99"} and len(rows) == 11
    hostile = [r[2] for r in rows[1:] if "HYPERLINK" in r[2]]
    assert hostile and all(h.startswith("'=") for h in hostile)
