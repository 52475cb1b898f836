"""The room's rules, without a network: what a phone sees, names, limits, dots, closing."""

from __future__ import annotations

import json

import pytest
from room_fixtures import to_voting_step, voting_meeting

from plgtui.core import room as rooms
from plgtui.core.room import Refused, Room
from plgtui.core.timer import FakeClock


class Ticks:
    """The monotonic clock the rate limits count on, moved by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def setup(workbook):
    clock = FakeClock()
    live = voting_meeting(workbook, clock)
    ticks = Ticks()
    room = Room(lambda: live, live.meeting_id, monotonic=ticks)
    return workbook, live, room, clock, ticks


def test_a_key_is_fresh_short_and_easy_to_type():
    keys = {rooms.new_key() for _ in range(50)}
    assert len(keys) == 50
    assert all(len(k) == 8 and set(k) <= set(rooms.KEY_ALPHABET) for k in keys)
    assert not set("0O1lI") & set(rooms.KEY_ALPHABET)


def test_a_phone_sees_the_running_block_and_nothing_else(setup):
    workbook, live, room, clock, _ = setup
    meeting = live.meeting
    workbook.minutes.set_notes(meeting.id, "Geheime notitie over Dries")
    phone = room.new_phone()
    clock.advance(10)
    view = room.view(phone)
    assert view["block"] == live.block.title and view["step_number"] == 1
    assert view["step"] == live.step.title and view["steps"] == len(live.block.steps)
    assert view["questions"] == live.block.prompts
    assert view["running"] and view["left"] == pytest.approx(live.remaining())
    assert view["ends"] - view["now"] == pytest.approx(live.remaining(), abs=0.01)
    said = json.dumps(view, ensure_ascii=False)
    for member in workbook.journey.members:
        assert member.name not in said
    assert "Geheime" not in said
    for agreement in workbook.journey.agreements:
        assert agreement.text not in said
    for other in meeting.blocks[2:]:
        assert other.title not in said


def test_the_follow_up_shows_no_questions_for_they_name_owners(setup):
    _, live, room, _, _ = setup
    live.previous()  # the follow-up of agreements, whose lines name their owners
    assert live.block.prompts and room.view(room.new_phone())["questions"] == []


def test_an_idea_from_a_phone_is_the_workbooks_and_anonymous_by_default(setup, demo_path):
    workbook, live, room, _, _ = setup
    phone = room.new_phone()
    idea = room.add_idea(phone, "  Minder tekst op de kaart ", "Dries")
    assert idea.text == "Minder tekst op de kaart" and idea.author == ""
    view = room.view(phone)
    assert [i["text"] for i in view["ideas"]] == ["Minder tekst op de kaart"]
    assert "author" not in view["ideas"][0] and "Dries" not in json.dumps(view)
    from plgtui.core.workbook import Workbook

    again = Workbook.open(demo_path, read_only=True)  # saved, as the coach's own
    saved = [i for i in again.journey.meetings[-1].ideas if i.text == "Minder tekst op de kaart"]
    assert len(saved) == 1 and saved[0].author == ""
    again.close()


def test_a_named_block_shows_the_name_the_phone_gave(setup):
    workbook, live, room, _, _ = setup
    workbook.ideas.set_room_rules(live.meeting_id, live.block.id, named=True)
    phone = room.new_phone()
    room.add_idea(phone, "Een voorbeeld per stap", "Dries")
    room.add_idea(phone, "Zonder naam", "")
    ideas = room.view(room.new_phone())["ideas"]
    assert ideas[0]["author"] == "Dries" and "author" not in ideas[1]
    workbook.ideas.set_room_rules(live.meeting_id, live.block.id, named=False)
    assert all("author" not in i for i in room.view(phone)["ideas"])


def test_sizes_are_limited(setup):
    _, _, room, _, _ = setup
    phone = room.new_phone()
    with pytest.raises(Refused) as refused:
        room.add_idea(phone, "x" * (rooms.IDEA_LIMIT + 1))
    assert refused.value.status == 413 and "280" in refused.value.text("nl")
    with pytest.raises(Refused):
        room.add_idea(phone, "kort", "n" * 41)
    with pytest.raises(Refused) as refused:
        room.add_idea(phone, ["geen", "tekst"])
    assert refused.value.code == "invalid"
    with pytest.raises(Refused) as refused:
        room.add_idea(phone, "   ")
    assert refused.value.code == "invalid"
    assert room.view(phone)["ideas"] == []


def test_a_phone_sends_a_few_ideas_a_minute(setup):
    _, _, room, _, ticks = setup
    phone, other = room.new_phone(), room.new_phone()
    for n in range(rooms.IDEAS_PER_MINUTE):
        room.add_idea(phone, f"idee {n}")
    with pytest.raises(Refused) as refused:
        room.add_idea(phone, "nog een")
    assert refused.value.code == "too_fast" and refused.value.status == 429
    room.add_idea(other, "van een andere gsm")  # the limit is per phone
    ticks.now += rooms.WINDOW
    room.add_idea(phone, "een minuut later")


def test_dots_are_spent_and_taken_back_in_a_voting_step_only(setup):
    workbook, live, room, _, _ = setup
    phone, other = room.new_phone(), room.new_phone()
    first = room.add_idea(phone, "Eerste")
    second = room.add_idea(other, "Tweede")
    with pytest.raises(Refused) as refused:
        room.vote(phone, first.id, 1)
    assert refused.value.code == "no_vote"
    to_voting_step(live)
    with pytest.raises(Refused) as refused:
        room.add_idea(phone, "te laat")
    assert refused.value.code == "voting"
    assert room.view(phone)["vote"] and room.view(phone)["dots"] == rooms.DEFAULT_DOTS
    assert room.vote(phone, first.id, 1) == 2
    assert room.vote(phone, first.id, 1) == 1
    assert room.vote(phone, second.id, 1) == 0
    with pytest.raises(Refused) as refused:
        room.vote(phone, second.id, 1)
    assert refused.value.code == "no_dots"
    with pytest.raises(Refused) as refused:
        room.vote(other, first.id, -1)  # another phone's dot is not yours to take back
    assert refused.value.code == "no_dot"
    assert room.vote(phone, first.id, -1) == 1
    votes = {i.id: i.votes for i in live.meeting.ideas}
    assert votes == {first.id: 1, second.id: 1}
    view = room.view(phone)
    assert view["spent"] == 2 and {i["id"]: i["mine"] for i in view["ideas"]} == votes
    with pytest.raises(Refused):
        room.vote(phone, 999, 1)
    with pytest.raises(Refused):
        room.vote(phone, first.id, 5)
    workbook.ideas.set_room_rules(live.meeting_id, live.block.id, dots=5)
    assert room.vote(phone, second.id, 1) == 2


def test_a_flood_of_taps_is_stopped(setup):
    _, live, room, _, _ = setup
    phone = room.new_phone()
    idea = room.add_idea(phone, "Eén idee")
    to_voting_step(live)
    refused = 0
    for _ in range(200):
        try:
            room.vote(phone, idea.id, 1 if not room.view(phone)["spent"] else -1)
        except Refused as exc:
            assert exc.code == "too_fast"
            refused += 1
    assert refused == 200 - rooms.VOTES_PER_MINUTE
    assert live.meeting.ideas[-1].votes <= 1


def test_unknown_phones_and_too_many_phones_are_refused(setup, monkeypatch):
    _, _, room, _, _ = setup
    with pytest.raises(Refused) as refused:
        room.view("verzonnen")
    assert refused.value.status == 403
    monkeypatch.setattr(rooms, "MOST_PHONES", 2)
    room.new_phone(), room.new_phone()
    with pytest.raises(Refused) as refused:
        room.new_phone()
    assert refused.value.code == "full"


def test_the_room_closes_with_the_meeting_or_the_coach(setup, workbook):
    _, live, room, _, _ = setup
    phone = room.new_phone()
    assert room.is_open
    room.close()
    with pytest.raises(Refused) as refused:
        room.view(phone)
    assert refused.value.status == 410 and not room.is_open
    other = Room(lambda: live, live.meeting_id)
    phone = other.new_phone()
    live.end()
    with pytest.raises(Refused) as refused:
        other.add_idea(phone, "na het einde")
    assert refused.value.code == "closed"


def test_the_page_speaks_the_groups_language():
    assert rooms.words("nl")["room.send"] == "Toevoegen"
    assert rooms.words("en")["room.send"] == "Add"
    assert all(k.startswith("room.") for k in rooms.words("en"))
