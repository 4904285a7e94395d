"""File ▸ New/Open/Recent/Save/Save As, the unsaved-changes prompt, autosave and crash recovery,
driven on the real main window the way the owner uses them."""
from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from loyalty_desktop.engine.data import Dataset
from loyalty_desktop.io.project import Project
from loyalty_desktop.ui.main_window import MainWindow
from loyalty_desktop.ui.project_actions import ProjectActions

Button = QMessageBox.StandardButton


def customers_project() -> Project:
    """Customers only: no transactions, so showing it starts no analysis job."""
    customers = pd.DataFrame({"customer_id": ["anna", "bo"], "city": ["Malmö", "Lund"]})
    return Project(Dataset(customers=customers))


@pytest.fixture
def setup(qtbot, tmp_path):
    window = MainWindow()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    actions = ProjectActions(window, settings=settings, autosave_dir=tmp_path / "autosave",
                             autosave_interval_ms=3_600_000)
    actions.install(window.menuBar().actions()[0].menu())
    yield window, actions
    for job in (actions.save_job, actions.autosave_job, window.job):
        if job is not None:
            job.wait()
    # Closed here, not by qtbot (which closes before fixtures end): a dirty project would
    # make closeEvent ask about unsaved changes and block the run.
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            if widget.project is not None:
                widget.project.dirty = False
            widget.close()
            widget.deleteLater()


