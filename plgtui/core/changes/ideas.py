"""Changes to a meeting's ideas: typed, edited, merged, voted on, made an agreement or a theme."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from plgtui.core import validate
from plgtui.core.changes.agreements import Agreements
from plgtui.core.changes.meetings import block_index
from plgtui.core.changes.phases import Phases
from plgtui.core.changes.writer import Part, Writer, edits
from plgtui.core.i18n import _
from plgtui.core.model import Agreement, AgreementKind, Block, Idea, Theme
from plgtui.core.validate import InputError

IDEA_MAX = 1000
AUTHOR_MAX = 40
MOST_DOTS = 10


class Ideas(Part):
    def __init__(self, writer: Writer, agreements: Agreements, phases: Phases) -> None:
        super().__init__(writer)
        self._agreements = agreements  # an idea can become an agreement
        self._phases = phases  # or a theme

    @edits
    def add_idea(self, meeting_id: int, block_id: int, text: str, author: str = "") -> Idea:
        """An idea of this block; `author` (a name sent from a phone) is kept only where the
        block's ideas are named, so an anonymous block never stores one."""
        meeting = self._meeting(meeting_id)
        block = meeting.blocks[block_index(meeting, block_id)]
        idea = Idea(
            id=self._w.new_id(i.id for i in meeting.ideas),
            block_id=block_id,
            text=validate.line(text, _("field.idea"), limit=IDEA_MAX),
            author=validate.line(author, _("field.name"), required=False, limit=AUTHOR_MAX)
            if block.ideas_named
            else "",
        )
        meeting.ideas.append(idea)
        self._put("meetings", meeting)
        return idea

    @edits
    def edit_idea(self, meeting_id: int, idea_id: int, text: str) -> Idea:
        meeting = self._meeting(meeting_id)
        idea = self._find(meeting.ideas, idea_id, "input.no_idea")
        new_text = validate.line(text, _("field.idea"), limit=IDEA_MAX)
        idea.text = new_text
        self._put("meetings", meeting)
        return idea

    @edits
    def remove_idea(self, meeting_id: int, idea_id: int) -> Idea:
        meeting = self._meeting(meeting_id)
        idea = self._find(meeting.ideas, idea_id, "input.no_idea")
        meeting.ideas.remove(idea)
        self._put("meetings", meeting)
        return idea

    @edits
    def merge_ideas(self, meeting_id: int, keep_id: int, other_id: int) -> Idea:
        """Fold `other` into `keep`: the texts joined, the votes added up."""
        meeting = self._meeting(meeting_id)
        keep = self._find(meeting.ideas, keep_id, "input.no_idea")
        other = self._find(meeting.ideas, other_id, "input.no_idea")
        if keep is other:
            raise InputError(_("input.merge_same"))
        text = validate.line(f"{keep.text} / {other.text}", _("field.idea"), limit=IDEA_MAX * 2)
        keep.text = text
        keep.votes += other.votes
        keep.agreement_id = keep.agreement_id if keep.agreement_id else other.agreement_id
        keep.theme_id = keep.theme_id if keep.theme_id else other.theme_id
        meeting.ideas.remove(other)
        self._put("meetings", meeting)
        return keep

    @edits
    def set_room_rules(
        self, meeting_id: int, block_id: int, *, named: bool | None = None, dots: int | None = None
    ) -> Block:
        """How the members' phones take part in this block: ideas with a name or without, and
        how many dots each person spends in a voting step."""
        meeting = self._meeting(meeting_id)
        block = meeting.blocks[block_index(meeting, block_id)]
        if dots is not None:
            block.dots = validate.whole(dots, _("field.dots"), low=1, high=MOST_DOTS)
        if named is not None:
            block.ideas_named = bool(named)
        self._put("meetings", meeting)
        return block

    @edits
    def vote(self, meeting_id: int, idea_id: int, delta: int = 1) -> Idea:
        meeting = self._meeting(meeting_id)
        idea = self._find(meeting.ideas, idea_id, "input.no_idea")
        idea.votes = max(0, idea.votes + delta)
        self._put("meetings", meeting)
        return idea

    @edits
    def idea_to_agreement(
        self,
        meeting_id: int,
        idea_id: int,
        kind: AgreementKind = AgreementKind.FINISH,
        *,
        owners: Iterable[int] = (),
        due: date | None = None,
        text: str | None = None,
    ) -> Agreement:
        """The idea becomes an agreement of this meeting (worded as `text`, by default the
        idea's), with its owners and due date; the idea remembers it."""
        meeting = self._meeting(meeting_id)
        idea = self._find(meeting.ideas, idea_id, "input.no_idea")
        if idea.agreement_id is not None:
            raise InputError(_("input.idea_is_agreement"))
        agreement = self._agreements.new_agreement(
            idea.text if text is None else text, kind, owners=owners, due=due,
            meeting_id=meeting_id,
        )  # fmt: skip
        self.journey.agreements.append(agreement)
        idea.agreement_id = agreement.id
        self._save(("agreements", agreement), ("meetings", meeting))
        return agreement

    @edits
    def idea_to_theme(self, meeting_id: int, idea_id: int) -> Theme:
        """The idea becomes a theme of the group; the idea remembers it."""
        meeting = self._meeting(meeting_id)
        idea = self._find(meeting.ideas, idea_id, "input.no_idea")
        theme = self._phases.new_theme(idea.text)
        self.journey.themes.append(theme)
        idea.theme_id = theme.id
        self._save(("themes", theme), ("meetings", meeting))
        return theme
