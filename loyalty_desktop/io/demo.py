"""The bundled demo project: generated export files imported through the user's own path.

The demo is not a pre-baked database: ``resources/demo/generate.py`` writes a Swedish
café's till export, customer list and surveys, and they go through the same importer a
user's files do — so the demo also demonstrates (and tests) import. The result is saved
as a real ``.loyalty`` project and reused while the app version is unchanged.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import platformdirs

from .. import __version__
from ..engine.definitions import Definitions
from ..engine.progress import Progress, report, sub_progress
from ..engine.rule_templates import LOYAL, TEMPLATE_JSON
from .importer import import_file
from .project import Project

APP = "LoyaltyDesktop"
#: generator key → import kind
DEMO_KINDS = {"transactions": "transactions", "customers": "customers",
              "responses": "responses", "exit_survey": "responses"}

DEMO_DEFINITIONS = Definitions(
    currency="SEK", business_name="Kafé Linnea", margin=0.35, discount_rate=0.08,
    targets={"retention_rate": 0.85, "repeat_purchase_rate": 0.6},
    benchmarks={"retention_rate": 0.8, "churn_rate": 0.2, "repeat_purchase_rate": 0.5},
    criteria=LOYAL,
    # a few owner segments next to the built-in RFM ones, so every per-segment view has data
    segments=tuple(t for t in TEMPLATE_JSON if t["name"] in ("Regulars", "At-risk big spenders",
                                                              "Promoters", "Detractors")),
)


def demo_folder() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False)) / "demo" / __version__


def demo_project_path(folder: Optional[Path] = None) -> Path:
    return (folder or demo_folder()) / "Kafe Linnea (demo).loyalty"


def build_demo_project(folder: Optional[Path] = None, *, rebuild: bool = False,
                       progress: Progress | None = None) -> Project:
    """Open the cached demo project, or generate the files, import them and save it."""
    from ..resources.demo.generate import write_demo_files

    folder = Path(folder) if folder else demo_folder()
    target = demo_project_path(folder)
    if target.exists() and not rebuild:
        report(progress, 0.1, "Opening the demo project")
        return Project.open(target)
    report(progress, 0.0, "Writing the demo export files")
    files = write_demo_files(folder / "files")
    project = Project.new()
    project.definitions = DEMO_DEFINITIONS
    steps = len(files)
    for i, (key, path) in enumerate(files.items()):
        step = sub_progress(progress, 0.1 + 0.8 * i / steps, 0.1 + 0.8 * (i + 1) / steps)
        report(step, 0.0, f"Importing {Path(path).name}")
        project.add_import(import_file(path, DEMO_KINDS.get(key), progress=step))
    report(progress, 0.95, "Saving the demo project")
    project.save(target)
    report(progress, 1.0, "Demo ready")
    return project
