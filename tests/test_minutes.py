"""The minutes in the core: agreements over time, attendance rates, search, Markdown."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import TODAY

from plgtui.core import agreements as rules
from plgtui.core.attendance import records
from plgtui.core.model import AgreementKind, AgreementStatus, Member, Presence, Role
from plgtui.core.search import search
from plgtui.core.validate import InputError
from plgtui.core.workbook import Workbook
from plgtui.export.minutes import attendance_table, escape, meeting_markdown
from plgtui.export.notes import embed_notes


def reopened(workbook: Workbook) -> Workbook:
    path = workbook.path
    workbook.close()
    return Workbook.open(path)


def last_held(workbook):
    return workbook.journey.last_meeting(TODAY)


def test_agreement_life_cycle_done_dropped_and_reopened(workbook):
    meeting = last_held(workbook)
    made = workbook.agreements.add_agreement(
        "Bronnenbundel nalezen",
        AgreementKind.DISCUSS,
        owners=[2, 3],
        meeting_id=meeting.id,
        due=rules.default_due(workbook.journey, meeting),
    )
    assert made.due == workbook.journey.next_meeting(TODAY).date
    workbook.agreements.close_agreement(made.id, AgreementStatus.DONE, on=TODAY)
    assert made.status is AgreementStatus.DONE and made.status_changed == TODAY
    with pytest.raises(InputError, match="waarom"):
        workbook.agreements.close_agreement(made.id, AgreementStatus.DROPPED, on=TODAY)
    workbook.agreements.close_agreement(
        made.id, AgreementStatus.DROPPED, on=TODAY, reason="Niet meer nodig"
    )
    workbook.agreements.close_agreement(made.id, AgreementStatus.OPEN, on=TODAY)
    workbook.agreements.update_agreement(
        made.id, text="Bundel nalezen", kind=AgreementKind.FINISH, owners=[4], due=date(2026, 7, 1)
    )
    again = reopened(workbook)
    saved = next(a for a in again.journey.agreements if a.id == made.id)
    assert (saved.text, saved.kind, saved.owners, saved.due, saved.is_open) == (
        "Bundel nalezen",
        AgreementKind.FINISH,
        [4],
        date(2026, 7, 1),
        True,
    )
    again.close()


def test_carry_over_counts_meetings_held_while_open_and_flags_stale(workbook):
    journey = workbook.journey
    oldest_open = next(a for a in journey.open_agreements() if a.meeting_id == 8)
    assert rules.carried_over(journey, oldest_open, TODAY) == 1
    assert not rules.is_stale(journey, oldest_open, TODAY)
    later = TODAY + timedelta(days=200)  # two more meetings will have been held by then
    assert rules.carried_over(journey, oldest_open, later) == 2
    workbook.meetings.add_meeting(TODAY + timedelta(days=60), "Nog een", prefill=False)
    assert rules.is_stale(journey, oldest_open, later)
    assert rules.is_overdue(oldest_open, TODAY)


def test_a_carried_agreement_is_closed_not_deleted(workbook):
    journey = workbook.journey
    carried = next(a for a in journey.open_agreements() if a.meeting_id == 8)
    with pytest.raises(InputError, match="al meegenomen"):
        workbook.agreements.remove_agreement(carried.id, today=TODAY)
    fresh = workbook.agreements.add_agreement(
        "Typfout", AgreementKind.FINISH, meeting_id=last_held(workbook).id
    )
    workbook.agreements.remove_agreement(fresh.id, today=TODAY)
    assert fresh not in journey.agreements
    assert all(a.id != fresh.id for a in reopened(workbook).journey.agreements)


def test_follow_up_lists_what_was_open_at_that_meeting(workbook):
    journey = workbook.journey
    upcoming = journey.next_meeting(TODAY)
    follow = rules.follow_up(journey, upcoming)
    assert {a.id for a in follow} == {a.id for a in journey.open_agreements()}
    done = follow[0]
    workbook.agreements.close_agreement(done.id, AgreementStatus.DONE, on=upcoming.date)
    assert done in rules.follow_up(journey, upcoming)  # ticked off there, still in its minutes


def test_attendance_counts_only_membership_and_keeps_unknown_apart(workbook):
    journey = workbook.journey
    held = journey.held_meetings(TODAY)
    newcomer = Member(id=99, name="Nieuw Lid", joined=held[-2].date)
    journey.members.append(newcomer)
    held[-1].attendance[99] = Presence.PRESENT
    by_name = {r.member.name: r for r in records(journey, TODAY)}
    assert (by_name["Nieuw Lid"].present, by_name["Nieuw Lid"].unknown) == (1, 1)
    assert by_name["Nieuw Lid"].rate == 1.0
    bart = by_name["Bart De Smet"]
    assert bart.present + bart.excused + bart.absent + bart.unknown == len(held)
    assert bart.trail[-1] is held[-1].attendance[3]
    journey.members.append(Member(id=98, name="Nooit Genoteerd", role=Role.LEADER))
    by_name = {r.member.name: r for r in records(journey, TODAY)}
    assert by_name["Nooit Genoteerd"].rate is None  # a school leader never recorded
    ines = by_name["Ines Vermeulen"]  # she stopped after four meetings (the last her goodbye)
    assert (ines.present, ines.unknown, len(ines.trail)) == (4, 0, 4)
    # the school leader came once; the other meetings say nothing about her
    leader = by_name["Veerle Van den Broeck"]
    assert (leader.present, leader.unknown) == (1, 0)
    rows = "\n".join(attendance_table(journey, held[0]))
    assert "Veerle" not in rows and "Annelies Peeters" in rows


def test_search_finds_notes_decisions_ideas_and_agreements(workbook):
    meeting = last_held(workbook)
    workbook.minutes.set_notes(meeting.id, "Eerste regel\nDe **stappenkaart** werkt in klas 3B")
    hits = search(workbook.journey, "KLAS 3b")
    assert hits[0].meeting_id == meeting.id and hits[0].where == "notes"
    assert "klas 3B" in hits[0].text
    assert {h.where for h in search(workbook.journey, "stappenkaart")} >= {"agreement", "notes"}
    assert search(workbook.journey, "   ") == []


def test_typed_text_cannot_break_the_markdown(workbook):
    meeting = last_held(workbook)
    workbook.minutes.add_decision(meeting.id, "# Geen kop | geen [link](x) *nadruk*")
    workbook.minutes.set_notes(meeting.id, "# Kop in de notities\n\n```\ncode zonder einde")
    text = meeting_markdown(workbook.journey, meeting, TODAY)
    assert "- \\# Geen kop \\| geen \\[link\\](x) \\*nadruk\\*" in text
    assert "### Kop in de notities" in text
    assert text.rstrip().endswith("```") or "```\n\n## " in text
    assert escape("1. een\n- twee") == "1\\. een - twee"
    assert escape("Titel #") == "Titel \\#"
    assert embed_notes("## a\n```\n# b\n```", 3) == "#### a\n\n```\n# b\n```"  # pandoc: blank first


def test_notes_decisions_and_guests_are_saved(workbook):
    meeting = last_held(workbook)
    workbook.minutes.set_notes(meeting.id, "Notitie")
    workbook.minutes.add_decision(meeting.id, "We nemen versie 3")
    workbook.minutes.edit_decision(meeting.id, len(meeting.decisions) - 1, "We nemen versie 4")
    workbook.minutes.remove_decision(meeting.id, 0)
    workbook.minutes.set_guests(meeting.id, ["Mevr. Claes", " ", "Mevr. Claes", "Dhr. Aerts"])
    with pytest.raises(InputError, match="geen besluit 99"):
        workbook.minutes.remove_decision(meeting.id, 98)
    saved = reopened(workbook).journey.meeting(meeting.id)
    assert saved.notes == "Notitie"
    assert saved.decisions[-1] == "We nemen versie 4"
    assert saved.guests == ["Mevr. Claes", "Dhr. Aerts"]


def test_carries_count_the_held_meetings_between_made_and_closed():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from make_journey import build

    journey = build(meetings=60, members=6)
    today = journey.meetings_by_date()[40].date  # some meetings still to come
    carries = rules.Carries(journey, today)
    checked = 0
    for agreement in journey.agreements:
        start = rules.origin_date(journey, agreement)
        if start is None:
            continue
        ended = None if agreement.is_open else agreement.status_changed
        expected = sum(
            1
            for m in journey.held_meetings(today)
            if m.date > start and (ended is None or m.date < ended)
        )
        assert carries.count(agreement) == expected
        assert rules.carried_over(journey, agreement, today) == expected
        checked += 1
    assert checked > 100


def test_search_finds_what_a_plain_scan_of_every_text_finds():
    import sys
    import unicodedata
    from pathlib import Path

    from plgtui.core.search import Hit, _snippet

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from make_journey import build

    journey = build(meetings=60, members=6)

    def plain_scan(query):
        def fold(text):  # each letter without its accent, one for one
            def base(c):
                b = "".join(
                    x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)
                )
                return b if len(b) == 1 else c

            return "".join(map(base, text.casefold()))

        words = [fold(w) for w in query.split()]
        texts = []
        for meeting in reversed(journey.meetings_by_date()):
            texts.append((meeting.id, "title", meeting.title))
            texts += [(meeting.id, "notes", line) for line in meeting.notes.splitlines()]
            texts += [(meeting.id, "decision", d) for d in meeting.decisions]
            texts += [(meeting.id, "idea", i.text) for i in meeting.ideas]
            texts += [(meeting.id, "agreement", a.text) for a in journey.agreements
                      if a.meeting_id == meeting.id]  # fmt: skip
        texts += [(None, "agreement", a.text) for a in journey.agreements if a.meeting_id is None]
        return [
            Hit(m, where, _snippet(t, fold(t).find(words[0]), len(words[0])))
            for m, where, t in texts
            if all(w in fold(t) for w in words)
        ]

    for query in ("feedback", "rubric toets", "zzz-nothing", "BRON", "stappenkaart klas"):
        assert search(journey, query, limit=10_000) == plain_scan(query)
