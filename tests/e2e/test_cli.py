"""The installed command line on real files: numbers, exit codes, messages."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str, cwd: Path | None = None, timeout: int = 180) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([sys.executable, "-m", "loyalty_desktop", *args], capture_output=True,
                          text=True, timeout=timeout, cwd=cwd or REPO, env=env)


def test_version_prints_the_package_version():
    from loyalty_desktop import __version__
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"loyalty-desktop {__version__}"


def test_report_on_cdnow_gives_json_and_a_pdf_with_the_same_numbers(shared_data, tmp_path):
    out_json, out_pdf = tmp_path / "out.json", tmp_path / "out.pdf"
    result = run_cli("report", "--transactions", str(shared_data / "cdnow_sample.csv"),
                     "--json", str(out_json), "--pdf", str(out_pdf))
    assert result.returncode == 0, result.stderr
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    assert doc["schema"] == "loyalty-desktop/metrics/1"
    summary = doc["summary"]
    # SOURCES.md: 2,357 customers and Σ amount = 244,091.94; 8 rows are 0.00 and a 0.00 order is
    # not a purchase (SPEC §2), so the customers whose only orders are 0.00 are not customers.
    assert summary["revenue"] == pytest.approx(244091.94, abs=0.005)
    assert 2340 <= summary["customers"] <= 2357
    assert summary["first_date"] == "1997-01-01" and summary["last_date"] == "1998-06-30"
    imp = doc["imports"][0]
    assert imp["rows_read"] == 6919
    assert imp["rows_read"] == imp["rows_accepted"] + imp["rows_rejected"]
    for row in doc["retention"]:
        assert row["end_customers"] == row["retained"] + row["new"] + row["reactivated"]
        assert row["start_customers"] == row["retained"] + row["churned"]
    text = subprocess.run(["pdftotext", "-layout", str(out_pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Retention" in text and "Customers gained and lost per period" in text
    assert f"{summary['customers']:,}" in text
    assert "churned after" in text   # the definitions are printed under the charts


def test_file_without_customer_date_amount_columns_exits_3_naming_what_is_missing(tmp_path):
    bad = tmp_path / "recipes.csv"
    bad.write_text("Recipe,Flour,Sugar\nBun,500,80\nCake,300,200\n", encoding="utf-8")
    result = run_cli("report", "--transactions", str(bad), "--json", str(tmp_path / "x.json"))
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    assert "recipes.csv" in result.stderr
    assert "Recipe" in result.stderr     # the columns that were found are named
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_file_is_an_input_error():
    result = run_cli("report", "--transactions", "/nonexistent/sales.csv")
    assert result.returncode == 3
    assert "does not exist" in result.stderr


def test_unknown_option_is_a_usage_error():
    result = run_cli("report", "--no-such-option")
    assert result.returncode == 2
