"""Forms for what changed for the pupils: a goal with its measure, a reading, the rubric, and the
scores of samples of pupil work. Text about pupils (a reading's note, a sample's code) is asked
about first when it holds what looks like a name (dialogs/privacy.py)."""

from __future__ import annotations

from datetime import date

from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Input, Label, Select, Static, TextArea

from plgtui.core.evidence import Goal, MeasureKind, Reading, ReadingSource, Rubric
from plgtui.core.i18n import _, ngettext, number
from plgtui.core.privacy import looks_like_a_name
from plgtui.core.validate import InputError
from plgtui.tui.base.form import FormScreen
from plgtui.tui.dialogs.privacy import ask_first
from plgtui.tui.widgets.date_input import DateInput
from plgtui.tui.widgets.evidence_words import kind_label, source_label


class AsksAboutNames(FormScreen[int]):
    """A form whose texts about pupils are looked at for names before it saves."""

    def personal_fields(self) -> list[Input]:
        return []

    def action_save(self) -> None:
        journey = self.workbook.journey
        holding = {f: looks_like_a_name(f.value, journey) for f in self.personal_fields()}
        found = [n for names in holding.values() for n in names]
        # After "no", the next typing goes to the field with the name, not over a score.
        first = next((f for f, names in holding.items() if names), None)
        ask_first(self, found, super().action_save, lambda: first and first.focus())

    def save_on_quit(self) -> None:
        """No time to ask about a name as plgtui stops: one found keeps the form open."""
        journey = self.workbook.journey
        names = [n for f in self.personal_fields() for n in looks_like_a_name(f.value, journey)]
        if names:
            raise InputError(_("form_quit.name", names=", ".join(dict.fromkeys(names))))
        super().save_on_quit()


def _value(value: float | None) -> str:
    return "" if value is None else number(value, 2)


def _pair(first: Widget, second: Widget) -> Horizontal:
    """Two fields on one row: a value and its date, a scale's ends, a rubric and its level."""
    return Horizontal(first, second, classes="pair")


class GoalForm(FormScreen[int]):
    """A goal of the research question: what is measured and how, in which classes, from which
    baseline to which target."""

    DEFAULT_CSS = """
    GoalForm .pair { height: auto; }
    GoalForm .pair > * { width: 1fr; }
    """

    def __init__(self, goal: Goal | None = None) -> None:
        super().__init__()
        self.goal = goal
        self.title_text = _("goals.edit_title" if goal else "goals.new_title")

    def fields(self) -> list[tuple[str, Widget]]:
        goal = self.goal
        rubrics = [(r.title, r.id) for r in self.workbook.journey.rubrics]
        kinds = [(kind_label(k), k.value) for k in MeasureKind]
        kind = goal.kind.value if goal else MeasureKind.PERCENT.value
        rubric_value = goal.rubric_id if goal and goal.rubric_id else Select.NULL
        return [
            (_("field.goal_what"), Input(goal.what if goal else "", id="what",
                                         placeholder=_("goals.what_hint"))),
            (_("field.measure_kind"), Select(kinds, value=kind, allow_blank=False, id="kind")),
            (_("field.classes"), Input(", ".join(goal.classes) if goal else "", id="classes",
                                             placeholder=_("goals.classes_hint"))),
            (_("goals.field_scale"), _pair(
                Input(_value(goal.low) if goal and goal.kind is MeasureKind.SCALE else "",
                      id="low", placeholder=_("field.scale_low")),
                Input(_value(goal.high) if goal and goal.kind in (MeasureKind.SCALE, MeasureKind.COUNT)
                      else "", id="high", placeholder=_("field.scale_high")))),
            ("", Static(_("goals.scale_note"), classes="form-note")),
            (_("field.rubric"), _pair(
                Select(rubrics, value=rubric_value, id="rubric", prompt=_("goals.no_rubric")),
                Input(str(goal.level) if goal and goal.level else "", id="level",
                      placeholder=_("field.goal_level")))),
            (_("field.baseline"), _pair(
                Input(_value(goal.baseline) if goal else "", id="baseline",
                      placeholder=_("field.value")),
                DateInput(goal.baseline_on if goal else None, id="baseline_on"))),
            (_("field.target"), _pair(
                Input(_value(goal.target) if goal else "", id="target",
                      placeholder=_("field.value")),
                DateInput(goal.target_on if goal else None, id="target_on"))),
        ]  # fmt: skip

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#what").focus()

    def save(self) -> int:
        def text(name: str) -> str:
            return self.query_one(f"#{name}", Input).value

        rubric = self.query_one("#rubric", Select).value
        details = dict(
            kind=self.query_one("#kind", Select).value,
            classes=text("classes"),
            low=text("low") or 0.0,
            high=text("high") or None,
            rubric_id=None if rubric is Select.NULL else rubric,
            level=text("level").strip() or 0,
            baseline=text("baseline"),
            baseline_on=self.query_one("#baseline_on", DateInput).given,
            target=text("target"),
            target_on=self.query_one("#target_on", DateInput).given,
        )
        evidence = self.workbook.evidence
        if self.goal is None:
            return evidence.add_goal(text("what"), **details).id
        return evidence.edit_goal(self.goal.id, what=text("what"), **details).id


