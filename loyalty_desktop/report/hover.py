"""Exact values on hover, and "what is behind this bar?" on click, for pyqtgraph charts.

pyqtgraph bars and image cells carry no per-element tooltip, so a chart registers
rectangles in data coordinates with their text (already formatted by ``report.formatting``);
the mouse position is mapped into the view box and the rectangle under it, if any, gives
the tooltip. The targets are also kept in ``Chart.data["tooltips"]`` so tests read the
words a user sees without moving a mouse. In the PDF nothing of this is drawn.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip


@dataclass(frozen=True)
class Target:
    """A rectangle of the plot (data coordinates), the text shown over it and a key for clicks."""

    x0: float
    x1: float
    y0: float
    y1: float
    text: str
    key: Any = None

    def contains(self, x: float, y: float) -> bool:
        return (min(self.x0, self.x1) <= x <= max(self.x0, self.x1)
                and min(self.y0, self.y1) <= y <= max(self.y0, self.y1))


def bar_target(x: float, width: float, bottom: float, top: float, text: str,
               key: Any = None) -> Target:
    """A vertical bar centred on ``x`` from ``bottom`` to ``top`` (either order)."""
    low, high = min(bottom, top), max(bottom, top)
    return Target(x - width / 2, x + width / 2, low, high, text, key)


class Hover(QObject):
    """Tooltip and click dispatch for one chart. ``clicked`` carries the target's key."""

    clicked = Signal(object)

    def __init__(self, widget: pg.PlotWidget, targets: list[Target], *,
                 slack: float = 0.0) -> None:
        super().__init__(widget)
        self.widget = widget
        self.targets = targets
        self.slack = slack       # extra reach in y (data units) for points and thin bars
        widget.scene().sigMouseMoved.connect(self._moved)
        widget.scene().sigMouseClicked.connect(self._clicked)

    def target_at(self, scene_pos: QPointF) -> Optional[Target]:
        view = self.widget.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        point = view.mapSceneToView(scene_pos)
        x, y = point.x(), point.y()
        for target in self.targets:
            if target.contains(x, y):
                return target
        if self.slack:
            for target in self.targets:
                grown = Target(target.x0, target.x1, min(target.y0, target.y1) - self.slack,
                               max(target.y0, target.y1) + self.slack, target.text)
                if grown.contains(x, y):
                    return target
        return None

    def _moved(self, scene_pos: QPointF) -> None:
        target = self.target_at(scene_pos)
        # a pointing hand over what a click opens (the customers behind a bar or point)
        clickable = target is not None and target.key is not None
        if clickable != self.widget.property("clickable"):
            self.widget.setProperty("clickable", clickable)
            if clickable:
                self.widget.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                self.widget.viewport().unsetCursor()
        if target is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(QCursor.pos(), target.text, self.widget)

    def _clicked(self, event: Any) -> None:
        target = self.target_at(event.scenePos())
        if target is not None and target.key is not None:
            self.clicked.emit(target.key)


def attach(widget: pg.PlotWidget, targets: list[Target], data: dict[str, Any],
           slack: float = 0.0) -> Hover:
    """Install the hover on ``widget`` and record the tooltips in the chart's data."""
    data["tooltips"] = [t.text for t in targets]
    hover = Hover(widget, targets, slack=slack)
    widget.hover = hover          # keep it alive with the widget; pages connect to .clicked
    return hover


def scene_point(widget: pg.PlotWidget, x: float, y: float) -> QPointF:
    """Widget pixel position of a data point (what a test clicks to hit a bar)."""
    view = widget.getPlotItem().getViewBox()
    return widget.mapFromScene(view.mapViewToScene(QPointF(x, y)))

