"""The group screen and the first run, driven by keys as a coach would."""

from __future__ import annotations

from conftest import TODAY
from textual.widgets import Input, Label, Select, Static, TextArea

from plgtui.core import i18n
from plgtui.core.model import Role
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp
from plgtui.tui.base.form import FormScreen
from plgtui.tui.dialogs.group_forms import GroupForm, MemberForm
from plgtui.tui.dialogs.new_group import NewGroupScreen
from plgtui.tui.screens.group import GroupScreen
from plgtui.tui.screens.overview import OverviewScreen
from plgtui.tui.widgets.list_table import ListTable


def make_app(workbook=None, new_path=None) -> PlgApp:
    return PlgApp(workbook, new_path=new_path, today=lambda: TODAY)


def row_of(app: PlgApp, name: str) -> list[str]:
    table = app.screen.query_one(ListTable)
    for row in range(table.row_count):
        cells = [cell.plain for cell in table.get_row_at(row)]
        if cells[0] == name:
            return cells
    raise AssertionError(f"{name} is not in the table")


def member_named(workbook: Workbook, name: str):
    return next(m for m in workbook.journey.members if m.name == name)


async def choose(pilot, steps: int) -> None:
    """Open the focused Select and move `steps` options down (up when negative), then take it."""
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press(*(["down"] * steps if steps > 0 else ["up"] * -steps), "enter")
    await pilot.pause()


async def test_members_are_added_renamed_given_a_role_and_marked_by_keys(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GroupScreen)

        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, MemberForm)
        await pilot.press(*"Jonas Maes", "tab")
        await choose(pilot, 4)  # teacher → guest, the last role
        await pilot.press("tab", *"campus v", "right", "ctrl+s")  # → takes the suggested school
        await pilot.pause()
        assert isinstance(app.screen, GroupScreen)
        jonas = member_named(workbook, "Jonas Maes")
        assert (jonas.role, jonas.school) == (Role.GUEST, "Campus Vijverhof")
        assert row_of(app, "Jonas Maes") == ["Jonas Maes", "gast", "Campus Vijverhof", "ja"]
        assert app.screen.query_one(ListTable).cursor_key == str(jonas.id)

        await pilot.press("e")  # the member under the cursor: Jonas, just added
        await pilot.pause()
        assert isinstance(app.screen, MemberForm)
        await pilot.press("end", "ctrl+u", *"Jonas Desmet", "tab")
        await choose(pilot, -2)  # guest → school leader
        await pilot.press("ctrl+s")
        await pilot.pause()
        renamed = workbook.journey.member(jonas.id)
        assert (renamed.name, renamed.role) == ("Jonas Desmet", Role.LEADER)
        assert row_of(app, "Jonas Desmet")[1] == "directie"

        await pilot.press("i")  # no longer active, from today; kept in the list
        await pilot.pause()
        assert (renamed.active, renamed.left) == (False, TODAY)
        assert row_of(app, "Jonas Desmet")[3] == "tot 21 mei 2026"
        assert app.screen.query_one(ListTable).cursor_key == str(jonas.id)  # it moved down
        await pilot.press("i")
        await pilot.pause()
        assert (renamed.active, renamed.left) == (True, None)
        assert row_of(app, "Jonas Desmet")[3] == "ja"

        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        members = app.screen.query_one("#members", Static).visual.plain
        assert "Jonas Desmet · directie · Campus Vijverhof" in members


