"""Snapshots of the history screen and the question for a name, at 80x24 and 160x45: saves made
on a fixed clock by An on her laptop and by Bert on his (merged in), never this machine's name
or a path."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from conftest import TODAY
from test_snapshots import IDS, SIZES, steady

from plgtui.core import settings, signature
from plgtui.core.atomic_storage import write_atomic
from plgtui.core.demo import build_demo
from plgtui.core.journey_data import journey_from_data, journey_tables
from plgtui.core.journey_file import Store
from plgtui.core.model import AgreementStatus
from plgtui.core.timer import FakeClock
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp


class Moment:
    """The store's clock: a fixed local time, moved on by hand."""

    def __init__(self, when: datetime) -> None:
        self.now = when.timestamp()

    def at(self, when: datetime) -> None:
        self.now = when.timestamp()

    def __call__(self) -> float:
        return self.now


def opened(path: Path, clock: Moment) -> Workbook:
    read = []
    store = Store.open(
        path, clock=clock, check=lambda data: read.append(journey_from_data(path, data))
    )
    return Workbook(store, read[0])


def as_who(person: str, computer: str) -> None:
    signature.set_person(person)
    signature.set_computer(computer)


@pytest.fixture
def history_app(tmp_path, monkeypatch):
    """Yesterday evening An added three ideas and finished an agreement; this morning Bert's
    laptop, which had her file from before the agreement, added a member, merged in on An's,
    and An wrote the last meeting's notes."""
    monkeypatch.setattr(signature, "_person", "")
    monkeypatch.setattr(signature, "_computer", "")
    as_who("An", "laptop-an")
    clock = Moment(datetime(2026, 5, 20, 19, 30))
    path = tmp_path / "demo.json"
    Store.create(path, journey_tables(build_demo(TODAY, "nl")), clock=clock).close()
    book = opened(path, clock)
    meeting = book.journey.meetings[-1]
    for minute, text in (
        (10, "Kaart in kleur"),
        (11, "Minder tekst op de bron"),
        (12, "Stappenplan"),
    ):
        clock.at(datetime(2026, 5, 20, 20, minute))
        book.ideas.add_idea(meeting.id, meeting.blocks[1].id, text)
    laptop = tmp_path / "bert"
    laptop.mkdir()
    shutil.copy(path, laptop / path.name)  # the sync service gives Bert's laptop this version
    clock.at(datetime(2026, 5, 20, 20, 15))
    agreement = next(a for a in book.journey.agreements if a.is_open)
    book.agreements.set_agreement_status(agreement.id, AgreementStatus.DONE, on=TODAY)
    as_who("Bert", "laptop-bert")
    clock.at(datetime(2026, 5, 21, 8, 5))
    bert = opened(laptop / path.name, clock)
    bert.group.add_member("Fien Claes")
    bert.close()
    write_atomic(path, (laptop / path.name).read_text(encoding="utf-8"))
    as_who("An", "laptop-an")
    clock.at(datetime(2026, 5, 21, 8, 10))
    book.merge_from_disk(conflicts_allowed=False)
    clock.at(datetime(2026, 5, 21, 8, 30))
    held = book.journey.meetings_by_date()[-2]
    book.minutes.set_notes(held.id, held.notes + "\n\nNog na te vragen bij Fien.")
    folder = tmp_path / "settings"
    settings.save(folder, name="An")
    yield PlgApp(book, today=lambda: TODAY, clock=FakeClock(), settings_dir=folder)
    book.close()


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_the_history(snap_compare, history_app, size):
    async def held(pilot):
        await pilot.press("h")
        await pilot.app.workers.wait_for_complete()
        await pilot.press("down")  # the merge
        await pilot.pause(0.3)  # what differs from now is read a moment after
        await steady(pilot)

    assert snap_compare(history_app, terminal_size=size, run_before=held)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_the_history_asks_for_a_name_once(snap_compare, history_app, size):
    settings_file = history_app.settings_dir / "settings.json"
    settings_file.unlink()

    async def asked(pilot):
        await pilot.press("h")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await steady(pilot)

    assert snap_compare(history_app, terminal_size=size, run_before=asked)
