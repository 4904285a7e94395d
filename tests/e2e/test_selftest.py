"""``loyalty-desktop selftest``: the installed command reproduces the published references."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from loyalty_desktop import selftest


def run_command(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    command = shutil.which("loyalty-desktop", path=str(Path(sys.executable).parent))
    argv = [command] if command else [sys.executable, "-m", "loyalty_desktop"]
    return subprocess.run([*argv, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


@pytest.mark.slow
def test_selftest_command_passes_every_reference_check(shared_data):
    done = run_command("selftest", env={"LOYALTY_REFERENCE_DATA": str(shared_data)})
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert "PASS  CDNOW BG/NBD r: expected 0.243, got 0.242595 [within 1%]" in lines
    assert "PASS  CDNOW BG/NBD log-likelihood: expected -9582.4, got -9582.43 [within ±0.5]" in lines
    assert "PASS  CDNOW Gamma-Gamma gamma: expected 15.44, got 15.4435 [within 1%]" in lines
    assert not [line for line in lines if line.startswith("FAIL")]
    assert lines[-1] == f"{len(lines) - 1} of {len(lines) - 1} checks passed"


def test_selftest_says_clearly_when_the_reference_data_is_missing(tmp_path):
    done = run_command("selftest", env={"LOYALTY_REFERENCE_DATA": str(tmp_path)})
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip() == (
        f"Reference data not found at {tmp_path}. Set LOYALTY_REFERENCE_DATA to the folder that "
        "holds SOURCES.md and the reference files, then run the self-test again.")


def test_a_broken_check_group_fails_alone_with_its_reason(tmp_path, shared_data):
    # only SOURCES.md and the CDNOW file: the cohort and NPS groups fail, CDNOW still passes
    (tmp_path / "SOURCES.md").write_text("copy for the test\n", encoding="utf-8")
    (tmp_path / "cdnow_sample.csv").write_bytes((shared_data / "cdnow_sample.csv").read_bytes())
    checks = selftest.run(tmp_path)
    cdnow = [c for c in checks if c.name.startswith("CDNOW")]
    assert cdnow and all(c.passed for c in cdnow)
    cohort = [c for c in checks if c.name == "Online Retail cohorts"]
    assert len(cohort) == 1 and not cohort[0].passed
    assert cohort[0].detail == (f"could not be computed: the reference file online_retail.csv.gz "
                                f"is not in {tmp_path}")
    assert cohort[0].line().startswith("FAIL  Online Retail cohorts: expected nan, got —")
