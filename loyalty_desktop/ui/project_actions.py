"""File ▸ New / Open / Open Recent / Save / Save As, autosave with crash recovery, and the
unsaved-changes prompt (SPEC §6, issue 11).

Saving and opening run in a :class:`~.jobs.Job` so the window never freezes on a large
project; the project is *snapshotted* on the GUI thread first (tables are replaced, never
changed in place, so the snapshot costs nothing) and marked saved only if nothing changed
meanwhile. Autosave writes the same snapshot to a private folder every few minutes while
there are unsaved changes; a clean close deletes it, so a copy found at start-up means
the app did not close cleanly and the owner is offered their work back.

Wiring into :class:`MainWindow` (three lines)::

    self.project_actions = ProjectActions(self)          # after _build_menus()
    self.project_actions.install(file_menu)               # New/Open/Recent/Save/Save As on top
    # closeEvent, first line:
    if not self.project_actions.confirm_close(): event.ignore(); return
    # run_window, when no project path and no --demo was given:
    window.project_actions.start_up()                     # crash recovery, else last project
"""
from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import platformdirs
from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCursor, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from ..io import PROJECT_SUFFIX
from ..logs import APP
from .errors import show_error
from .jobs import Job

if TYPE_CHECKING:  # pragma: no cover
    from ..io.project import Project
    from .main_window import MainWindow

# io.project and io.project_store (pandas, pyarrow) are imported in the methods that open or
# save a project: the window's first start needs neither (issue 12, cold start).

log = logging.getLogger(__name__)

MAX_RECENT = 8
RECENT_KEY = "project/recent"
#: Kept in an autosave copy's settings: which file it belongs to and when it was made.
AUTOSAVE_KEY = "__autosave__"
AUTOSAVE_INTERVAL_MS = 3 * 60 * 1000


def default_autosave_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False)) / "autosave"


