"""The texts around the live countdown: where we are, what comes next, ideas, turns, groups."""

from __future__ import annotations

from textual.content import Content

from plgtui.core import labels, prompt_kinds
from plgtui.core.i18n import _, ngettext, number
from plgtui.core.live import LiveMeeting
from plgtui.core.model import IDEAS_ALL, Block, Idea, Step
from plgtui.core.timer import format_clock
from plgtui.tui.ui import plain

ON_TIME = 60  # seconds of slip still called "on schedule"


def _minutes(seconds: float) -> str:
    return f"{round(seconds / 60):d}"


def block_title(block: Block) -> str:
    """'Brainstorm: Welke bronnen?', but never 'Brainstorm: Brainstorm in groepjes'."""
    kind = _(labels.BLOCK_KIND[block.kind.value])
    if block.title.casefold().startswith(kind.casefold()):
        return block.title
    return f"{kind}: {block.title}"


def head(live: LiveMeeting) -> Content:
    """'Block 2/4 · Brainstorm: title' and, for a technique, 'step 2/4 · who'."""
    state, block = live.state, live.block
    parts = [
        Content(_("live.block_of", n=state.block + 1, total=len(live.meeting.blocks))),
        Content(" · "),
        plain(block_title(block), "bold"),
    ]
    if block.steps:
        step = live.step
        parts.append(Content("\n"))
        parts.append(Content(_("live.step_of", n=state.step + 1, total=len(block.steps))))
        if step.who:
            holder = live.role_holder(step.who) if step.who in block.roles else ""
            parts.append(plain(f" · {step.who}", "italic"))
            if holder:  # who speaks now, for the back row
                parts.append(plain(f" ({holder})", "bold"))
    if not live.running:
        parts.append(Content(" "))
        parts.append(Content(_("live.paused")).stylize("reverse"))
    return Content("").join(parts)


def instruction(live: LiveMeeting) -> Content:
    block = live.block
    if not block.steps:
        return Content("")
    step = live.step
    text = step.title
    turn = live.turn()
    if turn is not None:
        text += " " + _("live.per_person", minutes=number(step.minutes), n=turn[0], people=turn[1])
    return plain(text, "bold")


def role_line(role: str, holder: str) -> Content:
    return Content.assemble(plain(f"{role}: ", "bold"), plain(holder or "—"))


def prompts(live: LiveMeeting) -> Content:
    """The block's questions, after the working agreements (in italics) in the first block.
    The panel's title names the first kind (`prompts_title`); a later kind (the open agreements
    to follow up after the working agreements) gets its own heading, so neither reads as the
    other."""
    parts = []
    for n, (kind, lines) in enumerate(prompt_kinds.sections(live)):
        style = "italic" if kind == prompt_kinds.NORMS else ""
        part = [plain(f"• {line}", style) for line in lines]
        heading = prompt_kinds.title(kind)
        if n and heading:
            part.insert(0, plain(heading, "bold"))
        parts.append(Content("\n").join(part))
    return Content("\n\n").join(parts)


def prompts_title(live: LiveMeeting, index: int = 0) -> str:
    """The panel's title: the kind of the first line, or on the projector of the one shown."""
    return prompt_kinds.title(prompt_kinds.kind_at(live, index))


def next_up(live: LiveMeeting) -> Content:
    upcoming = live.next_up()
    if upcoming is None:
        return Content(_("live.next_none"))
    block, step = upcoming
    if step is not None:
        text = _("live.next_step", title=step.title, minutes=number(_step_minutes(live, step)))
    else:
        text = _(
            "live.next_block",
            title=block.title,
            minutes=_minutes(block.planned_seconds(live.people)),
        )
    return plain(text)


def _step_minutes(live: LiveMeeting, step: Step) -> float:
    return step.seconds(live.block.turns(live.people)) / 60


def status(live: LiveMeeting) -> Content:
    """Time left for the meeting and whether it runs ahead of or behind its plan."""
    left = live.meeting_left()
    slip = live.slip()
    if abs(slip) < ON_TIME:
        schedule = Content(_("live.on_time")).stylize("$text-success")
    elif slip > 0:
        schedule = Content(_("live.behind", minutes=_minutes(slip))).stylize("bold $text-warning")
    else:
        schedule = Content(_("live.ahead", minutes=_minutes(-slip))).stylize("$text-success")
    meeting_left = (
        _("live.meeting_left", time=format_clock(left))
        if left > 0
        else _("live.meeting_over", time=format_clock(-left).lstrip("-"))
    )
    return Content(" · ").join([next_up(live), Content(meeting_left), schedule])


def idea_line(idea: Idea, votes: bool, marked: bool) -> Content:
    """An idea, its votes once any idea has one, and what became of it."""
    # Bold in the text's own colour: an accent colour fails on the highlighted row.
    count = Content(f"{idea.votes:>2} ● ").stylize("bold") if votes else Content("")
    mark = Content("⇄ ").stylize("bold $text-warning") if marked else Content("")
    fate = [
        Content(" → " + _(label)).stylize("italic $text-success")
        for label, made in (
            ("live.idea_agreement", idea.agreement_id),
            ("live.idea_theme", idea.theme_id),
        )
        if made is not None
    ]
    # A name a member gave on a phone, in a block whose ideas are named (core/room.py).
    author = plain(f" — {idea.author}", "italic") if idea.author else Content("")
    return Content("").join([mark, count, plain(idea.text), author, *fate])


def ideas_title(live: LiveMeeting, count: int) -> str:
    """'5 ideas' with where they come from when that is not simply this block."""
    title = ngettext("live.ideas", count)
    narrowed = live.idea_scope_title()
    if narrowed is not None:
        return title + " · " + _("live.ideas_from", block=narrowed.title)
    if live.state.idea_scope == IDEAS_ALL:
        return title + " · " + _("live.ideas_all")
    if live.is_vote():
        return title + " · " + _("live.ideas_open")
    return title


def turn_line(name: str, spoken: bool, turns: int = 0) -> Content:
    """A name in a round of turns, marked once spoken, with the turns taken this meeting."""
    mark = Content("✓ ").stylize("$text-success") if spoken else Content("○ ")
    taken = Content(f" ({turns})").stylize("dim") if turns else Content("")
    return Content("").join([mark, plain(name, "dim" if spoken else "bold"), taken])


def one_prompt(lines: list[str], index: int) -> Content:
    """On the projector: one question at a time, with where it stands among the others."""
    if not lines:
        return Content("")
    text = plain(lines[index], "bold")
    if len(lines) == 1:
        return text
    where = Content(_("live.question_of", n=index + 1, total=len(lines))).stylize("dim")
    return Content("\n").join([text, where])


def groups_text(live: LiveMeeting) -> Content:
    journey = live.workbook.journey
    lines = []
    for n, group in enumerate(live.meeting.groups, start=1):
        names = ", ".join(m.name for mid in group if (m := journey.member(mid)))
        lines.append(
            Content(" ").join([Content(_("live.group", n=n)).stylize("bold"), plain(names)])
        )
    if not lines:
        return Content(_("live.no_groups"))
    return Content("\n\n").join(lines)
