"""Test-wide setup. Qt must be told it has no display before anything imports it (FINDINGS trap 6)."""
from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("LOYALTY_REFERENCE_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real public reference data sets (read-only, never copied into the repo)."""
    if not (SHARED_DATA / "SOURCES.md").exists():
        pytest.fail(f"reference data not found at {SHARED_DATA}; set LOYALTY_REFERENCE_DATA")
    return SHARED_DATA
