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


def capture_all(out_dir: Path, *, width: int = 1360, height: int = 860,
                lang: str | None = None) -> list[Path]:
    from ..i18n import set_language
    from .app import create_application
    from .main_window import MainWindow
    from .style import style_sheet

    app = create_application()
    set_language(lang or "en")   # as the app starts (English) unless asked; the saved choice is left alone
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
    import argparse
    parser = argparse.ArgumentParser(prog="python -m loyalty_desktop.ui.screenshots")
    parser.add_argument("out", nargs="?", default="docs/screenshots")
    parser.add_argument("--lang", choices=("en", "sv", "da", "nl", "ru"),
                        help="language of the window (default: the saved choice or the system's)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    for path in capture_all(Path(args.out), lang=args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
