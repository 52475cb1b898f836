"""A meeting while it runs: which block and step, the countdown, the schedule, the cues.

It belongs to the meeting, not to a screen: the app keeps one while a meeting is live, so
switching screens never stops the clock. Every change of position or pause goes through the
workbook, which saves it, so a crash or restart resumes at the same point.
"""

from __future__ import annotations

import random
from dataclasses import replace

from plgtui.core import agenda
from plgtui.core.model import (
    IDEAS_ALL,
    IDEAS_DEFAULT,
    Block,
    Idea,
    LiveState,
    Meeting,
    Step,
)
from plgtui.core.participants import (
    DEFAULT_GROUP_SIZE,
    asked_size,
    least_spoken_first,
    participants,
)
from plgtui.core.timer import BEEPS, Clock, Countdown, Stage, stage, warning_points
from plgtui.core.workbook import Workbook


class LiveMeeting:
    def __init__(self, workbook: Workbook, meeting_id: int, clock: Clock) -> None:
        self.workbook = workbook
        self.meeting_id = meeting_id
        self.clock = clock
        self.rng = random.Random()  # for groups made again when a step asks another size
        state = self.meeting.live
        if state is None:
            raise ValueError("the meeting is not live; use LiveMeeting.start")
        self.countdown = Countdown.restored(
            clock,
            self._step_seconds(state.block, state.step),
            state.running,
            state.remaining,
            state.deadline,
        )
        # The step's length after + and - is saved (files from before: at least the time left).
        self.countdown.duration = state.length or max(
            self.countdown.duration, self.countdown.remaining()
        )
        self._last_stage = self.stage()

    @classmethod
    def start(cls, workbook: Workbook, meeting_id: int, clock: Clock) -> LiveMeeting:
        """Take the meeting live at its first block, its countdown paused until Space; the
        meeting's own clock runs from now (`elapsed`)."""
        meeting = workbook.meetings.meeting_of(meeting_id)
        now = clock.wall()
        state = LiveState(started=now, entered=now, paused_at=now)  # paused until Space
        workbook.meetings.start_meeting(meeting_id, state)
        state.remaining = cls._seconds(meeting, workbook, 0, 0)
        workbook.meetings.save_live(meeting_id, state)
        return cls(workbook, meeting_id, clock)

    # -- what is shown ---------------------------------------------------------------------

    @property
    def meeting(self) -> Meeting:
        return self.workbook.meetings.meeting_of(self.meeting_id)

    @property
    def state(self) -> LiveState:
        assert self.meeting.live is not None
        return self.meeting.live

    @property
    def block(self) -> Block:
        return self.meeting.blocks[self.state.block]

    def steps(self, block: Block) -> list[Step]:
        """A block without steps runs as one step as long as the block."""
        return block.steps or [Step(title=block.title, minutes=block.minutes)]

    @property
    def step(self) -> Step:
        return self.steps(self.block)[self.state.step]

    @property
    def people(self) -> int:
        """How many take part (the coach runs the meeting, see `participants`)."""
        return agenda.expected_people(self.workbook.journey, self.meeting)

    def remaining(self) -> float:
        return self.countdown.remaining()

    @property
    def running(self) -> bool:
        return self.countdown.running

    def warning_points(self) -> tuple[float, float]:
        """Where this step's countdown turns to wrap up and to its last minute."""
        planned = self._step_seconds(self.state.block, self.state.step)
        return warning_points(planned, self.countdown.duration)

    def stage(self) -> Stage:
        return stage(self.remaining(), *self.warning_points())

    def next_up(self) -> tuple[Block, Step | None] | None:
        """The next step of this block, or the next block; None at the last one."""
        state = self.state
        if state.step + 1 < len(self.steps(self.block)):
            return self.block, self.steps(self.block)[state.step + 1]
        if state.block + 1 < len(self.meeting.blocks):
            return self.meeting.blocks[state.block + 1], None
        return None

    def turn(self) -> tuple[int, int] | None:
        """In a per-person step: whose turn it is by the clock (1-based) and how many turns."""
        step = self.step
        if not step.per_person or step.minutes <= 0:
            return None
        turns = self.block.turns(self.people)
        spent = self.countdown.duration - self.remaining()
        return min(turns, int(spent // (step.minutes * 60)) + 1), turns

    def elapsed(self) -> float:
        """Meeting time so far: the wall clock since the meeting went live. A pause stops the
        countdown, not the meeting: the room's clock runs on, and the end stays where it was."""
        return max(0.0, self.clock.wall() - self.state.started)

    def meeting_left(self) -> float:
        """Seconds to the planned end, the start plus the meeting's length, by the wall clock."""
        return self.meeting.length_minutes * 60 - self.elapsed()

    def planned_left(self) -> float:
        """Seconds the agenda still plans: the rest of this step (none in overtime), the later
        steps of this block and the later blocks."""
        meeting, state = self.meeting, self.state
        left = max(self.remaining(), 0.0)
        left += sum(
            self._step_seconds(state.block, s)
            for s in range(state.step + 1, len(self.steps(self.block)))
        )
        left += sum(b.planned_seconds(self.people) for b in meeting.blocks[state.block + 1 :])
        return left

    def slip(self) -> float:
        """Seconds the agenda needs beyond the time left in the meeting (positive: behind), or
        leaves of it (negative: ahead). Ahead is never more than the time left."""
        return self.planned_left() - self.meeting_left()

    def _worked(self) -> float:
        """The wall clock since the start less every pause: what a block's time counts."""
        return self.clock.wall() - self.state.started - self._paused_so_far()

    def _paused_so_far(self) -> float:
        """Seconds paused since the start, the pause going on now included."""
        state = self.state
        ongoing = not state.running and state.paused_at
        return state.paused + (self.clock.wall() - state.paused_at if ongoing else 0.0)

    def poll(self) -> int:
        """Beeps due since the last poll: 1 entering wrap-up, 2 the last minute, 3 at zero."""
        now = self.stage()
        before, self._last_stage = self._last_stage, now
        if list(Stage).index(now) > list(Stage).index(before):
            return BEEPS[now]
        return 0

    # -- what the coach does ---------------------------------------------------------------

    def toggle(self) -> None:
        self.countdown.toggle()
        self._save()

    def extend(self, minutes: float) -> None:
        self.countdown.extend(minutes * 60)
        self._last_stage = self.stage()
        self._save()

    def reset(self) -> None:
        self.countdown.duration = self._step_seconds(self.state.block, self.state.step)
        self.countdown.reset()
        self._last_stage = self.stage()
        self._save()

    def next(self) -> bool:
        state = self.state
        if state.step + 1 < len(self.steps(self.block)):
            return self._go(state.block, state.step + 1)
        if state.block + 1 < len(self.meeting.blocks):
            return self._go(state.block + 1, 0)
        return False

    def previous(self) -> bool:
        state = self.state
        if state.step > 0:
            return self._go(state.block, state.step - 1)
        if state.block > 0:
            last = len(self.steps(self.meeting.blocks[state.block - 1])) - 1
            return self._go(state.block - 1, last)
        return False

    def toggle_spoken(self, member_id: int) -> None:
        self.workbook.meetings.mark_spoken(self.meeting_id, member_id)

    def people_ids(self) -> list[int]:
        """Who takes part now, in the order chosen for speaking turns."""
        ids = participants(self.workbook.journey, self.meeting)
        if self.state.turn_order == "least":
            return least_spoken_first(self.meeting, ids)
        return ids

    def norms_shown(self) -> list[str]:
        """The group's working agreements, in sight during the first block of every meeting."""
        return list(self.workbook.journey.group.norms) if self.state.block == 0 else []

    def prompts(self) -> list[str]:
        """What stays on screen: the working agreements in the first block, then the block's
        questions."""
        return [*self.norms_shown(), *self.block.prompts]

    def pass_role(self, role: str) -> int | None:
        """Give one of the block's roles to the next person present, after the last one
        nobody; who holds it now. The teachers taking part come first, then the others present
        (the coach, who often keeps the time, but is not the first presenter). Someone who
        holds another of the block's roles is passed over while anyone present holds none."""
        journey, block = self.workbook.journey, self.block
        present = set(self.meeting.present())
        taking_part = participants(journey, self.meeting)
        others = [m.id for m in journey.members if m.id in present and m.id not in taking_part]
        people = [p for p in taking_part if p in present] + others
        current = block.role_holders.get(role)
        following = people[people.index(current) + 1 :] if current in people else people
        busy = {h for r, h in block.role_holders.items() if r != role}
        if any(p not in busy for p in people):
            following = [p for p in following if p not in busy]
        holder = following[0] if following else None
        self.workbook.meetings.set_role_holder(self.meeting_id, block.id, role, holder)
        return holder

    def role_holder(self, role: str) -> str:
        """The name of who holds `role` in this block, or ''."""
        member = self.workbook.journey.member(self.block.role_holders.get(role, 0))
        return member.name if member else ""

    def group_size(self) -> int:
        """The size of groups made now: what the step's words ask ("per twee": pairs), else
        the block's, else four."""
        return asked_size(self.step) or self.block.group_size or DEFAULT_GROUP_SIZE

    def current_group_size(self) -> int:
        """The size the groups on screen were asked with, to make them again alike."""
        if self.meeting.groups and self.state.group_size:
            return self.state.group_size
        return self.group_size()

    def toggle_turn_order(self) -> None:
        self._save(turn_order="" if self.state.turn_order == "least" else "least")

    # -- the ideas on the side -------------------------------------------------------------

    def is_vote(self) -> bool:
        return any(s.vote for s in self.block.steps)

    def ideas(self) -> list[Idea]:
        """The ideas the side panel lists. By default this block's; in a voting block the
        meeting's ideas not yet made an agreement or theme, whichever block they came from.
        The coach can narrow that to one earlier block or widen it to every idea."""
        meeting, scope = self.meeting, self.state.idea_scope
        if scope == IDEAS_ALL:
            ideas = list(meeting.ideas)
        elif scope != IDEAS_DEFAULT and meeting.block(scope) is not None:
            ideas = meeting.block_ideas(scope)
        elif self.is_vote():
            ideas = [i for i in meeting.ideas if not i.used or i.block_id == self.block.id]
        else:
            ideas = meeting.block_ideas(self.block.id)
        if self.is_vote() or self.state.idea_order == "votes":
            return sorted(ideas, key=lambda i: (-i.votes, i.id))
        return ideas

    def idea_scope_title(self) -> Block | None:
        """The block the list is narrowed to, if it is."""
        scope = self.state.idea_scope
        return self.meeting.block(scope) if scope not in (IDEAS_DEFAULT, IDEAS_ALL) else None

    def next_idea_scope(self) -> None:
        """Default, then each earlier block that has ideas, then every idea, then default."""
        meeting = self.meeting
        earlier = [b.id for b in meeting.blocks[: self.state.block] if meeting.block_ideas(b.id)]
        cycle = [IDEAS_DEFAULT, *earlier, IDEAS_ALL]
        current = self.state.idea_scope
        position = cycle.index(current) if current in cycle else 0
        self._save(idea_scope=cycle[(position + 1) % len(cycle)])

    def toggle_idea_order(self) -> None:
        self._save(idea_order="" if self.state.idea_order == "votes" else "votes")

    def actual_seconds(self) -> dict[int, float]:
        """Meeting time spent in each block, pauses left out, the running one up to now."""
        state = self.state
        spent = dict(state.spent)
        block_id = self.block.id
        entered = state.entered - state.started - state.entered_paused
        spent[block_id] = spent.get(block_id, 0.0) + max(0.0, self._worked() - entered)
        return spent

    def end(self) -> Meeting:
        return self.workbook.meetings.end_meeting(self.meeting_id, self.actual_seconds())

    # -- plumbing --------------------------------------------------------------------------

    def _go(self, block: int, step: int) -> bool:
        """Move to another step; it runs if the one before was running."""
        state = self.state
        spent = dict(state.spent)
        moved_block = block != state.block
        if moved_block:
            spent = self.actual_seconds()
        running = self.countdown.running
        self.countdown = Countdown(self.clock, self._step_seconds(block, step))
        if running:
            self.countdown.start()
        self._last_stage = self.stage()
        changes: dict[str, object] = dict(block=block, step=step, spent=spent)
        if moved_block:
            # The block is entered at this moment of block time (the wall clock less pauses).
            changes.update(
                entered=self.clock.wall(), entered_paused=self._paused_so_far(), spoken=[],
                idea_scope=IDEAS_DEFAULT,
            )  # fmt: skip
        self._save(**changes)
        self._groups_follow(moved_block)
        return True

    def _groups_follow(self, moved_block: bool) -> None:
        """Groups already made are made again when the step asks another size ("per vier"
        after "per twee"), or a new block does; a step that asks nothing keeps them."""
        asked = asked_size(self.step) or (self.block.group_size if moved_block else 0)
        asked = min(asked, 20) if asked > 1 else 0  # what make_groups accepts
        if asked and self.meeting.groups and asked != self.state.group_size:
            self.workbook.meetings.make_groups(self.meeting_id, asked, self.rng)

    def _save(self, **changes: object) -> None:
        """Save where the meeting stands; a pause begun or ended here moves the bookkeeping
        of the blocks' time along, so pauses never count in a block's actual minutes."""
        running, remaining, deadline = self.countdown.saved()
        state = self.state
        now = self.clock.wall()
        paused, paused_at = state.paused, state.paused_at
        if running and not state.running and paused_at:
            paused, paused_at = paused + now - paused_at, 0.0  # the pause ends
        elif not running and state.running:
            paused_at = now  # a pause begins
        state = replace(
            state, running=running, remaining=remaining, deadline=deadline,
            length=self.countdown.duration, paused=paused, paused_at=paused_at, **changes,
        )  # fmt: skip
        self.workbook.meetings.save_live(self.meeting_id, state)

    def _step_seconds(self, block_index: int, step_index: int) -> float:
        return self._seconds(self.meeting, self.workbook, block_index, step_index)

    @staticmethod
    def _seconds(meeting: Meeting, workbook: Workbook, block_index: int, step_index: int) -> float:
        block = meeting.blocks[block_index]
        people = agenda.expected_people(workbook.journey, meeting)
        if not block.steps:
            return block.minutes * 60.0
        return float(block.steps[step_index].seconds(block.turns(people)))
