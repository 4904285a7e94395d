"""The global date range and segment filter, driven with the keyboard and mouse as an owner
would, checked against the engine's own filtered analysis (engine/view_filter.py)."""
from __future__ import annotations

import subprocess
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateTimeEdit

from loyalty_desktop.engine.view_filter import ViewFilter, analyse_view, preset_range
from loyalty_desktop.report import formatting as fmt
from loyalty_desktop.ui.main_window import MainWindow

WAIT = 180_000


@pytest.fixture
def window(qtbot, demo_project):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.analysis_ready, timeout=WAIT):
        win.set_project(demo_project)
    yield win
    if win.job is not None:
        win.job.wait(30000)


def expected(window, **view):
    """What the engine says the pages should show for this filter."""
    project = window.project
    return analyse_view(project.dataset, project.definitions, ViewFilter(**view),
                        window.base_analysis).shown


def test_bar_offers_presets_dates_of_the_data_and_every_segment(window):
    bar = window.filter_bar
    assert bar.isVisible()
    assert [bar.preset.itemText(i) for i in range(bar.preset.count())] == [
        "All time", "Last 12 months", "This year", "Last year", "Custom range"]
    base = window.base_analysis
    assert bar.end.date().toPython() == base.as_of.date()
    assert bar.start.date().toPython() == base.orders["day"].min().date()
    # the dates read as the sentences write them (the locale's format, not ISO)
    assert bar.end.text() == fmt.date_text(base.as_of)
    assert bar.start.text() == fmt.date_text(base.orders["day"].min())
    segments = [bar.segment.itemText(i) for i in range(bar.segment.count())]
    assert segments[:3] == ["All customers", "Loyal", "Everyone else"]
    assert "Regulars" in segments and "RFM: Champions" in segments
    assert bar.chip.text() == "All customers, all dates"
    assert not bar.clear_button.isVisible()


def test_segment_and_preset_chosen_with_the_keyboard_change_overview_and_retention(window, qtbot):
    bar = window.filter_bar
    bar.segment.setFocus()
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT):
        qtbot.keyClick(bar.segment, Qt.Key.Key_Down)        # All customers → Loyal
    bar.preset.setFocus()
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT) as blocker:
        qtbot.keyClick(bar.preset, Qt.Key.Key_Down)         # All time → Last 12 months
    shown = blocker.args[0]
    base = window.base_analysis
    start, _ = preset_range("last_12_months", base.orders["day"].min().date(), base.as_of.date())
    engine = expected(window, start=start, segment="loyal", segment_name="Loyal")
    assert shown.summary["customers"] == engine.summary["customers"] < base.summary["customers"]
    cards = window.pages["overview"].cards
    assert cards["customers"].value.text() == fmt.number(engine.summary["customers"])
    assert cards["revenue"].value.text() == fmt.money(engine.summary["revenue"], "SEK")
    window.show_page("retention")
    flow_chart = window.pages["retention"].panels[0].chart
    assert flow_chart.data["periods"] == engine.retention["period"].tolist()
    assert flow_chart.data["periods"][0] == start.strftime("%Y-%m")
    assert flow_chart.data["churned"] == engine.retention["churned"].astype(float).tolist()
    label = f"Segment: Loyal · from {fmt.date_text(start.isoformat())}"
    assert bar.chip.text() == label
    assert "Only the 135 customers of the segment Loyal" in window.pages["retention"].panels[0].caption.text()
    assert bar.clear_button.isVisible()
    # the filter is a view setting: the owner's definitions are untouched
    assert window.project.definitions.as_of is None
    assert shown.defs == window.project.definitions


def test_typing_an_end_date_makes_it_the_analysis_day(window, qtbot):
    bar = window.filter_bar
    bar.end.setFocus()
    # the year section wherever the locale's date format puts it (dd/MM/yyyy in English)
    bar.end.setCurrentSection(QDateTimeEdit.Section.YearSection)
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT) as blocker:
        qtbot.keyClick(bar.end, Qt.Key.Key_Down)            # year section: 2025 → 2024
    shown = blocker.args[0]
    end = bar.end.date().toPython()
    assert end == date(2024, 10, 31)
    assert bar.preset.currentData() == "custom"
    assert shown.as_of.date() == end
    engine = expected(window, end=end)
    assert shown.summary["purchases"] == engine.summary["purchases"]
    assert window.pages["overview"].cards["customers"].value.text() == fmt.number(
        engine.summary["customers"])


def test_show_everything_returns_to_the_unfiltered_numbers(window, qtbot):
    bar = window.filter_bar
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT):
        bar.choose_segment("segment:Regulars")
    assert window.analysis.summary["customers"] < window.base_analysis.summary["customers"]
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT) as blocker:
        qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] is window.base_analysis
    assert bar.chip.text() == "All customers, all dates"
    assert window.pages["overview"].cards["customers"].value.text() == fmt.number(
        window.base_analysis.summary["customers"])


def test_pdf_from_the_window_says_which_filter_it_shows(window, qtbot, tmp_path):
    bar = window.filter_bar
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT):
        bar.choose_segment("loyal")
    job = window.export_pdf(str(tmp_path / "filtered.pdf"))
    out = tmp_path / "filtered.pdf"
    if job is not None and hasattr(job, "done") and job.is_running():
        with qtbot.waitSignal(job.done, timeout=WAIT):
            pass
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Shown: Segment: Loyal" in text
    assert "Only the 135 customers of the segment Loyal" in " ".join(text.split())


def test_a_removed_segment_falls_back_to_all_customers(window, qtbot):
    engine = analyse_view(window.project.dataset, window.project.definitions,
                          ViewFilter(segment="segment:Gone", segment_name="Gone"),
                          window.base_analysis)
    assert engine.shown is engine.base
    assert date.today() >= window.base_analysis.as_of.date()


@pytest.mark.parametrize("lang, shown", [("en", "05/03/2024"), ("sv", "2024-03-05"),
                                         ("da", "05.03.2024"), ("nl", "05-03-2024"),
                                         ("ru", "05.03.2024")])
def test_date_boxes_follow_the_languages_date_format(qtbot, lang, shown):
    from loyalty_desktop import i18n
    from loyalty_desktop.ui.filter_bar import FilterBar
    i18n.set_language(lang)
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.start.setDate(QDate(2024, 3, 5))
    assert bar.start.text() == shown == fmt.date_text("2024-03-05")
    # a day written that way is read back as that day, with all four digits of the year
    assert QDate.fromString(shown, bar.end.displayFormat()) == QDate(2024, 3, 5)
    assert "yyyy" in bar.end.displayFormat()
