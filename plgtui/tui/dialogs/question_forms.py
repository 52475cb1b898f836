"""Forms of the research-question screen: a new wording (or a new round), and a self-check."""

from __future__ import annotations

from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Input, Static, TextArea

from plgtui.core import validate
from plgtui.core.i18n import _, language
from plgtui.core.question_guide import load_guide
from plgtui.core.validate import InputError
from plgtui.tui.base.form import FormScreen


class WordingForm(FormScreen[int]):
    """A new version of the question with why it changed; `new_round` also finishes the round."""

    def __init__(self, new_round: bool = False) -> None:
        super().__init__()
        self.new_round = new_round
        self.title_text = _("question.round_title" if new_round else "question.wording_title")

    def fields(self) -> list[tuple[str, Widget]]:
        current = self.workbook.journey.current_question
        return [
            ("", Static(_("question.round_note" if self.new_round else "question.wording_note"),
                        classes="form-note")),
            (_("field.question"), TextArea(current.text if current else "", id="text",
                                           soft_wrap=True, tab_behavior="focus")),
            (_("field.reason"), Input(id="reason", placeholder=_("question.reason_hint"))),
        ]  # fmt: skip

    def on_mount(self) -> None:
        self.query_one("#text", TextArea).focus()

    def save(self) -> int:
        workbook, today = self.workbook, self.app.today()
        text = self.query_one("#text", TextArea).text
        reason = self.query_one("#reason", Input).value
        if self.new_round:
            return workbook.question.next_round(text, reason, on=today).id
        current = workbook.journey.current_question
        if current is not None:
            validate.line(reason, _("field.reason"))  # a changed wording says why
        return workbook.question.set_question(text, reason, on=today).id


class ScoresForm(FormScreen[int]):
    """A score from 1 to 4 per point, with a note, starting from the last scores: the nine
    conditions and how the group works as a PLG are asked the same way."""

    # The point's name and what a 1 and a 4 look like wrap instead of being cut: a placeholder
    # in the note field showed only its first words, even at 160 columns.
    DEFAULT_CSS = """
    ScoresForm .score { width: 8; }
    ScoresForm .score-note { width: 1fr; }
    ScoresForm .form-row Horizontal { height: auto; width: 1fr; }
    ScoresForm .form-row > Label { width: 20; height: auto; min-height: 3; }
    ScoresForm .score-point { height: auto; width: 1fr; }
    ScoresForm .form-note { padding-left: 20; }
    ScoresForm .score-meaning { height: auto; width: 1fr; color: $text-muted; padding: 0 1 1 1; }
    """
    NOTE = ""  # the message key of the line above the scores

    def points(self) -> list[tuple[str, str, str]]:
        """(key, title, what it means) per point."""
        raise NotImplementedError

    def last_scores(self) -> dict[str, int]:
        raise NotImplementedError

    def add(self, scores: dict[str, str], notes: dict[str, str]) -> int:
        raise NotImplementedError

    def fields(self) -> list[tuple[str, Widget]]:
        last = self.last_scores()
        rows: list[tuple[str, Widget]] = [("", Static(_(self.NOTE), classes="form-note"))]
        for key, title, meaning in self.points():
            score = Input(str(last.get(key, "")), id=f"score-{key}", type="integer",
                          max_length=1, classes="score")  # fmt: skip
            note = Input(id=f"note-{key}", classes="score-note")
            meaning_text = Static(meaning, classes="score-meaning", markup=False)
            rows.append(
                (title, Vertical(Horizontal(score, note), meaning_text, classes="score-point"))
            )
        return rows

    def on_mount(self) -> None:
        self.query(".score").first(Input).focus()

    def save(self) -> int:
        scores, notes = {}, {}
        for box in self.query(".score").results(Input):
            key = (box.id or "").removeprefix("score-")
            if box.value.strip():
                scores[key] = box.value
            notes[key] = self.query_one(f"#note-{key}", Input).value
        if not scores:
            raise InputError(_("input.no_scores"))
        return self.add(scores, notes)


class SelfCheckForm(ScoresForm):
    """A score from 1 to 4 for each of the nine conditions, starting from the last scores."""

    NOTE = "conditions.form_note"

    def __init__(self) -> None:
        super().__init__()
        self.title_text = _("conditions.form_title")

    def points(self) -> list[tuple[str, str, str]]:
        return [(c.key, c.title, c.explanation) for c in load_guide(language()).conditions]

    def last_scores(self) -> dict[str, int]:
        checks = self.workbook.journey.selfchecks
        return checks[-1].scores if checks else {}

    def add(self, scores: dict[str, str], notes: dict[str, str]) -> int:
        today = self.app.today()
        return self.workbook.question.add_selfcheck(on=today, scores=scores, notes=notes).id
