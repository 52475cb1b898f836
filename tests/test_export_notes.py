"""Nothing typed in a meeting's notes can break the exported document or run in a reader.

The document is read as pandoc and many wikis read Markdown: with raw HTML allowed; and by
pandoc and cmark-gfm themselves, where they are installed.
"""

from __future__ import annotations

import shutil
import subprocess
from functools import cache
from html.parser import HTMLParser

import pytest
from conftest import TODAY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from plgtui.core.demo import build_demo
from plgtui.export.html import page
from plgtui.export.journey import journey_lines, journey_markdown
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


# What the export looks like to a reader that lets raw HTML through: pandoc's own Markdown
# (attributes, raw HTML, its rules for fences) and cmark-gfm --unsafe, besides plgtui's own HTML.
# Each is given the whole journey, hostile notes in a meeting, and must show no element or
# attribute that runs, every heading of the document, and the other notes' bold and lists.

RUNS_ELEMENTS = {"script", "iframe", "frame", "object", "embed", "applet", "base", "form", "meta",
                 "link", "style"}  # fmt: skip
RUNS = ("javascript:", "vbscript:", "data:")  # addresses a browser runs or opens as a page
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background", "srcdoc"}


class _Reading(HTMLParser):
    """What a browser would run, the headings and the bold texts and list items of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.runs: list[str] = []
        self.headings: list[tuple[int, str]] = []
        self.strong: list[str] = []
        self.items: list[str] = []
        self._open: dict[str, list[str]] = {}

    def handle_starttag(self, tag, attrs):
        if tag in RUNS_ELEMENTS:
            self.runs.append(f"<{tag}>")
        for name, value in attrs:
            address = "".join(c for c in (value or "") if c > " ").lower()
            if name.startswith("on") or (name in URL_ATTRIBUTES and address.startswith(RUNS)):
                self.runs.append(f"<{tag} {name}={value!r}>")
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6", "strong", "li"):
            self._open[tag] = []

    def handle_endtag(self, tag):
        text = " ".join("".join(self._open.pop(tag, [])).split())
        if tag in ("strong", "li"):
            (self.strong if tag == "strong" else self.items).append(text)
        elif tag[:1] == "h" and tag[1:].isdigit():
            self.headings.append((int(tag[1]), text))

    def handle_data(self, data):
        for parts in self._open.values():
            parts.append(data)

    def handle_comment(self, data):
        self.runs.append("<!--")  # a comment hides what follows it


def reading(page: str) -> _Reading:
    found = _Reading()
    found.feed(page)
    found.close()
    return found


def _command(*args: str):
    def render(journey) -> str:
        markdown = journey_markdown(journey)
        return subprocess.run(
            args, input=markdown, capture_output=True, text=True, check=True
        ).stdout

    return render


def _own(journey) -> str:
    return page(journey_lines(journey), "t", "nl").split("<body>", 1)[1]


def _reader(name, render, command):
    missing = command and shutil.which(command) is None
    reason = f"{command} is not installed (Debian: apt-get install {command}); .ci/run installs it"
    return pytest.param(render, id=name, marks=pytest.mark.skipif(missing, reason=reason))


READERS = [
    _reader("pandoc", _command("pandoc", "-f", "markdown", "-t", "html"), "pandoc"),
    _reader(
        "cmark-gfm", _command("cmark-gfm", "--unsafe", "-e", "table", "-e", "autolink"), "cmark-gfm"
    ),
    _reader("plgtui", _own, None),
]

OTHER_NOTES = "Een **vette** zin.\n\n- punt een\n- punt twee\n\nVerder."


def hostile_journey(notes: str):
    """The demo group with `notes` alone in one meeting, after bold and a list in another, and
    another meeting's bold and list after them."""
    journey = build_demo(TODAY, "nl")
    journey.meetings[1].notes = notes
    journey.meetings[2].notes = OTHER_NOTES + "\n\n" + notes
    journey.meetings[3].notes = OTHER_NOTES
    return journey


@cache
def _baseline(render, notes: bool) -> list[tuple[int, str]]:
    plain = hostile_journey("Gewone notities." if notes else "")
    return [h for h in reading(render(plain)).headings if h[0] <= 4]


def read_safely(render, notes: str) -> None:
    found = reading(render(hostile_journey(notes)))
    assert found.runs == []
    own = [h for h in found.headings if h[0] <= 4]  # the notes' own headings start at level 5
    assert own == _baseline(render, bool(notes.strip()))
    assert found.strong.count("vette") == 2
    assert found.items.count("punt een") == found.items.count("punt twee") == 2


