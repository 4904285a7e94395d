"""Application style sheet, light and dark, following the system colour scheme."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ..report.theme import DARK, LIGHT

_QSS = """
QWidget {{ font-family: "DejaVu Sans"; font-size: 10pt; }}
QMainWindow, QWidget#page {{ background: {bg}; color: {fg}; }}
QListWidget#sidebar {{ background: {side}; border: none; padding-top: 8px; font-size: 11pt; }}
QListWidget#sidebar::item {{ padding: 9px 16px; border-radius: 6px; margin: 2px 8px; }}
QListWidget#sidebar::item:selected {{ background: {accent}; color: white; }}
QFrame#card {{ background: {card}; border: 1px solid {border}; border-radius: 8px; }}
QLabel#pageTitle {{ font-size: 17pt; font-weight: bold; margin-bottom: 6px; }}
QLabel#caption {{ color: {muted}; font-size: 8.5pt; }}
QLabel#kpiLabel {{ color: {muted}; font-size: 9pt; }}
QLabel#kpiValue {{ font-size: 20pt; font-weight: bold; }}
QLabel#kpiTrend[mood="good"] {{ color: #009E73; font-size: 14pt; }}
QLabel#kpiTrend[mood="bad"] {{ color: #D55E00; font-size: 14pt; }}
QLabel#kpiReading {{ font-size: 9pt; }}
QLabel#emptyTitle {{ font-size: 20pt; font-weight: bold; }}
QStatusBar QLabel {{ color: {muted}; }}
"""


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def style_sheet(dark: bool | None = None) -> str:
    dark = is_dark() if dark is None else dark
    pal = DARK if dark else LIGHT
    return _QSS.format(bg=pal["background"], fg=pal["foreground"], muted=pal["muted"],
                       side="#26282C" if dark else "#F3F4F6", card="#2A2C30" if dark else "#FFFFFF",
                       border=pal["grid"], accent="#0072B2")
