"""Starting the window: display check, QApplication, style, logging, first project."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional


def display_available() -> bool:
    """On Linux a window needs X11 or Wayland (or an explicit QT_QPA_PLATFORM)."""
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY")
                or os.environ.get("WAYLAND_DISPLAY"))


NO_DISPLAY = ("loyalty-desktop: no display found (DISPLAY is not set). Run it on a desktop, "
              "or under a virtual screen: xvfb-run make run")


def create_application(argv: Optional[list[str]] = None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName("LoyaltyDesktop")
    app.setApplicationName("Loyalty Desktop")
    from .. import __version__
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("loyalty-desktop")
    app.setWindowIcon(app_icon())
    from .jobs import stop_all
    # a worker still running when the interpreter exits would abort the process
    app.aboutToQuit.connect(stop_all)
    return app


def app_icon():
    """The app icon from resources/icons (SVG plus rendered PNG sizes)."""
    from importlib.resources import files

    from PySide6.QtGui import QIcon

    icons = files("loyalty_desktop.resources") / "icons"
    icon = QIcon(str(icons / "loyalty-desktop.svg"))
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = icons / "png" / f"loyalty-desktop-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


def run_window(*, demo: bool = False, project_path: Optional[Path] = None) -> int:
    if not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    from ..logs import setup_logging
    setup_logging()
    app = create_application()
    from ..i18n import set_language, startup_language
    set_language(startup_language())  # saved choice, else the system locale (first start)
    from .main_window import MainWindow
    from .style import follow_system

    follow_system(app)      # light or dark like the desktop, and again when it switches
    window = MainWindow()
    from .startup_probe import exit_after_first_paint  # benchmark hook, no-op by default
    exit_after_first_paint(window)
    window.show()
    if project_path is not None:
        from ..io.project import Project
        from .errors import show_error
        try:
            window.set_project(Project.open(project_path))
        except Exception as exc:  # noqa: BLE001 - shown to the user, not a traceback
            show_error(window, exc)
    elif demo:
        window.open_demo()
    else:
        window.project_actions.start_up()
    return app.exec()
