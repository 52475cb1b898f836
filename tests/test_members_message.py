"""The message to members, as colleagues get it by e-mail: plain text that shows what was typed
and nothing else, greeted and signed in the group's language, holding the agreements of the
meeting it follows; Markdown only when asked for."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest
from conftest import TODAY
from markdown_it import MarkdownIt

from plgtui.cli import main
from plgtui.core import i18n
from plgtui.core.demo import build_demo
from plgtui.core.model import Idea, Role
from plgtui.core.validate import InputError
from plgtui.core.workbook import Workbook
from plgtui.export import writing
from plgtui.export.members import members_message

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def export(argv, capsys) -> tuple[int, str, str]:
    code = main(["export", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def message_lines(out: str, start: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith(start)]


def hostile_journey():
    """The demo, where people typed what Markdown, a table or a terminal would take as marks."""
    journey = build_demo(TODAY, "nl")
    last = journey.held_meetings(TODAY)[-1]
    names = {"Annelies Peeters": "**x**", "Bart De Smet": "# y", "Griet Mertens": "a | b"}
    for member in journey.members:
        member.name = names.get(member.name, member.name)
    journey.members[0].name = "\\-Katrien\x1b[31m\u202e"  # the coach, who signs
    last.decisions.append("| kop | kop |\n|---|---|")
    last.ideas.append(Idea(id=99, block_id=last.blocks[0].id, text="1. `code`\x07", votes=3))
    following = journey.meetings_by_date()[-1]
    following.place, following.title = "<b>lokaal</b>", "[link](http://x) ~~weg~~"
    return journey, last


def test_plain_text_shows_what_was_typed_and_no_mark_of_its_own():
    journey, last = hostile_journey()
    text = members_message(journey, last)
    assert not CONTROL.search(text)
    typed = ["**x**", "# y", "a | b", "\\-Katrien", "| kop | kop | |---|---|", "1. `code`",
             "<b>lokaal</b>", "[link](http://x) ~~weg~~"]  # fmt: skip
    rest = text
    for said in typed:
        assert said in text, said  # as typed, control characters gone, on one line
        rest = rest.replace(said, "")
    for mark in ("#", "**", "|", "\\", "`", "<", "["):
        assert mark not in rest, mark
    assert "\n**x**:\n- Resultaten van de bronvragen" in text  # a person, then what they do
    assert text.rstrip().endswith("\\-Katrien\nLeergroep Geschiedenis Leiestreek")


def test_markdown_still_escapes_what_was_typed():
    journey, last = hostile_journey()
    text = members_message(journey, last, "md")
    assert "**\\*\\*x\\*\\***" in text and "\\# y" in text and "a \\| b" in text
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    assert not any(t.type == "table_open" for t in tokens)
    heads = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert heads[1:] == [
        "Besluiten",
        "Ideeën",
        "Wie doet wat",
        "Mee te brengen",
        "Volgende bijeenkomst",
    ]
    assert not CONTROL.search(text)


@pytest.mark.parametrize(
    "lang, greeting, closing, words",
    [
        ("nl", "Dag collega's,", "Tot de volgende bijeenkomst,", ("Wanneer: woensdag 3 juni 2026 om 13:30", "Waar: ")),
        ("en", "Dear colleagues,", "See you at the next meeting,", ("When: Wednesday 3 June 2026 at 13:30", "Where: ")),
    ],
)  # fmt: skip
def test_greeted_and_signed_in_the_groups_language(
    tmp_path, capsys, lang, greeting, closing, words
):
    path = tmp_path / "groep.json"
    Workbook.create(path, build_demo(TODAY, lang)).close()
    code, out, _err = export([str(path), "--for", "members"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == greeting and lines[-3:] == [closing, "Katrien Goossens", lines[-1]]
    for said in words:
        assert said in out
    assert i18n.language() == lang  # the group's own language, without --lang


def test_a_group_without_a_coach_signs_itself():
    journey = build_demo(TODAY, "nl")
    for member in journey.members:
        member.role = Role.MEMBER if member.role is Role.COACH else member.role
    text = members_message(journey, journey.held_meetings(TODAY)[-1])
    assert text.endswith("Tot de volgende bijeenkomst,\nLeergroep Geschiedenis Leiestreek\n")


def test_a_past_meeting_holds_its_own_agreements(demo_path, capsys):
    code, out, _err = export(
        [str(demo_path), "--for", "members", "--meeting", "2026-03-11"], capsys
    )
    assert code == 0 and '"Differentiëren in bronopdrachten"' in out
    (dropped,) = message_lines(out, "- De leesstrategieën in een fiche")
    assert "· geschrapt op " in dropped  # where it stands now
    for later in ("Toetsvragen per stap afwerken", "Digitale versie van de stappenkaart"):
        assert later not in out  # open now, but agreed at other meetings
    code, out, _err = export([str(demo_path), "--for", "members", "--meeting", "8"], capsys)
    assert message_lines(out, "- Toetsvragen per stap afwerken")[0].endswith("· open")
    assert "Digitale versie van de stappenkaart" not in out
    assert "Wanneer: woensdag 20 mei 2026 om 13:30" in out  # the meeting after that one


def test_the_last_meeting_also_lists_what_is_still_open(demo_path, capsys):
    code, out, _err = export([str(demo_path), "--for", "members"], capsys)
    assert "Digitale versie van de stappenkaart voorstellen" in out  # agreed there
    assert "Toetsvragen per stap afwerken" in out  # from the meeting before, still open


def test_overdue_only_when_the_day_is_known(demo_path, capsys):
    late = "- Toetsvragen per stap afwerken · af te werken · tegen 20 mei 2026 · open"
    _code, out, _err = export([str(demo_path), "--for", "members"], capsys)
    assert message_lines(out, late) == [late] * 2  # two owners
    _code, out, _err = export([str(demo_path), "--for", "members", "--today", "2026-05-21"], capsys)
    assert message_lines(out, late) == [late + ", te laat"] * 2
    journey = build_demo(TODAY, "nl")
    request = writing.Request(members=True, stamp=True)
    stamped = writing.render(journey, request, now=datetime(2026, 5, 21, 9, 30))
    assert late + ", te laat" in stamped and stamped.endswith("Gemaakt op 21 mei 2026 09:30\n")


@pytest.mark.parametrize(
    "lang, words", [("nl", "is nog niet gehouden"), ("en", "has not been held yet")]
)
def test_a_meeting_not_held_is_refused(demo_path, capsys, lang, words):
    argv = [str(demo_path), "--for", "members", "--meeting", "10", "--lang", lang]
    code, out, err = export(argv, capsys)
    assert code == 2 and out == "" and words in err and "Traceback" not in err
    assert '"Terugblik en vooruitblik op het schooljaar"' in err
    code, out, err = export([*argv[:3], "--meeting", "2026-06-03"], capsys)
    assert code == 2 and out == ""


def test_a_group_that_never_met_has_no_message(tmp_path, capsys):
    book = Workbook.start_group(
        tmp_path / "nieuw.json", name="PLG", coach="K", members=["A"], today=TODAY
    )
    book.meetings.add_meeting(TODAY, "Eerste keer", prefill=False)
    book.close()
    code, out, err = export([str(tmp_path / "nieuw.json"), "--for", "members"], capsys)
    assert code == 2 and out == "" and "nog geen bijeenkomst gehouden" in err


def test_markdown_when_asked_and_plain_text_only_for_members(demo_path, tmp_path, capsys):
    code, out, _err = export([str(demo_path), "--for", "members", "--format", "md"], capsys)
    assert code == 0 and out.startswith("# Effect bij leerlingen")
    assert "\n## Wie doet wat\n\n**Annelies Peeters**\n" in out
    target = tmp_path / "bericht.txt"
    assert export([str(demo_path), "--for", "members", "-o", str(target)], capsys)[0] == 0
    assert target.read_text(encoding="utf-8").startswith("Dag collega's,")
    code, _out, err = export([str(demo_path), "--format", "txt"], capsys)
    assert code == 2 and "--for members" in err
    journey = build_demo(TODAY, "nl")
    plain = writing.default_name(demo_path, journey, writing.Request(members=True))
    assert plain.name == "demo-2026-05-20-leden.txt"
    marked = writing.Request(members=True, fmt="md")
    assert writing.default_name(demo_path, journey, marked).suffix == ".md"


def test_the_start_time_is_checked_and_old_files_have_none(workbook, tmp_path):
    meeting = workbook.meetings.add_meeting("2026-06-17", "Met uur", start="16u30")
    assert meeting.start == "16:30"
    count = len(workbook.journey.meetings)
    with pytest.raises(InputError, match="geen uur"):
        workbook.meetings.add_meeting("2026-06-24", "Te laat", start="25:00")
    assert len(workbook.journey.meetings) == count  # refused before anything changed
    data = json.loads(workbook.path.read_text(encoding="utf-8"))
    for record in data["meetings"].values():
        del record["start"]
    old = tmp_path / "oud.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    book = Workbook.open(old, read_only=True)
    try:
        assert {m.start for m in book.journey.meetings} == {""}
        text = members_message(book.journey, book.journey.held_meetings(TODAY)[-1])
        assert "Wanneer: woensdag 3 juni 2026\n" in text  # a day without an hour
    finally:
        book.close()


def test_an_idea_that_became_nothing_is_listed_without_a_verdict(demo_path, capsys):
    _code, out, _err = export([str(demo_path), "--for", "members"], capsys)
    ideas = out.split("Ideeën\n")[1].split("\n\n")[0].splitlines()
    assert ideas and all("geen afspraak" not in line for line in ideas)
    assert "(a)" not in out and "(b)" not in out  # the kinds in words colleagues know
