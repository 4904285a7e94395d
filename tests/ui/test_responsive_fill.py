"""The window never freezes while it shows an analysis (SPEC §7): only the page on screen is
filled when a result arrives, column widths come from a sample of rows, and the table model
reads its DataFrame a chunk of rows at a time, never cell by cell.

Not timed (timed assertions are flaky on a shared machine): each test counts the work that
made the demo freeze for 9.3 s. The lateness itself is measured by ``benchmarks/bench_pages``.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from loyalty_desktop.engine.analysis import analyse
from loyalty_desktop.engine.data import Dataset
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.view_filter import ViewFilter
from loyalty_desktop.report import formatting as fmt
from loyalty_desktop.ui.column_widths import SAMPLE_ROWS, sample_rows
from loyalty_desktop.ui.main_window import PAGE_KEYS, MainWindow
from loyalty_desktop.ui.models import DataFrameModel
from loyalty_desktop.ui.pages.customers import CustomersPage

CUSTOMERS = 3000      # more than one batch (2,000 rows) handed to the view


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.job is not None:
        win.job.wait(30000)


@pytest.fixture(scope="module")
def big_analysis():
    rng = np.random.default_rng(3)
    who = rng.integers(0, CUSTOMERS, 4 * CUSTOMERS)
    who[:CUSTOMERS] = np.arange(CUSTOMERS)                 # every customer bought once at least
    tx = pd.DataFrame({"customer_id": pd.array([f"K{i:05d}" for i in who], dtype="string"),
                       "date": pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 700, len(who)), unit="D"),
                       "amount": rng.gamma(3.0, 150.0, len(who)).round(2)})
    return analyse(Dataset(transactions=tx), Definitions())


def _count_data_calls(monkeypatch) -> list:
    calls: list = []
    original = DataFrameModel.data

    def counted(self, index, role=Qt.ItemDataRole.DisplayRole):
        calls.append(role)
        return original(self, index, role)

    monkeypatch.setattr(DataFrameModel, "data", counted)
    return calls


def test_an_analysis_fills_only_the_page_on_screen(window, qtbot, demo_project):
    with qtbot.waitSignal(window.analysis_ready, timeout=120_000):
        window.set_project(demo_project)
    window.show_page("overview")
    with qtbot.waitSignal(window.analysis_ready, timeout=120_000):
        window.recompute()
    assert window.stack.currentWidget() is window.built_pages()["overview"]
    assert window.unfilled_pages() == set(PAGE_KEYS) - {"overview", "data"}
    customers = window.built_pages()["customers"]      # looking without filling
    assert customers.model.rowCount() == 0
    window.show_page("customers")                         # the owner opens the page: filled now
    assert customers.model.rowCount() > 0
    assert "customers" not in window.unfilled_pages()
    # a filter change redraws the page on screen only; the others wait for their turn
    with qtbot.waitSignal(window.analysis_ready, timeout=120_000) as blocker:
        window.apply_filter(ViewFilter(segment="loyal", segment_name="Loyal"))
    shown = blocker.args[0]
    assert len(customers.model.frame()) == shown.summary["customers"]
    assert window.unfilled_pages() == set(PAGE_KEYS) - {"customers", "data"}
    # code that asks for a page gets it up to date (the tests and the drill-downs do)
    overview = window.pages["overview"]
    assert "overview" not in window.unfilled_pages()
    assert overview.cards["customers"].value.text() == fmt.number(shown.summary["customers"])
    window.show_page("overview")


def test_a_page_with_steps_draws_one_chart_per_event_loop_turn(window, qtbot, demo_project):
    with qtbot.waitSignal(window.analysis_ready, timeout=120_000):
        window.set_project(demo_project)
    feedback = window.built_pages()["feedback"]
    window.show_page("feedback")
    assert len(feedback.panels) == 1                      # the first chart now …
    # … not painted between the steps: each added chart re-laid out the page and repainted
    # the ones above it several times a turn (up to 190 ms); one paint when complete
    assert not feedback.updatesEnabled()
    qtbot.waitUntil(lambda: not window.drawing_pages(), timeout=10_000)
    assert len(feedback.panels) == 6                      # … the others one turn at a time
    assert feedback.updatesEnabled()
    assert feedback.comment_model.rowCount() > 0
    window.show_page("overview")


def test_column_widths_read_a_sample_of_the_rows_not_all(qtbot, monkeypatch, big_analysis):
    page = CustomersPage()
    qtbot.addWidget(page)
    page.resize(1200, 600)
    calls = _count_data_calls(monkeypatch)
    page.show_analysis(big_analysis)                      # hidden, as a page filled on arrival is
    columns = page.model.columnCount()
    assert page.model.rowCount() == DataFrameModel.BATCH
    # one display text per sampled cell, plus the delegate's roles for the widest of each
    # column; resizeColumnsToContents asked every role of every loaded row (2,000 × 16 × 8)
    assert len(calls) <= (SAMPLE_ROWS + 10) * columns
    # and still wide enough for the texts it did not read: the longest e-mail of all rows
    header = page.table.horizontalHeader()
    metrics = page.table.fontMetrics()
    ids = page.model.frame()["customer_id"].astype(str)
    column = list(page.model.frame().columns).index("customer_id")
    assert header.sectionSize(column) >= max(metrics.horizontalAdvance(t) for t in ids)


def test_sample_rows_are_the_first_rows_of_one_chunk():
    assert sample_rows(5) == [0, 1, 2, 3, 4]
    assert sample_rows(100_000) == list(range(SAMPLE_ROWS))
    assert SAMPLE_ROWS <= DataFrameModel.CHUNK


def test_the_model_reads_the_frame_a_chunk_at_a_time(qtbot, monkeypatch):
    rows = 1000
    frame = pd.DataFrame({"name": [f"n{i}" for i in range(rows)], "amount": np.arange(rows) * 1.5,
                          "day": pd.Timestamp("2024-01-01") + pd.to_timedelta(np.arange(rows) % 300, unit="D")})
    model = DataFrameModel(frame)
    model.fetch_all()
    reads: list = []
    original = pd.Series.tolist
    monkeypatch.setattr(pd.Series, "tolist", lambda self: reads.append(1) or original(self))
    monkeypatch.setattr(pd.DataFrame, "iat", property(lambda self: pytest.fail("per-cell iat")))
    for role in (Qt.ItemDataRole.DisplayRole, DataFrameModel.SORT_ROLE,
                 Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole):
        for row in range(rows):
            for column in range(3):
                model.index(row, column).data(role)
    chunks = -(-rows // DataFrameModel.CHUNK)
    assert len(reads) == chunks * 3                       # one read per column per chunk
    assert model.index(3, 1).data() == "4.50"
    assert model.index(3, 1).data(DataFrameModel.SORT_ROLE) == 4.5
    assert model.index(3, 2).data() == "04/01/2024"
