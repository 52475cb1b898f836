"""The live view's part for what changed for the pupils: a reading in the "effects on pupils"
block, samples of pupil work scored by rubric in a pupil-work protocol and their levels before
and after, notes on case pupils A, B and C in a lesson study's observe block, and those notes
as a timeline in its discussion. A part of LiveScreen, kept apart so each file reads on its
own; the keys are bound in LiveScreen.BINDINGS and `evidence_key_works` says where each works.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import ContentSwitcher, Static

from plgtui.core.agenda import is_effects_block
from plgtui.core.evidence import CaseNote, Rubric
from plgtui.core.evidence_checks import reading_value
from plgtui.core.i18n import _, format_short_date, ngettext
from plgtui.core.model import Block
from plgtui.tui.ui import plain
from plgtui.tui.widgets import evidence_words as words

# Which blocks gather which evidence: by the technique they were made from (content/*/
# techniques.md), and the standing block on effects on pupils, which has no technique, as core
# knows it (agenda.is_effects_block: by its purpose, whatever its title).
PUPIL_WORK = {"assessment-conference"}
OBSERVE = {"lesson-observe"}
DISCUSS = {"lesson-discuss"}
READINGS = {"data-team"}
EVIDENCE_ACTIONS = {"reading": "effects", "score": "pupil_work", "distribution": "pupil_work",
                    "case_note": "observe"}  # fmt: skip


def evidence_kind(block: Block) -> str:
    """'effects', 'pupil_work', 'observe', 'discuss' or '' for a block that gathers none."""
    if block.technique in PUPIL_WORK:
        return "pupil_work"
    if block.technique in OBSERVE:
        return "observe"
    if block.technique in DISCUSS:
        return "discuss"
    if block.technique in READINGS or is_effects_block(block):
        return "effects"
    return ""


def lesson_minute(live) -> int:
    """The minute of the observed lesson: the wall clock since the block began (a lesson goes
    on while the countdown is paused)."""
    return max(0, int((live.clock.wall() - live.state.entered) // 60))


class EvidencePanel(Static):
    """The side panel beside the countdown in a block that gathers evidence."""

    DEFAULT_CSS = """
    EvidencePanel {
        height: 1fr; border: round $primary 60%; padding: 0 1;
        border-title-color: $text-accent; border-subtitle-color: $text;
    }
    """


class EvidenceActions:
    """Uses what LiveScreen has: `live`, `workbook`, `app`, `_act`, `query_one`, `notify`."""

    _evidence_block: int | None = None

    def evidence_key_works(self, action: str) -> bool | None:
        """Only in the block its evidence belongs to; what only reads works read-only too."""
        here = evidence_kind(self.live.block) == EVIDENCE_ACTIONS[action]
        return here and (action == "distribution" or not self.workbook.read_only)

    def _rubric(self) -> Rubric | None:
        rubrics = self.workbook.journey.rubrics
        return rubrics[0] if rubrics else None

    # -- the side panel ------------------------------------------------------------------------

    def show_evidence(self) -> None:
        """Fill the side panel for this block; entering a block that gathers evidence shows it."""
        block = self.live.block
        kind = evidence_kind(block)
        panel = self.query_one("#evidence", Static)
        switcher = self.query_one("#live-side", ContentSwitcher)
        if self._evidence_block != block.id:
            self._evidence_block = block.id
            if kind:
                switcher.current = "evidence"
            elif switcher.current == "evidence":
                switcher.current = "ideas"
        if not kind:
            panel.update("")
            return
        panel.border_title = _(TITLES[kind])
        panel.border_subtitle = _(HINTS[kind])
        panel.update(getattr(self, f"_evidence_{kind}")())

    def _evidence_effects(self) -> Content:
        journey, meeting_id = self.workbook.journey, self.live.meeting_id
        lines: list[Content] = []
        for goal in journey.goals:
            lines.append(plain(goal.what, "bold"))
            lines.append(words.on_track(journey, goal))
            for reading in (
                r for r in journey.readings if r.goal_id == goal.id and r.meeting_id == meeting_id
            ):
                value = words.reading_value_text(
                    goal, reading, reading_value(journey, goal, reading)
                )
                lines.append(
                    plain(f"+ {reading.class_code} {value} · {format_short_date(reading.on)}")
                )
        if not journey.goals:
            return Content(_("live_evidence.no_goals")).stylize("dim")
        return Content("\n").join(lines)

    def _evidence_pupil_work(self) -> Content:
        rubric = self._rubric()
        if rubric is None:
            return Content(_("live_evidence.no_rubric")).stylize("dim")
        scores = [s for s in self.workbook.journey.rubric_scores
                  if s.rubric_id == rubric.id and s.meeting_id == self.live.meeting_id]  # fmt: skip
        lines = [plain(rubric.title, "bold")]
        for round_ in sorted({s.round for s in scores}):
            samples = sorted({s.sample for s in scores if s.round == round_})
            lines.append(Content(_("live_evidence.round_line", round=round_,
                                   samples=ngettext("live_evidence.samples", len(samples)))))  # fmt: skip
            lines.append(plain("  " + ", ".join(samples), "dim"))
        if not scores:
            lines.append(Content(_("live_evidence.no_scores")).stylize("dim"))
        return Content("\n").join(lines)

    def _case_notes(self, meeting_id: int) -> list[CaseNote]:
        return [n for n in self.workbook.journey.case_notes if n.meeting_id == meeting_id]

    def _evidence_observe(self) -> Content:
        return words.timeline(self._case_notes(self.live.meeting_id))

    def _evidence_discuss(self) -> Content:
        """This meeting's notes, or those of the last meeting that has any (the lesson was
        observed in an earlier meeting)."""
        notes = self._case_notes(self.live.meeting_id)
        if not notes:
            journey = self.workbook.journey
            earlier = [m for m in journey.meetings if self._case_notes(m.id)]
            if earlier:
                notes = self._case_notes(earlier[-1].id)
        return words.timeline(notes)

    # -- the keys ----------------------------------------------------------------------------

    def action_reading(self) -> None:
        from plgtui.tui.dialogs.evidence_forms import ReadingForm

        if not self.workbook.journey.goals:
            self.notify(_("live_evidence.no_goals"), severity="warning")
            return
        meeting = self.live.meeting
        self.query_one("#live-side", ContentSwitcher).current = "evidence"
        self.app.push_screen(ReadingForm(None, day=meeting.date, meeting_id=meeting.id))

    def action_score(self) -> None:
        from plgtui.tui.dialogs.evidence_forms import ScoreForm

        rubric = self._rubric()
        if rubric is None:
            self.notify(_("live_evidence.no_rubric"), severity="warning")
            return
        self.query_one("#live-side", ContentSwitcher).current = "evidence"
        self.app.push_screen(
            ScoreForm(rubric, meeting_id=self.live.meeting_id, round=self._round(rubric))
        )

    def _round(self, rubric: Rubric) -> int:
        """This meeting's last round, or the round after the last one scored before."""
        scores = [s for s in self.workbook.journey.rubric_scores if s.rubric_id == rubric.id]
        here = [s.round for s in scores if s.meeting_id == self.live.meeting_id]
        if here:
            return max(here)
        return max((s.round for s in scores), default=0) + 1

    def action_distribution(self) -> None:
        from plgtui.tui.screens.distribution import DistributionScreen

        rubric = self._rubric()
        if rubric is None:
            self.notify(_("live_evidence.no_rubric"), severity="warning")
            return
        self.app.push_screen(DistributionScreen(rubric.id))

    def action_case_note(self) -> None:
        from plgtui.core.privacy import looks_like_a_name
        from plgtui.tui.dialogs.case_note_input import CaseNoteInput

        live, workbook = self.live, self.workbook
        meeting_id, block_id = live.meeting_id, live.block.id
        self.query_one("#live-side", ContentSwitcher).current = "evidence"

        def save(pupil: str, minute: int, text: str) -> None:
            workbook.evidence.add_case_note(meeting_id, pupil=pupil, minute=minute, text=text,
                                            block_id=block_id)  # fmt: skip

        self.app.push_screen(
            CaseNoteInput(
                lambda: lesson_minute(live),
                save,
                names=lambda text: looks_like_a_name(text, workbook.journey),
            )  # fmt: skip
        )


TITLES = {
    "effects": "live_evidence.title_effects",
    "pupil_work": "live_evidence.title_pupil_work",
    "observe": "live_evidence.title_observe",
    "discuss": "live_evidence.title_discuss",
}
HINTS = {
    "effects": "live_evidence.hint_effects",
    "pupil_work": "live_evidence.hint_pupil_work",
    "observe": "live_evidence.hint_observe",
    "discuss": "live_evidence.hint_discuss",
}
