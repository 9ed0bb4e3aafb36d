"""Shared fixtures: a ward set up like the demo, in a temporary folder, with a controllable clock.
The mail-server fixtures come from mailservers.py and the wording tests' rules from wordings.py (plugins,
below); helpers live in ward.py."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from ward import TZ, Clock, make_ward

pytest_plugins = ["mailservers", "wordings"]


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 23, 9, 0, tzinfo=TZ))


@pytest.fixture
def ward(tmp_path) -> Path:
    return make_ward(tmp_path)


@pytest.fixture
def app(ward, clock):
    from hopthu.config import load_config
    from hopthu.wiring import build_app

    application = build_app(load_config(ward), clock=clock)
    yield application
    application.close()
