"""Guard for FINDINGS trap 1: PySide6 6.12.0 on CPython 3.11 leaks a reference to None on
every void-returning call and aborts a painting app after ~42,000 calls."""
from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

import tomllib
from packaging.requirements import Requirement
from PySide6.QtGui import QImage, QPainter


def test_void_qt_calls_do_not_drop_references_to_none():
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(200):
            painter.scale(1, 1)
        after = sys.getrefcount(None)
    finally:
        painter.end()
    # With the bug, None loses one reference per call (200 here); allow small noise.
    assert before - after < 50, f"None lost {before - after} references: broken PySide6 build"


def test_pyproject_pins_pyside_below_6_12_on_python_3_11():
    data = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    reqs = [Requirement(r) for r in data["project"]["dependencies"]]
    pyside = [r for r in reqs if r.name.lower() == "pyside6-essentials"]
    on_311 = [r for r in pyside if r.marker is None or r.marker.evaluate({"python_version": "3.11"})]
    assert on_311, "no PySide6-Essentials requirement applies to Python 3.11"
    for req in on_311:
        assert not req.specifier.contains("6.12.0"), f"{req} allows the broken 6.12.0"
        assert req.specifier.contains("6.11.3")


def test_installed_pyside_is_not_the_broken_release_on_python_3_11():
    version = metadata.version("PySide6-Essentials")
    if sys.version_info < (3, 12):
        assert not version.startswith("6.12."), f"PySide6 {version} crashes painting apps on 3.11"
