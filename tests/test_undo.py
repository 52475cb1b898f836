"""Undo (Ctrl+Z) in the core: each change made in this run taken back, newest first, saved and
named; no terminal."""

from __future__ import annotations

import errno
import json

import pytest
from conftest import TODAY
from live_fixtures import running_meeting

from plgtui.core import atomic_storage as storage
from plgtui.core import i18n
from plgtui.core.changes.undo import LIMIT
from plgtui.core.journey_data import journey_tables
from plgtui.core.model import AgreementKind
from plgtui.core.timer import FakeClock
from plgtui.core.validate import InputError
from plgtui.core.workbook import ReadOnlyError, Workbook


def on_disk(book: Workbook) -> dict:
    """The records the file holds, as the journey in memory would be written."""
    data = json.loads(book.path.read_text(encoding="utf-8"))
    data.pop("meta")
    return data


def planned(book: Workbook):
    """The demo's next meeting: planned, with an agenda and no ideas yet."""
    meeting = book.journey.meetings[-1]
    assert meeting.live is None and len(meeting.blocks) > 2
    return meeting


def test_an_added_idea_is_taken_away(workbook):
    meeting = planned(workbook)
    before = journey_tables(workbook.journey)
    workbook.ideas.add_idea(meeting.id, meeting.blocks[1].id, "Stappenkaart in kleur")
    assert workbook.can_undo
    changes = []
    workbook.subscribe(changes.append)
    what = workbook.undo()
    assert what == f'idee toegevoegd in bijeenkomst "{meeting.title}"'
    assert meeting.ideas == [] and workbook.journey.meetings[-1] is meeting  # changed in place
    assert journey_tables(workbook.journey) == before
    assert on_disk(workbook) == before
    assert changes[-1].table == "meetings" and changes[-1].ids == (meeting.id,)
    assert not workbook.can_undo


def test_a_vote_is_taken_back(workbook):
    meeting = planned(workbook)
    idea = workbook.ideas.add_idea(meeting.id, meeting.blocks[1].id, "Minder tekst")
    workbook.ideas.vote(meeting.id, idea.id)
    workbook.ideas.vote(meeting.id, idea.id)
    assert workbook.undo() == f'stem gegeven in bijeenkomst "{meeting.title}"'
    assert meeting.ideas[0].votes == 1
    assert on_disk(workbook)["meetings"][str(meeting.id)]["ideas"][0]["votes"] == 1


def test_an_agreement_added_and_one_removed(workbook):
    count = len(workbook.journey.agreements)
    gone = workbook.journey.agreements[0]
    workbook.agreements.remove_agreement(gone.id, today=TODAY)
    added = workbook.agreements.add_agreement("Bronnen meebrengen", AgreementKind.SUPPORT)
    assert workbook.undo() == "afspraak toegevoegd"
    assert added not in workbook.journey.agreements
    assert workbook.undo() == "afspraak verwijderd"
    assert len(workbook.journey.agreements) == count
    assert workbook.journey.agreements[0].id == gone.id  # back where the file lists it
    assert str(gone.id) in on_disk(workbook)["agreements"]


def test_a_moved_block_goes_back(workbook):
    meeting = planned(workbook)
    order = [b.id for b in meeting.blocks]
    workbook.meetings.move_block(meeting.id, order[1], 1)
    assert [b.id for b in meeting.blocks] != order
    assert workbook.undo() == f'blok verplaatst in bijeenkomst "{meeting.title}"'
    assert [b.id for b in meeting.blocks] == order
    assert [b["id"] for b in on_disk(workbook)["meetings"][str(meeting.id)]["blocks"]] == order


def test_a_renamed_member_gets_the_old_name_back(workbook):
    member = workbook.journey.members[1]
    name = member.name
    workbook.group.update_member(member.id, name="Nieuwe Naam")
    assert workbook.undo() == "lid gewijzigd"
    assert workbook.journey.members[1] is member and member.name == name
    assert on_disk(workbook)["members"][str(member.id)]["name"] == name


def test_twenty_five_changes_are_undone_newest_first(workbook):
    meeting = planned(workbook)
    block = meeting.blocks[1].id
    before = journey_tables(workbook.journey)
    done = []
    for n in range(25):
        if n % 3 == 0:
            workbook.ideas.add_idea(meeting.id, block, f"Idee {n}")
            done.append(f'idee toegevoegd in bijeenkomst "{meeting.title}"')
        elif n % 3 == 1:
            workbook.agreements.add_agreement(f"Afspraak {n}", AgreementKind.FINISH)
            done.append("afspraak toegevoegd")
        else:
            workbook.minutes.set_notes(meeting.id, f"Notities {n}")  # one autosave: one step
            done.append(f'verslag gewijzigd in bijeenkomst "{meeting.title}"')
    undone = []
    while workbook.can_undo:
        undone.append(workbook.undo())
    assert undone == done[::-1]
    assert journey_tables(workbook.journey) == before
    assert on_disk(workbook) == before


