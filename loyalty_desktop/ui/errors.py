"""Errors shown to the owner in words they can act on; details go to the log file."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..io.errors import ImportFailed
from ..logs import log_file

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def describe(exc: object) -> tuple[str, str]:
    """(title, message) for an exception raised by import, compute or export work."""
    if isinstance(exc, ImportFailed):
        text = str(exc)
        if exc.missing:
            text += "\n\n" + tr("Missing: %1").replace("%1", ", ".join(exc.missing))
            if exc.found:
                text += "\n" + tr("Columns found in the file: %1").replace("%1", ", ".join(exc.found))
            text += "\n\n" + tr("Choose the matching columns in the import wizard, or check that "
                                "this is the right export.")
        return tr("The file could not be imported"), text
    error_type = type(exc).__name__
    if error_type == "ProjectError":
        return tr("The project could not be opened"), str(exc)
    if isinstance(exc, OSError):
        return tr("A file could not be read or written"), str(exc)
    log.error("unexpected error: %r", exc)
    return (tr("Something went wrong"),
            tr("An unexpected error stopped this task. Details were written to %1.")
            .replace("%1", str(log_file())))


def show_error(parent: QWidget | None, exc: object) -> None:
    title, message = describe(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.open()


def log_path() -> Path:
    return log_file()
