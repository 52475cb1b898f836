"""Snapshots of the live view's stages where colour does not help: under NO_COLOR and in the
light theme, at 80x24 and 160x45 (issue 34). Each stage must read from its words and frame."""

from __future__ import annotations

import pytest
from live_fixtures import live_app, running_meeting
from test_snapshots import IDS, SIZES
from test_snapshots_live import quiet

from plgtui.core.timer import FakeClock


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("seconds_in", [210, 258, 365], ids=["wrap-up", "last", "overtime"])
def test_live_no_color(snap_compare, workbook, monkeypatch, size, seconds_in):
    monkeypatch.setenv("NO_COLOR", "1")  # read when the app is made
    clock = FakeClock()
    running_meeting(workbook, clock, seconds_in)
    assert snap_compare(live_app(workbook, clock), terminal_size=size, run_before=quiet)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_live_light_wrap_up_paused(snap_compare, workbook, size):
    clock = FakeClock()
    live = running_meeting(workbook, clock, 210)
    live.toggle()  # paused while wrapping up: both words, hollow digits, the round frame
    app = live_app(workbook, clock)
    app.theme = "plgtui-light"
    assert snap_compare(app, terminal_size=size, run_before=quiet)