class ReadingForm(AsksAboutNames):
    """A reading of a goal: date, class, value (or pupils per rubric level), source, note; a
    reading given is edited in place (its goal and meeting stay)."""

    DEFAULT_CSS = """
    ReadingForm #values { height: auto; }
    ReadingForm .levels { height: auto; }
    ReadingForm .levels > Input { width: 1fr; }
    """

    def __init__(
        self, goal_id: int | None, *, day: date, meeting_id: int | None = None,
        reading: Reading | None = None,
    ) -> None:  # fmt: skip
        super().__init__()
        self.goal_id = goal_id if reading is None else reading.goal_id  # None: the first goal
        self.day = day if reading is None else reading.on
        self.meeting_id = meeting_id
        self.reading = reading
        self.title_text = _("reading.edit_title" if reading else "reading.new_title")

    @property
    def goal(self) -> Goal | None:
        return next((g for g in self.workbook.journey.goals if g.id == self.goal_id), None)

    def fields(self) -> list[tuple[str, Widget]]:
        journey = self.workbook.journey
        if self.goal_id is None and journey.goals:
            self.goal_id = journey.goals[0].id
        goals = [(g.what, g.id) for g in journey.goals]
        sources = [(source_label(s), s.value) for s in ReadingSource]
        goal, was = self.goal, self.reading
        return [
            (_("reading.field_goal"), Select(goals, value=self.goal_id if goal else Select.NULL,
                                             allow_blank=goal is None, id="goal",
                                             disabled=was is not None)),
            (_("field.date"), DateInput(self.day, id="on")),
            (_("field.class"), Select(self._class_options(goal), allow_blank=True, id="class",
                                      prompt=_("reading.class_prompt"),
                                      value=was.class_code if was else Select.NULL)),
            ("", Vertical(*self._value_rows(goal), id="values")),
            (_("field.source"), Select(sources, value=(was.source if was else ReadingSource.TEST).value,
                                               allow_blank=False, id="source")),
            (_("field.note"), Input(was.note if was else "", id="note",
                                    placeholder=_("reading.note_hint"))),
        ]  # fmt: skip

    @staticmethod
    def _class_options(goal: Goal | None) -> list[tuple[str, str]]:
        return [(c, c) for c in goal.classes] if goal else []

    def _value_rows(self, goal: Goal | None) -> list[Widget]:
        was = self.reading if self.reading and goal and self.reading.goal_id == goal.id else None
        if goal is None or goal.kind is not MeasureKind.RUBRIC:
            value = _value(was.value) if was else ""
            return [
                Horizontal(Label(_("field.value")), Input(value, id="value"), classes="form-row")
            ]
        rubric = next((r for r in self.workbook.journey.rubrics if r.id == goal.rubric_id), None)
        levels = rubric.levels if rubric else []
        counted = was.levels if was else {}
        boxes = [
            Input(str(counted[n]) if n in counted else "", id=f"pupils-{n}",
                  placeholder=f"{n} {level}", classes="pupils")
            for n, level in enumerate(levels, start=1)
        ]  # fmt: skip
        return [Horizontal(Label(_("reading.pupils_per_level")), Horizontal(*boxes, classes="levels"),
                           classes="form-row")]  # fmt: skip

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#class" if self.goal else "#goal").focus()

    async def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id != "goal" or event.value is Select.NULL or event.value == self.goal_id:
            return
        self.goal_id = event.value
        goal = self.goal
        self.query_one("#class", Select).set_options(self._class_options(goal))
        values = self.query_one("#values", Vertical)
        await values.remove_children()
        await values.mount_all(self._value_rows(goal))

    def personal_fields(self) -> list[Input]:
        return [self.query_one("#note", Input)]

    def save(self) -> int:
        if self.goal_id is None:
            raise InputError(_("reading.no_goals"))
        chosen = self.query_one("#class", Select).value
        details = dict(
            on=self.query_one("#on", DateInput).given,
            class_code="" if chosen is Select.NULL else chosen,
            source=self.query_one("#source", Select).value,
            note=self.query_one("#note", Input).value,
        )
        pupils = {
            int((box.id or "").removeprefix("pupils-")): box.value.strip()
            for box in self.query(".pupils").results(Input)
        }
        if pupils:
            details["levels"] = {level: n for level, n in pupils.items() if n}
        else:
            details["value"] = self.query_one("#value", Input).value
        if self.reading is not None:
            return self.workbook.evidence.edit_reading(self.reading.id, **details).id
        return self.workbook.evidence.add_reading(
            self.goal_id, meeting_id=self.meeting_id, **details
        ).id


