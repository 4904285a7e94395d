"""Lay out the app's Python packages the way an installed wheel has them, for PyInstaller.

``resources/`` sits at the top of the repository but is the package ``loyalty_desktop.resources``
once installed (pyproject ``[tool.setuptools.package-dir]``). A development venv reaches it through
setuptools' editable-install import hook, which PyInstaller's analysis does not see, so the build
copies every mapped folder to where the package lives and puts that copy first on ``pathex``.
"""
from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

from app_metadata import REPO

#: never shipped: caches, editor and test leftovers
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo", ".pytest_cache", "*.orig", "*~")


def package_dirs(repo: Path = REPO) -> dict[str, Path]:
    """``{package name: source folder}``: the top package plus every pyproject package-dir mapping."""
    with open(repo / "pyproject.toml", "rb") as handle:
        mapping = tomllib.load(handle).get("tool", {}).get("setuptools", {}).get("package-dir", {})
    dirs = {"loyalty_desktop": repo / "loyalty_desktop"}
    dirs.update({name: repo / folder for name, folder in mapping.items() if name})
    return dirs


def stage(target: Path, repo: Path = REPO) -> Path:
    """Copy the packages into ``target`` (emptied first); returns ``target``, the path for pathex."""
    if target.exists():
        shutil.rmtree(target)
    # Parents first, so that loyalty_desktop/ exists before loyalty_desktop/resources/ is copied in.
    for name, source in sorted(package_dirs(repo).items(), key=lambda item: item[0].count(".")):
        shutil.copytree(source, target / Path(*name.split(".")), ignore=IGNORED, dirs_exist_ok=True)
    return target


def module_names(staged: Path, top: str = "loyalty_desktop") -> list[str]:
    """Every module of the staged app, for ``hiddenimports``: the demo generator and pages are
    imported lazily inside functions, which PyInstaller's static analysis can miss."""
    names = []
    for path in sorted((staged / top).rglob("*.py")):
        parts = path.relative_to(staged).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def data_files(staged: Path, top: str = "loyalty_desktop") -> list[tuple[str, str]]:
    """``(file, destination folder)`` for every non-Python file: icons, translations, demo inputs."""
    return [(str(path), str(path.parent.relative_to(staged)))
            for path in sorted((staged / top).rglob("*"))
            if path.is_file() and path.suffix not in (".py", ".pyc")]
