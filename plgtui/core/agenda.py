"""Building a meeting's agenda: blocks from techniques, the template, and the follow-up block."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from plgtui.core.agenda_fit import Fit, drop_order, fit
from plgtui.core.i18n import CATALOGS, _, ngettext
from plgtui.core.model import (
    Agreement,
    AgreementKind,
    Block,
    BlockKind,
    Journey,
    Meeting,
)
from plgtui.core.participants import participants
from plgtui.core.step_times import scale_steps
from plgtui.core.techniques import Technique, TemplateBlock, suggested

FOLLOWUP_SHOWN = 8  # a long carry-over list must not eat the meeting: the rest is counted


def expected_people(journey: Journey, meeting: Meeting) -> int:
    """How many take part: the teachers present once attendance is taken, before that every
    active teacher (the coach runs the meeting; see `participants`)."""
    return len(participants(journey, meeting)) or 1


def block_from_technique(
    block_id: int,
    technique: Technique,
    title: str = "",
    minutes: int | None = None,
    people: int = 4,
) -> Block:
    """A block running the technique; given `minutes`, its steps are fitted to that length
    (`step_times`) for `people` taking part."""
    block = Block(
        id=block_id,
        kind=technique.kind,
        title=title or technique.title,
        minutes=0,
        technique=technique.id,
        prompts=list(technique.prompts),
        steps=[replace(s) for s in technique.steps],
        group_size=technique.group_size,
        roles=list(technique.roles),
    )
    if minutes is not None:
        block.steps = scale_steps(technique.steps, minutes, block.turns(people))
    block.minutes = round(block.planned_seconds(people) / 60)
    return block


def followup_prompts(journey: Journey, agreements: list[Agreement]) -> list[str]:
    lines = []
    for agreement in agreements[:FOLLOWUP_SHOWN]:
        owners = [m.name for o in agreement.owners if (m := journey.member(o))]
        lines.append(f"{agreement.text} ({', '.join(owners)})" if owners else agreement.text)
    if len(agreements) > FOLLOWUP_SHOWN:
        lines.append(ngettext("agenda.followup_more", len(agreements) - FOLLOWUP_SHOWN))
    return lines


def followup_block(block_id: int, journey: Journey, minutes: int = 10) -> Block | None:
    """What was to be finished or provided since last time; material to discuss gets its own
    blocks (`discussion_blocks`)."""
    agreements = [a for a in journey.open_agreements() if a.kind is not AgreementKind.DISCUSS]
    if not agreements:
        return None
    return Block(
        id=block_id,
        kind=BlockKind.FOLLOWUP,
        title=_("agenda.followup_title"),
        minutes=minutes,
        prompts=followup_prompts(journey, agreements),
    )


DISCUSSION_MINUTES = 15
DISCUSSIONS_SHOWN = 3  # more than three critical discussions will not fit one meeting


def discussion_blocks(first_id: int, journey: Journey) -> list[Block]:
    """A critical-discussion block for each open agreement about material to discuss."""
    items = [a for a in journey.open_agreements() if a.kind is AgreementKind.DISCUSS]
    return [
        Block(
            id=first_id + n,
            kind=BlockKind.DISCUSSION,
            title=_("agenda.discuss_title", text=a.text),
            minutes=DISCUSSION_MINUTES,
            prompts=[_("agenda.discuss_prompt_1"), _("agenda.discuss_prompt_2")],
        )
        for n, a in enumerate(items[:DISCUSSIONS_SHOWN])
    ]


EFFECTS = "effects"  # Block.purpose of the standing block on effects on pupils


def effects_block(block_id: int) -> Block:
    """The sources make the effects on pupils' learning a fixed part of every meeting."""
    return Block(
        id=block_id,
        kind=BlockKind.DISCUSSION,
        title=_("agenda.effects_title"),
        minutes=15,
        prompts=[_("agenda.effects_prompt_1"), _("agenda.effects_prompt_2")],
        purpose=EFFECTS,
    )


def is_effects_block(block: Block) -> bool:
    """The block on effects on pupils, whatever the group renamed it to. Files saved before
    blocks had a purpose hold it under effects_block's title, in either language, as it was
    made; only that exact title counts ("Effectief feedback geven" is not it)."""
    if block.purpose:
        return block.purpose == EFFECTS
    return not block.technique and block.title.strip() in _effects_titles()


# the block's titles before the glossary's one term ("effect bij leerlingen"): files saved then
# still hold them
FORMER_EFFECTS_TITLES = ("Effecten op het leren van de leerlingen", "Effects on pupils' learning")


def _effects_titles() -> set[str]:
    return {catalog["agenda.effects_title"] for catalog in CATALOGS.values()} | set(
        FORMER_EFFECTS_TITLES
    )


OPENING_KINDS = (BlockKind.WELCOME,)
CLOSING_KINDS = (BlockKind.EVALUATION,)


def opening_block(block_id: int, minutes: int = 5, title: str = "") -> Block:
    """The opening: the live view shows the group's working agreements while it runs."""
    return Block(
        id=block_id, kind=BlockKind.WELCOME, title=title or _("agenda.opening_title"),
        minutes=minutes,
    )  # fmt: skip


def closing_block(block_id: int, minutes: int = 5, title: str = "") -> Block:
    return Block(
        id=block_id, kind=BlockKind.EVALUATION, title=title or _("agenda.closing_title"),
        minutes=minutes, prompts=[_("agenda.closing_prompt_1"), _("agenda.closing_prompt_2")],
    )  # fmt: skip


