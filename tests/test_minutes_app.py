"""Pilot tests of writing and reviewing minutes, driven by keys."""

from __future__ import annotations

import json

from conftest import TODAY, journey_state
from textual.widgets import OptionList, Select, TextArea

from plgtui.core.model import AgreementKind, AgreementStatus, Presence
from plgtui.core.timer import FakeClock
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp
from plgtui.tui.dialogs.agreement_form import AgreementForm
from plgtui.tui.screens.meetings import MeetingsScreen
from plgtui.tui.screens.minutes import MinutesScreen
from plgtui.tui.screens.minutes_view import MinutesView
from plgtui.tui.screens.search import SearchScreen
from plgtui.tui.widgets.list_table import ListTable
from plgtui.tui.widgets.markdown_text import MarkdownText


def make_app(workbook) -> PlgApp:
    return PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())


async def open_last_held_minutes(pilot) -> None:
    """r (meetings, newest first: the planned one, then the last held one), down, w."""
    await pilot.press("r")
    assert isinstance(pilot.app.screen, MeetingsScreen)
    await pilot.press("down", "w")
    await pilot.pause()
    assert isinstance(pilot.app.screen, MinutesScreen)


async def add_agreement(pilot, text: str, kind_steps: int) -> None:
    await pilot.press("n")
    assert isinstance(pilot.app.screen, AgreementForm)
    await pilot.press(*text, "tab", "enter", *["down"] * kind_steps, "enter")
    await pilot.press("ctrl+s")
    await pilot.pause()


async def test_write_minutes_close_reopen_and_review(workbook):
    path = workbook.path
    meeting_id = workbook.journey.last_meeting(TODAY).id
    app = make_app(workbook)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_last_held_minutes(pilot)
        assert app.screen.meeting_id == meeting_id
        await pilot.press("a", "u")  # Katrien absent, Annelies unknown
        await pilot.press("tab")
        await pilot.press(*"Aerts, Smet", "enter")
        await pilot.press("ctrl+pagedown")
        await pilot.press(*"De [b]tijdlijn[/b] werkt")
        await pilot.press("ctrl+pagedown")  # leaving the notes saves them
        await pilot.press(*"Versie 4", "enter")
        await pilot.press("ctrl+pagedown", *"Een voorbeeld helpt meer dan een regel", "enter")
        await pilot.press(
            "shift+tab", "end", "e", "end", *["backspace"] * len(" meer dan een regel")
        )
        await pilot.press("enter")  # corrected in the list
        await pilot.pause()
        await pilot.press("ctrl+pagedown")
        assert app.focused is app.screen.query_one("#agreements", ListTable)
        await add_agreement(pilot, "V4 af", 0)
        await add_agreement(pilot, "Bundel", 1)
        await add_agreement(pilot, "Extra", 2)
        assert isinstance(app.screen, MinutesScreen)
        await pilot.press("ctrl+q")

    again = Workbook.open(path)
    meeting = again.journey.meeting(meeting_id)
    assert meeting.attendance[1] is Presence.ABSENT and 2 not in meeting.attendance
    assert meeting.guests == ["Aerts", "Smet"]
    assert meeting.notes.endswith("De [b]tijdlijn[/b] werkt")
    assert meeting.decisions[-1] == "Versie 4"
    assert meeting.learnings[-1] == "Een voorbeeld helpt"
    from plgtui.export.minutes import meeting_markdown

    written = meeting_markdown(again.journey, meeting, TODAY)
    assert "\n## Wat we leerden\n" in written and "\n- Een voorbeeld helpt\n" in written
    made = [a for a in again.journey.agreements if a.meeting_id == meeting_id]
    assert [(a.text, a.kind) for a in made[-3:]] == [
        ("V4 af", AgreementKind.FINISH),
        ("Bundel", AgreementKind.DISCUSS),
        ("Extra", AgreementKind.SUPPORT),
    ]
    assert made[-1].due == again.journey.next_meeting(TODAY).date  # the default

    app = make_app(again)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MinutesView)
        source = app.screen.query_one(MarkdownText).markdown
        assert "Bundel" in source and "\\[b\\]tijdlijn" not in source
        assert "[b]tijdlijn[/b]" in source  # notes are Markdown, kept as written
        assert "(b) bespreken" in source
        await pilot.press("escape", "slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"tijdlijn werkt")
        hits = app.screen.query_one(OptionList)
        assert hits.option_count == 1
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MinutesView) and app.screen.meeting_id == meeting_id
    again.close()


async def test_notes_typed_up_to_the_autosave_are_on_disk_before_any_exit(workbook):
    path = workbook.path
    meeting_id = workbook.journey.last_meeting(TODAY).id
    app = make_app(workbook)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_last_held_minutes(pilot)
        await pilot.press("ctrl+pagedown")
        await pilot.pause()  # the notes tab is built before the typing starts the timer
        await pilot.press("E")  # the first key says a save is coming
        assert "… bewaren" in str(app.screen.query_one("#saved").visual)
        await pilot.press(*"erste deel.")
        await pilot.pause(1.2)  # the autosave fires
        assert "✓ bewaard" in str(app.screen.query_one("#saved").visual)
        await pilot.press("Z")
        # The app "crashes" here: whatever is on disk now is all that would survive.
        on_disk = json.loads(path.read_text())["meetings"][str(meeting_id)]["notes"]
        assert on_disk.endswith("Eerste deel.")
        assert app.screen.query_one(TextArea).text.endswith("Eerste deel.Z")
        await pilot.pause(1.0)  # and under a second later the last key is on disk too
        on_disk = json.loads(path.read_text())["meetings"][str(meeting_id)]["notes"]
        assert on_disk.endswith("Eerste deel.Z")


