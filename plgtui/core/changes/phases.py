"""Changes around the phases: entering one, notes and readiness signals, themes, outputs."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from plgtui.core import labels, validate
from plgtui.core.changes.scores import new_check
from plgtui.core.changes.writer import Part, edits
from plgtui.core.i18n import _, ngettext
from plgtui.core.model import PHASES, FunctioningCheck, Output, PhaseEntry, PhaseNote, Theme
from plgtui.core.validate import InputError

THEME_MIN, THEME_MAX = 4, 6  # teachers per theme, as the sources advise (advice, not a rule)


def theme_size_warning(theme: Theme) -> str:
    """'' unless the theme has more than six people; then what the sources offer a large
    starting group: sub-groups on the same curriculum. Fewer than four is no problem to flag:
    the four to six is advice that leaves room, not a minimum."""
    size = len(theme.member_ids)
    if size > THEME_MAX:
        return ngettext("themes.too_many", size, low=THEME_MIN, high=THEME_MAX)
    return ""


class Phases(Part):
    @edits
    def add_functioning_check(
        self, *, on: date, scores: dict[str, int], notes: dict[str, str] | None = None
    ) -> FunctioningCheck:
        """How the group works as a PLG, scored 1-4; earlier checks are kept for the trend."""
        record_id = self._next_id("functioning")
        check = new_check(FunctioningCheck, record_id, on, scores, notes, labels.FUNCTIONING)
        return self._add("functioning", check)

    @edits
    def enter_phase(self, phase: int, *, on: date, reason: str = "") -> PhaseEntry:
        number = validate.whole(phase, _("field.phase"), low=PHASES[0], high=PHASES[-1])
        entry = PhaseEntry(
            id=self._next_id("phases"),
            phase=number,
            entered=validate.day(on, _("field.date")),
            reason=validate.line(reason, _("field.reason"), required=False),
        )
        current = self.journey.current_phase
        if current is not None and entry.entered < current.entered:
            raise InputError(_("input.phase_before_current", date=current.entered.isoformat()))
        return self._add("phases", entry)

    def phase_note(self, phase: int) -> PhaseNote:
        """The group's note for a phase (an empty one when nothing was written yet)."""
        found = next((n for n in self.journey.phase_notes if n.id == phase), None)
        return found or PhaseNote(id=phase)

    def _save_note(self, note: PhaseNote) -> PhaseNote:
        if note not in self.journey.phase_notes:
            self.journey.phase_notes.append(note)
        self._put("phase_notes", note)
        return note

    @edits
    def set_phase_notes(self, phase: int, text: str) -> PhaseNote:
        number = validate.whole(phase, _("field.phase"), low=PHASES[0], high=PHASES[-1])
        note = self.phase_note(number)
        notes = validate.text(text, _("field.notes"), limit=50_000)
        if notes == note.notes and note in self.journey.phase_notes:
            return note
        note.notes = notes
        return self._save_note(note)

    @edits
    def tick_signal(self, phase: int, signal: str, on: date | None) -> PhaseNote:
        """Tick a readiness signal on a day, or untick it with `on=None`."""
        number = validate.whole(phase, _("field.phase"), low=PHASES[0], high=PHASES[-1])
        text = validate.line(signal, _("field.signal"))
        note = self.phase_note(number)
        if on is None:
            note.signals.pop(text, None)
        else:
            note.signals[text] = validate.day(on, _("field.date"))
        return self._save_note(note)

    def new_theme(self, title: str, member_ids: Iterable[int] = ()) -> Theme:
        """A theme checked and numbered, not yet added or saved."""
        members = self._members(member_ids)
        theme = Theme(
            id=self._next_id("themes"),
            title=validate.line(title, _("field.theme"), limit=validate.LINE_MAX),
            member_ids=members,
        )
        if any(t.title.casefold() == theme.title.casefold() for t in self.journey.themes):
            raise InputError(_("input.duplicate_theme", title=theme.title))
        return theme

    @edits
    def add_theme(self, title: str, member_ids: Iterable[int] = ()) -> Theme:
        return self._add("themes", self.new_theme(title, member_ids))

    @edits
    def update_theme(
        self, theme_id: int, *, title: str, member_ids: Iterable[int], notes: str = ""
    ) -> Theme:
        theme = self._find(self.journey.themes, theme_id, "input.no_theme")
        members = self._members(member_ids)
        new_title = validate.line(title, _("field.theme"))
        if any(
            t.title.casefold() == new_title.casefold() and t is not theme
            for t in self.journey.themes
        ):
            raise InputError(_("input.duplicate_theme", title=new_title))
        new_notes = validate.text(notes, _("field.notes"), limit=10_000)
        theme.title, theme.member_ids, theme.notes = new_title, members, new_notes
        self._put("themes", theme)
        return theme

    @edits
    def add_output(
        self,
        title: str,
        *,
        theme_id: int | None = None,
        tried_in_class: bool = False,
        shown_at: str = "",
    ) -> Output:
        if theme_id is not None:
            self._find(self.journey.themes, theme_id, "input.no_theme")
        output = Output(
            id=self._next_id("outputs"),
            title=validate.line(title, _("field.output")),
            theme_id=theme_id,
            tried_in_class=bool(tried_in_class),
            shown_at=validate.line(shown_at, _("field.shown_at"), required=False),
        )
        return self._add("outputs", output)

    @edits
    def update_output(
        self,
        output_id: int,
        *,
        title: str,
        theme_id: int | None,
        tried_in_class: bool,
        shown_at: str,
    ) -> Output:
        output = self._find(self.journey.outputs, output_id, "input.no_output")
        if theme_id is not None:
            self._find(self.journey.themes, theme_id, "input.no_theme")
        new_title = validate.line(title, _("field.output"))
        where = validate.line(shown_at, _("field.shown_at"), required=False)
        output.title, output.theme_id = new_title, theme_id
        output.tried_in_class, output.shown_at = bool(tried_in_class), where
        self._put("outputs", output)
        return output
