"""The short ways of the HTML export (issue 33: a page at most the time of the Markdown plus
cmark-gfm): prose notes without markdown-it, all table rows at once, sections cut from counts
kept while the body is made. Each must give exactly the bytes of the long way, whatever was
typed; and the demo and ordinary text must take them."""

from __future__ import annotations

import pytest
from conftest import TODAY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plgtui.core.demo import build_demo
from plgtui.export import html, html_body, html_rows
from plgtui.export.journey import journey_lines, meeting_export_lines
from plgtui.export.markdown import joined, table
from plgtui.export.notes import embed_notes


def _long_way(notes: str) -> str:
    return html_body._notes_parser().render(notes)


def test_prose_notes_skip_markdown_it_and_read_the_same():
    for notes in (
        "Een zin.\nNog een: met (haakjes), 3 leerlingen en 'quotes'.\n\nTweede alinea?",
        'Zoë zegt "ja" - en 50% wil 2024/2025 @school!',
        "Alinea\n\n\n\nna drie lege regels",
    ):
        assert html_body._prose(notes) is not None, notes
        assert html_body.notes_html(notes) == _long_way(notes)


def test_notes_with_markup_take_the_long_way():
    for notes in (
        "- lijst",
        "1. eerste",
        "2) tweede",
        "tekst\n===",
        "tekst\n---",
        "> citaat",
        "    code",
        "regel  \nbreuk",
        "a\tb",
        "&copy;",
        "*nadruk*",
        "a\u00a0\nb",
        "+ plus",
        "tekst\n:-",
    ):
        assert html_body._prose(notes) is None, notes
        assert html_body.notes_html(notes) == _long_way(notes)


notes_text = st.text(
    alphabet=st.sampled_from(list("ab 1.)-+=:>#*_`~|\\<&\"'!()\n\n\t\u00a0\u2028é")), max_size=40
)


@settings(max_examples=300, deadline=None)
@given(notes_text)
def test_whatever_the_notes_hold_the_short_way_reads_as_markdown_it(notes):
    embedded = embed_notes(notes, 5)
    assert html_body.notes_html(embedded) == _long_way(embedded)
    assert html_body.notes_html(notes) == _long_way(notes)


def test_plain_rows_are_made_at_once_and_read_the_same():
    rows = ["| Zoë | leraar |   |   |", "|   | x | y z |   |", "| a |"]
    assert html_rows._replaced("\n".join(rows)) is not None
    assert html_rows.rows_html(rows, html_body._row) == [html_body._row(r) for r in rows]


def test_rows_with_more_space_around_a_cell_take_the_long_way():
    for rows in (["|  a |"], ["| a  |", "| b |"], ["| a |  b |"], ["| a | b|"], ["| a |", "|b |"]):
        assert html_rows._replaced("\n".join(rows)) is None
        assert html_rows.rows_html(rows, html_body._row) == [html_body._row(r) for r in rows]


cell = st.one_of(
    st.text(alphabet=st.sampled_from(list("ab é|")), max_size=5),
    st.text(alphabet=st.sampled_from(list('ab |\\*&<>"\t\u00a0é')), max_size=5),
)
row = st.one_of(
    st.lists(cell, min_size=1, max_size=4).map(lambda cells: "| " + " | ".join(cells) + " |"),
    st.text(alphabet=st.sampled_from(list("a |\\*")), max_size=8).map(lambda t: "|" + t),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(row, min_size=1, max_size=6))
def test_whatever_the_rows_hold_all_at_once_reads_as_one_by_one(rows):
    assert html_rows.rows_html(rows, html_body._row) == [html_body._row(r) for r in rows]


def _documents(journey):
    return [
        journey_lines(journey, stamp="1 juni 2026 10:00", today=TODAY),
        meeting_export_lines(journey, journey.meetings[1]),
    ]


def test_the_demo_is_cut_into_sections_from_its_counts():
    journey = build_demo(TODAY, "nl")
    for lines in _documents(journey):
        made, counted = html_body.blocks(lines)
        assert counted
        body = "".join(block.text for block in made)
        assert html._sections_of(made) == html.sections(body)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    notes_text,
    st.sampled_from(["", "# kop\n\ntekst\n\n# twee\n\n", "## kop\n\ntekst\n\n#### vier\n\n"]),
)
def test_whatever_the_notes_hold_the_page_is_what_markdown_it_makes(notes, heading):
    journey = build_demo(TODAY, "nl")
    long = "\n\n".join(["Een lange alinea over wat we zagen in de klas."] * 45)
    journey.meetings[1].notes = heading + notes + "\n\n" + long  # too long for one page
    journey.meetings[2].notes = notes + "\n\n- een\n\n- twee"
    for lines in _documents(journey):
        drawn = ["" if isinstance(line, html_body.Chart) else line for line in lines]
        assert html.page(drawn, "t", "nl") == html.to_html(joined(lines), "t", "nl")


def _content(kind: str, k: int) -> list[str]:
    if kind == "rows":
        return table(["a", "b"], [[str(n), "x"] for n in range(k)])
    made = {
        "lines": lambda n: [f"regel {n}", ""],
        "long lines": lambda n: [("woord " * 9 * n).strip() or "x", ""],
        "items": lambda n: [f"- punt {n}"],
        "loose items": lambda n: [f"- punt {n}", ""],
        "quotes": lambda n: [f"> citaat {n}", ""],
        "headings": lambda n: [f"##### kop {n}", ""],
    }[kind]
    return [line for n in range(k) for line in made(n)] + [""]


@pytest.mark.parametrize(
    "kind", ["lines", "long lines", "items", "loose items", "quotes", "headings", "rows"]
)
def test_where_a_section_stops_fitting_on_a_page_both_ways_agree(kind):
    """Counted as made or read back, a part fits on a page up to the same size, of each kind
    of content, in a section as a whole and in its parts."""
    for k in range(1, 48):
        content = _content(kind, k)
        lines = ["# T", "", "## Deel", "", *content, "### Volgend", "", "tekst", ""]
        lines += ["## Twee", "", "#### Vier", "", *content, "#### Vijf", "", *content]
        made, counted = html_body.blocks(lines)
        assert counted
        assert html.page(lines, "t", "nl") == html.to_html(joined(lines), "t", "nl"), k
