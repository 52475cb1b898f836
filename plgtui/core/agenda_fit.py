"""Making a pre-filled agenda fit the meeting's length.

The rule, in the order it is applied (README, "Meeting plan"):
1. Blocks without timed steps are shortened in proportion to their length, each to no less
   than its floor: 10 minutes for a discussion or work in sub-groups, 5 for any other block
   (a block already shorter than its floor keeps its length). A technique's block keeps its
   steps.
2. When that is not enough, whole blocks are left out one at a time, and step 1 is tried again
   from the original lengths: the critical discussions from the last to the second, then the
   work in sub-groups, then the technique's block, then the first critical discussion.
   Welcome, follow-up, effects on pupils, agreements and evaluation stay: the sources ask for
   them at every meeting.
3. A meeting too short even for those: what is left shares the time in proportion, at least
   one minute each, and blocks that get none are left out from the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from plgtui.core.model import Block, BlockKind

FLOOR = 5
FLOOR_LONG = 10  # a discussion or sub-group work shorter than this is not worth having
LONG_KINDS = (BlockKind.DISCUSSION, BlockKind.SUBGROUP)


@dataclass
class Fit:
    """The agenda that fits, with what was shortened (title, before, after) and left out."""

    blocks: list[Block]
    shortened: list[tuple[str, int, int]] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    planned_seconds: int = 0


def drop_order(blocks: list[Block], discussions: list[int]) -> list[int]:
    """Block ids in the order they are left out when shortening is not enough."""
    later = list(reversed(discussions[1:]))
    subgroups = [b.id for b in blocks if b.kind is BlockKind.SUBGROUP]
    techniques = [b.id for b in blocks if b.steps]
    return later + subgroups + techniques + discussions[:1]


def fit(blocks: list[Block], length: int, people: int, drop: list[int]) -> Fit:
    """The blocks, shortened or thinned out by the rule above, so they last at most `length`."""
    kept = list(blocks)
    left_out: list[str] = []
    queue = [i for i in drop if any(b.id == i for b in blocks)]
    while True:
        minutes = _shortened(kept, length, people, _floor)
        if minutes is not None or not queue:
            break
        gone = queue.pop(0)
        left_out += [b.title for b in kept if b.id == gone]
        kept = [b for b in kept if b.id != gone]
    if minutes is None:
        minutes = _shortened(kept, length, people, lambda _b: 1)
    while minutes is None and kept:
        left_out.append(kept.pop().title)
        minutes = _shortened(kept, length, people, lambda _b: 1)
    result = Fit(blocks=[])
    for block in kept:
        new = minutes.get(block.id, block.minutes) if minutes else block.minutes
        if new != block.minutes:
            result.shortened.append((block.title, block.minutes, new))
            block = replace(block, minutes=new)
        result.blocks.append(block)
    result.left_out = left_out
    result.planned_seconds = sum(b.planned_seconds(people) for b in result.blocks)
    return result


def _floor(block: Block) -> int:
    return FLOOR_LONG if block.kind in LONG_KINDS else FLOOR


def _shortened(blocks: list[Block], length: int, people: int, floor) -> dict[int, int] | None:
    """New minutes for the blocks without steps, or None if they cannot be made to fit."""
    fixed = sum(b.planned_seconds(people) for b in blocks if b.steps)
    free = [b for b in blocks if not b.steps]
    budget = length * 60 - fixed
    total = sum(b.minutes * 60 for b in free)
    if total <= budget:
        return {}
    floors = {b.id: min(b.minutes, floor(b)) for b in free}
    if sum(floors.values()) * 60 > budget:
        return None
    give = budget // 60 - sum(floors.values())  # whole minutes to share above the floors
    room = {b.id: b.minutes - floors[b.id] for b in free}
    wanted = sum(room.values())
    shares = {i: r * give / wanted for i, r in room.items()} if wanted else {}
    minutes = {i: floors[i] + int(s) for i, s in shares.items()}
    leftover = give - sum(int(s) for s in shares.values())
    for i in sorted(shares, key=lambda i: shares[i] - int(shares[i]), reverse=True)[:leftover]:
        minutes[i] += 1
    return minutes


# -- fitting a plan the coach made (the key `f` on the meeting plan) -----------------------

KEPT_KINDS = (BlockKind.WELCOME, BlockKind.EVALUATION, BlockKind.BREAK)


def shortest(block: Block, people: int) -> int:
    """The fewest whole minutes a block can last: a minute a step (a turn a minute), else one."""
    if not block.steps:
        return 1
    turns = block.turns(people)
    return sum(turns if s.per_person else 1 for s in block.steps)


def fit_to_length(blocks: list[Block], length: int, people: int) -> dict[int, int]:
    """New minutes per block id so the plan lasts `length` (README, "Planning a meeting"):
    the opening, the closing and breaks keep theirs; every other block gets a share of the rest
    in proportion to what it has now, in whole minutes, none below its shortest. A plan that
    cannot be made that short gets the shortest it can have."""
    planned = {b.id: round(b.planned_seconds(people) / 60) for b in blocks}
    kept = [b for b in blocks if b.kind in KEPT_KINDS]
    free = [b for b in blocks if b.kind not in KEPT_KINDS] or list(kept)
    if free is kept:
        kept = []
    budget = length - sum(planned[b.id] for b in kept)
    floors = {b.id: shortest(b, people) for b in free}
    total = sum(planned[b.id] for b in free) or len(free)
    ideal = {b.id: (planned[b.id] or 1) * budget / total for b in free}
    new = {i: max(floors[i], int(x)) for i, x in ideal.items()}
    left = budget - sum(new.values())
    by_remainder = sorted(ideal, key=lambda i: ideal[i] - int(ideal[i]), reverse=True)
    while left > 0 and by_remainder:
        for i in by_remainder[:left]:
            new[i] += 1
        left = budget - sum(new.values())
    while left < 0:
        giving = [i for i in new if new[i] > floors[i]]
        if not giving:
            break
        most = max(giving, key=lambda i: new[i] - ideal[i])
        new[most] -= 1
        left += 1
    return {i: m for i, m in new.items() if m != planned[i]}
