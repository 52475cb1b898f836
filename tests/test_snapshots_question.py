"""Snapshots of the research-question screen at 80x24 and 160x45 for the demo journey."""

from __future__ import annotations

import pytest
from test_snapshots import IDS, SIZES, fixed_app, keys

CASES = {
    "question": ("q",),
    "versions": ("q", "ctrl+pagedown"),
    "quality": ("q", "ctrl+pageup", "ctrl+pageup", "ctrl+pageup"),  # past the goals tab (5th)
    "conditions": ("q", "ctrl+pageup", "ctrl+pageup"),
    "selfcheck_form": ("q", "s"),
}


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("case", list(CASES))
def test_question_screens(snap_compare, workbook, case, size):
    # the demo's own inquiry, quality ticks and two self-assessments
    assert snap_compare(fixed_app(workbook), terminal_size=size, run_before=keys(*CASES[case]))
