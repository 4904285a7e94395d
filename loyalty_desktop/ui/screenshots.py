"""``make screenshots``: open the demo project in a real window and save a PNG of every page.

Run under Xvfb (``xvfb-run``); the PNGs are what the README shows.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer


def wait_for(signal, timeout_ms: int) -> bool:
    loop = QEventLoop()
    fired = []
    signal.connect(lambda *a: (fired.append(True), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return bool(fired)


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def capture_all(out_dir: Path, *, width: int = 1360, height: int = 860) -> list[Path]:
    from .app import create_application
    from .main_window import MainWindow
    from .style import style_sheet

    app = create_application()
    from ..i18n import set_language
    set_language("en")      # as the app starts: translator and the engine's day format
    app.setStyleSheet(style_sheet(dark=False))
    window = MainWindow()
    window.resize(width, height)
    window.show()
    out_dir.mkdir(parents=True, exist_ok=True)
    shots = [out_dir / "empty.png"]
    settle()
    window.grab().save(str(shots[0]))
    window.open_demo()
    if not wait_for(window.analysis_ready, 240_000):
        raise SystemExit("the demo project did not finish loading within 4 minutes")
    for key in window.pages:
        window.show_page(key)
        settle(400)
        path = out_dir / f"{key}.png"
        window.grab().save(str(path))
        shots.append(path)
    window.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0] if argv else "docs/screenshots")
    for path in capture_all(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
