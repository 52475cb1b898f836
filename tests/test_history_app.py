"""The history screen by keys: h on the overview (and the palette), the name asked once, a whole
version or one record put back, Ctrl+Z taking that back."""

from __future__ import annotations

import json
import re

import pytest
from conftest import TODAY
from textual.widgets import OptionList

from plgtui.core import settings, signature
from plgtui.core.journey_data import journey_tables
from plgtui.core.model import AgreementKind
from plgtui.core.timer import FakeClock
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp
from plgtui.tui.dialogs.quick_input import QuickInput
from plgtui.tui.screens.history import HistoryScreen
from plgtui.tui.widgets.list_table import ListTable


@pytest.fixture(autouse=True)
def an(monkeypatch):
    monkeypatch.setattr(signature, "_person", "An")
    monkeypatch.setattr(signature, "_computer", "laptop-an")


@pytest.fixture
def folder(tmp_path):
    """This laptop's settings, the name set already."""
    path = tmp_path / "settings"
    settings.save(path, name="An")
    return path


def make_app(workbook, folder) -> PlgApp:
    return PlgApp(workbook, today=lambda: TODAY, clock=FakeClock(), settings_dir=folder)


async def settled(pilot, moment: float = 0.0) -> None:
    """The history read (in a thread) and drawn."""
    await pilot.pause(moment)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause(moment)


def notices(app) -> list[str]:
    return [n.message for n in app._notifications]


def rows(app) -> list[str]:
    table = app.screen.query_one(ListTable)
    return [" | ".join(str(c) for c in table.get_row_at(n)) for n in range(table.row_count)]


def two_changes(workbook):
    """An idea in the next meeting, then the group renamed: three versions in all."""
    meeting = workbook.journey.meetings[-1]
    workbook.ideas.add_idea(meeting.id, meeting.blocks[1].id, "Kaart in kleur")
    workbook.group.update_group(name="PLG Leiestreek")
    return meeting


async def test_h_shows_each_version_with_who_and_what(workbook, folder):
    meeting = two_changes(workbook)
    app = make_app(workbook, folder)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("h")
        await settled(pilot)
        assert isinstance(app.screen, HistoryScreen)
        lines = rows(app)
        assert len(lines) == 3
        assert lines[0].endswith("An (laptop-an) | groep gewijzigd")
        assert lines[1].endswith(
            f'An (laptop-an) | idee toegevoegd in bijeenkomst "{meeting.title}"'
        )
        assert all(re.search(r" \d{1,2}:\d\d$", line.split(" | ")[0]) for line in lines)
        await pilot.press("escape")
        await settled(pilot)
        assert not isinstance(app.screen, HistoryScreen)


