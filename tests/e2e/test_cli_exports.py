"""``loyalty-desktop report --xlsx`` (and --pdf with its appendix) on the demo project."""
from __future__ import annotations

import json
import subprocess

import openpyxl
import pytest

from .test_cli import run_cli


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from loyalty_desktop.io.demo import build_demo_project
    project = build_demo_project(tmp_path_factory.mktemp("demo"))
    return project.path


def test_report_xlsx_has_the_same_numbers_as_the_json(demo_file, tmp_path):
    out_xlsx, out_json = tmp_path / "tables.xlsx", tmp_path / "out.json"
    result = run_cli("report", "--project", str(demo_file), "--xlsx", str(out_xlsx),
                     "--json", str(out_json))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""                       # stdout only carries requested output
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    book = openpyxl.load_workbook(out_xlsx)
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Customers"] == doc["summary"]["customers"]
    assert summary["Revenue"] == pytest.approx(doc["summary"]["revenue"])
    assert summary["Repeat purchase rate"] == pytest.approx(doc["summary"]["repeat_purchase_rate"])
    # the import accounting matches the JSON's, file by file
    imports = list(book["Imports"].iter_rows(min_row=2, values_only=True))
    header = [c.value for c in book["Imports"][1]]
    read = {r[header.index("File")]: r[header.index("Rows read")] for r in imports}
    assert read == {e["file"]: e["rows_read"] for e in doc["imports"]}
    # one cohort row per cohort of the JSON, sizes equal
    cohorts = list(book["Cohorts"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1]) for r in cohorts] == [(c["cohort"], c["size"]) for c in doc["cohorts"]["rows"]]


def test_report_pdf_has_the_json_kpis_and_ends_with_the_appendix(demo_file, tmp_path):
    from loyalty_desktop.report import formatting as fmt

    out_pdf, out_json = tmp_path / "report.pdf", tmp_path / "out.json"
    result = run_cli("report", "--project", str(demo_file), "--pdf", str(out_pdf),
                     "--json", str(out_json))
    assert result.returncode == 0, result.stderr
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    text = subprocess.run(["pdftotext", str(out_pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    fmt.set_language("en")
    summary = doc["summary"]
    assert fmt.number(summary["customers"]) in text                  # e.g. "1,484"
    assert fmt.percent(summary["repeat_purchase_rate"], 1) in text
    info = subprocess.run(["pdfinfo", str(out_pdf)], capture_output=True, text=True).stdout
    pages = int(info.split("Pages:")[1].split()[0])
    assert pages >= 8                                # cover, summary, 5+ sections, appendix
    assert f"Page {pages} of {pages}" in text
    assert "Appendix: customers at risk" in text
    assert "Appendix: imported files" in text
    assert "kassa_transaktioner.csv" in text
    fonts = subprocess.run(["pdffonts", str(out_pdf)], capture_output=True, text=True).stdout
    # every font line says "yes" in the emb column (header is 2 lines)
    assert all(" yes " in line for line in fonts.splitlines()[2:])

