"""Snapshots of every screen at 80x24 and 160x45, with a fixed clock and the demo data."""

from __future__ import annotations

import pytest
from conftest import TODAY

from plgtui.core import i18n
from plgtui.core.timer import FakeClock
from plgtui.tui.app import PlgApp

SIZES = [(80, 24), (160, 45)]
IDS = [f"{w}x{h}" for w, h in SIZES]


def make_app(workbook=None, new_path=None) -> PlgApp:
    return PlgApp(workbook, new_path=new_path, today=lambda: TODAY)


def fixed_app(workbook) -> PlgApp:
    """The fixed date and a clock that does not move."""
    return PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())


async def steady(pilot) -> None:
    """No blinking cursor in a picture."""
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False
    await pilot.pause()


def keys(*presses):
    """A run_before that presses keys, then waits for a still picture."""

    async def run(pilot):
        await pilot.press(*presses)
        await pilot.pause()
        await steady(pilot)

    return run


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_overview(snap_compare, workbook, size):
    assert snap_compare(make_app(workbook), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_overview_english(snap_compare, tmp_path, size):
    from plgtui.core.demo import build_demo
    from plgtui.core.workbook import Workbook

    i18n.set_language("en")
    book = Workbook.create(tmp_path / "en.json", build_demo(TODAY, "en"))
    try:
        assert snap_compare(make_app(book), terminal_size=size)
    finally:
        book.close()


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_help(snap_compare, workbook, size):
    assert snap_compare(make_app(workbook), press=["f1"], terminal_size=size, run_before=steady)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_new_group_form(snap_compare, tmp_path, size):
    app = make_app(new_path=tmp_path / "nieuw.json")
    assert snap_compare(app, terminal_size=size, run_before=steady)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_read_only_banner(snap_compare, demo_path, size):
    from plgtui.core.workbook import Workbook

    book = Workbook.open(demo_path, read_only=True)
    try:
        assert snap_compare(make_app(book), terminal_size=size)
    finally:
        book.close()
