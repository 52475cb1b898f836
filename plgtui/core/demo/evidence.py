"""What changed for the demo group's pupils: a goal on the source questions of the history test
with a year of readings in two classes, a rubric for working with sources written and scored
(before) at the October meeting on data and scored again (after) in the meeting where the group
looked at pupil work, and a lesson study with notes on three case pupils.

Every date comes from the demo's own meetings (whatever days and premise the demo has), so this
file never needs a date of its own: the baseline is the first meeting, the target the end of
the school year the last meeting falls in, and each reading is entered at a meeting that was
held. Pupils are codes only, as the group would write them.
"""

from __future__ import annotations

from datetime import date, timedelta

from plgtui.core.demo.school_year import free, school_year_of
from plgtui.core.evidence import (
    CaseNote,
    Goal,
    MeasureKind,
    Reading,
    ReadingSource,
    Rubric,
    RubricScore,
)
from plgtui.core.model import Journey, Meeting

CLASSES = ["3A", "3B"]
# (share of the source questions answered well, in percent) per reading, oldest first: 3A
# catches on, 3B only slowly; the first is the baseline test
VALUES = {"3A": [41, 46, 53, 57, 63, 68], "3B": [39, 40, 44, 43, 47, 50]}
BASELINE, TARGET = 40, 70
# the meetings (place in the year, from 0) before which each of those tests was taken
READINGS = (0, 1, 3, 5, 6, 8)
# levels per criterion (0-2) of each sample of pupil work, before (round 1) and after (round 2)
SAMPLES = {
    1: {
        "W01": (1, 2, 1),
        "W02": (2, 1, 1),
        "W03": (1, 1, 2),
        "W04": (2, 2, 1),
        "W05": (1, 2, 2),
        "W06": (3, 2, 1),
    },
    2: {
        "W07": (3, 3, 2),
        "W08": (2, 3, 3),
        "W09": (3, 2, 2),
        "W10": (4, 3, 3),
        "W11": (2, 3, 2),
        "W12": (3, 4, 3),
    },
}
# (case pupil, minute of the lesson, note number in WORDS[lang]["case"])
CASE_NOTES = [("A", 4, 0), ("B", 5, 1), ("C", 7, 2), ("A", 12, 3), ("C", 15, 4), ("B", 19, 5),
              ("A", 26, 6), ("B", 31, 7), ("C", 33, 8), ("A", 41, 9)]  # fmt: skip
RUBRIC_AT = 1  # the meeting (place in the year) on data: the rubric and round 1, in October
PUPIL_WORK = ("assessment-conference", "tuning")  # techniques where the group looks at work
LESSON_STUDY = ("lesson-observe", "lesson-discuss", "lesson-plan", "lesson-study")

WORDS = {
    "nl": {
        "goal": "Aandeel goed beantwoorde bronvragen op de hoofdstuktoets",
        "goal_note": "Dezelfde soort bronvragen in elke toets; 3A en 3B volgen hetzelfde leerplan.",
        "reading_notes": {
            0: "nulmeting: toets van september",
            3: "minder tijd voor de toets door een uitstap",
        },
        "rubric": "Werken met bronnen",
        "criteria": [
            "Stelt een vraag bij de bron",
            "Situeert de bron (wie, wanneer, waarom)",
            "Onderbouwt een besluit met de bron",
        ],
        "levels": [
            "nog niet: herhaalt wat er staat",
            "op weg: één element juist",
            "bereikt: juist en volledig",
            "sterk: vergelijkt met een andere bron",
        ],
        "case": [
            "leest de bron hardop voor zijn buur, onderstreept niets",
            "vraagt meteen wat ze moet opschrijven",
            "kijkt eerst naar de afbeelding, dan naar de bijschriften",
            "schrijft 'de bron is propaganda' zonder te zeggen waarom",
            "vergelijkt de datum met de tijdlijn in het boek",
            "werkt mee in het duo, laat de ander schrijven",
            "past de kijkwijzer toe: wie, wanneer, waarom",
            "zegt in het gesprek na de les: 'de vragen hielpen om te beginnen'",
            "geeft twee redenen waarom de bron betrouwbaar is",
            "stelt zelf een vraag: 'wie heeft dit laten maken?'",
        ],
    },
    "en": {
        "goal": "Share of source questions answered well in the chapter test",
        "goal_note": "The same kind of source questions in every test; 3A and 3B follow the same curriculum.",
        "reading_notes": {
            0: "baseline: the September test",
            3: "less time for the test after a school trip",
        },
        "rubric": "Working with sources",
        "criteria": [
            "Asks a question about the source",
            "Places the source (who, when, why)",
            "Supports a conclusion with the source",
        ],
        "levels": [
            "not yet: repeats what it says",
            "on the way: one element right",
            "reached: right and complete",
            "strong: compares with another source",
        ],
        "case": [
            "reads the source aloud to his neighbour, underlines nothing",
            "asks straight away what she should write down",
            "looks at the picture first, then at the captions",
            "writes 'the source is propaganda' without saying why",
            "compares the date with the timeline in the book",
            "joins in with the pair, lets the other one write",
            "uses the viewing guide: who, when, why",
            "says in the talk after the lesson: 'the questions helped me start'",
            "gives two reasons why the source can be trusted",
            "asks a question of her own: 'who had this made?'",
        ],
    },
}


