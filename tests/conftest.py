"""Shared fixtures: a ward set up like the demo, in a temporary folder, with a controllable clock."""

from __future__ import annotations

import shutil
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

pytest_plugins = ["mailservers"]

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TZ = ZoneInfo("Asia/Ho_Chi_Minh")


class FakeTime:
    """A monotonic clock and a sleep that only moves it: retries, backoff and quota windows cost nothing."""

    def __init__(self, start: float = 10_000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Clock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def set(self, when: datetime) -> None:
        self.now = when


def make_ward(base: Path, *, form: bool = True, extra_yaml: str = "") -> Path:
    """A ward folder like `hopthu demo` makes: sample inbox, Form CSV, config. Returns the config path."""
    data = base / "data"
    shutil.copytree(EXAMPLES / "inbox", data / "inbox")
    for sub in ("new", "cur", "tmp"):
        (data / "inbox" / sub).mkdir(exist_ok=True)
    if form:
        shutil.copy(EXAMPLES / "form-responses.csv", data / "form-responses.csv")
    from hopthu.cli import example_config

    text = example_config(ROOT)
    if not form:
        text = text.replace("backend: file ", "backend: none ")
    path = base / "hopthu.yaml"
    path.write_text(text + extra_yaml, encoding="utf-8")
    return path


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 23, 9, 0, tzinfo=TZ))


@pytest.fixture
def ward(tmp_path) -> Path:
    return make_ward(tmp_path)


@pytest.fixture
def app(ward, clock):
    from hopthu.wiring import build_app
    from hopthu.config import load_config

    application = build_app(load_config(ward), clock=clock)
    yield application
    application.close()


def wait_until(predicate, timeout: float, what: str) -> None:
    """Poll `predicate` until it holds (a daemon thread's effect on real servers), or fail saying what."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for: {what}")
        time.sleep(0.02)
