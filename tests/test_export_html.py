"""The HTML export is made from the export's lines without parsing the whole document again;
it must be exactly what markdown-it-py makes of the same Markdown, whatever was typed."""

from __future__ import annotations

import pytest
from conftest import TODAY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plgtui.core import i18n
from plgtui.core.demo import build_demo
from plgtui.export.html import page, to_html
from plgtui.export.journey import journey_lines, leaders_lines, meeting_export_lines
from plgtui.export.members import members_lines
from plgtui.export.minutes import escape, joined


def drawn(lines):
    """The lines with each chart as the blank line it is in Markdown: plgtui draws charts
    itself (evidence_svg.py, tested in test_export_evidence.py), markdown-it has none."""
    from plgtui.export.evidence_svg import Chart

    return ["" if isinstance(line, Chart) else line for line in lines]


def documents(journey):
    return [
        journey_lines(journey, stamp="1 juni 2026 10:00", today=TODAY),
        leaders_lines(journey),
        meeting_export_lines(journey, journey.meetings[1]),
        members_lines(journey, journey.meetings[8]),
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_html_is_what_markdown_it_makes_of_the_markdown(lang):
    i18n.set_language(lang)
    journey = build_demo(TODAY, lang)
    journey.meetings[
        1
    ].notes += "\n\n<b>x</b>\n\n# kop\n\n    code\n\n| a | b |\n|---|---|\n| 1 | 2 |"
    for lines in documents(journey):
        assert page(drawn(lines), "t", lang) == to_html(joined(lines), "t", lang)


typed = st.text(alphabet=st.sampled_from(list("ab *_`|\\<>&#[]()!~=-+.1\"'\t\né→")), max_size=20)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(typed, typed, typed, typed)
def test_whatever_is_typed_the_two_agree(name, title, decision, agreement):
    journey = build_demo(TODAY, "nl")
    journey.members[1].name = name or "x"
    journey.meetings[1].title = title or "x"
    journey.meetings[1].decisions.append(decision or "x")
    journey.agreements[0].text = agreement or "x"
    journey.group.asks_leaders = f"{name}\n{title}"
    for lines in documents(journey):
        assert page(drawn(lines), "t", "nl") == to_html(joined(lines), "t", "nl")


def test_plain_text_takes_the_short_way_and_reads_the_same():
    from plgtui.export import markdown as minutes

    for text in ("Katrien Goossens", "3 juni", "- lijst", "a  b", " a", "x|y", "ok.", "é ü"):
        slow = minutes._BLOCK_START.sub(
            lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3),
            minutes._INLINE.sub(r"\\\1", " ".join(text.split())),
        )
        assert escape(text) == slow, text
