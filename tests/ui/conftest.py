"""Window tests: user folders (settings, demo cache, logs) isolated per test."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    return tmp_path


@pytest.fixture(scope="session")
def qapp_args():
    return ["loyalty-desktop-tests"]


@pytest.fixture(scope="session")
def demo_project(tmp_path_factory):
    """The demo project built once through the real generator → importer → project file."""
    from loyalty_desktop.io.demo import build_demo_project
    return build_demo_project(tmp_path_factory.mktemp("demo"))
