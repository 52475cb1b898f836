"""Goals with a measure, readings, rubrics, scores of pupil work and case-pupil notes: every
check refuses with a clear message and keeps nothing, in memory or on disk; what passes is
saved, read back and undone."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import journey_state

from plgtui.core import evidence_checks as check
from plgtui.core import i18n
from plgtui.core.evidence import MeasureKind, ReadingSource
from plgtui.core.validate import InputError
from plgtui.core.workbook import Workbook

START = date(2025, 9, 1)


@pytest.fixture
def book(tmp_path):
    wb = Workbook.start_group(
        tmp_path / "evidence.json", name="Geschiedenis", coach="Els Wouters",
        members=["Bart Jacobs", "Noor Aerts"], today=START,
    )  # fmt: skip
    yield wb
    wb.close()


@pytest.fixture
def goal(book):
    return book.evidence.add_goal(
        "score op de bronvragen van de toets", kind="percent", classes="3A, 3B",
        baseline_on="1/9/2025", baseline="40", target=70, target_on="30/6/2026",
    )  # fmt: skip


@pytest.fixture
def rubric(book):
    return book.evidence.add_rubric(
        "Werken met bronnen", ["vraag", "bron", "besluit"], ["begint", "groeit", "kan het", "sterk"]
    )


@pytest.fixture
def meeting(book):
    return book.meetings.add_meeting(date(2025, 10, 1), "Leerlingenwerk")


def refused(book, call, *message_parts):
    """`call` is refused with a message holding every part, and nothing changed."""
    before = journey_state(book)
    with pytest.raises(InputError) as raised:
        call()
    for part in message_parts:
        assert part in str(raised.value)
    assert journey_state(book) == before
    return str(raised.value)


def test_a_goal_and_its_readings_are_saved_and_read_back(book, goal):
    reading = book.evidence.add_reading(
        goal.id,
        on="15/1/2026",
        class_code="3a",
        value="58,5",
        source="observation",
        note="na de les",
    )
    assert (reading.class_code, reading.value, reading.source) == (
        "3A",
        58.5,
        ReadingSource.OBSERVATION,
    )
    assert (goal.baseline_on, goal.baseline, goal.target, goal.target_on) == (
        START,
        40.0,
        70.0,
        date(2026, 6, 30),
    )
    path = book.path
    book.close()
    again = Workbook.open(path)
    try:
        assert again.journey.goals == [goal]
        assert again.journey.readings == [reading]
    finally:
        again.close()


@pytest.mark.parametrize(
    "details, words",
    [
        ({"on": None, "class_code": "3A", "value": 50}, ["datum"]),
        ({"on": "  ", "class_code": "3A", "value": 50}, ["datum"]),
        ({"on": "1/2/2026", "class_code": "", "value": 50}, ["klas", "3A, 3B"]),
        ({"on": "1/2/2026", "class_code": "4C", "value": 50}, ["'4C'", "3A, 3B"]),
        ({"on": "1/2/2026", "class_code": "3A", "value": 130}, ["tussen 0 en 100"]),
        ({"on": "1/2/2026", "class_code": "3A", "value": -1}, ["tussen 0 en 100"]),
        ({"on": "1/2/2026", "class_code": "3A", "value": "veel"}, ["'veel'"]),
        ({"on": "1/2/2026", "class_code": "3A", "value": ""}, ["waarde"]),
        ({"on": "1/2/2026", "class_code": "3A", "value": 5, "source": "gevoel"}, ["'gevoel'"]),
    ],
)
def test_a_reading_that_does_not_fit_is_refused(book, goal, details, words):
    refused(book, lambda: book.evidence.add_reading(goal.id, **details), *words)


def test_a_reading_without_a_date_or_class_says_so_in_english_too(book, goal):
    i18n.set_language("en")
    assert refused(
        book, lambda: book.evidence.add_reading(goal.id, on=None, class_code="3A", value=5)
    ) == ("A reading needs a date.")
    message = refused(
        book, lambda: book.evidence.add_reading(goal.id, on="1/2/2026", class_code="5B", value=5)
    )
    assert message == "Class '5B' is not one of this goal's classes: choose from 3A, 3B."


def test_a_target_before_the_baseline_is_refused(book, goal):
    refused(
        book,
        lambda: book.evidence.edit_goal(goal.id, target_on="1/8/2025"),
        "streefdatum",
        "nulmeting",
    )
    refused(book, lambda: book.evidence.edit_goal(goal.id, target_on="1/9/2025"), "streefdatum")
    refused(
        book,
        lambda: book.evidence.add_goal(
            "x", classes=["3A"], baseline_on="1/9/2026", baseline=1, target=5, target_on="1/9/2025"
        ),  # fmt: skip
        "streefdatum",
    )


@pytest.mark.parametrize(
    "details, words",
    [
        ({"what": ""}, ["mag niet leeg"]),
        ({"classes": []}, ["minstens één klas"]),
        ({"classes": "3A, 3a"}, ["twee keer"]),
        ({"baseline": 120, "baseline_on": "1/9/2025"}, ["tussen 0 en 100"]),
        ({"baseline": 40, "baseline_on": None}, ["nulmeting"]),
        ({"target": 80, "target_on": None}, ["streefwaarde"]),
        ({"kind": "scale", "low": 5, "high": 1}, ["schaal"]),
        ({"kind": "scale", "low": 1, "high": None}, ["laagste en een hoogste"]),
        ({"kind": "count", "baseline": 2.5, "baseline_on": "1/9/2025"}, ["geen geheel getal"]),
        ({"kind": "gevoel"}, ["'gevoel'"]),
    ],
)
def test_a_goal_that_does_not_add_up_is_refused(book, details, words):
    fields = {"what": "score", "classes": ["3A"], **details}
    refused(book, lambda: book.evidence.add_goal(**fields), *words)


def test_a_scale_goal_checks_its_own_range(book):
    goal = book.evidence.add_goal("welbevinden", kind="scale", low=1, high=5, classes=["2B"])
    assert (
        book.evidence.add_reading(goal.id, on="1/3/2026", class_code="2B", value="3,5").value == 3.5
    )
    refused(
        book,
        lambda: book.evidence.add_reading(goal.id, on="1/3/2026", class_code="2B", value=0.5),
        "tussen 1 en 5",
    )


def test_a_class_with_readings_stays_and_the_kind_cannot_change(book, goal):
    book.evidence.add_reading(goal.id, on="1/2/2026", class_code="3B", value=50)
    refused(book, lambda: book.evidence.edit_goal(goal.id, classes=["3A"]), "3B")
    refused(book, lambda: book.evidence.edit_goal(goal.id, kind="count"), "metingen")
    book.evidence.edit_goal(goal.id, classes=["3A", "3B", "3C"], target=75)
    assert goal.classes == ["3A", "3B", "3C"] and goal.target == 75


def test_removing_a_goal_takes_its_readings_and_undo_brings_both_back(book, goal):
    book.evidence.add_reading(goal.id, on="1/2/2026", class_code="3B", value=50)
    book.evidence.remove_goal(goal.id)
    assert book.journey.goals == [] and book.journey.readings == []
    book.undo()
    assert [g.id for g in book.journey.goals] == [goal.id] and len(book.journey.readings) == 1


def test_rubric_scores_refuse_a_level_or_criterion_not_in_the_rubric(book, rubric, meeting):
    score = dict(meeting_id=meeting.id, round=1, sample="W01")
    refused(book, lambda: book.evidence.add_score(rubric.id, criterion=0, level=5, **score),
            "Niveau 5", "'Werken met bronnen'", "1 tot 4")  # fmt: skip
    refused(
        book, lambda: book.evidence.add_score(rubric.id, criterion=0, level=0, **score), "Niveau 0"
    )
    refused(
        book,
        lambda: book.evidence.add_score(rubric.id, criterion=3, level=2, **score),
        "Criterium 3",
    )
    refused(
        book,
        lambda: book.evidence.score_sample(rubric.id, levels={0: 2, 1: 9}, **score),
        "Niveau 9",
    )
    refused(book, lambda: book.evidence.add_score(rubric.id, criterion=0, level=2, round=1, sample="",
                                                  meeting_id=meeting.id), "mag niet leeg")  # fmt: skip
    assert book.journey.rubric_scores == []


def test_a_sample_is_scored_once_per_criterion_and_round(book, rubric, meeting):
    where = dict(meeting_id=meeting.id, round=1, sample="W01")
    first = book.evidence.score_sample(rubric.id, levels={0: 1, 1: 2, 2: 2}, **where)
    again = book.evidence.score_sample(rubric.id, levels={2: 3}, **where)
    assert again[0].id == first[2].id and len(book.journey.rubric_scores) == 3
    refused(book, lambda: book.evidence.add_score(rubric.id, criterion=0, level=3, **where), "W01")
    book.evidence.add_score(rubric.id, criterion=0, level=3, **{**where, "round": 2})
    assert len(book.journey.rubric_scores) == 4


def test_a_rubric_keeps_what_was_scored_on_it(book, rubric, meeting):
    book.evidence.add_score(
        rubric.id, meeting_id=meeting.id, round=1, sample="W1", criterion=2, level=4
    )
    refused(book, lambda: book.evidence.edit_rubric(rubric.id, levels=["a", "b", "c"]), "hernoemen")
    refused(
        book, lambda: book.evidence.edit_rubric(rubric.id, criteria=["vraag", "bron"]), "hernoemen"
    )
    refused(book, lambda: book.evidence.remove_rubric(rubric.id), "gebruikt")
    refused(
        book,
        lambda: book.evidence.edit_rubric(rubric.id, criteria=["vraag", " ", "besluit"]),
        "mag niet leeg",
    )
    refused(book, lambda: book.evidence.add_rubric("", ["a"], ["x", "y"]), "mag niet leeg")
    refused(book, lambda: book.evidence.add_rubric("R", [], ["x", "y"]), "criterium")
    refused(book, lambda: book.evidence.add_rubric("R", ["a"], ["x"]), "twee niveaus")
    book.evidence.edit_rubric(rubric.id, levels=["1", "2", "3", "uitstekend"])
    assert rubric.levels[-1] == "uitstekend"


def test_a_rubric_goal_counts_pupils_per_level(book, rubric):
    goal = book.evidence.add_goal("bronnen", kind="rubric", rubric_id=rubric.id, classes=["3A"])
    assert goal.level == 3  # the upper half counts unless the group says otherwise
    reading = book.evidence.add_reading(
        goal.id, on="1/2/2026", class_code="3A", levels={"1": 2, 2: 4, 3: 3, 4: 1}
    )
    assert reading.levels == {1: 2, 2: 4, 3: 3, 4: 1} and reading.value is None
    assert (
        check.reading_value(book.journey, goal, reading) == 40
    )  # 3 + 1 of 10 pupils at level 3 or 4
    refused(
        book,
        lambda: book.evidence.add_reading(goal.id, on="1/2/2026", class_code="3A", levels={5: 1}),
        "Niveau 5",
    )
    refused(
        book,
        lambda: book.evidence.add_reading(goal.id, on="1/2/2026", class_code="3A", levels={1: 0}),
        "leerling",
    )


def test_at_most_three_case_pupils_and_no_empty_note(book, meeting):
    for pupil in "abc":
        book.evidence.add_case_note(meeting.id, pupil=pupil, minute=4, text="kijkt naar de bron")
    assert [n.pupil for n in book.journey.case_notes] == ["A", "B", "C"]
    refused(book, lambda: book.evidence.add_case_note(meeting.id, pupil="D", minute=5, text="x"),
            "drie casusleerlingen", "A, B, C")  # fmt: skip
    refused(
        book,
        lambda: book.evidence.add_case_note(meeting.id, pupil="A", minute=5, text="   "),
        "Typ wat",
    )
    refused(
        book,
        lambda: book.evidence.add_case_note(meeting.id, pupil="", minute=5, text="x"),
        "mag niet leeg",
    )
    refused(
        book,
        lambda: book.evidence.add_case_note(meeting.id, pupil="A", minute=-1, text="x"),
        "Minuut",
    )
    book.evidence.add_case_note(meeting.id, pupil="A", minute=12, text="vraagt hulp")
    note = book.journey.case_notes[0]
    refused(book, lambda: book.evidence.edit_case_note(note.id, text=""), "Typ wat")
    refused(
        book, lambda: book.evidence.edit_case_note(note.id, pupil="D"), "drie"
    )  # A stays followed
    only_b = next(n for n in book.journey.case_notes if n.pupil == "B")
    book.evidence.edit_case_note(only_b.id, pupil="d")  # B's one note: B is no longer followed
    assert sorted({n.pupil for n in book.journey.case_notes}) == ["A", "C", "D"]


def test_every_change_is_undone(book, goal, rubric, meeting):
    steps = [
        lambda: book.evidence.add_reading(goal.id, on="1/2/2026", class_code="3A", value=50),
        lambda: book.evidence.edit_goal(goal.id, target=80),
        lambda: book.evidence.score_sample(
            rubric.id, meeting_id=meeting.id, round=1, sample="W1", levels={0: 2}
        ),
        lambda: book.evidence.add_case_note(meeting.id, pupil="A", minute=1, text="leest"),
    ]
    for step in steps:
        before = journey_state(book)[0]
        step()
        assert journey_state(book)[0] != before
        book.undo()
        assert journey_state(book)[0] == before


def test_a_read_only_journey_refuses_before_checking(book, goal):
    path = book.path
    book.close()
    reader = Workbook.open(path, read_only=True)
    try:
        with pytest.raises(InputError):
            reader.evidence.add_reading(goal.id, on=None, class_code="", value=None)
        assert reader.journey.readings == []
    finally:
        reader.close()


def test_measure_kinds_and_sources_have_words(book):
    from plgtui.core import labels
    from plgtui.core.i18n import _

    for kind in MeasureKind:
        assert _(labels.MEASURE_KIND[kind.value]) != labels.MEASURE_KIND[kind.value]
    for source in ReadingSource:
        assert _(labels.READING_SOURCE[source.value]) != labels.READING_SOURCE[source.value]