def add_evidence(journey: Journey, language: str) -> None:
    """The demo's goal, readings, rubric, scores and case-pupil notes, added to `journey`."""
    words = WORDS.get(language, WORDS["en"])
    meetings = journey.meetings_by_date()
    held = journey.held_meetings_all()
    if not meetings or not held:
        return
    start, last = meetings[0], meetings[-1]
    goal = Goal(
        id=1, what=words["goal"], kind=MeasureKind.PERCENT, classes=list(CLASSES), low=0.0,
        high=100.0, baseline_on=start.date, baseline=BASELINE, target=TARGET,
        target_on=date(school_year_of(last.date) + 1, 6, 30), note=words["goal_note"],
    )  # fmt: skip
    journey.goals = [goal]
    journey.readings = _readings(goal, meetings, held, words)
    # The story stops at today: the rubric is written, and the September tests' work scored
    # with it (round 1, before), at the early meeting on data (RUBRIC_AT); the work after
    # (round 2) is scored once the group looked at pupil work; the notes on case pupils once
    # it observed a research lesson.
    done = {m.id for m in held}
    if len(meetings) > RUBRIC_AT and meetings[RUBRIC_AT].id in done:
        journey.rubrics = [
            Rubric(id=1, title=words["rubric"], criteria=words["criteria"], levels=words["levels"])
        ]
        work = _meeting_with(held, PUPIL_WORK)
        journey.rubric_scores = _scores(meetings[RUBRIC_AT], work)
    lesson = _meeting_with(held, LESSON_STUDY)
    if lesson is None:
        return
    observe = next((b for b in lesson.blocks if b.technique in LESSON_STUDY), None)
    journey.case_notes = [
        CaseNote(
            id=n + 1,
            meeting_id=lesson.id,
            pupil=pupil,
            minute=minute,
            text=words["case"][which],
            block_id=None if observe is None else observe.id,
        )  # fmt: skip
        for n, (pupil, minute, which) in enumerate(CASE_NOTES)
    ]


def _scores(before: Meeting, work: Meeting | None) -> list[RubricScore]:
    """Round 1 at `before`; round 2 at `work`, the meeting on pupil work, once it was held."""
    at = {1: before, 2: work}
    scores = [
        RubricScore(
            id=0,
            rubric_id=1,
            meeting_id=at[round_].id,
            round=round_,
            sample=sample,
            criterion=criterion,
            level=level,
        )  # fmt: skip
        for round_, samples in SAMPLES.items()
        if at[round_] is not None
        for sample, levels in samples.items()
        for criterion, level in enumerate(levels)
    ]
    for n, score in enumerate(scores):
        score.id = n + 1
    return scores


def _readings(
    goal: Goal, meetings: list[Meeting], held: list[Meeting], words: dict
) -> list[Reading]:
    """One reading per class at the first meeting (the baseline test) and at five meetings over
    the year (READINGS), as far as they are held: a reading belongs to its meeting whatever day
    the demo is opened. The test was taken the week before the meeting, or on the last school
    day before that outside the holidays and the exams."""
    done = {m.id for m in held}
    places = [p for p in READINGS if p < len(meetings) and meetings[p].id in done]
    chosen = [(READINGS.index(p), meetings[p]) for p in places]
    readings = []
    for n, meeting in chosen:
        on = meeting.date - timedelta(days=7 if n else 0)
        while n and not (on.weekday() < 5 and free(on)):  # a chapter test: no holiday, no exams
            on -= timedelta(days=1)
        for code in CLASSES:
            readings.append(Reading(
                id=len(readings) + 1, goal_id=goal.id, on=on,
                class_code=code, value=float(VALUES[code][n]),
                source=ReadingSource.OBSERVATION if n == 2 and code == "3B" else ReadingSource.TEST,
                note=words["reading_notes"].get(n, "") if code == "3B" or n == 0 else "",
                meeting_id=meeting.id,
            ))  # fmt: skip
    return readings


def _meeting_with(held: list[Meeting], techniques: tuple[str, ...]) -> Meeting | None:
    """The last held meeting with a block of one of these techniques (the first named first)."""
    for technique in techniques:
        found = [m for m in held if any(b.technique == technique for b in m.blocks)]
        if found:
            return found[-1]
    return None
