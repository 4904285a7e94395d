"""Application style, light and dark, following the system colour scheme (and its changes).

The system scheme comes from ``QStyleHints.colorScheme()`` (Qt ≥ 6.5); ``LOYALTY_THEME=dark``
or ``=light`` overrides it (screenshots, and a user whose desktop reports no scheme).
:func:`apply_theme` sets the style sheet, a matching palette where the platform gives none,
and recolours every chart on screen; :func:`follow_system` re-applies it whenever the
system switches. Charts in the PDF are never touched: a report is always printed light.
"""
from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from ..report.theme import DARK, LIGHT

_QSS = """
QWidget {{ font-family: "DejaVu Sans"; font-size: 10pt; }}
QMainWindow, QWidget#page {{ background: {bg}; color: {fg}; }}
QListWidget#sidebar {{ background: {side}; border: none; padding-top: 8px; font-size: 11pt; }}
QListWidget#sidebar::item {{ padding: 9px 16px; border-radius: 6px; margin: 2px 8px; }}
QListWidget#sidebar::item:selected {{ background: {accent}; color: white; }}
QFrame#card {{ background: {card}; border: 1px solid {border}; border-radius: 8px; }}
QFrame#filterBar {{ background: {side}; border-bottom: 1px solid {border}; }}
QLabel#filterLabel {{ color: {muted}; }}
QLabel#filterChip {{ color: {muted}; padding: 3px 10px; border-radius: 11px; }}
QLabel#filterChip[active="true"] {{ background: {accent}; color: white; font-weight: bold; }}
QFrame#drillBanner {{ background: {banner}; border: 1px solid {accent}; border-radius: 6px; }}
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


def system_is_dark() -> bool:
    """The desktop's colour scheme (Qt ≥ 6.5); ``LOYALTY_THEME`` overrides it."""
    forced = os.environ.get("LOYALTY_THEME", "").strip().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


_current_dark: bool | None = None


def is_dark() -> bool:
    """The scheme the app currently shows (set by :func:`apply_theme`, else the system's)."""
    return system_is_dark() if _current_dark is None else _current_dark


def style_sheet(dark: bool | None = None) -> str:
    dark = is_dark() if dark is None else dark
    pal = DARK if dark else LIGHT
    return _QSS.format(bg=pal["background"], fg=pal["foreground"], muted=pal["muted"],
                       side="#26282C" if dark else "#F3F4F6", card="#2A2C30" if dark else "#FFFFFF",
                       border=pal["grid"], accent="#0072B2",
                       banner="#1B3245" if dark else "#E8F1F8")


def dark_palette() -> QPalette:
    """A dark palette for platforms that do not give one (Xvfb, some Linux desktops)."""
    palette = QPalette()
    colours = {QPalette.ColorRole.Window: "#1E1F22", QPalette.ColorRole.WindowText: "#E6E6E6",
               QPalette.ColorRole.Base: "#2A2C30", QPalette.ColorRole.AlternateBase: "#323438",
               QPalette.ColorRole.Text: "#E6E6E6", QPalette.ColorRole.Button: "#2F3136",
               QPalette.ColorRole.ButtonText: "#E6E6E6", QPalette.ColorRole.ToolTipBase: "#2A2C30",
               QPalette.ColorRole.ToolTipText: "#E6E6E6", QPalette.ColorRole.Highlight: "#0072B2",
               QPalette.ColorRole.HighlightedText: "#FFFFFF", QPalette.ColorRole.Link: "#56B4E9",
               QPalette.ColorRole.PlaceholderText: "#8A8C90", QPalette.ColorRole.Mid: "#3A3B3F",
               QPalette.ColorRole.Light: "#45474C", QPalette.ColorRole.Dark: "#151618"}
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#77797E"))
    return palette


def apply_theme(app, dark: bool | None = None) -> bool:
    """Style sheet, palette and every chart on screen in the light or dark scheme."""
    global _current_dark
    dark = system_is_dark() if dark is None else bool(dark)
    _current_dark = dark
    from PySide6.QtWidgets import QStyleFactory
    if not hasattr(app, "_light_palette"):
        app._light_palette = QPalette(app.palette())
    # the system palette is dark already where the platform follows the scheme
    platform_dark = app._light_palette.color(QPalette.ColorRole.Window).lightness() < 128
    if dark and not platform_dark:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
    elif not dark:
        app.setPalette(app._light_palette)
    app.setStyleSheet(style_sheet(dark))
    from .widgets import ChartPanel
    for widget in app.allWidgets():
        if isinstance(widget, ChartPanel):
            widget.apply_theme(dark)
    return dark


def follow_system(app) -> None:
    """Apply the system scheme now and again whenever the desktop switches."""
    apply_theme(app)
    hints = QGuiApplication.styleHints()
    if hints is not None and hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(lambda _scheme: apply_theme(app))
