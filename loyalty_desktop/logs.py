"""Where the app writes its log (the user gets this path when something unexpected fails)."""
from __future__ import annotations

import logging
from pathlib import Path

import platformdirs

APP = "LoyaltyDesktop"


def log_file() -> Path:
    folder = Path(platformdirs.user_log_dir(APP, appauthor=False))
    return folder / "loyalty-desktop.log"


def setup_logging() -> Path:
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("loyalty_desktop")
    root.setLevel(logging.INFO)
    if not any(isinstance(h, type(handler)) for h in root.handlers):
        root.addHandler(handler)
    return path
