"""`loyalty-desktop import` creates and appends to a project; `report --project` reads it."""
from __future__ import annotations

import json

from tests.e2e.test_cli import run_cli


def _write(path, rows):
    path.write_text("Ordernummer;Kundnummer;Datum;Belopp\n" + "".join(
        f"{o};{c};{d};{a}\n" for o, c, d, a in rows), encoding="utf-8")


def test_import_creates_then_appends_only_new_orders(tmp_path):
    project = tmp_path / "shop.loyalty"
    first = tmp_path / "export-october.csv"
    _write(first, [("1001", "K1", "2025-10-01", "100,00"), ("1002", "K2", "2025-10-03", "250,50")])
    result = run_cli("import", str(project), "--transactions", str(first))
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert json.dumps(doc).count('"new": 2') == 1
    # November's export repeats order 1002 and adds 1003
    second = tmp_path / "export-november.csv"
    _write(second, [("1002", "K2", "2025-10-03", "250,50"), ("1003", "K1", "2025-11-02", "80,00")])
    result = run_cli("import", str(project), "--transactions", str(second))
    assert result.returncode == 0, result.stderr
    text = json.dumps(json.loads(result.stdout))
    assert '"new": 1' in text and '"duplicate": 1' in text
    out = tmp_path / "out.json"
    result = run_cli("report", "--project", str(project), "--json", str(out))
    assert result.returncode == 0, result.stderr
    summary = json.loads(out.read_text(encoding="utf-8"))["summary"]
    assert summary["purchases"] == 3 and summary["revenue"] == 430.5 and summary["customers"] == 2


def test_report_on_a_file_that_is_not_a_project_exits_3(tmp_path):
    fake = tmp_path / "notes.loyalty"
    fake.write_text("hello", encoding="utf-8")
    result = run_cli("report", "--project", str(fake))
    assert result.returncode == 3
    assert "notes.loyalty" in result.stderr and "Traceback" not in result.stderr