def answer_next_dialog(button: QMessageBox.StandardButton, seen: list) -> None:
    """Click ``button`` in the modal dialog that is about to open, recording its text."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        seen.append((box.objectName(), box.text()))
        box.button(button).click()
    QTimer.singleShot(0, click)


def wait(qtbot, job) -> None:
    if job.is_running():
        with qtbot.waitSignal(job.done, timeout=20_000):
            pass
    qtbot.waitUntil(lambda: not job.is_running())


def test_file_menu_starts_with_the_project_actions(setup):
    window, _ = setup
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert texts[:5] == ["&New project", "&Open project…", "Open &recent", "&Save project",
                         "Save project &as…"]


def test_save_as_writes_the_file_marks_clean_and_remembers_it(setup, qtbot, tmp_path):
    window, actions = setup
    window.set_project(customers_project())
    window.project.mark_dirty()
    job = actions.save_as(tmp_path / "Café")          # the suffix is added
    with qtbot.waitSignal(actions.saved, timeout=20_000):
        pass
    wait(qtbot, job)
    path = tmp_path / "Café.loyalty"
    assert Project.open(path).dataset.customers["city"].tolist() == ["Malmö", "Lund"]
    assert not window.project.dirty and window.project.path == path
    assert window.windowTitle() == "Café[*] — Loyalty Desktop" and not window.isWindowModified()
    assert actions.recent_files() == [str(path.resolve())]
    assert [a.text() for a in actions.recent_menu.actions()] == ["Café.loyalty"]


def test_open_from_recent_menu_shows_the_saved_project(setup, qtbot, tmp_path):
    window, actions = setup
    customers_project().save(tmp_path / "shop.loyalty")
    actions.add_recent(tmp_path / "shop.loyalty")
    with qtbot.waitSignal(actions.opened, timeout=20_000):
        actions.recent_menu.actions()[0].trigger()
    assert window.project.path == tmp_path / "shop.loyalty"
    assert window.project.dataset.customers["customer_id"].tolist() == ["anna", "bo"]
    assert window.windowTitle() == "shop[*] — Loyalty Desktop"


def test_opening_a_damaged_file_shows_the_reason_and_keeps_the_current_project(setup, qtbot,
                                                                              tmp_path):
    window, actions = setup
    current = customers_project()
    window.set_project(current)
    (tmp_path / "broken.loyalty").write_bytes(b"SQLite format 3\x00" + b"\x00" * 40)
    job = actions.open_project(tmp_path / "broken.loyalty")
    wait(qtbot, job)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorDialog") is not None)
    dialog = window.findChild(QMessageBox, "errorDialog")
    assert dialog.text().startswith("broken.loyalty: the project file is damaged")
    assert window.project is current


def test_unsaved_changes_cancel_keeps_the_window_open(setup):
    window, actions = setup
    window.set_project(customers_project())
    window.project.mark_dirty()
    seen = []
    answer_next_dialog(Button.Cancel, seen)
    assert actions.confirm_close() is False
    assert seen == [("unsavedChangesDialog", "Do you want to save the changes to Untitled?")]
    assert window.project.dirty


def test_unsaved_changes_save_writes_the_file_before_closing(setup, tmp_path):
    window, actions = setup
    project = customers_project()
    project.save(tmp_path / "shop.loyalty")
    window.set_project(project)
    project.settings = {"page": "customers"}
    answer_next_dialog(Button.Save, [])
    assert actions.confirm_close() is True
    assert Project.open(tmp_path / "shop.loyalty").settings == {"page": "customers"}


def test_new_project_after_discarding_changes_is_empty_and_clean(setup):
    window, actions = setup
    window.set_project(customers_project())
    window.project.mark_dirty()
    answer_next_dialog(Button.Discard, [])
    assert actions.new_project() is True
    assert len(window.project.dataset.customers) == 0 and not window.project.dirty
    assert window.windowTitle() == "Untitled[*] — Loyalty Desktop"


def test_autosave_copy_is_offered_back_after_a_crash(setup, qtbot, tmp_path):
    window, actions = setup
    project = customers_project()
    project.save(tmp_path / "shop.loyalty")
    saved_bytes = (tmp_path / "shop.loyalty").read_bytes()
    window.set_project(project)
    project.settings = {"page": "customers"}           # an unsaved change
    wait(qtbot, actions.autosave())
    assert (tmp_path / "shop.loyalty").read_bytes() == saved_bytes   # the real file is untouched
    assert project.dirty
    # The process dies here; its copy is what the next session finds.
    actions.autosave_file.rename(tmp_path / "autosave" / "autosave-99999.loyalty")

    next_window = MainWindow()       # closed by the fixture
    later = ProjectActions(next_window, settings=QSettings(str(tmp_path / "s2.ini"),
                                                           QSettings.Format.IniFormat),
                           autosave_dir=tmp_path / "autosave")
    seen = []
    answer_next_dialog(Button.Yes, seen)
    later.start_up()
    assert seen[0][0] == "recoverAutosaveDialog"
    assert seen[0][1].startswith("Loyalty Desktop did not close normally. Changes to shop from ")
    restored = next_window.project
    assert restored.settings == {"page": "customers"}
    assert restored.path == tmp_path / "shop.loyalty" and restored.dirty
    assert list((tmp_path / "autosave").iterdir()) == []


def test_discarding_the_recovered_copy_deletes_it_and_opens_the_last_project(setup, qtbot,
                                                                            tmp_path):
    window, actions = setup
    customers_project().save(tmp_path / "shop.loyalty")
    actions.add_recent(tmp_path / "shop.loyalty")
    (tmp_path / "autosave").mkdir()
    customers_project().save(tmp_path / "autosave" / "autosave-99999.loyalty")
    answer_next_dialog(Button.No, [])
    with qtbot.waitSignal(actions.opened, timeout=20_000):
        actions.start_up()
    assert list((tmp_path / "autosave").iterdir()) == []
    assert window.project.path == tmp_path / "shop.loyalty" and not window.project.dirty


def test_clean_close_removes_this_sessions_autosave(setup, qtbot):
    window, actions = setup
    window.set_project(customers_project())
    window.project.mark_dirty()
    wait(qtbot, actions.autosave())
    assert actions.autosave_file.exists()
    answer_next_dialog(Button.Discard, [])
    assert actions.confirm_close() is True
    assert not actions.autosave_file.exists()


def test_undo_last_import_from_the_file_menu(setup):
    window, actions = setup
    project = customers_project()

    class Log:
        file, kind = "customers-april.csv", "customers"

        def to_json(self):
            return {"file": self.file, "kind": self.kind, "rows_rejected": 0}

    class Result:
        table = pd.DataFrame({"customer_id": ["cia"], "city": ["Ystad"]})
        log = Log()

    project.add_import(Result())
    window.set_project(project)
    actions.update_title()
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert menu_texts[menu_texts.index("&Import files…") + 1] == "&Undo last import"
    assert actions.undo_import_action.isEnabled()
    actions.undo_import_action.trigger()
    assert window.project.dataset.customers["customer_id"].tolist() == ["anna", "bo"]
    assert window.status_label.text() == ("Took back the import of customers-april.csv: "
                                          "1 new rows removed, 0 changed rows restored.")
    assert not actions.undo_import_action.isEnabled()
