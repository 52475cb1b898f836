"""Snapshots of the two questions before quitting: a form holds typing, or the disk refused a
save. Each has three choices; where they do not fit side by side they are stacked, so the one
that saves is never cut off at the dialog's edge (a tester saw "Save t" in English)."""

from __future__ import annotations

import pytest
from test_snapshots import IDS, SIZES, make_app, steady

from plgtui.core.i18n import set_language
from plgtui.tui.dialogs.quit import QuitScreen
from plgtui.tui.dialogs.quit_form import FormQuitScreen


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_the_question_about_a_form_s_typing(snap_compare, workbook, size, lang):
    set_language(lang)

    async def ask(pilot):
        pilot.app.push_screen(FormQuitScreen())
        await steady(pilot)

    assert snap_compare(make_app(workbook), terminal_size=size, run_before=ask)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_the_question_when_the_disk_refused(snap_compare, workbook, size):
    async def ask(pilot):
        pilot.app.push_screen(
            QuitScreen("De schijf is vol.", "Wat niet bewaard is, staat in demo-unsaved.txt.")
        )
        await steady(pilot)

    assert snap_compare(make_app(workbook), terminal_size=size, run_before=ask)


async def test_every_choice_is_on_screen_at_80_columns(workbook):
    set_language("en")
    app = make_app(workbook)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(FormQuitScreen())
        await steady(pilot)
        dialog = app.screen.query_one("Vertical").region
        for button in app.screen.query("Button"):
            assert dialog.contains_region(button.region), button.label
