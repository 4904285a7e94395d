"""Switching the language of an open window: build a new window in it and hand over.

Why rebuild instead of re-translating in place: every page, dialog and chart writes its
text once, when it is built (``self.tr`` in constructors, captions drawn by the chart
builders, engine sentences in the analysis). Re-translating would need a ``changeEvent``
in every widget — and every page another stream adds would silently stay in the old
language until someone remembered. A new :class:`MainWindow` built after the translator
was swapped speaks the new language everywhere, by construction.

What the new window takes over, so the switch feels like the same window:
- the project (the same object: unsaved changes, undo history and file path stay), whose
  analysis is recomputed so the engine's sentences — readings, reasons, definitions — are
  written again in the new language (the old window stays up until the new one is drawn);
- geometry, maximised state, the page shown;
- any *view state* a window or page offers: an object with ``view_state()`` and
  ``restore_view_state(state)`` (a date-range/segment filter, a search, a selection) gets
  its state copied across. The window's own is restored before the project is set, so the
  recomputation already uses it.

When work is running (an import, a recomputation) the switch waits for it to finish.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Optional

from PySide6.QtCore import QByteArray, QPoint, QSize, Qt
from PySide6.QtWidgets import QMainWindow

log = logging.getLogger(__name__)

#: The window built by the last switch. ``run_window`` only holds the first one; without a
#: Python reference PySide would delete the replacement with its wrapper.
_current: Optional[QMainWindow] = None


@dataclass
class WindowState:
    """What one window looked like, for its replacement."""

    project: Any
    geometry: QByteArray
    size: QSize
    position: QPoint
    state: Qt.WindowState
    visible: bool
    page: int
    window_view: Any = None
    page_views: dict[str, Any] = field(default_factory=dict)


def current_window() -> Optional[QMainWindow]:
    """The window built by the last language switch (None before the first one)."""
    return _current


def _view_state(widget: Any) -> Any:
    getter = getattr(widget, "view_state", None)
    return getter() if callable(getter) else None


def _restore_view(widget: Any, state: Any) -> None:
    setter = getattr(widget, "restore_view_state", None)
    if state is not None and callable(setter):
        try:
            setter(state)
        except Exception:  # noqa: BLE001 - a view detail must never block the switch
            log.exception("could not restore the view state of %s", type(widget).__name__)


def capture(window: Any) -> WindowState:
    """Everything the replacement needs from ``window``."""
    return WindowState(
        project=window.project, geometry=window.saveGeometry(), size=window.size(),
        position=window.pos(),
        state=window.windowState(), visible=window.isVisible(),
        page=window.sidebar.currentRow(), window_view=_view_state(window),
        page_views={key: _view_state(page) for key, page in window.built_pages().items()})


def build(state: WindowState) -> Any:
    """A new, not yet shown window in the language installed now, with ``state``'s view;
    when there is a project it starts recomputing (check ``window.job``)."""
    from .main_window import MainWindow

    window = MainWindow()
    window.restoreGeometry(state.geometry)
    # restoreGeometry of a window never shown is only a hint on some platforms (offscreen,
    # Wayland): set the size and place explicitly too
    window.resize(state.size)
    window.move(state.position)
    _restore_view(window, state.window_view)
    if state.project is not None:
        window.set_project(state.project)          # recomputes: engine text in the new language
    return window


def _finish(old: Any, new: Any, state: WindowState, status: str) -> None:
    global _current
    pages = new.built_pages()      # never built just for this: the welcome screen has none
    for key, view in state.page_views.items():
        if key in pages:
            _restore_view(pages[key], view)
    if 0 <= state.page < new.sidebar.count() and new.sidebar.isEnabled():
        new.sidebar.setCurrentRow(state.page)
    new.setWindowState(state.state)
    if state.visible:
        new.show()
    if status:
        new.statusBar().showMessage(status, 8000)
    retire(old)
    _current = new


def retire(window: Any) -> None:
    """Put the old window away without its close questions (the project lives on)."""
    actions = getattr(window, "project_actions", None)
    if actions is not None:
        actions.stop()
    window.hide()
    window.deleteLater()


def replace_window(window: Any, status: str = "") -> Any:
    """Rebuild ``window`` in the current language; returns the new window.

    The old window stays on screen (disabled) while the new one recomputes and draws, and
    the two swap when it is done — drawing the pages costs more than computing, so showing
    the old result first and redrawing would double the wait."""
    state = capture(window)
    new = build(state)
    job = new.job
    if job is None or not job.is_running():
        _finish(window, new, state, status)
        return new
    window.setEnabled(False)

    def done(busy: bool) -> None:
        if not busy:
            new.busy_changed.disconnect(done)
            _finish(window, new, state, status)

    new.busy_changed.connect(done)
    return new


def switch_when_idle(window: Any, status: str = "") -> None:
    """Rebuild ``window`` now, or as soon as the work it is doing has finished."""
    job = getattr(window, "job", None)
    if job is None or not job.is_running():
        replace_window(window, status)
        return

    def finished(busy: bool) -> None:
        if not busy:
            window.busy_changed.disconnect(finished)
            replace_window(window, status)

    window.busy_changed.connect(finished)