async def test_the_name_is_asked_once_and_kept_on_this_laptop(workbook, tmp_path):
    folder = tmp_path / "fresh"
    app = make_app(workbook, folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")
        await settled(pilot)
        assert isinstance(app.screen, QuickInput)
        await pilot.press(*"Fien", "enter")
        await settled(pilot)
        assert isinstance(app.screen, HistoryScreen)
        assert settings.load(folder)["name"] == "Fien"
        workbook.group.update_group(name="Gesigneerd")
        saved = json.loads(workbook.path.read_text(encoding="utf-8"))["meta"]["1"]["saved"]
        assert (saved["by"], saved["on"]) == ("Fien", "laptop-an")
        await pilot.press("escape", "h")
        await settled(pilot)
        assert isinstance(app.screen, HistoryScreen)  # not asked again


async def test_a_name_not_given_is_not_asked_again(workbook, tmp_path):
    folder = tmp_path / "fresh"
    app = make_app(workbook, folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")
        await settled(pilot)
        await pilot.press("enter")  # nothing typed: skipped
        await settled(pilot)
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("escape", "h")
        await settled(pilot)
        assert isinstance(app.screen, HistoryScreen)
    assert settings.load(folder) == {"name": ""}


async def test_a_version_is_put_back_by_keys_and_ctrl_z_takes_it_back(workbook, folder):
    start = journey_tables(workbook.journey)
    meeting = two_changes(workbook)
    changed = journey_tables(workbook.journey)
    app = make_app(workbook, folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")
        await settled(pilot)
        await pilot.press("end", "t")
        await settled(pilot)
        await pilot.press("j")  # yes
        await settled(pilot)
        assert journey_tables(workbook.journey) == start
        assert any(n.startswith("De versie van ") and "Ctrl+Z" in n for n in notices(app))
        assert isinstance(app.screen, HistoryScreen)
        assert rows(app)[0].endswith("versie van " + rows(app)[-1].split(" | ")[0] + " teruggezet")
        await pilot.press("ctrl+z")
        await settled(pilot)
        assert journey_tables(workbook.journey) == changed
        assert meeting.ideas[0].text == "Kaart in kleur"
        assert "Ongedaan gemaakt: een vroegere versie teruggezet" in notices(app)


async def test_no_is_no(workbook, folder):
    two_changes(workbook)
    changed = journey_tables(workbook.journey)
    app = make_app(workbook, folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")
        await settled(pilot)
        await pilot.press("end", "t", "n")
        await settled(pilot)
        assert journey_tables(workbook.journey) == changed


async def test_one_record_is_put_back_by_keys(workbook, folder):
    meeting = two_changes(workbook)
    app = make_app(workbook, folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")
        await settled(pilot)
        await pilot.press("end")
        await settled(pilot, 0.3)  # what differs from now is read a moment after
        await pilot.press("enter")
        await settled(pilot)
        listing = app.screen.query_one("#history-differences", OptionList)
        assert listing.has_focus
        said = [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]
        assert said == [
            "Groep: sindsdien gewijzigd",
            f"Bijeenkomst 3 juni 2026, {meeting.title}: sindsdien gewijzigd",
        ]
        await pilot.press("enter")  # the group as it was
        await settled(pilot)
        assert workbook.journey.group.name != "PLG Leiestreek"
        assert [i.text for i in meeting.ideas] == ["Kaart in kleur"]  # the rest stays
        assert any(n.startswith("Groep staat terug zoals in de versie van") for n in notices(app))
        await pilot.press("ctrl+z")
        await settled(pilot)
        assert workbook.journey.group.name == "PLG Leiestreek"


async def test_the_palette_offers_the_history(workbook, folder):
    from plgtui.tui.commands import palette_commands

    app = make_app(workbook, folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        found = {title: line for title, line, _run in palette_commands(app, app.screen)}
        assert found["Geschiedenis"].startswith("h · ")


async def test_a_read_only_window_shows_the_history_but_puts_nothing_back(demo_path, folder):
    book = Workbook.open(demo_path)
    two_changes(book)
    book.close()
    book = Workbook.open(demo_path, read_only=True)
    before = journey_tables(book.journey)
    app = make_app(book, folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")
        await settled(pilot)
        await pilot.press("end", "t", "j")
        await settled(pilot)
        assert isinstance(app.screen, HistoryScreen) and len(rows(app)) >= 2
        assert journey_tables(book.journey) == before
    book.close()


async def test_ctrl_z_right_after_a_merge_from_disk_undoes_the_whole_merge(
    workbook, folder, tmp_path
):
    import shutil

    from plgtui.core.atomic_storage import write_atomic

    laptop = tmp_path / "bert"
    laptop.mkdir()
    shutil.copy(workbook.path, laptop / workbook.path.name)
    meeting = workbook.journey.meetings[-1]
    workbook.ideas.add_idea(meeting.id, meeting.blocks[1].id, "Van An")
    bert = Workbook.open(laptop / workbook.path.name)
    bert.group.add_member("Bert Nieuw")
    bert.agreements.add_agreement("Van Bert", AgreementKind.FINISH)
    bert.close()
    write_atomic(workbook.path, (laptop / workbook.path.name).read_text(encoding="utf-8"))
    ours = journey_tables(workbook.journey)
    app = make_app(workbook, folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.disk.found()  # as the poll every two seconds would
        await settled(pilot)
        assert any(m.name == "Bert Nieuw" for m in workbook.journey.members)
        assert any("Ctrl+Z maakt het samenvoegen ongedaan" in n for n in notices(app))
        await pilot.press("ctrl+z")
        await settled(pilot)
        assert journey_tables(workbook.journey) == ours
        assert "Ongedaan gemaakt: het samenvoegen met een andere kopie" in notices(app)
