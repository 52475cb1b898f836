"""Exports parsed back with markdown-it-py (tables on): structure holds whatever people typed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import TODAY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from plgtui.core import i18n
from plgtui.core.demo import build_demo
from plgtui.core.model import Agreement, AgreementKind
from plgtui.core.validate import InputError, line
from plgtui.export.html import to_html
from plgtui.export.journey import journey_markdown, leaders_digest, meeting_export

GOLDEN = Path(__file__).parent / "golden"
MD = MarkdownIt("commonmark").enable("table")


def headings(text: str) -> list[tuple[int, str]]:
    tokens = MD.parse(text)
    return [
        (int(t.tag[1]), tokens[i + 1].content)
        for i, t in enumerate(tokens)
        if t.type == "heading_open"
    ]


def tables(text: str) -> list[list[list[str]]]:
    """Every table as rows of cell texts (escapes resolved), header row first."""
    found: list[list[list[str]]] = []
    row: list[str] | None = None
    for token in MD.parse(text):
        if token.type == "table_open":
            found.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline" and row is not None:
            row.append("".join(c.content for c in token.children or []))
        elif token.type == "tr_close":
            found[-1].append(row)
            row = None
    return found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_demo_export_matches_its_golden_file(lang):
    i18n.set_language(lang)
    text = journey_markdown(build_demo(TODAY, lang))
    golden = GOLDEN / f"demo-{lang}.md"
    if not golden.exists():  # written once on purpose; then any change shows as a diff
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
    assert text == journey_markdown(build_demo(TODAY, lang))  # byte for byte, every time


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_message_to_members_matches_its_golden_file(lang):
    """Plain text for an e-mail by default, Markdown when asked: both kept as golden files."""
    from plgtui.export.members import members_message

    i18n.set_language(lang)
    journey = build_demo(TODAY, lang)
    last = journey.held_meetings(TODAY)[-1]
    for fmt in ("txt", "md"):
        text = members_message(journey, last, fmt)
        golden = GOLDEN / f"demo-members-{lang}.{fmt}"
        if not golden.exists():
            golden.write_text(text, encoding="utf-8")
        assert text == golden.read_text(encoding="utf-8"), fmt
    plain, markdown = members_message(journey, last), members_message(journey, last, "md")
    greeting, closing = {"nl": ("Dag collega's,", "Tot de volgende bijeenkomst,"),
                         "en": ("Dear colleagues,", "See you at the next meeting,")}[lang]  # fmt: skip
    assert plain.startswith(greeting + "\n") and f"\n{closing}\nKatrien Goossens\n" in plain
    assert markdown.splitlines()[0] == f"# {last.title}"
    assert headings(markdown)[1:] == [
        (2, h) for h in {
            "nl": ("Besluiten", "Ideeën", "Wie doet wat", "Mee te brengen", "Volgende bijeenkomst"),
            "en": ("Decisions", "Ideas", "Who does what", "What to bring", "Next meeting"),
        }[lang]
    ]  # fmt: skip
    assert headings(plain) == []  # no Markdown heading, nor any other mark of it
    for text in (plain, markdown):
        following = journey.meetings_by_date()[-1]
        assert following.place in text and "13:30" in text  # where and when the group meets next
        assert "Veerle" in text and "Ines" not in text and "notities" not in text.lower()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_leaders_digest_matches_its_golden_file(lang):
    i18n.set_language(lang)
    journey = build_demo(TODAY, lang)
    text = leaders_digest(journey)
    golden = GOLDEN / f"demo-leaders-{lang}.md"
    if not golden.exists():
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
    words = {
        "nl": ("Wat de groep van de directie vraagt", "Volgende bijeenkomst", "Stap 4 van 5",
               "| Eigenaarschap | 4 | 3 |"),
        "en": ("What the group asks of its school leaders", "Next meeting", "Step 4 of 5",
               "| Ownership | 4 | 3 |"),
    }[lang]  # fmt: skip
    for said in words:
        assert said in text, said
    assert journey.group.asks_leaders.splitlines()[0] in text


def test_headings_nest_under_one_title():
    journey = build_demo(TODAY, "nl")
    levels = headings(journey_markdown(journey))
    assert [lvl for lvl, _ in levels].count(1) == 1
    assert all(b <= a + 1 for (a, _), (b, _) in zip(levels, levels[1:], strict=False))
    start = levels.index((2, "Bijeenkomsten"))
    meeting_titles = [t for lvl, t in levels[start:] if lvl == 3]
    assert meeting_titles[:2] == [m.title for m in journey.meetings_by_date()[:2]]


def test_one_table_row_per_agreement():
    journey = build_demo(TODAY, "nl")
    text = journey_markdown(journey)
    open_table = next(
        t
        for t in tables(text)
        if t[0][1:2] == ["Afspraak"] and len(t) - 1 == len(journey.open_agreements())
    )
    assert sorted(r[1] for r in open_table[1:]) == sorted(a.text for a in journey.open_agreements())


HOSTILE = st.lists(
    st.sampled_from(list("ab |#*_`[]()<>!&~\\-+=.:1\n") + ["<script>", "&amp;", "```", "1. "]),
    min_size=1,
    max_size=30,
).map("".join)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE)
def test_typed_text_stays_inside_its_table_cell(text):
    try:
        typed = line(text, "afspraak", limit=2000)
    except InputError:
        return
    journey = build_demo(TODAY, "nl")
    journey.agreements.append(
        Agreement(id=99, text=typed, kind=AgreementKind.DISCUSS, meeting_id=9, owners=[2])
    )
    journey.members[1].name = typed[:100] or "x"
    exported = meeting_export(journey, journey.meetings_by_date()[8])
    made = tables(exported)
    agreements = next(t for t in made if t[0][1:2] == ["Afspraak"])
    assert all(len(r) == 5 for r in agreements)
    assert [r[1] for r in agreements[1:]][-1] == typed
    assert [lvl for lvl, _ in headings(exported)].count(1) == 1


def test_html_is_one_page_and_keeps_a_script_as_text():
    journey = build_demo(TODAY, "nl")
    journey.meetings[0].decisions.append("<script>alert(1)</script>")
    journey.meetings[0].notes += "\n\n<script>alert(2)</script>"
    page = to_html(journey_markdown(journey), journey.group.name, "nl")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="nl">' in page
    assert "<script>" not in page and "&lt;script&gt;alert(1)" in page
    assert "<table>" in page and "<style>" in page and "http" not in page.split("<body>")[0]


def test_notes_headings_are_demoted_and_fences_closed():
    journey = build_demo(TODAY, "nl")
    meeting = journey.meetings_by_date()[0]
    meeting.notes = "# Mijn kop\n\n```\n# geen kop\n"
    levels = headings(journey_markdown(journey))
    assert (5, "Mijn kop") in levels
    assert all(title != "geen kop" for _, title in levels)


def test_headings_inside_quotes_and_lists_are_demoted_too():
    journey = build_demo(TODAY, "nl")
    journey.meetings_by_date()[0].notes = "> # In een citaat\n\n- # In een lijst\n\n1. > # Dieper"
    levels = headings(journey_markdown(journey))
    assert [level for level, _ in levels].count(1) == 1
    for title in ("In een citaat", "In een lijst", "Dieper"):
        assert (5, title) in levels


def test_leaders_digest_has_no_notes_but_who_does_what():
    journey = build_demo(TODAY, "nl")
    digest = leaders_digest(journey)
    assert all(m.notes.splitlines()[0] not in digest for m in journey.meetings if m.notes)
    titles = [t for _, t in headings(digest)]
    assert {"Thema's", "Open afspraken", "Resultaten", "Aanwezigheid"} <= set(titles)
    assert journey_markdown(journey).count("\n") > 3 * digest.count("\n")
    assert date  # the digest carries no date of today


def test_an_agreement_left_open_for_good_is_not_repeated_in_every_later_meeting():
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from make_journey import build

    from plgtui.core.agreements import STALE_AFTER
    from plgtui.export.minutes import escape

    journey = build(meetings=80, members=6)
    text = journey_markdown(journey)
    old = [a for a in journey.agreements if a.is_open and a.meeting_id < 40]
    assert old, "the generated journey leaves some agreements open for good"
    for agreement in old:
        row = f"| {escape(agreement.text)} |"
        # where it was made, the open list at the top, and the follow-up of the next meetings
        assert text.count(row) <= 2 + STALE_AFTER, agreement.text
    assert "staan langer open dan de afgesproken termijn" in text


def test_the_html_prints_on_a4_and_keeps_short_parts_together():
    from plgtui.export.html import sections

    journey = build_demo(TODAY, "nl")
    journey.meetings[0].notes += "\n\n<h3>nep</h3>"
    page = to_html(journey_markdown(journey), journey.group.name, "nl")
    assert "@page { size: A4" in page and "thead { display: table-header-group; }" in page
    assert "break-after: avoid" in page and ".keep { break-inside: avoid" in page
    body = page.split("<body>")[1]
    assert body.count("<section") == body.count("</section>") > 10
    assert "&lt;h3&gt;nep" in body  # typed HTML cannot open a section of its own
    # a short part stays whole; a heading alone goes with what follows it
    short = sections("<h2>A</h2>\n<h3>B</h3>\n<p>x</p>\n")
    assert short == '<section class="keep">\n<h2>A</h2>\n<h3>B</h3>\n<p>x</p>\n</section>\n'
    long_one = (
        "<h3>M</h3>\n<p>d</p>\n<h4>L</h4>\n" + "<table><tr>" * 60 + "\n<h4>N</h4>\n<p>n</p>\n"
    )
    wrapped = sections(long_one)
    assert wrapped.startswith("<section>\n") and wrapped.count('<div class="keep">') == 1
    assert '<div class="keep">\n<h4>N</h4>' in wrapped


def test_bidi_controls_cannot_turn_an_exported_line_around():
    from test_terminal_safety import BIDI

    from plgtui.export.html import page
    from plgtui.export.journey import journey_lines
    from plgtui.export.members import members_message

    journey = build_demo(TODAY, "nl")
    # Typing and reading a file drop them (test_terminal_safety); here a program set them.
    journey.members[0].name = "Jan\u202eabc"
    meeting = journey.meetings_by_date()[0]
    meeting.notes = "Voor\u202e na\u2067 en\u200f verder, **vet\u202d**"
    meeting.decisions.append("Besluit\u202e achteraan")
    exports = [
        journey_markdown(journey),
        meeting_export(journey, meeting),
        leaders_digest(journey),
        page(journey_lines(journey), "t", "nl"),
        members_message(journey, meeting),
        members_message(journey, meeting, "md"),
    ]
    for text in exports:
        assert not set(BIDI) & set(text)
    assert "Janabc" in exports[0] and "Voor na en verder, **vet**" in exports[0]
    assert "- Besluit achteraan" in exports[0]
    assert "Janabc" in exports[3] and "Voor na en verder, <strong>vet</strong>" in exports[3]
