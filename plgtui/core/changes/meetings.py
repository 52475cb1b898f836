"""Changes to a meeting: planning it, its agenda, who is there, groups and turns, running it."""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from plgtui.core import validate
from plgtui.core.changes.writer import Part, edits
from plgtui.core.content import ContentError
from plgtui.core.i18n import _, language
from plgtui.core.model import (
    Block,
    BlockKind,
    LiveState,
    Meeting,
    MeetingStatus,
    Presence,
)
from plgtui.core.participants import groups_match, participants, split
from plgtui.core.validate import InputError

if TYPE_CHECKING:
    from plgtui.core.agenda import Parts
    from plgtui.core.agenda_fit import Fit
    from plgtui.core.techniques import Technique

# `agenda` and `techniques` (which parse the coach's content files) are imported where a meeting
# is planned, not on the way to the first screen.

PROMPTS_MAX = 12


class Meetings(Part):
    @edits
    def add_meeting(
        self,
        on: date,
        title: str,
        length_minutes: int = 120,
        *,
        template: bool = False,
        followup: bool = True,
        opening: bool | None = None,
        effects: bool = True,
        prefill: bool = True,
        place: str = "",
        start: str = "",
    ) -> Meeting:
        """A new meeting, its agenda holding what is asked (`agenda.Parts`): the opening and
        closing (by default with the template), what is open (a follow-up block and a critical
        discussion per item of material), the standing block on effects on pupils, the
        template's other blocks. `prefill=False` leaves it empty. Either way the agenda fits
        the meeting's length (`agenda_fit`)."""
        meeting = Meeting(
            id=self._next_id("meetings"),
            date=validate.day(on, _("field.date")),
            title=validate.line(title, _("field.title")),
            length_minutes=validate.whole(length_minutes, _("field.length"), low=5, high=600),
            place=validate.line(place, _("field.place"), required=False, limit=validate.NAME_MAX),
            start=validate.clock_time(start, _("field.start_time")),
        )
        if prefill:
            from plgtui.core.agenda import Parts

            parts = Parts.of(template=template, followup=followup, opening=opening, effects=effects)
            meeting.blocks = self.draft_agenda(meeting, parts).blocks
        return self._add("meetings", meeting)

    def draft_agenda(self, meeting: Meeting, parts: Parts | None = None) -> Fit:
        """The agenda a new meeting would get, fitted to its length, with what was shortened
        or left out to make it fit; nothing is saved. The new-meeting form shows it."""
        from plgtui.core import agenda
        from plgtui.core.techniques import load_techniques, load_template

        parts = parts or agenda.Parts()
        if not (parts.template or parts.opening):
            return agenda.new_agenda(self.journey, meeting, parts)
        try:
            template_items = load_template(language())
            techniques = load_techniques(language()) if parts.template else []
        except ContentError as exc:  # a coach's edit broke the file: say where
            raise InputError(str(exc)) from None
        return agenda.new_agenda(
            self.journey, meeting, parts, template=template_items, techniques=techniques
        )

    def meeting_of(self, meeting_id: int) -> Meeting:
        return self._meeting(meeting_id)

    @edits
    def add_block(
        self,
        meeting_id: int,
        kind: BlockKind,
        title: str,
        minutes: int | None = None,
        *,
        prompts: Iterable[str] | None = None,
        technique: Technique | None = None,
        after: int | None = None,
    ) -> Block:
        """A block at the end, or after the block with id `after`. Without `prompts` a
        technique brings its own questions; an empty list means none. A technique's steps
        are fitted to `minutes` when given; without, it lasts as long as its steps."""
        from plgtui.core import agenda

        meeting = self._meeting(meeting_id)
        block_id = self._w.new_id(b.id for b in meeting.blocks)
        if technique is not None:
            block = agenda.block_from_technique(
                block_id, technique, title.strip(),
                minutes=None
                if minutes is None
                else validate.whole(minutes, _("field.minutes"), low=1, high=600),
                people=agenda.expected_people(self.journey, meeting),
            )  # fmt: skip
        else:
            block = Block(id=block_id, kind=BlockKind(kind), title="", minutes=0)
        if prompts is None:
            prompts = block.prompts
        block = self._checked_block(
            block, kind, title or block.title, 10 if minutes is None else minutes, prompts
        )
        index = len(meeting.blocks)
        if after is not None:
            index = block_index(meeting, after) + 1
        meeting.blocks.insert(index, block)
        if meeting.live is not None and index <= meeting.live.block:
            # A block slipped in before the running one: keep pointing at the running one.
            meeting.live = replace(meeting.live, block=meeting.live.block + 1)
        self._put("meetings", meeting)
        return block

    @edits
    def update_block(
        self,
        meeting_id: int,
        block_id: int,
        *,
        kind: BlockKind,
        title: str,
        minutes: int,
        prompts: Iterable[str],
        technique: Technique | None = None,
    ) -> Block:
        """Replace a block's settings; a technique's steps are fitted to the minutes given
        (`step_times`), another technique brings in its own."""
        from plgtui.core import agenda

        meeting = self._meeting(meeting_id)
        index = block_index(meeting, block_id)
        old = meeting.blocks[index]
        base = old
        if technique is not None:
            fitted = agenda.block_from_technique(
                old.id, technique,
                minutes=validate.whole(minutes, _("field.minutes"), low=1, high=600),
                people=agenda.expected_people(self.journey, meeting),
            )  # fmt: skip
            if technique.id == old.technique:  # its questions and roles as the coach left them
                fitted = replace(old, steps=fitted.steps, minutes=fitted.minutes)
            base = fitted
        elif technique is None:
            base = replace(old, technique="", steps=[], group_size=0)
        block = self._checked_block(base, kind, title, minutes, prompts)
        block.actual_minutes = old.actual_minutes
        live = meeting.live
        if live is not None and live.block == index and block.steps != old.steps:
            raise InputError(_("input.meeting_running"))
        meeting.blocks[index] = block
        self._put("meetings", meeting)
        return block

    @edits
    def remove_block(self, meeting_id: int, block_id: int) -> Block:
        meeting = self._meeting(meeting_id)
        index = block_index(meeting, block_id)
        if meeting.live is not None:
            raise InputError(_("input.meeting_running"))
        block = meeting.blocks.pop(index)
        meeting.ideas = [i for i in meeting.ideas if i.block_id != block_id]
        self._put("meetings", meeting)
        return block

    @edits
    def fit_agenda(self, meeting_id: int) -> list[tuple[str, int, int]]:
        """Fit the plan to the meeting's length (`agenda_fit.fit_to_length`); returns what
        changed as (title, minutes before, after). A technique's steps are fitted anew."""
        from plgtui.core import agenda
        from plgtui.core.agenda_fit import fit_to_length
        from plgtui.core.step_times import scale_steps

        meeting = self._meeting(meeting_id)
        if meeting.live is not None:
            raise InputError(_("input.meeting_running"))
        people = agenda.expected_people(self.journey, meeting)
        minutes = fit_to_length(meeting.blocks, meeting.length_minutes, people)
        changed: list[tuple[str, int, int]] = []
        blocks = []
        for block in meeting.blocks:
            if block.id in minutes:
                before = round(block.planned_seconds(people) / 60)
                new = minutes[block.id]
                if block.steps:
                    steps = scale_steps(block.steps, new, block.turns(people))
                    block = replace(block, steps=steps)
                    new = round(block.planned_seconds(people) / 60)
                block = replace(block, minutes=new)
                changed.append((block.title, before, new))
            blocks.append(block)
        if changed:
            meeting.blocks = blocks
            self._put("meetings", meeting)
        return changed

    @edits
    def hold_on(self, meeting_id: int, day: date) -> Meeting:
        """A planned meeting held on another day than planned: it is dated that day."""
        meeting = self._meeting(meeting_id)
        if meeting.status is MeetingStatus.CLOSED:
            raise InputError(_("agenda.closed"))
        meeting.date = validate.day(day, _("field.date"))
        self._put("meetings", meeting)
        return meeting

    @edits
    def move_block(self, meeting_id: int, block_id: int, delta: int) -> int:
        """Move a block up (negative) or down; returns its new position."""
        meeting = self._meeting(meeting_id)
        if meeting.live is not None:
            raise InputError(_("input.meeting_running"))
        index = block_index(meeting, block_id)
        target = max(0, min(len(meeting.blocks) - 1, index + delta))
        if target != index:
            meeting.blocks.insert(target, meeting.blocks.pop(index))
            self._put("meetings", meeting)
        return target

    def _checked_block(
        self, base: Block, kind: BlockKind, title: str, minutes: int, prompts: Iterable[str]
    ) -> Block:
        lines = [validate.line(p, _("field.prompt"), required=False) for p in prompts]
        lines = [p for p in lines if p]
        if len(lines) > PROMPTS_MAX:
            raise InputError(_("input.too_many_prompts", limit=PROMPTS_MAX))
        return replace(
            base,
            kind=BlockKind(kind),
            title=validate.line(title, _("field.title"), limit=validate.NAME_MAX),
            minutes=(
                base.minutes
                if base.steps
                else validate.whole(minutes, _("field.minutes"), low=1, high=600)
            ),
            prompts=lines,
        )

    @edits
    def set_presence(self, meeting_id: int, member_id: int, presence: Presence | None) -> Meeting:
        """Present, excused or absent; None takes the record away (unknown)."""
        meeting = self._meeting(meeting_id)
        self._find(self.journey.members, member_id, "input.no_member")
        if presence is None:
            meeting.attendance.pop(member_id, None)
        else:
            meeting.attendance[member_id] = Presence(presence)
        self._put("meetings", meeting)
        return meeting

    @edits
    def make_groups(
        self, meeting_id: int, size: int = 4, rng: random.Random | None = None
    ) -> list[list[int]]:
        """Split the people taking part into random groups of about `size` (`participants`):
        the teachers present now, as close to `size` as their number allows, sizes differing
        by at most one, no group of one (`participants.split`). While the meeting runs, the
        running block keeps them for its minutes, and the size asked is kept to make them
        again alike."""
        meeting = self._meeting(meeting_id)
        size = validate.whole(size, _("field.group_size"), low=2, high=20)
        groups = split(participants(self.journey, meeting), size, rng or random.Random())
        meeting.groups = groups
        if meeting.live is not None:
            meeting.live = replace(meeting.live, group_size=size)  # made again alike
            if 0 <= meeting.live.block < len(meeting.blocks):
                meeting.blocks[meeting.live.block].groups = [list(g) for g in groups]
        self._put("meetings", meeting)
        return meeting.groups

    @edits
    def regroup_if_changed(self, meeting_id: int, rng: random.Random | None = None) -> bool:
        """Make the groups again, of the same size, when the people in the room changed since
        they were made (someone marked away or arrived). True when they were made again."""
        meeting = self._meeting(meeting_id)
        people = participants(self.journey, meeting)
        if not meeting.groups or groups_match(meeting.groups, people):
            return False
        # The size asked, not the largest group: 7 in pairs are 3, 2, 2, and pairs they stay.
        asked = meeting.live.group_size if meeting.live is not None else 0
        size = asked or max(2, max(len(g) for g in meeting.groups))
        self.make_groups(meeting_id, min(size, 20), rng)
        return True

    @edits
    def set_coach_joins(self, meeting_id: int, joins: bool) -> Meeting:
        """Whether the coach (and other non-teaching roles) take part in groups and turns."""
        meeting = self._meeting(meeting_id)
        meeting.coach_joins = bool(joins)
        self._put("meetings", meeting)
        return meeting

    @edits
    def set_role_holder(
        self, meeting_id: int, block_id: int, role: str, member_id: int | None
    ) -> Block:
        """Who holds one of the block's roles (presenter, timekeeper...); None: nobody yet."""
        meeting = self._meeting(meeting_id)
        block = meeting.blocks[block_index(meeting, block_id)]
        if role not in block.roles:
            raise InputError(_("input.no_role", role=role))
        holders = dict(block.role_holders)
        if member_id is None:
            holders.pop(role, None)
        else:
            self._find(self.journey.members, member_id, "input.no_member")
            holders[role] = member_id
        block.role_holders = {r: holders[r] for r in block.roles if r in holders}
        self._put("meetings", meeting)
        return block

    @edits
    def mark_spoken(self, meeting_id: int, member_id: int) -> bool:
        """In a round of turns: this person has spoken (or, again, has not). Counts the turns
        each person took in the whole meeting, for the minutes. True if now marked spoken."""
        meeting = self._meeting(meeting_id)
        self._find(self.journey.members, member_id, "input.no_member")
        if meeting.live is None:
            raise InputError(_("input.meeting_not_live"))
        spoken = list(meeting.live.spoken)
        turns = dict(meeting.turns)
        if member_id in spoken:
            spoken.remove(member_id)
            turns[member_id] = max(0, turns.get(member_id, 0) - 1)
        else:
            spoken.append(member_id)
            turns[member_id] = turns.get(member_id, 0) + 1
        meeting.live = replace(meeting.live, spoken=spoken)
        meeting.turns = {k: v for k, v in turns.items() if v}
        self._put("meetings", meeting)
        return member_id in spoken

    @edits
    def start_meeting(self, meeting_id: int, state: LiveState) -> Meeting:
        """The meeting goes live; without attendance taken, every active member counts as
        present (the minutes can correct that)."""
        meeting = self._meeting(meeting_id)
        if not meeting.blocks:
            raise InputError(_("input.no_blocks"))
        running = [m for m in self.journey.meetings if m.live is not None and m is not meeting]
        if running:
            raise InputError(_("input.other_meeting_live", title=running[0].title))
        if not meeting.attendance:
            meeting.attendance = {m.id: Presence.PRESENT for m in self.journey.members if m.active}
        meeting.status = MeetingStatus.LIVE
        meeting.live = state
        self._put("meetings", meeting)
        return meeting

    @edits
    def save_live(self, meeting_id: int, state: LiveState) -> None:
        meeting = self._meeting(meeting_id)
        if not 0 <= state.block < len(meeting.blocks):
            raise InputError(_("input.no_block", id=state.block))
        meeting.live = state
        self._put("meetings", meeting)

    @edits
    def end_meeting(self, meeting_id: int, actual_seconds: dict[int, float]) -> Meeting:
        """Close the meeting, writing each block's actual minutes beside the planned ones."""
        meeting = self._meeting(meeting_id)
        for block in meeting.blocks:
            if block.id in actual_seconds:
                block.actual_minutes = round(actual_seconds[block.id] / 60, 1)
        meeting.status = MeetingStatus.CLOSED
        meeting.live = None
        self._put("meetings", meeting)
        return meeting


def block_index(meeting: Meeting, block_id: int) -> int:
    for index, block in enumerate(meeting.blocks):
        if block.id == block_id:
            return index
    raise InputError(_("input.no_block", id=block_id))
