"""A meeting's minutes as Markdown, for reading in plgtui and for sharing.

Typed text is escaped so that it reads as typed and cannot open a heading, a list, a table or a
link; notes are Markdown on purpose, so they keep their formatting, with their headings moved
below the minutes' own and an unclosed code block closed.
"""

from __future__ import annotations

import re
from datetime import date

from plgtui import agreements as agreement_rules
from plgtui.i18n import _, format_date
from plgtui.model import Agreement, AgreementKind, Journey, Meeting, Presence

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~])")


def escape(text: str) -> str:
    """Plain text for inline use: every Markdown punctuation mark escaped, lines joined."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def embed_notes(notes: str, level: int) -> str:
    """Notes as Markdown, their headings starting at `level` at the highest, fences closed."""
    out = []
    fence: str | None = None
    for line in notes.splitlines():
        stripped = line.lstrip()
        marker = re.match(r"(`{3,}|~{3,})", stripped)
        if marker:
            if fence is None:
                fence = marker.group(1)[0] * len(marker.group(1))
            elif stripped.startswith(fence):
                fence = None
        elif fence is None:
            heading = re.match(r"(#{1,6})(\s.*|)$", stripped)
            if heading:
                depth = min(6, len(heading.group(1)) + level - 1)
                line = "#" * depth + heading.group(2)
        out.append(line)
    if fence is not None:
        out.append(fence)
    return "\n".join(out).strip()


def _names(journey: Journey, ids: list[int]) -> str:
    return ", ".join(escape(m.name) for i in ids if (m := journey.member(i)))


def owners_text(journey: Journey, agreement: Agreement) -> str:
    return _names(journey, agreement.owners) or _("minutes.whole_group")


def agreement_line(journey: Journey, agreement: Agreement, today: date) -> str:
    parts = [escape(agreement.text), owners_text(journey, agreement)]
    if agreement.due:
        parts.append(_("minutes.due", date=format_date(agreement.due)))
    status = _(f"agreement.status.{agreement.status.value}")
    if agreement.status_changed and not agreement.is_open:
        status += " " + _("minutes.on", date=format_date(agreement.status_changed))
    if agreement.reason:
        status += f" ({escape(agreement.reason)})"
    if agreement_rules.is_overdue(agreement, today):
        status = f"**{_('minutes.overdue')}**"
    parts.append(status)
    return "- " + " · ".join(parts)


def meeting_markdown(journey: Journey, meeting: Meeting, today: date, level: int = 1) -> str:
    h = "#" * level
    lines = [f"{h} {escape(meeting.title)}", "", f"*{format_date(meeting.date, weekday=True)}*", ""]
    by_state: dict[Presence, list[int]] = {p: [] for p in Presence}
    for member_id, state in meeting.attendance.items():
        by_state[state].append(member_id)
    for state in Presence:
        if by_state[state]:
            label = _(f"presence.{state.value}")
            lines.append(f"- **{label}:** {_names(journey, by_state[state])}")
    if meeting.guests:
        lines.append(f"- **{_('minutes.guests')}:** {', '.join(escape(g) for g in meeting.guests)}")
    lines.append("")
    if meeting.blocks:
        lines += [f"{h}# {_('minutes.agenda')}", ""]
        for block in meeting.blocks:
            actual = (
                ""
                if block.actual_minutes is None
                else " · " + _("minutes.actual", minutes=f"{block.actual_minutes:g}")
            )
            lines.append(f"- {escape(block.title)} ({block.minutes} min{actual})")
        lines.append("")
    if meeting.notes.strip():
        lines += [f"{h}# {_('minutes.notes')}", "", embed_notes(meeting.notes, level + 2), ""]
    if meeting.decisions:
        lines += [f"{h}# {_('minutes.decisions')}", ""]
        lines += [f"- {escape(d)}" for d in meeting.decisions]
        lines.append("")
    made = [a for a in journey.agreements if a.meeting_id == meeting.id]
    if made:
        lines += [f"{h}# {_('minutes.agreements')}", ""]
        for kind in AgreementKind:
            of_kind = [a for a in made if a.kind is kind]
            if of_kind:
                lines += [f"{h}## {_(f'agreement.kind.{kind.value}')}", ""]
                lines += [agreement_line(journey, a, today) for a in of_kind]
                lines.append("")
    carried = agreement_rules.follow_up(journey, meeting)
    if carried:
        lines += [f"{h}# {_('minutes.follow_up')}", ""]
        lines += [agreement_line(journey, a, today) for a in carried]
        lines.append("")
    if meeting.ideas:
        lines += [f"{h}# {_('minutes.ideas')}", ""]
        for idea in sorted(meeting.ideas, key=lambda i: (-i.votes, i.id)):
            votes = f" ({_('minutes.votes', count=idea.votes)})" if idea.votes else ""
            lines.append(f"- {escape(idea.text)}{votes}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
