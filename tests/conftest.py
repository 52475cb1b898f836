"""Fixed data and a fixed clock, so no test depends on today's date or the machine."""

from __future__ import annotations

import gc
import os
from datetime import date
from pathlib import Path

import pytest

from plgtui.core import i18n
from plgtui.core.demo import build_demo
from plgtui.core.workbook import Workbook

TODAY = date(2026, 5, 21)  # the day after a meeting day


def pytest_xdist_auto_num_workers(config) -> int:
    """`-n auto`: three workers per core. Most of the suite's time is waiting, not working:
    Textual's Pilot sleeps at least 20 ms twice after every key it presses until the app is idle
    (`App._press_keys`), and the readers, browsers and servers run in other processes. Two,
    three and four per core were timed (bench/README.md, "The test suite")."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return 3 * (cores or 1)


@pytest.fixture(autouse=True)
def dutch():
    """Every test starts in Dutch, the default, and leaves it so."""
    i18n.set_language("nl")
    yield
    i18n.set_language("nl")


@pytest.fixture(autouse=True)
def thawed():
    """The CLI freezes what it has read (plgtui.core.memory); in one test process that would keep
    every earlier test's garbage out of the collector's reach, so each test thaws it again."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    """Keep the user data folder out of the tests."""
    folder = tmp_path / "userdata"
    monkeypatch.setenv("PLGTUI_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def demo_path(tmp_path) -> Path:
    path = tmp_path / "demo.json"
    Workbook.create(path, build_demo(TODAY, "nl")).close()
    return path


@pytest.fixture
def blank_inquiry(tmp_path):
    """The demo group before anyone filled in the inquiry cycle or a self-assessment."""
    journey = build_demo(TODAY, "nl")
    journey.inquiry, journey.selfchecks = [], []
    path = tmp_path / "blank-inquiry.json"
    Workbook.create(path, journey).close()
    book = Workbook.open(path)
    yield book
    book.close()


@pytest.fixture
def workbook(demo_path):
    book = Workbook.open(demo_path)
    yield book
    book.close()


def journey_state(book: Workbook) -> tuple[dict, bytes]:
    """The journey in memory and on disk, to show that pressing keys changed neither."""
    from plgtui.core.journey_data import journey_tables

    return journey_tables(book.journey), book.path.read_bytes()
