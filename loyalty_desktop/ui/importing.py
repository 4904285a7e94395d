"""Starting imports from the window: the wizard for the user's files, a job for the demo."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .jobs import Job

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("importing", text)


def start_import(window: "MainWindow", paths: list[str]) -> None:
    """Open the import wizard on ``paths``; accepted results are merged into the project."""
    from ..io.project import Project
    from .import_wizard import ImportWizard

    wizard = ImportWizard(paths, window)

    def merge(results: list) -> None:
        project = window.project if window.project is not None else Project.new()
        reports = [project.add_import(result) for result in results]
        window.set_project(project)
        new = sum(r.new for r in reports)
        window.status_label.setText(tr("Imported %1 new rows.").replace("%1", str(new)))

    wizard.imported.connect(merge)
    wizard.open()
    window.import_wizard = wizard


def start_demo(window: "MainWindow") -> Job:
    from ..io.demo import build_demo_project

    job = Job(tr("Opening the demo project…"), build_demo_project)
    return window.run_job(job, window.set_project)
