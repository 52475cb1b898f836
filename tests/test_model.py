from datetime import date

import pytest
from conftest import TODAY

from plgtui.core.codec import CodecError, decode, encode
from plgtui.core.demo import build_demo
from plgtui.core.model import (
    Agreement,
    AgreementKind,
    Journey,
    Meeting,
    Presence,
)


def test_every_record_round_trips_through_json_shapes():
    journey = build_demo(TODAY)
    for name in ("members", "questions", "phases", "meetings", "agreements", "themes", "outputs"):
        for record in getattr(journey, name):
            assert decode(type(record), encode(record)) == record


def test_attendance_keys_survive_json_as_ints():
    meeting = Meeting(id=1, date=date(2026, 1, 7), title="x", attendance={3: Presence.EXCUSED})
    data = encode(meeting)
    assert data["attendance"] == {"3": "excused"}
    assert decode(Meeting, data).attendance == {3: Presence.EXCUSED}


def test_missing_optional_fields_take_their_defaults():
    agreement = decode(Agreement, {"id": 4, "text": "t", "kind": "support"})
    assert agreement.kind is AgreementKind.SUPPORT and agreement.owners == [] and agreement.is_open


def test_bad_record_names_class_and_field():
    with pytest.raises(CodecError, match="Meeting.date"):
        decode(Meeting, {"id": 1, "date": "not a date", "title": "x"})
    with pytest.raises(CodecError, match="'title' is missing"):
        decode(Meeting, {"id": 1, "date": "2026-01-07"})


def test_empty_journey_has_no_current_anything():
    journey = Journey(group=build_demo(TODAY).group)
    assert journey.current_phase is None and journey.current_question is None
    assert journey.next_meeting(TODAY) is None and journey.open_agreements() == []


def test_a_record_of_the_wrong_shape_is_refused_with_its_field(demo_path):
    import json

    from plgtui.core.journey_file import JourneyError
    from plgtui.core.workbook import Workbook

    data = json.loads(demo_path.read_text(encoding="utf-8"))
    data["meetings"]["2"]["date"] = "gisteren"
    demo_path.write_text(json.dumps(data), encoding="utf-8")
    before = demo_path.read_bytes()
    with pytest.raises(JourneyError) as caught:
        Workbook.open(demo_path)
    assert caught.value.key == "file.bad_record_at" and "Meeting.date" in str(caught.value)
    assert caught.value.params["table"] == "meetings" and caught.value.params["record"] == 2
    assert demo_path.read_bytes() == before


def test_the_fast_decoder_reads_what_the_plain_one_reads():
    import sys
    from pathlib import Path

    from plgtui.core.codec import decode_fast

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from make_journey import build

    journey = build(meetings=40, members=6)
    records = [journey.group, *journey.members, *journey.meetings, *journey.agreements]
    records += [*journey.phases, *journey.questions, *journey.themes, *journey.outputs]
    for record in records:
        data = encode(record)
        assert decode_fast(type(record), data) == decode(type(record), data) == record
    sparse = decode_fast(Agreement, {"id": 4, "text": "t", "kind": "support"})
    assert sparse == decode(Agreement, {"id": 4, "text": "t", "kind": "support"})
    other = decode_fast(Agreement, {"id": 5, "text": "u", "kind": "support"})
    assert sparse.owners is not other.owners  # each record gets its own empty list


def test_the_fast_decoder_hands_bad_fields_to_the_plain_one():
    from plgtui.core.codec import decode_fast

    good = encode(Meeting(id=1, date=date(2026, 1, 7), title="x", guests=["An"]))
    cases = (("title", 5), ("guests", ["An", 3]), ("date", "not a date"),
             ("attendance", {"3": "maybe"}), ("status", "gone"), ("live", {"block": "x"}))  # fmt: skip
    for field, bad in cases:
        with pytest.raises(CodecError, match=f"Meeting.{field}"):
            decode_fast(Meeting, {**good, field: bad})