async def test_the_notes_screen_does_not_redraw_for_its_own_typing_but_for_others(workbook):
    meeting_id = workbook.journey.last_meeting(TODAY).id
    app = make_app(workbook)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_last_held_minutes(pilot)
        screen = app.screen
        drawn = []
        real = screen._show_journey
        screen._show_journey = lambda: drawn.append(1) or real()
        await pilot.press("ctrl+pagedown", *"Eigen tekst.")
        screen.flush()
        await pilot.pause()
        assert drawn == []  # its own save: what is typed is already on screen
        workbook.minutes.add_decision(meeting_id, "Door iemand anders")
        await pilot.pause()
        assert drawn == [1]


async def test_follow_up_is_ticked_off_in_the_next_meetings_minutes(workbook):
    upcoming = workbook.journey.next_meeting(TODAY)
    app = make_app(workbook)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("r", "w")  # the upcoming meeting is the first row
        await pilot.press("ctrl+pageup")  # to the agreements tab, the other way round
        table = app.screen.query_one("#agreements", ListTable)
        assert app.focused is table
        carried = [a for a in workbook.journey.open_agreements()]
        assert table.row_count == len(carried)
        by_id = {a.id: a for a in workbook.journey.agreements}

        def under_cursor():
            return by_id[int(table.cursor_key)]

        first = under_cursor()
        await pilot.press("d")
        await pilot.pause()
        assert first.status is AgreementStatus.DONE and first.status_changed == TODAY
        await pilot.press("down")
        await pilot.pause()
        second = under_cursor()
        assert second is not first
        await pilot.press("x", *"Niet meer nodig", "enter")
        await pilot.pause()
        assert second.status is AgreementStatus.DROPPED and second.reason == "Niet meer nodig"
        third = under_cursor()
        await pilot.press("delete")  # carried over: it can be closed, not deleted
        await pilot.pause()
        assert third in workbook.journey.agreements
        assert table.row_count == len(carried)  # closed ones stay in this meeting's minutes
    assert upcoming.id


async def test_read_only_shows_the_review_without_editing_keys(demo_path):
    book = Workbook.open(demo_path, read_only=True)
    before = journey_state(book)
    app = make_app(book)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, MeetingsScreen)
        keys = {b.binding.key for b in app.screen.active_bindings.values() if b.enabled}
        assert "w" not in keys and "enter" in keys
        await pilot.press("w")
        assert isinstance(app.screen, MeetingsScreen)
        app.write_minutes(book.journey.meetings[0].id)
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen)
        await pilot.press("enter")
        assert isinstance(app.screen, MinutesView)
        await pilot.press("w")
        assert isinstance(app.screen, MinutesView)
        await pilot.press("escape", "p")
        await pilot.pause()
        statuses = [a.status for a in book.journey.agreements]
        await pilot.press("d")
        assert [a.status for a in book.journey.agreements] == statuses
        await pilot.press("x", "delete", "n", "ctrl+s", "escape", "escape")
        await pilot.pause()
    assert journey_state(book) == before
    book.close()


async def test_member_agreements_and_attendance(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("r", "p")
        select = app.screen.query_one(Select)
        select.value = 5  # Dries Claes
        await pilot.pause()
        table = app.screen.query_one(ListTable)
        texts = [str(table.get_row_at(r)[1]) for r in range(table.row_count)]
        assert texts[0] == "Toetsvragen per stap afwerken"
        assert any("(hele groep)" in t for t in texts)
        await pilot.press("escape", "t")
        table = app.screen.query_one(ListTable)
        row = [str(c) for c in table.get_row_at(4)]  # Dries Claes
        assert row[0] == "Dries Claes" and row[5].endswith("%") and row[6].endswith("%")
        assert len(row[7]) == 9  # the trail


async def test_enter_on_an_agreement_opens_it_for_editing(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("r", "w", "ctrl+pageup")  # the upcoming meeting's agreements tab
        table = app.screen.query_one("#agreements", ListTable)
        wanted = int(table.cursor_key)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AgreementForm)
        assert app.screen.agreement.id == wanted


async def test_a_narrow_window_shows_the_cut_agreement_in_full_below_the_list(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        full = app.screen.query_one("#agreement-full")
        table = app.screen.query_one(ListTable)
        first = table.get_row_at(0)[1].plain
        assert "…" in table.render_line(1).text  # the list cuts it ...
        assert full.display and str(full.render()) == first  # ... and it is shown whole
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        await pilot.pause()
        assert not full.display  # wide enough: nothing cut, nothing repeated


async def test_export_from_the_app_says_where_it_went(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("x")
        await app.workers.wait_for_complete()
        await pilot.pause()
        written = workbook.path.with_suffix(".md")
        assert written.read_text(encoding="utf-8").startswith("# Leergroep")
        await pilot.press("r", "down", "x")
        await app.workers.wait_for_complete()
        await pilot.pause()
        meeting = workbook.journey.last_meeting(TODAY)
        assert workbook.path.with_name(f"demo-{meeting.date.isoformat()}.md").exists()
        assert any(str(written) in n.message for n in app._notifications)