@dataclass(frozen=True)
class Parts:
    """What a new meeting's agenda holds, as the new-meeting form's ticks say. A part left
    unticked adds nothing."""

    opening: bool = False  # the opening first and the closing last (the template's own)
    followup: bool = True  # the follow-up of open agreements and a discussion per material
    effects: bool = True  # the standing block on effects on pupils
    template: bool = False  # the template's other blocks, a brainstorm with a technique

    @classmethod
    def of(
        cls,
        *,
        template: bool = False,
        followup: bool = True,
        opening: bool | None = None,
        effects: bool = True,
    ) -> Parts:
        """As asked; the opening and closing come with the template unless said otherwise."""
        opening = template if opening is None else opening
        return cls(opening=opening, followup=followup, effects=effects, template=template)


def _assembled(
    journey: Journey,
    parts: Parts,
    template: list[TemplateBlock],
    techniques: list[Technique],
    people: int,
) -> tuple[list[Block], list[int]]:
    """The blocks in their order, and the ids of the critical discussions."""
    blocks: list[Block] = []
    discussions: list[int] = []

    def next_id() -> int:
        return len(blocks) + 1

    def template_block(item: TemplateBlock) -> Block:
        if item.kind is BlockKind.BRAINSTORM and pick:
            return block_from_technique(next_id(), pick[0], people=people)
        return Block(id=next_id(), kind=item.kind, title=item.title, minutes=item.minutes)

    phase = journey.current_phase.phase if journey.current_phase else None
    pick = suggested(techniques, phase)
    if parts.opening:
        items = [t for t in template if t.kind in OPENING_KINDS][:1]
        blocks.append(template_block(items[0]) if items else opening_block(1))
    if parts.followup:
        block = followup_block(next_id(), journey)
        blocks += [block] if block else []
        more = discussion_blocks(next_id(), journey)
        discussions += [b.id for b in more]
        blocks += more
    if parts.effects:
        blocks.append(effects_block(next_id()))
    if parts.template:
        skipped = OPENING_KINDS + CLOSING_KINDS + (BlockKind.FOLLOWUP,)
        for item in template:
            if item.kind not in skipped:
                blocks.append(template_block(item))
    if parts.opening:
        items = [t for t in template if t.kind in CLOSING_KINDS][-1:]
        blocks.append(template_block(items[0]) if items else closing_block(next_id()))
    return blocks, discussions


def new_agenda(
    journey: Journey,
    meeting: Meeting,
    parts: Parts = Parts(),
    *,
    template: list[TemplateBlock] = (),
    techniques: list[Technique] = (),
) -> Fit:
    """A new meeting's pre-filled agenda, fitted to its length (`agenda_fit`), holding the
    `parts` asked for; `template` and `techniques` are the coach's content files."""
    people = expected_people(journey, meeting)
    blocks, discussions = _assembled(journey, parts, list(template), list(techniques), people)
    order = drop_order(blocks, discussions)
    result = fit(blocks, meeting.length_minutes, people, order)
    for number, block in enumerate(result.blocks, start=1):
        block.id = number  # ids in agenda order, with no gaps where blocks were left out
    return result


def fit_summary(fitted: Fit, length: int) -> str:
    """'Agenda: 60 of 60 min. To fit: Follow-up 10→6 min; left out: Work per theme.'"""
    text = _(
        "meeting.fit_total",
        planned=round(fitted.planned_seconds / 60),
        length=length,
    )
    changes = [
        _("meeting.fit_shortened", title=title, before=before, after=after)
        for title, before, after in fitted.shortened
    ]
    if fitted.left_out:
        changes.append(_("meeting.fit_left_out", titles=", ".join(fitted.left_out)))
    if changes:
        text += " " + _("meeting.fit_changed", length=length, changes="; ".join(changes))
    return text


def usual_length(journey: Journey, default: int = 120) -> int:
    """The group's usual meeting length: as the group gave it, else the most common of its
    last five meetings (the latest wins a tie), or `default` for a group that has not planned
    one yet. A length no meeting can have (a hand-edited file) is passed over."""
    given = journey.group.usual_length
    if isinstance(given, int) and 5 <= given <= 600:
        return given
    recent = [m.length_minutes for m in journey.meetings_by_date()[-5:]]
    if not recent:
        return default
    return max(reversed(recent), key=recent.count)


def planned_seconds(meeting: Meeting, people: int) -> int:
    return sum(block.planned_seconds(people) for block in meeting.blocks)


USUAL_FROM_LAST = 5  # the group's usual weekday: the one most of its last meetings fell on


def new_meeting_day(journey: Journey, today: date) -> date:
    """The day a new meeting is offered on: a week from today at the earliest (time to invite),
    on the weekday most of the group's last meetings fell on (on a tie, the latest meeting's),
    and never on the day of another meeting. A group without meetings: a week from today."""
    earliest = today + timedelta(days=7)
    last = journey.meetings_by_date()[-USUAL_FROM_LAST:]
    if not last:
        return next_free_day(journey, earliest)
    counts: dict[int, int] = {}
    for meeting in last:
        counts[meeting.date.weekday()] = counts.get(meeting.date.weekday(), 0) + 1
    # max keeps the first of equal counts: walk from the latest meeting back
    usual = max((m.date.weekday() for m in reversed(last)), key=lambda day: counts[day])
    return next_free_day(journey, earliest + timedelta(days=(usual - earliest.weekday()) % 7))


def next_free_day(journey: Journey, day: date) -> date:
    """`day`, or a week later until no meeting of the group is on it: a new meeting is never
    offered on the day of another."""
    taken = {m.date for m in journey.meetings}
    while day in taken:
        day += timedelta(days=7)
    return day
