"""What changed for the pupils in the exports: the journey's evidence and inquiry cycle, the
chart as inline SVG in the HTML (nothing that runs, the values written), the leaders' digest
that starts with the pupils, and a meeting's minutes with its readings, scores and case-pupil
notes as a timeline."""

from __future__ import annotations

import re
from datetime import date
from xml.etree import ElementTree

import pytest
from conftest import TODAY

from plgtui.core import i18n
from plgtui.core.demo import build_demo
from plgtui.core.evidence import CaseNote, Goal, MeasureKind, Reading
from plgtui.export.evidence_svg import Chart, goal_chart
from plgtui.export.html import page
from plgtui.export.journey import journey_lines, journey_markdown, leaders_digest
from plgtui.export.minutes import meeting_markdown

SVG = "{http://www.w3.org/2000/svg}"


def chart_of(journey) -> str:
    chart = goal_chart(journey, journey.goals[0])
    assert isinstance(chart, Chart) and str(chart) == ""  # nothing of it in the Markdown
    return chart.svg


def parsed(svg: str) -> ElementTree.Element:
    body = svg.removeprefix('<figure class="chart">\n').removesuffix("\n</figure>")
    return ElementTree.fromstring(body)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_chart_is_drawn_shapes_and_text_with_every_value_written(lang):
    i18n.set_language(lang)
    journey = build_demo(TODAY, lang)
    svg = parsed(chart_of(journey))
    tags = {e.tag.removeprefix(SVG) for e in svg.iter()}
    assert tags <= {"svg", "title", "desc", "line", "polyline", "polygon", "circle", "rect", "text"}
    for element in svg.iter():
        assert not any(a.startswith("on") or "href" in a for a in element.attrib), element.attrib
    texts = [e.text for e in svg.iter(f"{SVG}text")]
    for reading in journey.readings:
        assert f"{reading.value:.0f}%" in texts
    assert "0%" in texts and "100%" in texts  # the axis from zero
    assert {"3A", "3B"} <= set(texts)
    words = {"nl": ("nulmeting 40%", "streefwaarde 70%"), "en": ("baseline 40%", "target 70%")}[
        lang
    ]
    assert set(words) <= set(texts)


def test_classes_differ_by_marker_and_dashes_not_only_colour():
    svg = parsed(chart_of(build_demo(TODAY, "nl")))
    lines = svg.findall(f"{SVG}polyline")
    assert len(lines) == 2
    assert lines[0].get("stroke-dasharray") != lines[1].get("stroke-dasharray")
    assert svg.findall(f"{SVG}circle") and svg.findall(f"{SVG}polygon")  # a dot and a triangle


def test_typed_text_in_the_chart_is_escaped():
    journey = build_demo(TODAY, "nl")
    goal = journey.goals[0]
    goal.what = '<script>alert(1)</script> & "x"'
    goal.classes = ["<b onload=x>", "3B"]
    for reading in journey.readings:
        if reading.class_code == "3A":
            reading.class_code = "<b onload=x>"
    svg = chart_of(journey)
    assert "<script" not in svg and "<b " not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;" in svg
    parsed(svg)  # still well-formed


def test_the_html_page_holds_the_chart_and_no_script():
    journey = build_demo(TODAY, "nl")
    html = page(journey_lines(journey), journey.group.name, "nl")
    assert html.count('<figure class="chart">') == 1 and "<svg" in html
    assert "<script" not in html.lower() and "@page { size: A4" in html
    figure = html[html.index('<figure class="chart">') : html.index("</figure>")]
    assert "68%" in figure and "50%" in figure


def test_a_goal_without_readings_or_baseline_draws_no_chart():
    journey = build_demo(TODAY, "nl")
    journey.goals = [Goal(id=9, what="nieuw", classes=["4A"])]
    assert goal_chart(journey, journey.goals[0]) is None


