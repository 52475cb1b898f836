"""Each change is validated, applied and saved in one call, then announced."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import TODAY

from plgtui.core.model import AgreementKind, AgreementStatus, Role
from plgtui.core.validate import InputError
from plgtui.core.workbook import ReadOnlyError, Workbook


def reopen(path):
    book = Workbook.open(path)
    journey = book.journey
    book.close()
    return journey


def test_changes_are_on_disk_when_the_call_returns(workbook, demo_path):
    member = workbook.group.add_member("Ingrid Segers", Role.MEMBER, school="Campus Vijverhof")
    workbook.question.set_question("Hoe lezen leerlingen een spotprent?", "nieuwe ronde", on=TODAY)
    workbook.phases.enter_phase(5, on=TODAY, reason="Materiaal wordt gebruikt")
    meeting = workbook.meetings.add_meeting(date(2026, 6, 17), "Toonmoment voorbereiden", 90)
    agreement = workbook.agreements.add_agreement(
        "Spotprenten verzamelen",
        AgreementKind.SUPPORT,
        owners=[member.id],
        due=meeting.date,
        meeting_id=meeting.id,
    )
    workbook.agreements.set_agreement_status(agreement.id, AgreementStatus.DONE, on=TODAY)
    journey = reopen(demo_path)
    assert journey.member(member.id).school == "Campus Vijverhof"
    assert journey.current_question.text == "Hoe lezen leerlingen een spotprent?"
    assert len(journey.questions) == 3
    assert journey.current_phase.phase == 5
    assert journey.meeting(meeting.id).length_minutes == 90
    saved = next(a for a in journey.agreements if a.id == agreement.id)
    assert saved.status is AgreementStatus.DONE and saved.status_changed == TODAY
    assert saved.owners == [member.id]


def test_listeners_hear_after_the_save(workbook, demo_path):
    heard = []

    def listener(change):
        on_disk = json.loads(demo_path.read_text(encoding="utf-8"))
        heard.append((change.table, change.ids, str(change.ids[0]) in on_disk["members"]))

    unsubscribe = workbook.subscribe(listener)
    member = workbook.group.add_member("Jonas Maes")
    unsubscribe()
    workbook.group.add_member("Nog Iemand")
    assert heard == [("members", (member.id,), True)]
    assert workbook.revision == 2


def test_a_change_says_who_made_it(workbook):
    heard = []
    workbook.subscribe(heard.append)
    screen = object()
    meeting = workbook.journey.meetings[0]
    with workbook.caused_by(screen):
        workbook.minutes.set_notes(meeting.id, "getypt op dit scherm")
    workbook.minutes.add_decision(meeting.id, "elders besloten")
    assert [(c.table, c.source) for c in heard] == [("meetings", screen), ("meetings", None)]


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda b: b.group.add_member("   "), "mag niet leeg zijn"),
        (lambda b: b.group.add_member("katrien goossens"), "al een lid"),
        (lambda b: b.group.add_member("x" * 500), "te lang"),
        (lambda b: b.meetings.add_meeting("31-02-2026", "Feest"), "geen datum"),
        (lambda b: b.meetings.add_meeting(TODAY, "Kort", length_minutes=0), "tussen 5 en 600"),
        (
            lambda b: b.meetings.add_meeting(TODAY, "Lang", length_minutes="twee uur"),
            "geen geheel getal",
        ),
        (lambda b: b.phases.enter_phase(6, on=TODAY), "tussen 1 en 5"),
        (lambda b: b.phases.enter_phase(3, on=date(2020, 1, 1)), "vóór de huidige"),
        (lambda b: b.agreements.add_agreement("x", AgreementKind.FINISH, owners=[999]), "geen lid"),
        (
            lambda b: b.agreements.set_agreement_status(999, AgreementStatus.DONE, on=TODAY),
            "geen afspraak",
        ),
        (lambda b: b.group.update_group(language="fr"), "Onbekende taal"),
        (
            lambda b: b.agreements.set_agreement_status(
                next(a.id for a in b.journey.agreements if a.status is AgreementStatus.OPEN),
                AgreementStatus.DONE,
                on="morgen",
            ),
            "geen datum",
        ),
        (
            lambda b: b.agreements.update_agreement(
                b.journey.agreements[0].id,
                text="x",
                kind=AgreementKind.FINISH,
                owners=[999],
                due=None,
            ),
            "geen lid",
        ),
        (
            lambda b: b.phases.update_theme(
                b.journey.themes[0].id, title="Nieuw", member_ids=[1], notes="x" * 20_000
            ),
            "te lang",
        ),
    ],
)
def test_invalid_input_is_refused_and_nothing_is_saved(workbook, demo_path, call, message):
    from plgtui.core.journey_data import journey_tables

    before, in_memory = demo_path.read_bytes(), journey_tables(workbook.journey)
    revision = workbook.revision
    with pytest.raises(InputError, match=message):
        call(workbook)
    assert demo_path.read_bytes() == before
    assert journey_tables(workbook.journey) == in_memory  # nothing changed before the refusal
    assert workbook.revision == revision


def test_typed_text_is_kept_as_typed_except_control_codes(workbook, demo_path):
    member = workbook.group.add_member("[bold]Jo[/]  \x1b[31mRood")
    assert member.name == "[bold]Jo[/] Rood"
    assert reopen(demo_path).member(member.id).name == "[bold]Jo[/] Rood"


def test_read_only_workbook_refuses_every_change(demo_path):
    book = Workbook.open(demo_path, read_only=True)
    before = demo_path.read_bytes()
    try:
        with pytest.raises(ReadOnlyError, match="--read-only"):
            book.group.add_member("Iemand")
        with pytest.raises(ReadOnlyError):
            book.group.update_group(name="Andere naam")
    finally:
        book.close()
    assert demo_path.read_bytes() == before


def test_start_group_from_the_short_form(tmp_path):
    path = tmp_path / "nieuw.json"
    book = Workbook.start_group(
        path,
        name="Leergroep Wiskunde",
        subject="Wiskunde",
        coach="Sofie",
        members=["An", "", "  Bert ", "Chris"],
        today=TODAY,
    )
    book.close()
    journey = reopen(path)
    assert journey.group.name == "Leergroep Wiskunde" and journey.group.start == TODAY
    assert [(m.name, m.role) for m in journey.members] == [
        ("Sofie", Role.COACH),
        ("An", Role.MEMBER),
        ("Bert", Role.MEMBER),
        ("Chris", Role.MEMBER),
    ]
    assert journey.current_phase.phase == 1


def test_start_group_refuses_a_nameless_group_and_writes_nothing(tmp_path):
    path = tmp_path / "nieuw.json"
    with pytest.raises(InputError, match="Naam van de groep"):
        Workbook.start_group(path, name=" ", today=TODAY)
    assert not path.exists()


def test_create_never_overwrites(demo_path):
    with pytest.raises(FileExistsError):
        Workbook.start_group(demo_path, name="Weg ermee", today=TODAY)