class RubricForm(FormScreen[int]):
    """The group's rubric: criteria and levels with a short description, one per line."""

    DEFAULT_CSS = "RubricForm TextArea { height: 6; }"

    def __init__(self, rubric: Rubric | None = None) -> None:
        super().__init__()
        self.rubric = rubric
        self.title_text = _("rubric.edit_title" if rubric else "rubric.new_title")

    def fields(self) -> list[tuple[str, Widget]]:
        rubric = self.rubric
        return [
            (_("field.rubric_title"), Input(rubric.title if rubric else "", id="title")),
            ("", Static(_("rubric.note"), classes="form-note")),
            (_("field.criteria"), TextArea("\n".join(rubric.criteria) if rubric else "",
                                                  id="criteria", tab_behavior="focus")),
            (_("field.levels"), TextArea("\n".join(rubric.levels) if rubric else "",
                                                id="levels", tab_behavior="focus")),
        ]  # fmt: skip

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#title").focus()

    def save(self) -> int:
        title = self.query_one("#title", Input).value

        def lines(name: str) -> list[str]:
            return [x for x in self.query_one(f"#{name}", TextArea).text.splitlines() if x.strip()]

        evidence = self.workbook.evidence
        if self.rubric is None:
            return evidence.add_rubric(title, lines("criteria"), lines("levels")).id
        return evidence.edit_rubric(
            self.rubric.id, title=title, criteria=lines("criteria"), levels=lines("levels")
        ).id


class ScoreForm(AsksAboutNames):
    """Samples of pupil work scored by level per criterion, under a code, in a round. The form
    stays open for the next sample; Escape closes it."""

    DEFAULT_CSS = "ScoreForm #round { width: 12; }"

    def __init__(self, rubric: Rubric, *, meeting_id: int | None, round: int = 1) -> None:
        super().__init__()
        self.rubric = rubric
        self.meeting_id = meeting_id
        self.round = round
        self.scored: list[str] = []
        self.title_text = _("score.title", rubric=rubric.title)

    def fields(self) -> list[tuple[str, Widget]]:
        levels = " · ".join(f"{n} {text}" for n, text in enumerate(self.rubric.levels, start=1))
        rows: list[tuple[str, Widget]] = [
            (_("field.sample"), Input(id="sample", placeholder=_("score.sample_hint"))),
            (_("field.round"), Input(str(self.round), id="round")),
            ("", Static(_("score.levels_note", levels=levels), classes="form-note")),
        ]
        for n, criterion in enumerate(self.rubric.criteria):
            rows.append((criterion, Input(id=f"criterion-{n}", classes="criterion",
                                          placeholder=f"1-{len(self.rubric.levels)}")))  # fmt: skip
        return rows

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#sample").focus()

    def personal_fields(self) -> list[Input]:
        return [self.query_one("#sample", Input)]

    def save(self) -> int:
        levels = {
            int((box.id or "").removeprefix("criterion-")): box.value.strip()
            for box in self.query(".criterion").results(Input)
            if box.value.strip()
        }
        sample = self.query_one("#sample", Input).value
        scores = self.workbook.evidence.score_sample(
            self.rubric.id, meeting_id=self.meeting_id, round=self.query_one("#round", Input).value,
            sample=sample, levels=levels,
        )  # fmt: skip
        return len(scores)

    def dismiss(self, result=None):  # type: ignore[override]
        """A saved sample clears the form for the next one instead of closing it."""
        if result is None:
            return super().dismiss(None)
        sample = self.query_one("#sample", Input)
        self.scored.append(sample.value.strip())
        sample.value = ""
        for box in self.query(".criterion").results(Input):
            box.value = ""
        self.query_one("#form-error", Static).update(
            ngettext("score.saved", len(self.scored), sample=self.scored[-1])
        )
        sample.focus()
        self._remember_values()
        return None
