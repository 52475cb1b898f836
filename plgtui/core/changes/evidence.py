"""Changes to what changed for the pupils: goals with a measure, readings, rubrics, the scores
of pupil work and case-pupil notes. Each change is checked whole before any record changes
(`core/evidence_checks.py`), so a refused one leaves the journey and the file as they were.

An edit takes only the fields that change (`edit_goal(7, target=80)`); the record with them is
checked as a new one would be.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from plgtui.core import evidence_checks as check
from plgtui.core.changes.writer import Part, edits
from plgtui.core.codec import encode
from plgtui.core.evidence import CaseNote, Goal, Reading, Rubric, RubricScore
from plgtui.core.i18n import _
from plgtui.core.validate import InputError


class Evidence(Part):
    # -- goals -------------------------------------------------------------------------------

    @edits
    def add_goal(self, what: str, **details: Any) -> Goal:
        """A goal, saved. `details`: kind ('percent', 'count', 'scale', 'rubric'), classes,
        low, high (a scale's range; a count's top), rubric_id and level (a rubric goal),
        baseline_on, baseline, target, target_on, note."""
        goal = check.goal(self.journey, Goal(id=0, what=what, **_known(Goal, details)))
        goal.id = self._next_id("goals")
        return self._add("goals", goal)

    @edits
    def edit_goal(self, goal_id: int, **changes: Any) -> Goal:
        goal = self._find(self.journey.goals, goal_id, "evidence.no_goal")
        fresh = check.goal(self.journey, replace(goal, **_known(Goal, changes)), editing=goal)
        return self._changed("goals", goal, fresh)

    @edits
    def remove_goal(self, goal_id: int) -> Goal:
        """The goal and its readings, in one step (undone as one)."""
        goal = self._find(self.journey.goals, goal_id, "evidence.no_goal")
        readings = [r for r in self.journey.readings if r.goal_id == goal_id]
        self.journey.goals.remove(goal)
        for reading in readings:
            self.journey.readings.remove(reading)
        self._w.write([("goals", goal.id, None)] + [("readings", r.id, None) for r in readings])
        return goal

    # -- readings ----------------------------------------------------------------------------

    @edits
    def add_reading(self, goal_id: int, **details: Any) -> Reading:
        """A reading, saved. `details`: on (a date or text as typed), class_code, value (a
        number or text: '62,5'), levels ({level: pupils}, a rubric goal), source ('test',
        'observation', 'survey', 'other'), note, meeting_id."""
        fields = _known(Reading, details)
        reading = check.reading(
            self.journey,
            Reading(
                id=0,
                goal_id=goal_id,
                on=fields.pop("on", None),
                class_code=fields.pop("class_code", ""),
                **fields,
            ),
        )
        reading.id = self._next_id("readings")
        return self._add("readings", reading)

    @edits
    def edit_reading(self, reading_id: int, **changes: Any) -> Reading:
        reading = self._find(self.journey.readings, reading_id, "evidence.no_reading")
        fresh = check.reading(self.journey, replace(reading, **_known(Reading, changes)))
        return self._changed("readings", reading, fresh)

    @edits
    def remove_reading(self, reading_id: int) -> Reading:
        reading = self._find(self.journey.readings, reading_id, "evidence.no_reading")
        self.journey.readings.remove(reading)
        self._remove("readings", reading.id)
        return reading

    # -- rubrics -----------------------------------------------------------------------------

    @edits
    def add_rubric(
        self, title: str, criteria: Iterable[str], levels: Iterable[str], note: str = ""
    ) -> Rubric:
        rubric = check.rubric(
            self.journey,
            Rubric(id=0, title=title, criteria=list(criteria), levels=list(levels), note=note),
        )
        rubric.id = self._next_id("rubrics")
        return self._add("rubrics", rubric)

    @edits
    def edit_rubric(self, rubric_id: int, **changes: Any) -> Rubric:
        """title, criteria, levels, note. Criteria and levels already scored (or a goal's
        level) cannot be taken away; renaming them keeps the scores."""
        rubric = self._find(self.journey.rubrics, rubric_id, "evidence.no_rubric")
        fresh = check.rubric(
            self.journey, replace(rubric, **_known(Rubric, changes)), editing=rubric
        )
        return self._changed("rubrics", rubric, fresh)

    @edits
    def remove_rubric(self, rubric_id: int) -> Rubric:
        """Only a rubric no goal uses and nothing was scored on."""
        rubric = self._find(self.journey.rubrics, rubric_id, "evidence.no_rubric")
        if any(s.rubric_id == rubric_id for s in self.journey.rubric_scores) or any(
            g.rubric_id == rubric_id for g in self.journey.goals
        ):
            raise InputError(_("evidence.rubric_used", title=rubric.title))
        self.journey.rubrics.remove(rubric)
        self._remove("rubrics", rubric.id)
        return rubric

    # -- scores of pupil work ----------------------------------------------------------------

    @edits
    def add_score(
        self, rubric_id: int, *, meeting_id: int | None, round: int, sample: str,
        criterion: int, level: int,
    ) -> RubricScore:  # fmt: skip
        """One sample scored on one criterion; refused when it already has a score there in
        this round (edit that one, or use `score_sample`)."""
        score = check.score(self.journey, RubricScore(
            id=0, rubric_id=rubric_id, meeting_id=meeting_id, round=round, sample=sample,
            criterion=criterion, level=level,
        ))  # fmt: skip
        if check.same_score(self.journey, score) is not None:
            raise InputError(_("evidence.scored_twice", sample=score.sample))
        score.id = self._next_id("rubric_scores")
        return self._add("rubric_scores", score)

    @edits
    def score_sample(
        self, rubric_id: int, *, meeting_id: int | None, round: int, sample: str,
        levels: dict[int, int],
    ) -> list[RubricScore]:  # fmt: skip
        """A sample scored on several criteria at once ({criterion index: level}), in one
        save; a criterion it already had a score on in this round gets the new level."""
        if not levels:
            raise InputError(_("evidence.no_levels_scored"))
        scores = [
            check.score(
                self.journey,
                RubricScore(
                    id=0,
                    rubric_id=rubric_id,
                    meeting_id=meeting_id,
                    round=round,
                    sample=sample,
                    criterion=criterion,
                    level=level,
                ),
            )  # fmt: skip
            for criterion, level in levels.items()
        ]
        saved = []
        for score in scores:
            old = check.same_score(self.journey, score)
            if old is not None:
                old.level = score.level
                saved.append(old)
            else:
                score.id = self._next_id("rubric_scores")
                self.journey.rubric_scores.append(score)
                saved.append(score)
        self._save(*(("rubric_scores", s) for s in saved))
        return saved

    @edits
    def edit_score(self, score_id: int, **changes: Any) -> RubricScore:
        score = self._find(self.journey.rubric_scores, score_id, "evidence.no_score")
        fresh = check.score(self.journey, replace(score, **_known(RubricScore, changes)))
        twin = check.same_score(self.journey, fresh)
        if twin is not None and twin.id != score_id:
            raise InputError(_("evidence.scored_twice", sample=fresh.sample))
        return self._changed("rubric_scores", score, fresh)

    @edits
    def remove_score(self, score_id: int) -> RubricScore:
        score = self._find(self.journey.rubric_scores, score_id, "evidence.no_score")
        self.journey.rubric_scores.remove(score)
        self._remove("rubric_scores", score.id)
        return score

    # -- case pupils ---------------------------------------------------------------------------

    @edits
    def add_case_note(
        self, meeting_id: int, *, pupil: str, minute: int, text: str, block_id: int | None = None
    ) -> CaseNote:
        note = check.case_note(self.journey, CaseNote(
            id=0, meeting_id=meeting_id, pupil=pupil, minute=minute, text=text, block_id=block_id
        ))  # fmt: skip
        note.id = self._next_id("case_notes")
        return self._add("case_notes", note)

    @edits
    def edit_case_note(self, note_id: int, **changes: Any) -> CaseNote:
        """pupil, minute, text."""
        note = self._find(self.journey.case_notes, note_id, "evidence.no_case_note")
        fresh = check.case_note(
            self.journey, replace(note, **_known(CaseNote, changes)), editing=note
        )
        return self._changed("case_notes", note, fresh)

    @edits
    def remove_case_note(self, note_id: int) -> CaseNote:
        note = self._find(self.journey.case_notes, note_id, "evidence.no_case_note")
        self.journey.case_notes.remove(note)
        self._remove("case_notes", note.id)
        return note

    # -- shared ----------------------------------------------------------------------------

    def _changed(self, table: str, record: Any, fresh: Any) -> Any:
        """`record` takes the checked values of `fresh` in place (screens holding it see them)."""
        if encode(record) == encode(fresh):
            return record  # nothing to save, nothing to undo
        for name in record.__dataclass_fields__:
            if name != "id":
                setattr(record, name, getattr(fresh, name))
        self._put(table, record)
        return record


def _known(cls: type, given: dict[str, Any]) -> dict[str, Any]:
    """The fields a caller may set (never the id); a misspelt one is a programming error."""
    names = set(cls.__dataclass_fields__) - {"id"}
    unknown = set(given) - names
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {', '.join(sorted(unknown))}")
    return dict(given)
