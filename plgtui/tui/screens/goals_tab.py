"""The research question's tab for what changed for the pupils: the goals with their measure,
the readings of the goal the cursor is on, its chart (each class against the line from baseline
to target) with "on track?" in words, and the group's rubric. A part of QuestionScreen, whose
BINDINGS hold the keys; its widgets are made on the first visit (LaterPane), so the chart's
library is loaded only then."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from plgtui.core.evidence import Goal
from plgtui.core.i18n import _, format_short_date, ngettext
from plgtui.tui.ui import attempt
from plgtui.tui.widgets import evidence_words as words
from plgtui.tui.widgets.list_table import ListTable

GOAL_ACTIONS = ("new_goal", "new_reading", "remove", "rubric", "distribution")


class GoalsBox(Horizontal):
    """The tab's two columns: goals, readings and rubric; on-track words and the chart."""

    DEFAULT_CSS = """
    GoalsBox { height: 1fr; }
    GoalsBox > Vertical { width: 1fr; }
    GoalsBox ListTable, GoalsBox #rubric-text {
        border: round $primary 60%; border-title-color: $text-accent;
        border-subtitle-color: $text-muted;
    }
    GoalsBox ListTable { overflow-x: hidden; }
    GoalsBox #goals { height: auto; max-height: 9; }
    GoalsBox #readings { height: 1fr; min-height: 5; }
    GoalsBox #rubric-text { height: auto; max-height: 6; padding: 0 1; }
    GoalsBox #on-track { height: auto; max-height: 8; padding: 0 1; }
    """


