"""Window tests: user folders (settings, demo cache, logs) isolated per test."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    return tmp_path


@pytest.fixture(autouse=True)
def english_as_the_app_starts(qapp):
    """The app always starts with a language installed (translator + the locale's formats for
    the engine's sentences, loyalty_desktop/i18n.py); a test that switched language must not
    leak its formats into the next one, so every window test starts in English like the app."""
    from loyalty_desktop import i18n
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(scope="session")
def qapp_args():
    return ["loyalty-desktop-tests"]


@pytest.fixture(scope="session")
def demo_project(tmp_path_factory):
    """The demo project built once through the real generator → importer → project file."""
    from loyalty_desktop.io.demo import build_demo_project
    return build_demo_project(tmp_path_factory.mktemp("demo"))


@pytest.fixture(autouse=True)
def no_worker_left_running(qapp):
    """STYLE: a test that leaves a worker running is a failing test. Such a worker finishes
    during a later test — its signals then reach widgets already deleted — or is still
    running when pytest exits (``-x``, Ctrl+C), and Qt aborts the whole process with
    "QThread: Destroyed while thread is still running". Runs after qtbot closed the test's
    widgets (a closing window cancels and waits for its own work)."""
    yield
    from loyalty_desktop.ui.jobs import Job, stop_all
    qapp.processEvents()          # deliver finished workers' last signals
    left = sorted(job.title for job in list(Job._running) if job.is_running())
    stop_all()
    if left:
        pytest.fail("workers still running after the test: " + ", ".join(left))


@pytest.fixture(scope="session", autouse=True)
def no_worker_at_exit():
    """Whatever happened (a failure with ``-x``, an interrupted run), no QThread may still
    run when the interpreter exits."""
    yield
    from loyalty_desktop.ui.jobs import stop_all
    stop_all()
