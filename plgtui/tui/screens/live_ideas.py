"""The live view's keys for ideas: typed, edited, removed, merged, voted on, made an agreement
or a theme. A part of LiveScreen, kept apart so each file reads on its own; the keys are bound in
LiveScreen.BINDINGS."""

from __future__ import annotations

from textual.widgets import ContentSwitcher, OptionList

from plgtui.core.i18n import _
from plgtui.core.validate import InputError


class IdeaActions:
    """Uses what LiveScreen has: `live`, `workbook`, `_act`, `_show_ideas`, `_merge_from`."""

    def _idea_id(self) -> int | None:
        if self.query_one(ContentSwitcher).current != "ideas":
            return None
        option = self.query_one("#ideas", OptionList).highlighted_option
        return int(option.id) if option is not None else None

    def action_idea(self) -> None:
        from plgtui.tui.dialogs.quick_input import QuickInput

        meeting_id, block_id = self.live.meeting_id, self.live.block.id
        self.query_one(ContentSwitcher).current = "ideas"
        self.app.push_screen(
            QuickInput(
                _("live.new_idea", block=self.live.block.title),
                lambda text: self.workbook.ideas.add_idea(meeting_id, block_id, text),
            )
        )

    def action_edit_idea(self) -> None:
        from plgtui.tui.dialogs.quick_input import QuickInput

        idea_id = self._idea_id()
        if idea_id is None:
            return
        idea = next(i for i in self.live.meeting.ideas if i.id == idea_id)
        meeting_id = self.live.meeting_id
        self.app.push_screen(
            QuickInput(
                _("live.edit_idea"),
                lambda text: self.workbook.ideas.edit_idea(meeting_id, idea_id, text),
                value=idea.text,
                repeat=False,
            )
        )

    def action_remove_idea(self) -> None:
        idea_id = self._idea_id()
        if idea_id is not None:
            idea = self.workbook.ideas.remove_idea(self.live.meeting_id, idea_id)
            self.notify(_("live.idea_removed", text=idea.text), markup=False)

    def action_merge_idea(self) -> None:
        idea_id = self._idea_id()
        if idea_id is None:
            return
        if self._merge_from is None or self._merge_from == idea_id:
            self._merge_from = None if self._merge_from == idea_id else idea_id
            self._show_ideas()
            if self._merge_from is not None:
                self.notify(_("live.merge_hint"))
            return
        other, self._merge_from = self._merge_from, None
        self._act(lambda: self.workbook.ideas.merge_ideas(self.live.meeting_id, idea_id, other))

    def action_vote(self, delta: int) -> None:
        idea_id = self._idea_id()
        if idea_id is not None:
            self._act(lambda: self.workbook.ideas.vote(self.live.meeting_id, idea_id, delta))

    def action_to_agreement(self) -> None:
        """The highlighted idea becomes an agreement: kind, owners and due date asked in one
        small form (due by default the next meeting)."""
        from plgtui.tui.dialogs.agreement_form import AgreementForm

        idea_id = self._idea_id()
        if idea_id is None:
            return
        idea = next(i for i in self.live.meeting.ideas if i.id == idea_id)
        if idea.agreement_id is not None:
            self.notify(_("input.idea_is_agreement"), severity="warning")
            return

        def made(agreement_id: int | None) -> None:
            if agreement_id is not None:
                self.app.ticker.changed()
                self.notify(_("live.became_agreement"))

        self.app.push_screen(AgreementForm(self.live.meeting_id, idea=idea), made)

    def action_to_theme(self) -> None:
        idea_id = self._idea_id()
        if idea_id is not None:
            try:
                theme = self.workbook.ideas.idea_to_theme(self.live.meeting_id, idea_id)
            except InputError as exc:
                self.notify(str(exc), severity="error", markup=False)
                return
            self.notify(_("live.became_theme", title=theme.title), markup=False)
