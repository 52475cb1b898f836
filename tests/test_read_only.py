"""A read-only journey refuses every change before anything changes, in memory or on disk, and
a new round with an empty wording leaves everything as it was."""

from __future__ import annotations

import pytest
from conftest import TODAY

from plgtui.core.model import AgreementKind, AgreementStatus, BlockKind, Presence
from plgtui.core.validate import InputError
from plgtui.core.workbook import ReadOnlyError, Workbook, journey_tables


def snapshot(book: Workbook):
    return journey_tables(book.journey)


CHANGES = {
    "results": lambda b: b.question.set_results("nieuw resultaat"),
    "step": lambda b: b.question.set_step("doing"),
    "items": lambda b: b.question.set_inquiry_items("goals", ["een doel"]),
    "link": lambda b: b.question.link_agreement(b.journey.agreements[0].id),
    "quality": lambda b: b.question.tick_quality("focused", "ja", on=TODAY),
    "round": lambda b: b.question.next_round("Nieuwe leervraag?", "nieuwe ronde", on=TODAY),
    "question": lambda b: b.question.set_question("Andere leervraag?", on=TODAY),
    "notes": lambda b: b.minutes.set_notes(b.journey.meetings[0].id, "notities"),
    "agreement": lambda b: b.agreements.add_agreement("iets", AgreementKind.FINISH),
    "status": lambda b: b.agreements.set_agreement_status(
        b.journey.agreements[0].id, AgreementStatus.DONE, on=TODAY
    ),
    "presence": lambda b: b.meetings.set_presence(
        b.journey.meetings[0].id, b.journey.members[1].id, Presence.ABSENT
    ),
    "idea": lambda b: b.ideas.add_idea(
        b.journey.meetings[0].id, b.journey.meetings[0].blocks[0].id, "x"
    ),
    "vote": lambda b: b.ideas.vote(b.journey.meetings[0].id, b.journey.meetings[0].ideas[0].id),
    "block": lambda b: b.meetings.add_block(
        b.journey.meetings[-1].id, BlockKind.BREAK, "Pauze", 10
    ),
    "groups": lambda b: b.meetings.make_groups(b.journey.meetings[-1].id, 3),
    "coach": lambda b: b.meetings.set_coach_joins(b.journey.meetings[-1].id, True),
    "meeting": lambda b: b.meetings.add_meeting(TODAY, "Nog een"),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_read_only_journey_changes_nothing(demo_path, change):
    writable = Workbook.open(demo_path)
    writable.question.set_results("eerst")  # an inquiry record to change, not a fresh one
    writable.close()
    book = Workbook.open(demo_path, read_only=True)
    before, on_disk = snapshot(book), demo_path.read_bytes()
    with pytest.raises(ReadOnlyError):
        CHANGES[change](book)
    assert snapshot(book) == before and demo_path.read_bytes() == on_disk
    book.close()


def test_a_new_round_without_a_wording_changes_nothing(workbook):
    before, on_disk = snapshot(workbook), workbook.path.read_bytes()
    with pytest.raises(InputError):
        workbook.question.next_round("", "nieuwe ronde", on=TODAY)
    assert snapshot(workbook) == before and workbook.path.read_bytes() == on_disk
    version = workbook.question.next_round("Nieuwe leervraag?", "nieuwe ronde", on=TODAY)
    assert (
        version.round
        == workbook.question.inquiry.round
        == before["inquiry"].get("1", {}).get("round", 1) + 1
    )


PARTS = ("group", "meetings", "ideas", "minutes", "agreements", "phases", "question")
READERS = {  # the public methods of the parts that only read or build a record without saving it
    "meeting_of",
    "draft_agenda",
    "phase_note",
    "inquiry",
    "new_theme",
    "new_agreement",
    "new_question",
    "journey",
}


def editing_methods(book: Workbook) -> list[tuple[str, str]]:
    found = []
    for part in PARTS:
        cls = type(getattr(book, part))
        for name in dir(cls):
            if name.startswith("_") or name in READERS:
                continue
            method = getattr(cls, name)
            assert getattr(method, "edits", False), f"{part}.{name} neither edits nor is a reader"
            found.append((part, name))
    return found


def test_every_editing_method_of_every_part_refuses_first(demo_path):
    """Called with no arguments at all: refused as read-only before it looks at them."""
    book = Workbook.open(demo_path, read_only=True)
    before, on_disk = snapshot(book), demo_path.read_bytes()
    methods = editing_methods(book)
    assert len(methods) >= 45
    for part, name in methods:
        with pytest.raises(ReadOnlyError):
            getattr(getattr(book, part), name)()
    assert snapshot(book) == before and demo_path.read_bytes() == on_disk
    book.close()
