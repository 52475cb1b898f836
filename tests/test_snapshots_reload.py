"""Snapshots of the two dialogs shown when the journey file changed elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_snapshots import IDS, SIZES, make_app, steady

from plgtui.core.workbook import Rescued
from plgtui.tui.screens.reload import ReloadScreen, UnsavedScreen

RESCUED = Rescued(
    "Afspraak 11 (nieuw)\n  kind: finish\n  text: Toetsen van 2de jaar delen\n\n"
    "Bijeenkomst 3 (gewijzigd)\n  notes: We bespraken de feedbackronde.\n    Volgende keer: rubric.",
    Path("demo.backups/demo-unsaved-20260520-101500.txt"),
)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_reload_question(snap_compare, workbook, size):
    async def ask(pilot):
        pilot.app.push_screen(ReloadScreen(unsaved=True))
        await steady(pilot)

    assert snap_compare(make_app(workbook), terminal_size=size, run_before=ask)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_unsaved_after_reload(snap_compare, workbook, size):
    async def show(pilot):
        pilot.app.push_screen(UnsavedScreen(RESCUED))
        await pilot.pause()
        await steady(pilot)

    assert snap_compare(make_app(workbook), terminal_size=size, run_before=show)
