"""Every chart exports alone as PNG (at a chosen DPI) and SVG — the right-click menu's work."""
from __future__ import annotations

import pandas as pd
from PySide6.QtGui import QImage

from loyalty_desktop.engine.retention import retention_flow
from loyalty_desktop.report import charts
from loyalty_desktop.ui.widgets import ChartPanel


def _panel(qtbot) -> ChartPanel:
    act = pd.DataFrame({"customer_id": ["a", "a", "b"],
                        "day": pd.to_datetime(["2024-01-05", "2024-02-03", "2024-02-10"])})
    flow = retention_flow(act, as_of=pd.Timestamp("2024-03-31"), window_days=30, period="month")
    panel = ChartPanel(charts.retention_flow_chart(flow, "Monthly periods; test caption."))
    qtbot.addWidget(panel)
    panel.resize(800, 420)
    return panel


def test_png_export_has_the_chosen_resolution(qtbot, tmp_path):
    panel = _panel(qtbot)
    out = panel.export("png", str(tmp_path / "chart.png"))
    image = QImage(str(out))
    width = max(panel.chart.widget.size().width(), 600)
    # 150 dpi from a 96-dpi layout: 150/96 times the logical width
    assert abs(image.width() - round(width * 150 / 96)) <= 1
    assert round(image.dotsPerMeterX() * 0.0254) == 150
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 5   # bars, axes and text, not a blank canvas


def test_svg_export_is_vector_with_the_title_and_axis_text(qtbot, tmp_path):
    panel = _panel(qtbot)
    out = panel.export("svg", str(tmp_path / "chart.svg"))
    svg = out.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "Customers gained and lost per period" in svg
    assert "<path" in svg or "<rect" in svg or "<polyline" in svg


def test_png_at_300_dpi_is_twice_as_wide_as_at_150(qtbot, tmp_path):
    panel = _panel(qtbot)
    low = QImage(str(panel.export("png", str(tmp_path / "a.png"), dpi=150)))
    high = QImage(str(panel.export("png", str(tmp_path / "b.png"), dpi=300)))
    assert abs(high.width() - 2 * low.width()) <= 2
    assert round(high.dotsPerMeterX() * 0.0254) == 300