@pytest.mark.parametrize("render", READERS)
@pytest.mark.parametrize(
    "notes",
    [
        "    <script>alert(1)</script>",  # indented code at the start kept its indent
        "\t<img src=x onerror=alert(1)>",
        "    <!-- x",
        "    # Kop",
        "\\`<script>alert(1)\\`",  # escaped backticks open no code span
        "Een `span\nover twee` <script>alert(1)</script> `regels`",
        "[link](javascript:alert(1)) ![beeld](data:image/png;base64,AAAA)",
        "[link](JaVa&#83;cript:alert(1)) [link](<javascript:alert(1)>)",
        "[link](javascript:alert(1) x)",  # pandoc allows a space in an address
        "[ref] en [tekst][ref]\n\n[ref]: javascript:alert(1)",
        "[ref]\n\n> [ref]:\n> data:text/html,<script>alert(1)</script>",
        "[a]{onclick=alert(1)} `b`{=html} ![c](x.png){onerror=alert(1)}",
        "::: {onclick=alert(1)}\ndiv\n:::",
        "```{=html}\n<script>alert(1)</script>\n```",
        "Tekst\n~~~\n<script>alert(1)</script>\n~~~",  # pandoc: a fence needs a blank line first
        "> ```\n> <script>alert(1)</script>",  # pandoc: no code without a closing fence
        "- ```\n  <img src=x onerror=alert(1)>\n- punt",
        "> ```\n    <script>alert(1)</script>",  # pandoc: more of the quote
        ">\n    <script>alert(1)</script>",
        "-\n---\n    <script>alert(1)</script>",  # pandoc: a rule after text is text
        "Tekst\n>     <script>alert(1)</script>",  # pandoc: a quote after text is text
        "1.\n\n    <script>alert(1)</script>",  # pandoc: the text of the empty item
        "> Titel in een citaat\n> ===",  # underlined, and nothing else that needs the parser
        "``` a`b\n<script>alert(1)</script>\n```",  # pandoc: code, CommonMark: text, then code
        "b]\n\n[a",  # pandoc pairs brackets over paragraphs (here: meetings), dropping all between
        "---\n<script>alert(1)</script>",
        "- ```\n# kop\n    <script>alert(1)</script>",  # pandoc: the heading and code in the item  # pandoc: YAML, and no document at all when it is not
        # pandoc: a line after a list whose last item ends in a block is more of that item, and
        # so is the indented line after it (found by the property test below)
        "- ```\n\\`<script>alert(1)\\`\n\n    <script>alert(1)</script>",
        "- # kop\ntekst\n\n    <script>alert(1)</script>",
        "- ***\ntekst\n\n    <script>alert(1)</script>",
        "1. ```\n   x\n   ```\ntekst\n\n    <script>alert(1)</script>",
        "> - ```\n> tekst\n>\n>     <script>alert(1)</script>",
        "- a\n\n      code\ntekst\n\n    <script>alert(1)</script>",
        "http://x<embed src=x> en http://y\\<img src=x onerror=alert(1) y=z>",  # cmark-gfm's
        # autolinks take a backslash before `<` into the address
    ],
)
def test_no_reader_runs_what_notes_hold(render, notes):
    read_safely(render, notes)


@pytest.mark.parametrize("render", READERS)
def test_typed_text_after_an_address_stays_text(render):
    journey = build_demo(TODAY, "nl")
    typed = "http://x<img src=x onerror=alert(1) y=z>"
    journey.meetings[1].title = journey.members[1].name = journey.agreements[0].text = typed
    journey.meetings[1].decisions.append(typed)
    assert reading(render(journey)).runs == []


# Lines that pandoc, cmark-gfm or markdown-it read as more than text.
hostile_pieces = st.sampled_from([
    "    <script>alert(1)</script>", "\t<img src=x onerror=alert(1)>", "    <!-- x", "    # Kop",
    "\\`<script>alert(1)\\`", "`open", "dicht` <iframe src=x>", "<object data=x>", "<embed src=x>",
    "<a href='javascript:alert(1)'>a</a>", "<svg onload=alert(1)>", "<!-- x", "-->",
    "[a](javascript:alert(1))", "[a](&#106;avascript:alert(1))", "[a](<javascript:alert(1)>)",
    "[a](javascript:alert(1) x)", "[a](", "javascript:alert(1))", "![b](data:image/png;base64,AA)",
    "![b](data:text/html,x)", "[c]: javascript:alert(1)", "[c]:", "data:text/html,x", "[c]",
    "[d][c]", "<javascript:alert(1)>", "[e]{onclick=alert(1)}", "`f`{=html}", "```{=html}",
    "~~~ {onclick=alert(1)}", "::: {onclick=alert(1)}", ":::", "# kop {onclick=alert(1)}",
    "**vet**", "- lijst", "  - dieper", "1. een", "> citaat", "> ```", "  ```", "   ~~~", "````",
    "- ```", "> ~~~", "  <b onclick=alert(1)>", "> <script>alert(1)</script>", ">", "-", "*",
    "``` a`b", "~~~~", "---", "titel: x", "...", "[^1]: voetnoot", "[^1]", "^[binnen]", "Titel", "===",
    "<https://voorbeeld.be>", "&#60;script&#62;", "\\", "`", "``", "", " ", "<div>", "</div>",
])  # fmt: skip
hostile_notes = st.lists(st.one_of(hostile_pieces, pieces, st.text(max_size=8)), max_size=14).map(
    "\n".join
)


@pytest.mark.parametrize("render", READERS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notes=hostile_notes)
def test_no_reader_runs_any_notes(render, notes):
    read_safely(render, notes)
