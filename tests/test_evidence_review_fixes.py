"""What an independent tester found in the pupils' evidence: a reading before the baseline,
the chart's labels, `j` without scores, the rounds' headings at 80x24, the lesson study's words."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import journey_state

from plgtui.core import i18n
from plgtui.core.validate import InputError
from plgtui.core.workbook import Workbook


@pytest.fixture
def book(tmp_path):
    wb = Workbook.start_group(
        tmp_path / "evidence.json", name="Geschiedenis", coach="Els Wouters",
        members=["Bart Jacobs", "Noor Aerts"], today=date(2026, 9, 1),
    )  # fmt: skip
    yield wb
    wb.close()


@pytest.fixture
def goal(book):
    return book.evidence.add_goal(
        "score op de bronvragen", kind="percent", classes="3C",
        baseline_on="1/2/2027", baseline="40", target=70, target_on="30/6/2027",
    )  # fmt: skip


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_reading_before_the_baseline_is_refused_and_nothing_kept(book, goal, lang):
    i18n.set_language(lang)
    try:
        before = journey_state(book)
        with pytest.raises(InputError) as raised:
            book.evidence.add_reading(goal.id, on="3/12/2026", class_code="3C", value=3)
        assert journey_state(book) == before
        words = "vóór de nulmeting" if lang == "nl" else "before the baseline"
        assert words in str(raised.value)
        assert i18n.format_date(date(2027, 2, 1)) in str(raised.value)
    finally:
        i18n.set_language("nl")
    kept = book.evidence.add_reading(goal.id, on="1/2/2027", class_code="3C", value=45)
    with pytest.raises(InputError):  # an edit cannot move it back before the baseline either
        book.evidence.edit_reading(kept.id, on="31/1/2027")
    with pytest.raises(InputError):  # nor can the baseline move past a reading
        book.evidence.edit_goal(goal.id, baseline_on="2/2/2027")


@pytest.mark.parametrize(
    ("lang", "words"),
    [("nl", "Nog geen werk gescoord: scoor in een bijeenkomst met s"),
     ("en", "No work scored yet: score it in a meeting with s")],
)  # fmt: skip
async def test_before_and_after_without_scores_says_so(tmp_path, lang, words):
    from evidence_fixtures import app_for, bare_demo

    from plgtui.tui.screens.question import QuestionScreen

    book = bare_demo(tmp_path / "j.json", lang)
    book.evidence.add_rubric("Bronnen", ["vraag", "bron"], ["begint", "groeit", "kan het"])
    app = app_for(book)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("q", "5")
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert [n.message for n in app._notifications] == [words + "."]


@pytest.mark.parametrize(("lang", "letter"), [("nl", "casusleerling"), ("en", "case pupil")])
def test_the_lesson_observed_points_at_p_and_the_codes_a_b_c(lang, letter):
    from plgtui.core.techniques import find, load_techniques

    observe = find(load_techniques(lang), "lesson-observe")
    words = " ".join(observe.description.split())
    assert "(i)" not in words
    assert " p:" in words and "A, B" in words
    assert [r for r in observe.roles if letter in r] == [
        r for r in observe.roles if r.endswith((f"{letter} A", f"{letter} B", f"{letter} C"))
    ]
    assert len([r for r in observe.roles if letter in r]) == 3


def _chart_text(size, lang):
    """The goal chart of the tester's 3C and 3D, alone in an app of `size`, as plain lines."""
    import asyncio

    from textual.app import App

    from plgtui.tui.widgets.evidence_chart import GoalChart, GoalPicture, Line

    d = date
    picture = GoalPicture(
        lines=[Line("3C", [(d(2027, 2, 1), 40), (d(2027, 2, 8), 53), (d(2027, 5, 3), 39)]),
               Line("3D", [(d(2027, 2, 2), 46), (d(2027, 5, 3), 40)])],
        baseline=(d(2027, 2, 1), 40), target=(d(2027, 6, 30), 70), unit="%", top=100,
    )  # fmt: skip

    class One(App):
        def compose(self):
            yield GoalChart()

    async def run():
        i18n.set_language(lang)
        app = One()
        async with app.run_test(size=size) as pilot:
            chart = app.query_one(GoalChart)
            chart.show(picture)
            await pilot.pause()
            lines = [strip.text for strip in chart.render_lines(chart.region.reset_offset)]
        i18n.set_language("nl")
        return lines

    return asyncio.run(run())


@pytest.mark.parametrize("size", [(80, 24), (160, 45), (50, 20)])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_chart_labels_never_run_into_each_other(size, lang):
    import re

    lines = _chart_text(size, lang)
    text = "\n".join(lines)
    assert "%" in text
    for line in lines:
        assert not re.search(r"%[^\s│┤·⠀-⣿●▲]", line), line  # a label right after a value
        assert not re.search(r"\d{3,}%", line.replace("100%┤", "")), line  # two values in one
    words = "nulmeting 40%" if lang == "nl" else "baseline 40%"
    if size[0] >= 80:
        assert words in text  # the baseline's words kept first


@pytest.mark.parametrize(("lang", "word"), [("nl", "ronde"), ("en", "round")])
async def test_four_rounds_at_80x24_each_keep_a_heading(tmp_path, lang, word):
    from evidence_fixtures import app_for, with_evidence

    from plgtui.tui.screens.distribution import DistributionScreen

    book = with_evidence(tmp_path / "r.json", lang)
    rubric, meeting = book.journey.rubrics[0], book.journey.meetings[-2].id
    for round_ in (3, 4):
        for sample in ("W01", "W02"):
            book.evidence.score_sample(rubric.id, meeting_id=meeting, round=round_,
                                       sample=sample, levels={0: 3, 1: 4})  # fmt: skip
    app = app_for(book)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q", "5")
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, DistributionScreen)
        heads = []
        for bars in app.screen.query("RoundBars"):
            lines = [s.text for s in bars.render_lines(bars.region.reset_offset)]
            heads.append(" ".join(lines[0].split()))
        # the long title where it fits, else "ronde 1", else "#1" (English levels are longer)
        assert heads in ([f"{word} {n}" for n in (1, 2, 3, 4)], [f"#{n}" for n in (1, 2, 3, 4)])
