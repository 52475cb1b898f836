"""The date fields, by keys: each shows the day it understood as it is typed ("do 17 dec 2026"),
or that it is no date, and saves the day it showed."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import TODAY
from contrast import cells, ratio
from textual.widgets import Static

from plgtui.core import i18n
from plgtui.tui.app import PlgApp
from plgtui.tui.base.form import FormScreen
from plgtui.tui.themes import SHIPPED
from plgtui.tui.widgets.date_input import DateInput

DEC_17 = date(2026, 12, 17)  # TODAY is 21 May 2026: "17/12" is this year's


def on_screen(app) -> str:
    return "\n".join(
        "".join(segment.text for segment in strip)
        for strip in app.screen._compositor.render_strips()
    )


async def open_form(pilot, *keys: str) -> FormScreen:
    await pilot.press(*keys)
    await pilot.pause()
    assert isinstance(pilot.app.screen, FormScreen)
    return pilot.app.screen


async def retype(pilot, field: DateInput, text: str) -> None:
    field.focus()
    field.value = ""
    await pilot.press(*text)
    await pilot.pause()


async def test_a_new_meeting_on_17_12(workbook):
    app = PlgApp(workbook, today=lambda: TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await open_form(pilot, "n")
        field = form.query_one("#date", DateInput)
        assert form.focused is field
        # the group's usual Wednesday, a week ahead at the earliest (3 June is taken), written
        # as the group writes it
        assert field.value == "10/06/2026"
        assert "wo 10 jun 2026" in on_screen(app)
        await pilot.press(*"17/12")  # the opened date is selected: typing replaces it
        await pilot.pause()
        assert field.value == "17/12"
        assert "do 17 dec 2026" in on_screen(app)
        await pilot.press("enter")  # Enter goes on to the title, as Tab does
        await pilot.pause()
        assert form.focused.id == "title"
        assert field.value == "17/12/2026"  # written in full once the field is left
        await pilot.press(*"Werkbijeenkomst", "ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
    meeting = next(m for m in workbook.journey.meetings if m.title == "Werkbijeenkomst")
    assert meeting.date == DEC_17


async def test_the_note_follows_every_key(workbook):
    app = PlgApp(workbook, today=lambda: TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await open_form(pilot, "n")
        field = form.query_one("#date", DateInput)
        await retype(pilot, field, "17/12/2")  # half a year: no day yet
        assert field.border_subtitle == "geen datum: schrijf bv. 17/12/2026 of 17/12"
        assert field.has_class("-not-a-day")
        await pilot.press(*"026")
        await pilot.pause()
        assert field.border_subtitle == "do 17 dec 2026" and not field.has_class("-not-a-day")
        await retype(pilot, field, "")
        assert field.border_subtitle == ""


async def test_an_impossible_day_is_refused_and_said(workbook):
    meetings = len(workbook.journey.meetings)
    app = PlgApp(workbook, today=lambda: TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await open_form(pilot, "n")
        await pilot.press(*"31/02", "tab", *"Werkbijeenkomst")
        await pilot.pause()
        assert "geen datum: schrijf bv. 17/12/2026 of 17/12" in on_screen(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        error = form.query_one("#form-error", Static).visual.plain
        assert "'31/02' is geen datum (schrijf bv. 17/12/2026" in error
    assert len(workbook.journey.meetings) == meetings


async def test_in_english_the_day_is_english(workbook):
    i18n.set_language("en")
    app = PlgApp(workbook, today=lambda: TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await open_form(pilot, "n")
        await retype(pilot, form.query_one("#date", DateInput), "17.12.26")
        assert "Thu 17 Dec 2026" in on_screen(app)


async def test_an_agreement_due_on_a_typed_day_or_none(workbook):
    app = PlgApp(workbook, today=lambda: TODAY)
    async with app.run_test(size=(100, 40)) as pilot:
        form = await open_form(pilot, "r", "down", "w", "5", "n")  # the meeting before the last
        field = form.query_one("#due", DateInput)
        assert field.value == "03/06/2026" and field.border_subtitle == "wo 3 jun 2026"  # the next
        await pilot.press(*"Een les uitproberen")
        await retype(pilot, field, "17-12-26")
        assert "do 17 dec 2026" in on_screen(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        made = next(a for a in workbook.journey.agreements if a.text == "Een les uitproberen")
        assert made.due == DEC_17

        form = await open_form(pilot, "n")
        await pilot.press(*"Zonder datum")
        await retype(pilot, form.query_one("#due", DateInput), "")
        await pilot.press("ctrl+s")
        await pilot.pause()
        made = next(a for a in workbook.journey.agreements if a.text == "Zonder datum")
        assert made.due is None


async def test_a_phase_from_a_typed_day(workbook):
    app = PlgApp(workbook, today=lambda: TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await open_form(pilot, "f", "v")
        field = form.query_one("#date", DateInput)
        assert field.value == "21/05/2026" and field.border_subtitle == "do 21 mei 2026"
        await retype(pilot, field, "1/6")
        form.query_one("#reason").focus()
        await pilot.press(*"De groep is klaar", "ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
    assert workbook.journey.phases[-1].entered == date(2026, 6, 1)


@pytest.mark.parametrize("theme", [t.name for t in SHIPPED])
async def test_the_note_reads_well(workbook, theme):
    app = PlgApp(workbook, today=lambda: TODAY)
    app.theme = theme
    async with app.run_test(size=(100, 30)) as pilot:
        await open_form(pilot, "n")
        assert app.theme == theme
        for text, fg, bg, _style in cells(app.screen._compositor.render_strips()):
            if "10 jun" in text:  # the offered day (test_a_new_meeting_on_17_12)
                assert ratio(fg, bg) >= 4.5, (text, fg, bg)
                break
        else:
            raise AssertionError("the note is not on screen")
