"""Snapshots of the phase tracker at 80x24 and 160x45 for the demo journey."""

from __future__ import annotations

import pytest

from plgtui.app import PlgApp
from plgtui.timer import FakeClock

from conftest import TODAY
from test_snapshots import SIZES, steady

IDS = [f"{w}x{h}" for w, h in SIZES]
CASES = {
    "phases": ("f",),
    "themes": ("f", "ctrl+pagedown"),
    "outputs": ("f", "2", "ctrl+pagedown"),
    "progress": ("f", "ctrl+pageup"),
    "move_form": ("f", "v"),
}


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("case", list(CASES))
def test_phase_screens(snap_compare, workbook, case, size):
    workbook.tick_signal(4, "Er is materiaal dat in de klas is uitgeprobeerd.", TODAY)

    async def run(pilot):
        await pilot.press(*CASES[case])
        await pilot.pause()
        await steady(pilot)

    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    assert snap_compare(app, terminal_size=size, run_before=run)
