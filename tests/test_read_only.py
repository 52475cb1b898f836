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
    "results": lambda b: b.set_results("nieuw resultaat"),
    "step": lambda b: b.set_step("doing"),
    "items": lambda b: b.set_inquiry_items("goals", ["een doel"]),
    "link": lambda b: b.link_agreement(b.journey.agreements[0].id),
    "quality": lambda b: b.tick_quality("focused", "ja", on=TODAY),
    "round": lambda b: b.next_round("Nieuwe leervraag?", "nieuwe ronde", on=TODAY),
    "question": lambda b: b.set_question("Andere leervraag?", on=TODAY),
    "notes": lambda b: b.set_notes(b.journey.meetings[0].id, "notities"),
    "agreement": lambda b: b.add_agreement("iets", AgreementKind.FINISH),
    "status": lambda b: b.set_agreement_status(
        b.journey.agreements[0].id, AgreementStatus.DONE, on=TODAY
    ),
    "presence": lambda b: b.set_presence(
        b.journey.meetings[0].id, b.journey.members[1].id, Presence.ABSENT
    ),
    "idea": lambda b: b.add_idea(b.journey.meetings[0].id, b.journey.meetings[0].blocks[0].id, "x"),
    "vote": lambda b: b.vote(b.journey.meetings[0].id, b.journey.meetings[0].ideas[0].id),
    "block": lambda b: b.add_block(b.journey.meetings[-1].id, BlockKind.BREAK, "Pauze", 10),
    "groups": lambda b: b.make_groups(b.journey.meetings[-1].id, 3),
    "coach": lambda b: b.set_coach_joins(b.journey.meetings[-1].id, True),
    "meeting": lambda b: b.add_meeting(TODAY, "Nog een"),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_read_only_journey_changes_nothing(demo_path, change):
    writable = Workbook.open(demo_path)
    writable.set_results("eerst")  # an inquiry record to change, not a fresh one
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
        workbook.next_round("", "nieuwe ronde", on=TODAY)
    assert snapshot(workbook) == before and workbook.path.read_bytes() == on_disk
    version = workbook.next_round("Nieuwe leervraag?", "nieuwe ronde", on=TODAY)
    assert version.round == workbook.inquiry.round == before["inquiry"].get("1", {}).get("round", 1) + 1
