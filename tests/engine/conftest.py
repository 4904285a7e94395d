"""Engine tests see the engine as it is without Qt: English text, Python's number format.

A window test earlier in the same run may have installed a translator and a locale style
(loyalty_desktop/i18n.py); they are process-wide, so they are taken off here."""
from __future__ import annotations

import pytest

from loyalty_desktop.engine import i18n


@pytest.fixture(autouse=True)
def engine_without_qt():
    saved = i18n._translate, i18n.number_style()
    i18n.install(None)
    i18n.install_formats(None)
    yield
    i18n.install(saved[0])
    i18n.install_formats(saved[1])