async def test_a_taken_name_is_refused_in_the_form(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g", "a", *"elke jacobs", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MemberForm)
        assert "al een lid" in app.screen.query_one("#form-error", Static).visual.plain
        assert sum(m.name.casefold() == "elke jacobs" for m in workbook.journey.members) == 1


async def test_the_usual_length_is_set_in_the_group_form_and_proposed_for_a_meeting(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g", "g")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, GroupForm)
        assert form.query_one("#length", Input).placeholder.endswith("(120)")
        await pilot.press("tab", "tab", "tab", *"90", "ctrl+s")  # name, subject, schools, length
        await pilot.pause()
        assert isinstance(app.screen, GroupScreen)
        assert workbook.journey.group.usual_length == 90
        assert (
            "Gewone duur: 90 minuten" in app.screen.query_one("#group-about", Static).visual.plain
        )
        await pilot.press("escape", "n")  # a new meeting starts from the group's length
        await pilot.pause()
        assert app.screen.query_one("#length", Input).value == "90"


async def test_the_working_agreements_are_written_from_the_group_screen(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g", "w")
        await pilot.pause()
        area = app.screen.query_one("#norms", TextArea)
        area.text = "Op tijd beginnen"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert workbook.journey.group.norms == ["Op tijd beginnen"]
        assert "• Op tijd beginnen" in app.screen.query_one("#group-about", Static).visual.plain


async def test_a_read_only_file_shows_the_group_but_changes_nothing(demo_path):
    book = Workbook.open(demo_path, read_only=True)
    try:
        app = make_app(book)
        async with app.run_test(size=(100, 30)) as pilot:
            before = demo_path.read_bytes()
            await pilot.press("g", "a", "i", "g", "w", "e")
            await pilot.pause()
            assert isinstance(app.screen, GroupScreen)
            assert demo_path.read_bytes() == before
    finally:
        book.close()


async def test_the_palette_reaches_the_group_from_another_screen(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")  # the phases
        await pilot.press("ctrl+p", *"groep en haar leden", "enter")
        await pilot.pause()
        assert isinstance(app.screen, GroupScreen)


async def test_the_first_run_asks_the_language_and_the_working_agreements(tmp_path):
    path = tmp_path / "nieuw.json"
    app = make_app(new_path=path)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        form = app.screen
        assert isinstance(form, NewGroupScreen)
        intro = form.query_one("#new-intro", Static).visual.plain
        assert "Ctrl+Q" in intro and "English" in intro
        norms = form.query_one("#norms", TextArea)
        assert "op tijd" in str(norms.placeholder) and norms.text == ""  # an example, not a value
        await pilot.press(*"PLG Frans")
        norms.focus()
        await pilot.press(*"Telefoons weg")
        form.query_one("#language", Select).focus()
        await choose(pilot, 1)  # Nederlands → English: the form speaks English at once
        await pilot.pause()
        assert i18n.language() == "en"
        labels = [str(label.visual) for label in app.screen.query(Label)]
        assert "Group name" in labels and "Working agreements" in labels
        assert app.screen.query_one("#name", Input).value == "PLG Frans"  # nothing typed is lost
        assert "on time" in str(app.screen.query_one("#norms", TextArea).placeholder)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        assert app.screen.query_one("#question").border_title == "Research question"
    book = Workbook.open(path, read_only=True)
    try:
        assert (book.journey.group.language, book.journey.group.norms) == ("en", ["Telefoons weg"])
    finally:
        book.close()


async def test_the_placeholder_examples_are_never_saved(tmp_path):
    path = tmp_path / "nieuw.json"
    app = make_app(new_path=path)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press(*"PLG Frans", "ctrl+s")
        await pilot.pause()
    book = Workbook.open(path, read_only=True)
    try:
        assert (book.journey.group.norms, book.journey.group.language) == ([], "nl")
    finally:
        book.close()


async def test_the_empty_overview_says_which_keys_plan_a_meeting_and_write_the_question(tmp_path):
    book = Workbook.start_group(tmp_path / "leeg.json", name="PLG Frans", today=TODAY)
    try:
        app = make_app(book)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            question = app.screen.query_one("#question", Static).visual.plain
            meetings = app.screen.query_one("#meetings", Static).visual.plain
            members = app.screen.query_one("#members", Static).visual.plain
            assert "Druk q en dan e om de leervraag te schrijven" in question
            assert "Druk m om een bijeenkomst te plannen" in meetings
            assert "Druk g om leden toe te voegen" in members
            await pilot.press("q", "e")  # as it says
            await pilot.pause()
            assert isinstance(app.screen, FormScreen)  # the form for a first wording
            await pilot.press("escape", "escape", "m")
            await pilot.pause()
            assert app.screen.query_one("#length", Input).value == "120"  # the new meeting form
    finally:
        book.close()