def test_only_the_last_fifty_are_kept(workbook):
    for n in range(LIMIT + 5):
        workbook.agreements.add_agreement(f"Afspraak {n}", AgreementKind.FINISH)
    for _ in range(LIMIT):
        workbook.undo()
    assert [a.text for a in workbook.journey.agreements][-5:] == [f"Afspraak {n}" for n in range(5)]
    with pytest.raises(InputError, match="niets om ongedaan te maken"):
        workbook.undo()


def test_the_file_holds_what_an_undo_left(workbook):
    path = workbook.path
    meeting = planned(workbook)
    workbook.minutes.set_notes(meeting.id, "Eerste versie")
    workbook.minutes.set_notes(meeting.id, "Tweede versie")
    workbook.undo()
    workbook.close()
    again = Workbook.open(path)
    assert again.journey.meetings[-1].notes == "Eerste versie"
    assert not again.can_undo  # a new run starts with nothing to undo
    again.close()


def test_nothing_to_undo_says_so(workbook):
    with pytest.raises(InputError, match="Er is niets om ongedaan te maken."):
        workbook.undo()
    i18n.set_language("en")
    with pytest.raises(InputError, match="There is nothing to undo."):
        workbook.undo()


def test_in_english(workbook):
    i18n.set_language("en")
    meeting = planned(workbook)
    workbook.ideas.add_idea(meeting.id, meeting.blocks[1].id, "Map in colour")
    assert workbook.undo() == f'idea added in meeting "{meeting.title}"'


def test_a_read_only_journey_refuses(demo_path):
    book = Workbook.open(demo_path, read_only=True)
    with pytest.raises(ReadOnlyError):
        book.undo()
    book.close()


def test_reading_the_file_again_forgets_what_came_before(workbook):
    workbook.agreements.add_agreement("Voor het herladen", AgreementKind.FINISH)
    workbook.reload()
    assert not workbook.can_undo


def test_changes_the_disk_refused_undo_one_by_one(workbook, monkeypatch):
    """The record as it was before comes from what the store holds, refused saves included."""
    agreement = workbook.journey.agreements[0]
    first = agreement.text

    def refuse(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    def reword(text: str) -> None:
        workbook.agreements.update_agreement(
            agreement.id, text=text, kind=agreement.kind, owners=agreement.owners, due=agreement.due
        )

    monkeypatch.setattr(storage, "write_atomic", refuse)
    reword("Tweede")
    reword("Derde")
    assert workbook.undo() == "afspraak gewijzigd"
    assert agreement.text == "Tweede"
    monkeypatch.undo()
    assert workbook.retry_save() == ""
    assert on_disk(workbook)["agreements"][str(agreement.id)]["text"] == "Tweede"
    workbook.undo()
    assert (
        agreement.text == first
        and on_disk(workbook)["agreements"][str(agreement.id)]["text"] == first
    )


def test_a_running_meeting_keeps_its_place(workbook):
    """Moving on and pausing are no steps to undo; an undo leaves the meeting where it stands.
    Starting it forgets what came before: the plan it would put back is not what runs."""
    clock = FakeClock()
    workbook.agreements.add_agreement("Voor de start", AgreementKind.FINISH)
    live = running_meeting(workbook, clock, 30)  # three ideas added while it runs
    meeting = live.meeting
    live.previous()
    where = (live.state.block, live.state.step)
    for _ in range(3):
        assert workbook.undo() == f'idee toegevoegd in bijeenkomst "{meeting.title}"'
    assert meeting.ideas == [] and (live.state.block, live.state.step) == where
    assert not workbook.can_undo  # the agreement came before the start


def test_the_block_a_meeting_runs_in_is_not_undone_away(workbook):
    from plgtui.core.model import BlockKind

    clock = FakeClock()
    live = running_meeting(workbook, clock, 30)
    meeting = live.meeting
    for _ in range(3):
        workbook.undo()  # the ideas
    added = workbook.meetings.add_block(
        meeting.id, BlockKind.DISCUSSION, "Extra", 10, after=live.block.id
    )
    assert workbook.undo() == f'blok toegevoegd in bijeenkomst "{meeting.title}"'
    workbook.meetings.add_block(
        meeting.id, BlockKind.DISCUSSION, "Nog een", 10, after=live.block.id
    )
    live.next()
    assert live.block.title == "Nog een"
    with pytest.raises(InputError, match="de bijeenkomst loopt in het blok"):
        workbook.undo()
    assert live.block.title == "Nog een" and added not in meeting.blocks
