"""A meeting while it runs: which block and step, the countdown, the schedule, the cues.

It belongs to the meeting, not to a screen: the app keeps one while a meeting is live, so
switching screens never stops the clock. Every change of position or pause goes through the
workbook, which saves it, so a crash or restart resumes at the same point.
"""

from __future__ import annotations

from dataclasses import replace

from plgtui import agenda
from plgtui.model import Block, LiveState, Meeting, Step
from plgtui.timer import BEEPS, Clock, Countdown, Stage, stage, thresholds
from plgtui.workbook import Workbook


class LiveMeeting:
    def __init__(self, workbook: Workbook, meeting_id: int, clock: Clock) -> None:
        self.workbook = workbook
        self.meeting_id = meeting_id
        self.clock = clock
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
        # The countdown's own duration may have been extended; keep what was saved.
        self.countdown.duration = max(self.countdown.duration, self.countdown.remaining())
        self._last_stage = self.stage()

    @classmethod
    def start(cls, workbook: Workbook, meeting_id: int, clock: Clock) -> LiveMeeting:
        """Take the meeting live at its first block, paused, with the meeting clock running."""
        meeting = workbook.meeting_of(meeting_id)
        now = clock.wall()
        state = LiveState(started=now, entered=now)
        workbook.start_meeting(meeting_id, state)
        state.remaining = cls._seconds(meeting, workbook, 0, 0)
        workbook.save_live(meeting_id, state)
        return cls(workbook, meeting_id, clock)

    # -- what is shown ---------------------------------------------------------------------

    @property
    def meeting(self) -> Meeting:
        return self.workbook.meeting_of(self.meeting_id)

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
        return agenda.expected_people(self.workbook.journey, self.meeting)

    def remaining(self) -> float:
        return self.countdown.remaining()

    @property
    def running(self) -> bool:
        return self.countdown.running

    def stage(self) -> Stage:
        return stage(self.remaining(), *thresholds(self.countdown.duration))

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
        return self.clock.wall() - self.state.started

    def meeting_left(self) -> float:
        return self.meeting.length_minutes * 60 - self.elapsed()

    def slip(self) -> float:
        """Seconds the meeting will end after (positive) or before its planned agenda."""
        meeting, state = self.meeting, self.state
        ahead = max(self.remaining(), 0.0)
        ahead += sum(
            self._step_seconds(state.block, s)
            for s in range(state.step + 1, len(self.steps(self.block)))
        )
        ahead += sum(b.planned_seconds(self.people) for b in meeting.blocks[state.block + 1 :])
        return self.elapsed() + ahead - agenda.planned_seconds(meeting, self.people)

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
        spoken = list(self.state.spoken)
        spoken.remove(member_id) if member_id in spoken else spoken.append(member_id)
        self.workbook.save_live(self.meeting_id, replace(self.state, spoken=spoken))

    def actual_seconds(self) -> dict[int, float]:
        spent = dict(self.state.spent)
        block_id = self.block.id
        spent[block_id] = spent.get(block_id, 0.0) + self.clock.wall() - self.state.entered
        return spent

    def end(self) -> Meeting:
        return self.workbook.end_meeting(self.meeting_id, self.actual_seconds())

    # -- plumbing --------------------------------------------------------------------------

    def _go(self, block: int, step: int) -> bool:
        """Move to another step; it runs if the one before was running."""
        state = self.state
        spent = dict(state.spent)
        if block != state.block:
            spent = self.actual_seconds()
        running = self.countdown.running
        self.countdown = Countdown(self.clock, self._step_seconds(block, step))
        if running:
            self.countdown.start()
        self._last_stage = self.stage()
        moved_block = block != state.block
        self._save(
            block=block,
            step=step,
            spent=spent,
            entered=self.clock.wall() if moved_block else state.entered,
            spoken=[] if moved_block else state.spoken,
        )
        return True

    def _save(self, **changes: object) -> None:
        running, remaining, deadline = self.countdown.saved()
        state = replace(
            self.state, running=running, remaining=remaining, deadline=deadline, **changes
        )
        self.workbook.save_live(self.meeting_id, state)

    def _step_seconds(self, block_index: int, step_index: int) -> float:
        return self._seconds(self.meeting, self.workbook, block_index, step_index)

    @staticmethod
    def _seconds(meeting: Meeting, workbook: Workbook, block_index: int, step_index: int) -> float:
        block = meeting.blocks[block_index]
        people = agenda.expected_people(workbook.journey, meeting)
        if not block.steps:
            return block.minutes * 60.0
        return float(block.steps[step_index].seconds(block.turns(people)))
