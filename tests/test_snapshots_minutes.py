"""Snapshots of writing and reviewing minutes, at 80x24 and 160x45, fixed date and data."""

from __future__ import annotations

import pytest
from conftest import TODAY
from test_snapshots import IDS, SIZES, fixed_app, keys

CASES = {
    "meetings": ("r",),
    "minutes_view": ("r", "down", "enter"),
    "write_attendance": ("r", "down", "w"),
    "write_notes": ("r", "down", "w", "ctrl+pagedown"),
    "write_agreements": ("r", "w", "ctrl+pageup"),
    "write_learnings": ("r", "down", "w", "ctrl+pageup", "ctrl+pageup"),
    "agreement_form": ("r", "down", "w", "ctrl+pageup", "e"),
    "search": ("slash", *"stappenkaart"),
    "member_agreements": ("p",),
    "attendance": ("t",),
}


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("case", list(CASES))
def test_minutes_screens(snap_compare, workbook, case, size):
    if case == "write_notes":
        meeting = workbook.journey.last_meeting(TODAY)
        workbook.minutes.set_notes(
            meeting.id, meeting.notes + "\n\n## Uit de klas\n\n- *3B*: sterk\n- [x] getest"
        )
    assert snap_compare(fixed_app(workbook), terminal_size=size, run_before=keys(*CASES[case]))