def test_a_count_goal_gets_a_round_top():
    journey = build_demo(TODAY, "nl")
    goal = Goal(id=9, what="te laat", kind=MeasureKind.COUNT, classes=["4A"], high=None,
                baseline_on=date(2025, 9, 1), baseline=23, target=5, target_on=date(2026, 6, 1))  # fmt: skip
    journey.goals, journey.readings = [goal], [Reading(1, 9, date(2026, 1, 1), "4A", 12)]
    texts = [e.text for e in parsed(goal_chart(journey, goal).svg).iter(f"{SVG}text")]
    assert "30" in texts and "0" in texts and "12" in texts  # 23 * 1.1 rounds up to 30


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_digest_starts_with_what_changed_for_the_pupils(lang):
    i18n.set_language(lang)
    text = leaders_digest(build_demo(TODAY, lang))
    first = re.search(r"^## (.*)$", text, re.MULTILINE).group(1)
    assert first == {"nl": "Effect bij leerlingen", "en": "Effect on pupils"}[lang]
    row = {"nl": "| 3B | 40% | 50% (13 mei 2026) | 70% | achter op schema |",
           "en": "| 3B | 40% | 50% (13 May 2026) | 70% | behind |"}[lang]  # fmt: skip
    assert row in text


def test_the_journey_gains_the_inquiry_cycle_self_assessment_and_evidence():
    journey = build_demo(TODAY, "nl")
    text = journey_markdown(journey)
    for heading in ("## Onderzoekscyclus", "## Effect bij leerlingen",
                    "## Zelfevaluatie van de negen voorwaarden", "### Rubric: Werken met bronnen"):  # fmt: skip
        assert f"\n{heading}\n" in text, heading
    assert journey.inquiry[0].data[0] in text
    assert "- 3B: 50% op 13 mei 2026, achter op schema (verwacht: " in text
    assert "| Stelt een vraag bij de bron | 2 | 0 | 2 | 3 | 1 |" in text  # round 2 beside round 1


def test_the_minutes_show_what_the_meeting_entered_with_case_notes_as_a_timeline():
    journey = build_demo(TODAY, "nl")
    lesson = journey.meeting(journey.case_notes[0].meeting_id)
    journey.case_notes.append(CaseNote(99, lesson.id, "B", 2, "komt binnen *te laat*"))
    text = meeting_markdown(journey, lesson, None)
    part = text[text.index("## Effect bij leerlingen") :]
    b = part[part.index("### Casusleerling B") : part.index("### Casusleerling C")]
    assert b.splitlines()[2] == r"- min. 2: komt binnen \*te laat\*"  # first in time, escaped
    minutes = [int(m) for m in re.findall(r"- min\. (\d+):", b)]
    assert minutes == sorted(minutes) and len(minutes) == 4
    work = journey.meeting(journey.rubric_scores[-1].meeting_id)  # round 2, after
    scored = meeting_markdown(journey, work, None)
    assert (
        "### Rubric: Werken met bronnen" in scored and "ronde 2: 6 stukken leerlingenwerk" in scored
    )
    first = journey.meetings_by_date()[0]
    assert "### Metingen: Aandeel goed beantwoorde bronvragen" in meeting_markdown(
        journey, first, None
    )
    quiet = next(m for m in journey.meetings_by_date() if m.id not in
                 {r.meeting_id for r in journey.readings} | {lesson.id, work.id})  # fmt: skip
    assert "Effect bij leerlingen" not in meeting_markdown(journey, quiet, None)


@pytest.mark.parametrize(
    "typed",
    ["| x |", "# kop", "<script>alert(1)</script>", "*a* _b_ `c`", "- lijst", "[a](javascript:x)"],
)
def test_typed_evidence_cannot_break_the_document(typed):
    from plgtui.export.html import to_html
    from plgtui.export.journey import leaders_lines, meeting_export_lines
    from plgtui.export.minutes import joined

    journey = build_demo(TODAY, "nl")
    journey.goals[0].what = typed
    journey.goals[0].note = typed
    journey.rubrics[0].criteria[0] = typed
    journey.readings[0].note = typed
    journey.case_notes[0].text = typed
    lesson = journey.meeting(journey.case_notes[0].meeting_id)
    for lines in (
        journey_lines(journey),
        leaders_lines(journey),
        meeting_export_lines(journey, lesson),
    ):
        plain = ["" if isinstance(line, Chart) else line for line in lines]
        html = page(plain, "t", "nl")
        assert html == to_html(joined(lines), "t", "nl")
        assert "<script" not in html and 'href="javascript' not in html
        assert html.count("<h1>") == 1
