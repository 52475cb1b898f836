"""Nothing typed in a meeting's notes can break the exported document or run in a reader.

The document is read as pandoc and many wikis read Markdown: with raw HTML allowed.
"""

from __future__ import annotations

import pytest
from conftest import TODAY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from plgtui.core.demo import build_demo
from plgtui.export.journey import journey_markdown
from plgtui.export.notes import embed_notes

READER = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def read(markdown: str):
    """(headings as (level, text), table header rows, HTML tokens) as a reader sees them."""
    tokens = READER.parse(markdown)
    headings, tables, html = [], [], []
    for n, token in enumerate(tokens):
        if token.type == "heading_open":
            headings.append((int(token.tag[1]), tokens[n + 1].content))
        elif token.type == "thead_open":
            row = []
            for t in tokens[n:]:
                if t.type == "thead_close":
                    break
                if t.type == "inline":
                    row.append(t.content)
            tables.append(tuple(row))
        elif token.type == "html_block":
            html.append(token.content)
        elif token.type == "inline":
            html += [c.content for c in token.children or [] if c.type == "html_inline"]
    return headings, tables, html


def exported(notes: str) -> str:
    journey = build_demo(TODAY, "nl")
    journey.meetings[1].notes = notes
    return journey_markdown(journey)


BASELINE = read(exported("Gewone notities."))


def same_document(notes: str) -> None:
    headings, tables, html = read(exported("Gewone notities.\n\n" + notes))
    own = [h for h in headings if h[0] <= 4]  # the notes' own headings start at level 5
    assert own == [h for h in BASELINE[0] if h[0] <= 4]
    found = iter(tables)
    assert all(any(t == header for t in found) for header in BASELINE[1])  # in order
    assert html == []


@pytest.mark.parametrize(
    "notes",
    [
        "<script>alert(1)</script>",
        'Kijk: <img src="x" onerror="alert(1)"> hier',
        "<!-- later",
        "<pre>\nbegin",
        "<?php echo 1;",
        "<![CDATA[ x",
        "<!DOCTYPE html>",
        "<style>\nh1 { display: none }",
        "<div>\n\n# kop",
        "> <script>in een citaat",
        "- <!-- in een lijst",
        "<!X\n\t<b>\n\t<b>",  # escaping must not undo itself when the notes are read again
        "\\<b>vet\\</b>",  # an escaped backslash before a tag
    ],
)
def test_html_in_notes_is_shown_as_text_and_swallows_nothing(notes):
    same_document(notes)
    page = READER.render(exported(notes))
    assert "<script" not in page and "<img" not in page and "<!--" not in page


def test_underlined_headings_are_demoted_like_hash_headings():
    notes = "Titel\n=====\n\n> Citaat\n> -----\n\nTwee\nregels\n---"
    headings = read(exported(notes))[0]
    assert [h[0] for h in headings].count(1) == 1
    assert (5, "Titel") in headings and (6, "Citaat") in headings and (6, "Twee regels") in headings


def test_code_keeps_every_character():
    notes = "Voor\n\n    # geen kop\n    <b>vet</b>\n\n```\n# ook geen\n<i>\n```\n\n`<span>` blijft"
    embedded = embed_notes(notes, 5)
    assert "    # geen kop\n    <b>vet</b>" in embedded
    assert "```\n# ook geen\n<i>\n```" in embedded
    assert "`<span>` blijft" in embedded
    same_document(notes)


def test_an_open_fence_is_closed_and_plain_notes_are_left_alone():
    assert embed_notes("```python\nx = 1", 5) == "```python\nx = 1\n```"
    assert embed_notes("~~~~\nx\n~~~", 5).endswith("~~~~")  # a shorter fence does not close
    plain = "Iedereen was er.\n\n- punt een\n- punt twee"
    assert embed_notes(plain, 5) == plain
    same_document("```\n# kop in code")


# Lines that mean something in Markdown, mixed with plain words.
pieces = st.sampled_from([
    "# kop", "## kop", "Titel", "===", "---", "***", "```", "~~~", "    # code", "\t<b>",
    "<!--", "-->", "<pre>", "</pre>", "<script>", "<?", "?>", "<![CDATA[", "]]>", "<!X",
    "<div>", "</div>", "<img src=x onerror=y>", "> citaat", "- lijst", "1. lijst", "| a | b |",
    "|---|---|", "[x]: http://voorbeeld", "`code`", "``", "*", "_", "\\", "&amp;", "", " ",
])  # fmt: skip
lines = st.lists(st.one_of(pieces, st.text(max_size=12)), max_size=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_any_notes_leave_the_document_as_it_was(notes):
    same_document("\n".join(notes))