class ProjectActions(QObject):
    """Owns the File-menu project actions of one window; ``window.project`` is the project."""

    saved = Signal(str)     # path, after a save finished
    opened = Signal(str)    # path, after a project was opened and shown

    def __init__(self, window: "MainWindow", *, settings: QSettings | None = None,
                 autosave_dir: str | os.PathLike | None = None,
                 autosave_interval_ms: int = AUTOSAVE_INTERVAL_MS) -> None:
        super().__init__(window)
        self.window = window
        self._settings = settings if settings is not None else QSettings()
        self.autosave_dir = Path(autosave_dir) if autosave_dir else default_autosave_dir()
        self.autosave_file = self.autosave_dir / f"autosave-{os.getpid()}{PROJECT_SUFFIX}"
        self.save_job: Optional[Job] = None
        self.autosave_job: Optional[Job] = None
        self._build_actions()
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(autosave_interval_ms)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_timer.start()
        self._title_timer = QTimer(self)   # add_import etc. change `dirty` without a signal
        self._title_timer.setInterval(1000)
        self._title_timer.timeout.connect(self.update_title)
        self._title_timer.start()
        self.update_title()

    # -- menu ----------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New project"), self.new_project,
                                       QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Open project…"), self.open_project,
                                        QKeySequence.StandardKey.Open)
        self.save_action = self._action(self.tr("&Save project"), self.save,
                                        QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(self.tr("Save project &as…"), self.save_as,
                                           QKeySequence.StandardKey.SaveAs)
        self.undo_import_action = self._action(self.tr("&Undo last import"), self.undo_import)
        self.recent_menu = QMenu(self.tr("Open &recent"), self.window)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def install(self, file_menu: QMenu) -> None:
        """Put New / Open / Open recent / Save / Save as at the top of ``file_menu``, and
        Undo last import right after the menu's first existing action (Import files…)."""
        first = file_menu.actions()[0] if file_menu.actions() else None
        for action in (self.new_action, self.open_action, self.recent_menu.menuAction(),
                       self.save_action, self.save_as_action):
            file_menu.insertAction(first, action)
        file_menu.insertSeparator(first)
        entries = file_menu.actions()
        index = entries.index(first) if first in entries else len(entries)
        file_menu.insertAction(entries[index + 1] if index + 1 < len(entries) else None,
                               self.undo_import_action)
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_files():
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_project(p))
        self.recent_menu.menuAction().setEnabled(bool(self.recent_files()))

    # -- recent files (QSettings: recent files only, STYLE) ---------------------------------
    def recent_files(self) -> list[str]:
        value = self._settings.value(RECENT_KEY, [])
        if isinstance(value, str):       # QSettings returns a one-item list as a string
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent(self, path: str | os.PathLike) -> None:
        path = str(Path(path).resolve())
        files = [path] + [p for p in self.recent_files() if p != path]
        self._settings.setValue(RECENT_KEY, files[:MAX_RECENT])
        self._fill_recent_menu()

    def forget_recent(self, path: str | os.PathLike) -> None:
        path = str(Path(path).resolve())
        self._settings.setValue(RECENT_KEY, [p for p in self.recent_files() if p != path])
        self._fill_recent_menu()

    # -- title ---------------------------------------------------------------------------
    def update_title(self) -> None:
        project = self.window.project
        name = project.name if project is not None else None
        app = self.tr("Loyalty Desktop")
        self.window.setWindowTitle(f"{name}[*] — {app}" if name else app)
        self.window.setWindowModified(bool(project is not None and project.dirty))
        self.undo_import_action.setEnabled(bool(project is not None and project.can_undo_import))

    # -- undo import ---------------------------------------------------------------------
    def undo_import(self) -> bool:
        """Take back the most recent import (its new rows go, updated rows get old values)."""
        project = self.window.project
        if project is None or not project.can_undo_import:
            return False
        from ..io.project import ProjectError
        try:
            report = project.undo_last_import()
        except ProjectError as error:
            show_error(self.window, error)
            return False
        self.window.set_project(project)
        self.window.status_label.setText(
            self.tr("Took back the import of %1: %2 new rows removed, %3 changed rows restored.")
            .replace("%1", report.file).replace("%2", str(report.new))
            .replace("%3", str(report.updated)))
        self.update_title()
        return True

    # -- new / open ------------------------------------------------------------------------
    def new_project(self) -> bool:
        if not self.confirm_discard():
            return False
        from ..io.project import Project
        self._show(Project.new())
        return True

    def open_project(self, path: str | os.PathLike | None = None) -> Optional[Job]:
        """Open ``path`` (or ask for one) in a job; the current project is kept on failure."""
        if not self.confirm_discard():
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Open project"), self._folder(),
                self.tr("Loyalty Desktop projects (*%1)").replace("%1", PROJECT_SUFFIX))
            if not path:
                return None
        path = Path(path)
        if not path.exists():
            self.forget_recent(path)
        from ..io.project import Project
        job = Job(self.tr("Opening %1…").replace("%1", path.name), Project.open, path)
        return self.window.run_job(job, lambda project: self._opened(project, path))

    def _opened(self, project: Project, path: Path) -> None:
        self._show(project)
        self.add_recent(path)
        self.opened.emit(str(path))

    def _show(self, project: Project) -> None:
        self._discard_autosave()
        self.window.set_project(project)
        self.update_title()

    def start_up(self) -> None:
        """At launch: offer an autosaved copy left by a crash, else reopen the last project."""
        if self.recover_autosave():
            return
        recent = self.recent_files()
        if recent and Path(recent[0]).is_file():
            self.open_project(recent[0])

    # -- save ------------------------------------------------------------------------------
    def _project(self) -> Project:
        if self.window.project is None:
            from ..io.project import Project
            self.window.set_project(Project.new())
        return self.window.project

    def save(self) -> Optional[Job]:
        project = self._project()
        if project.path is None:
            return self.save_as()
        return self._start_save(project, project.path)

    def save_as(self, path: str | os.PathLike | None = None) -> Optional[Job]:
        path = path if path is not None else self._ask_save_path()
        if not path:
            return None
        return self._start_save(self._project(), _with_suffix(path))

    def _ask_save_path(self) -> str:
        project = self._project()
        suggested = str(project.path) if project.path else str(
            Path(self._folder()) / (self.tr("My shop") + PROJECT_SUFFIX))
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save project as"), suggested,
            self.tr("Loyalty Desktop projects (*%1)").replace("%1", PROJECT_SUFFIX))
        return path

    def _start_save(self, project: Project, path: Path) -> Job:
        """Write a snapshot in a worker; the window stays responsive on big projects."""
        from ..io.project_store import write_project
        revision = project.revision
        job = Job(self.tr("Saving %1…").replace("%1", path.name), write_project, path,
                  project.snapshot())
        job.finished.connect(lambda _: self._saved(project, path, revision))
        job.failed.connect(lambda exc: show_error(self.window, exc))
        job.progressed.connect(self.window._on_progress)
        self.window.status_label.setText(job.title)
        self.save_job = job
        return job.start()

    def _saved(self, project: Project, path: Path, revision: int) -> None:
        project.mark_saved(path, revision)
        self.add_recent(path)
        if not project.dirty:
            self._discard_autosave()
        self.window.status_label.setText(self.tr("Saved to %1").replace("%1", str(path)))
        self.update_title()
        self.saved.emit(str(path))

    def _save_now(self, project: Project) -> bool:
        """Save on the GUI thread (the owner asked to, while closing); False if not saved."""
        from ..io.project import ProjectError
        path = project.path or (self._ask_save_path() or None)
        if path is None:
            return False
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            project.save(_with_suffix(path))
        except ProjectError as error:
            show_error(self.window, error)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.add_recent(project.path)
        self.update_title()
        return True

    # -- unsaved changes ------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """Save / Don't save / Cancel when there are unsaved changes; True means go on."""
        project = self.window.project
        if project is None or not project.dirty:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Do you want to save the changes to %1?").replace(
                              "%1", project.name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("unsavedChangesDialog")
        box.setInformativeText(self.tr("If you don't save, the changes since the last save "
                                       "are lost."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self._save_now(project)
        return answer == QMessageBox.StandardButton.Discard

    def confirm_close(self) -> bool:
        """For ``closeEvent``: False keeps the window open. A clean close drops the autosave."""
        for job in (self.save_job, self.autosave_job):
            if job is not None and job.is_running():
                job.wait()
        if not self.confirm_discard():
            return False
        self._autosave_timer.stop()
        self._title_timer.stop()
        self._discard_autosave()
        return True

    def stop(self) -> None:
        """The window is being replaced (ui/relanguage.py): finish writing, then no more
        autosaves or title updates from it; the project and its autosave copy live on."""
        for job in (self.save_job, self.autosave_job):
            if job is not None and job.is_running():
                job.wait()
        self._autosave_timer.stop()
        self._title_timer.stop()

    # -- autosave and crash recovery ---------------------------------------------------------
    def autosave(self) -> Optional[Job]:
        """Copy unsaved work to the autosave folder in a worker; the project stays dirty."""
        project = self.window.project
        if project is None or not project.dirty:
            return None
        if self.autosave_job is not None and self.autosave_job.is_running():
            return None
        contents = project.snapshot()
        contents.settings[AUTOSAVE_KEY] = {
            "original": str(project.path) if project.path else None,
            "saved_at": datetime.now().isoformat(timespec="seconds")}
        self.autosave_dir.mkdir(parents=True, exist_ok=True)
        from ..io.project_store import write_project
        job = Job(self.tr("Autosaving…"), write_project, self.autosave_file, contents)
        job.failed.connect(lambda exc: log.warning("autosave failed: %s", exc))
        self.autosave_job = job
        return job.start()

    def _discard_autosave(self) -> None:
        if self.autosave_job is not None and self.autosave_job.is_running():
            self.autosave_job.wait()
        self.autosave_file.unlink(missing_ok=True)

    def left_over_autosaves(self) -> list[Path]:
        """Autosave copies of sessions that did not close cleanly, newest first."""
        if not self.autosave_dir.is_dir():
            return []
        found = [p for p in self.autosave_dir.glob(f"autosave-*{PROJECT_SUFFIX}")
                 if p != self.autosave_file]
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)

    def recover_autosave(self) -> bool:
        """Offer the newest left-over autosave; True if the owner took it back."""
        copies = self.left_over_autosaves()
        if not copies:
            return False
        from ..io.project import Project, ProjectError
        try:
            project = Project.open(copies[0])
        except ProjectError as error:
            log.warning("unusable autosave %s: %s", copies[0], error)
            copies[0].unlink(missing_ok=True)
            return False
        info = project.settings.pop(AUTOSAVE_KEY, None) or {}
        original = info.get("original")
        name = Path(original).stem if original else self.tr("an untitled project")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore unsaved work?"),
                          self.tr("Loyalty Desktop did not close normally. Changes to %1 from "
                                  "%2 were kept. Restore them?").replace("%1", name).replace(
                                      "%2", str(info.get("saved_at", "?")).replace("T", " ")),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.window)
        box.setObjectName("recoverAutosaveDialog")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Discard"))
        restore = box.exec() == QMessageBox.StandardButton.Yes
        for copy in copies:
            copy.unlink(missing_ok=True)
        if not restore:
            return False
        project.path = Path(original) if original else None
        project.dirty = True
        self.window.set_project(project)
        self.update_title()
        return True

    def _folder(self) -> str:
        recent = self.recent_files()
        return str(Path(recent[0]).parent) if recent else str(Path.home())


def _with_suffix(path: str | os.PathLike) -> Path:
    path = Path(path)
    return path if path.suffix.lower() == PROJECT_SUFFIX else path.with_name(
        path.name + PROJECT_SUFFIX)
