"""Garbage made on the GUI thread is never collected in a worker thread (ui/jobs.py).

Python's cyclic collector runs in whichever thread allocates past its threshold. Without
the GUI-thread collector an export worker (which allocates a lot) freed unreachable PySide
wrappers of closed dialogs and disposed charts — running their C++ destructors in the
worker while the GUI thread's event loop was delivering events to them: a segfault in
``QApplicationPrivate::notify_helper`` (the 8-file UI sequence, about one run in five).
"""
from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from loyalty_desktop.ui.jobs import Job


def _allocate(progress=None):
    """Worker: what an Excel export does to the collector — many new container objects."""
    enabled = gc.isenabled()
    junk = [[i] for i in range(200_000)]
    return enabled, len(junk)


def _gui_garbage(freed_in: list) -> None:
    """A parentless QObject (its wrapper owns the C++ object) in a reference cycle, like a
    closed dialog or a disposed pyqtgraph chart: only the cyclic collector frees it."""
    obj = QObject()
    holder = {"obj": obj}
    holder["self"] = holder
    weakref.finalize(obj, lambda: freed_in.append(threading.get_ident()))


def test_gui_objects_in_cycles_are_freed_on_the_gui_thread_not_in_the_worker(qtbot):
    gui_thread = threading.get_ident()
    for _ in range(3):
        freed_in: list[int] = []
        gc.collect()                      # counts at zero: the next collection is the worker's
        _gui_garbage(freed_in)
        job = Job("allocate", _allocate)
        with qtbot.waitSignal(job.finished, timeout=30_000) as blocker:
            job.start()
        gc.collect()
        assert freed_in == [gui_thread], "a GUI object was destroyed in the worker thread"
        collected_during_job, _ = blocker.args[0]
        assert not collected_during_job   # automatic collection is off while a worker runs
        assert gc.isenabled()             # and back on once none is left


def test_the_collector_keeps_freeing_garbage_while_a_worker_runs(qtbot):
    """Automatic collection is off during a job, so the GUI thread's timer must collect."""
    started, release = threading.Event(), threading.Event()

    def wait_for_release(progress=None):
        started.set()
        release.wait(30)

    freed_in: list[int] = []
    job = Job("idle worker", wait_for_release)
    job.start()
    try:
        assert started.wait(10)
        gc.collect()
        _gui_garbage(freed_in)
        kept = [[] for _ in range(2000)]  # past the generation-0 threshold (live objects count)
        qtbot.waitUntil(lambda: freed_in == [threading.get_ident()], timeout=5_000)
        del kept
    finally:
        release.set()
        with qtbot.waitSignal(job.done, timeout=30_000):
            pass


STRESS = r'''
import sys, time
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
app = QApplication(["stress"])
from loyalty_desktop.ui.jobs import Job


def allocate(progress=None):      # like write_workbook: allocates, reports progress
    for step in range(20):
        junk = [[i] for i in range(20_000)]
        progress(step / 20, "")
    return 1

deadline, rounds = time.monotonic() + float(sys.argv[1]), 0
while time.monotonic() < deadline:
    for _ in range(30):           # closed windows left in reference cycles, events queued
        window = QWidget()
        layout = QVBoxLayout(window)
        for n in range(5):
            layout.addWidget(QPushButton(str(n)))
        window.show()
        window.cycle = [window]
        window.update()
        window.hide()
        del window, layout
    job = Job("allocate", allocate)
    loop = QEventLoop()
    job.done.connect(loop.quit)
    job.start()
    loop.exec()
    rounds += 1
print("survived", rounds)
'''


def test_closed_windows_in_cycles_survive_a_busy_worker(tmp_path):
    """The crash itself, in a child process: without the GUI-thread collector this
    segfaults (rc -11) in well under a second (QApplicationPrivate::notify_helper on a
    widget the worker's garbage collection was destroying). No app-wide Python event
    filter here: with one (as ui/table_export.py installs), automatic collection on the GUI
    thread inside the filter can destroy a window during its event's delivery — a second,
    rarer path this fix does not cover (see the commit message)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "stress.py"
    script.write_text(STRESS, encoding="utf-8")
    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(repo), os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run([sys.executable, "-X", "faulthandler", str(script), "4"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "survived" in run.stdout