class GoalsTab:
    """Uses what QuestionScreen has: `workbook`, `app`, `query_one`, `current_tab`."""

    def _compose_goals(self) -> ComposeResult:
        from plgtui.tui.widgets.evidence_chart import GoalChart

        with GoalsBox(id="goals-box"):
            with Vertical(id="goals-left"):
                yield ListTable(id="goals")
                yield ListTable(id="readings")
                yield Static(id="rubric-text")
            with Vertical(id="goals-right"):
                yield Static(id="on-track")
                yield GoalChart(id="goal-chart")

    def _made_goals(self) -> None:
        goals = self.query_one("#goals", ListTable)
        goals.border_title = _("goals.title")
        goals.border_subtitle = _("goals.hint")
        for key, title in (("what", "field.goal_what"), ("classes", "field.classes"),
                           ("baseline", "field.baseline"), ("target", "field.target")):  # fmt: skip
            goals.add_column(_(title), key=key, flex=key == "what")
        readings = self.query_one("#readings", ListTable)
        readings.border_subtitle = _("readings.hint")
        for key, title in (("date", "field.date"), ("class", "field.class"), ("value", "field.value"),
                           ("source", "field.source"), ("note", "field.note")):  # fmt: skip
            readings.add_column(_(title), key=key, flex=key == "note")
        rubric = self.query_one("#rubric-text")
        rubric.border_title, rubric.border_subtitle = _("rubric.title"), _("rubric.hint")

    def _goal(self) -> Goal | None:
        journey = self.workbook.journey
        table = self.query_one("#goals", ListTable)
        key = table.cursor_key if table.row_count else None
        found = next((g for g in journey.goals if str(g.id) == key), None)
        return found or (journey.goals[0] if journey.goals else None)

    def _show_goals(self) -> None:
        journey = self.workbook.journey
        table = self.query_one("#goals", ListTable)
        keep = table.cursor_row if table.row_count else 0
        table.clear()
        for goal in journey.goals:
            table.add_row(
                Text(goal.what),
                Text(", ".join(goal.classes)),
                words.end(goal, goal.baseline, goal.baseline_on),
                words.end(goal, goal.target, goal.target_on),
                key=str(goal.id),
            )
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))
        rubric = journey.rubrics[0] if journey.rubrics else None
        self.query_one("#rubric-text", Static).update(words.rubric_text(rubric))
        self._show_goal()

    def _show_goal(self) -> None:
        """The readings, chart and words of the goal the cursor is on."""
        from plgtui.tui.widgets.evidence_chart import GoalChart

        goal = self._goal()
        journey = self.workbook.journey
        readings = self.query_one("#readings", ListTable)
        keep = readings.cursor_row if readings.row_count else 0
        readings.clear()
        chart = self.query_one("#goal-chart", GoalChart)
        track = self.query_one("#on-track", Static)
        if goal is None:
            readings.border_title = _("readings.title_none")
            chart.show(None)
            track.update(Text(_("goals.none"), "dim"))
            return
        readings.border_title = _("readings.title", goal=goal.what)
        found = sorted((r for r in journey.readings if r.goal_id == goal.id),
                       key=lambda r: (r.on, r.class_code, r.id), reverse=True)  # fmt: skip
        for reading in found:
            readings.add_row(
                format_short_date(reading.on),
                Text(reading.class_code),
                words.reading_value_text(goal, reading, _value(journey, goal, reading)),
                words.source_label(reading.source),
                Text(reading.note),
                key=str(reading.id),
            )
        if readings.row_count:
            readings.move_cursor(row=min(keep, readings.row_count - 1))
        chart.show(_picture(journey, goal))
        track.update(_on_track(journey, goal))

    def on_list_table_row_highlighted(self, event: ListTable.RowHighlighted) -> None:
        if event.control.id == "goals":
            self._show_goal()

    def on_list_table_row_selected(self, event: ListTable.RowSelected) -> None:
        """Enter opens the goal or the reading under the cursor, filled in."""
        from plgtui.tui.dialogs.evidence_forms import GoalForm, ReadingForm

        if self.workbook.read_only:
            return
        if event.control.id == "goals":
            self.app.push_screen(GoalForm(self._goal()))
        elif event.control.id == "readings" and (reading := self._reading()) is not None:
            self.app.push_screen(ReadingForm(reading.goal_id, day=reading.on, reading=reading))

    def _reading(self):
        table = self.query_one("#readings", ListTable)
        if not table.row_count or table.cursor_key is None:
            return None
        return next(
            (r for r in self.workbook.journey.readings if str(r.id) == table.cursor_key), None
        )

    def _on_goals(self) -> bool:
        """x removes the goal while the goals list has the focus, else the reading."""
        return self.focused is self.query_one("#goals", ListTable) and bool(
            self.workbook.journey.goals
        )

    # -- the keys ------------------------------------------------------------------------------

    def goal_key_works(self, action: str) -> bool | None:
        """Hidden outside the goals tab; in it, greyed in a read-only journey."""
        if self.current_tab() != "goals":
            return False
        if self.workbook.read_only and action != "distribution":
            return None
        if action == "new_reading":
            return True if self.workbook.journey.goals else None
        if action == "distribution":  # only reads; without scores it says so (a notice)
            return True
        if action == "remove":
            table = self.query_one("#readings", ListTable)
            return True if table.row_count or self.workbook.journey.goals else None
        return True

    def action_new_goal(self) -> None:
        from plgtui.tui.dialogs.evidence_forms import GoalForm

        self.app.push_screen(GoalForm())

    def action_new_reading(self) -> None:
        from plgtui.tui.dialogs.evidence_forms import ReadingForm

        goal = self._goal()
        if goal is not None:
            self.app.push_screen(ReadingForm(goal.id, day=self.app.today()))

    def action_remove(self) -> None:
        """The goal (with its readings) or the reading under the cursor, after a yes; Ctrl+Z
        brings it back."""
        from plgtui.tui.dialogs.confirm import ConfirmScreen

        goal, reading = self._goal(), self._reading()
        if self._on_goals() and goal is not None:
            count = sum(r.goal_id == goal.id for r in self.workbook.journey.readings)
            question = (ngettext("goals.remove_question", count, what=goal.what) if count
                        else _("goals.remove_question_none", what=goal.what))  # fmt: skip
            remove = lambda: self.workbook.evidence.remove_goal(goal.id)  # noqa: E731
        elif reading is not None:
            question = _("readings.remove_question", day=format_short_date(reading.on),
                         code=reading.class_code)  # fmt: skip
            remove = lambda: self.workbook.evidence.remove_reading(reading.id)  # noqa: E731
        else:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                attempt(self, remove)

        self.app.push_screen(ConfirmScreen(question), answered)

    def action_distribution(self) -> None:
        """The levels scored per round, side by side (also in a pupil-work block, j)."""
        from plgtui.tui.screens.distribution import DistributionScreen

        journey = self.workbook.journey
        if not journey.rubrics:
            self.app.notify(_("distribution.no_rubric"))
        elif not any(s.rubric_id == journey.rubrics[0].id for s in journey.rubric_scores):
            self.app.notify(_("distribution.nothing_scored"))
        else:
            self.app.push_screen(DistributionScreen(journey.rubrics[0].id))

    def action_rubric(self) -> None:
        from plgtui.tui.dialogs.evidence_forms import RubricForm

        rubrics = self.workbook.journey.rubrics
        self.app.push_screen(RubricForm(rubrics[0] if rubrics else None))


def _value(journey, goal: Goal, reading) -> float | None:
    from plgtui.core.evidence_checks import reading_value

    return reading_value(journey, goal, reading)


def _picture(journey, goal: Goal):
    from plgtui.core.evidence_checks import goal_range
    from plgtui.core.on_track import unit
    from plgtui.tui.widgets.evidence_chart import GoalPicture, Line

    lines = []
    for code in goal.classes:
        points = sorted(
            (r.on, value)
            for r in journey.readings
            if r.goal_id == goal.id
            and r.class_code == code
            and (value := _value(journey, goal, r)) is not None
        )
        lines.append(Line(code, points))
    baseline = (goal.baseline_on, goal.baseline) if goal.baseline is not None else None
    target = (goal.target_on, goal.target) if goal.target is not None else None
    return GoalPicture(lines, baseline, target, unit=unit(goal), top=goal_range(goal)[1])


def _on_track(journey, goal: Goal):
    return words.on_track(journey, goal)
