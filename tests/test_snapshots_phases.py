"""Snapshots of the phase tracker at 80x24 and 160x45 for the demo journey."""

from __future__ import annotations

import pytest
from conftest import TODAY
from test_snapshots import IDS, SIZES, fixed_app, keys

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
    workbook.phases.tick_signal(4, "Er is materiaal dat in de klas is uitgeprobeerd.", TODAY)

    assert snap_compare(fixed_app(workbook), terminal_size=size, run_before=keys(*CASES[case]))
