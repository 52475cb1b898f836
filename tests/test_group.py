"""The group and its members through the workbook, without a terminal: every change checked
before anything changes, a member who left kept in the minutes, the usual meeting length."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import TODAY, journey_state

from plgtui.core import agenda
from plgtui.core.model import Role
from plgtui.core.validate import InputError
from plgtui.core.workbook import Workbook
from plgtui.export.minutes import meeting_markdown


def reopened(path):
    book = Workbook.open(path, read_only=True)
    try:
        return book.journey
    finally:
        book.close()


def test_a_member_is_added_with_a_role_and_a_school(workbook):
    member = workbook.group.add_member("  Jonas   Maes ", "guest", school="Campus Vijverhof")
    saved = reopened(workbook.path).member(member.id)
    assert (saved.name, saved.role, saved.school, saved.active) == (
        "Jonas Maes", Role.GUEST, "Campus Vijverhof", True,
    )  # fmt: skip
    assert not saved.expected  # a guest is not counted absent from the meetings they skip


@pytest.mark.parametrize(
    "name, role, message",
    [
        ("", "member", "mag niet leeg"),
        ("   ", "member", "mag niet leeg"),
        ("annelies PEETERS", "member", "al een lid"),  # the demo has Annelies Peeters
        ("Jonas", "principal", "Onbekende rol"),
    ],
)
def test_adding_refuses_what_would_not_make_sense(workbook, name, role, message):
    before = journey_state(workbook)
    with pytest.raises(InputError, match=message):
        workbook.group.add_member(name, role)
    assert journey_state(workbook) == before


def test_a_member_is_renamed_given_a_role_and_a_school(workbook):
    member = next(m for m in workbook.journey.members if m.name == "Bart De Smet")
    workbook.group.update_member(member.id, name="Bart Desmet")
    workbook.group.update_member(member.id, role=Role.COUNSELLOR)
    workbook.group.update_member(member.id, school="Campus Vijverhof")
    saved = reopened(workbook.path).member(member.id)
    assert (saved.name, saved.role, saved.school) == (
        "Bart Desmet",
        Role.COUNSELLOR,
        "Campus Vijverhof",
    )
    # Written the same with other capitals is the same person: no change, and still allowed.
    assert workbook.group.update_member(member.id, name="bart desmet").name == "bart desmet"


@pytest.mark.parametrize(
    "change, message",
    [
        ({"name": ""}, "mag niet leeg"),
        ({"name": "Elke Jacobs"}, "al een lid"),
        ({"role": "boss"}, "Onbekende rol"),
        ({"school": "x" * 600}, "te lang"),
    ],
)
def test_a_refused_member_change_changes_nothing(workbook, change, message):
    member = next(m for m in workbook.journey.members if m.name == "Bart De Smet")
    before = journey_state(workbook)
    with pytest.raises(InputError, match=message):
        workbook.group.update_member(member.id, **change)
    assert journey_state(workbook) == before
    with pytest.raises(InputError, match="geen lid"):
        workbook.group.update_member(999, name="Niemand")


def test_a_member_who_leaves_stays_in_the_minutes_and_can_come_back(workbook):
    journey = workbook.journey
    member = next(m for m in journey.members if m.name == "Dries Claes")
    held = [m for m in journey.held_meetings(TODAY) if member.id in m.attendance]
    members_before = len(journey.members)
    workbook.group.set_member_active(member.id, False, on=TODAY)
    saved = reopened(workbook.path)
    assert len(saved.members) == members_before  # never removed
    gone = saved.member(member.id)
    assert (gone.active, gone.left) == (False, TODAY)
    assert "Dries Claes" in meeting_markdown(saved, saved.meeting(held[-1].id), TODAY)
    assert not gone.member_on(date(2026, 6, 3))  # not expected at the next meeting
    workbook.group.set_member_active(member.id, True)
    back = reopened(workbook.path).member(member.id)
    assert (back.active, back.left) == (True, None)


def test_the_usual_length_is_checked_kept_and_preferred(workbook):
    assert workbook.journey.group.usual_length == 0
    from_meetings = agenda.usual_length(workbook.journey)
    for bad in ("anderhalf uur", "3", "9000", 2.5):
        before = journey_state(workbook)
        with pytest.raises(InputError):
            workbook.group.update_group(usual_length=bad)
        assert journey_state(workbook) == before
    workbook.group.update_group(usual_length=" 90 ")
    assert reopened(workbook.path).group.usual_length == 90
    assert agenda.usual_length(workbook.journey) == 90 != from_meetings
    workbook.group.update_group(usual_length="")  # empty: as the last meetings again
    assert agenda.usual_length(workbook.journey) == from_meetings


def test_the_group_itself_is_changed_checked_first(workbook):
    before = journey_state(workbook)
    for change in ({"name": " "}, {"language": "fr"}, {"schools": ["x" * 200]}):
        with pytest.raises(InputError):
            workbook.group.update_group(**change)
        assert journey_state(workbook) == before
    workbook.group.update_group(
        name="PLG Geschiedenis", subject="Geschiedenis", language="en",
        schools=["Campus Vijverhof", "", "Campus Vijverhof", "Sint-Annacollege"],
    )  # fmt: skip
    group = reopened(workbook.path).group
    assert (group.name, group.subject, group.language) == ("PLG Geschiedenis", "Geschiedenis", "en")
    assert group.schools == ["Campus Vijverhof", "Sint-Annacollege"]


def test_a_file_from_before_the_usual_length_opens(demo_path):
    data = json.loads(demo_path.read_text(encoding="utf-8"))
    del data["group"]["1"]["usual_length"]
    demo_path.write_text(json.dumps(data), encoding="utf-8")
    journey = reopened(demo_path)
    assert journey.group.usual_length == 0
    assert agenda.usual_length(journey) == 120  # from its meetings, as before


def test_a_hand_edited_usual_length_is_passed_over(workbook):
    from_meetings = agenda.usual_length(workbook.journey)
    for odd in (10**9, -5, 1):
        workbook.journey.group.usual_length = odd
        assert agenda.usual_length(workbook.journey) == from_meetings


def test_a_new_group_keeps_its_working_agreements_and_language(tmp_path):
    book = Workbook.start_group(
        tmp_path / "nieuw.json", name="PLG Frans", language="en", today=TODAY,
        norms=["  Op tijd beginnen ", "", "Telefoons weg"],
    )  # fmt: skip
    book.close()
    group = reopened(tmp_path / "nieuw.json").group
    assert group.norms == ["Op tijd beginnen", "Telefoons weg"]
    assert group.language == "en"
    for bad in ({"language": "fr"}, {"norms": [f"afspraak {n}" for n in range(13)]}):
        path = tmp_path / "niet.json"
        with pytest.raises(InputError):
            Workbook.start_group(path, name="PLG", today=TODAY, **bad)
        assert not path.exists()
