"""A meeting's minutes as Markdown, for reading in plgtui and for sharing.

Typed text is escaped so that it reads as typed and cannot open a heading, a list, a table or a
link; notes are Markdown on purpose and keep their formatting (notes.py makes them safe).
"""

from __future__ import annotations

from datetime import date

from plgtui.core import agreements as agreement_rules
from plgtui.core import labels
from plgtui.core.agenda import expected_people
from plgtui.core.i18n import _, format_date, language, ngettext, number
from plgtui.core.model import Agreement, Idea, Journey, Meeting
from plgtui.core.techniques import title_of
from plgtui.export.agreements_table import agreements_table, names
from plgtui.export.markdown import escape, joined, table
from plgtui.export.notes import embed_notes


def attendance_table(journey: Journey, meeting: Meeting) -> list[str]:
    rows = []
    for member in journey.members:
        state = meeting.attendance.get(member.id)
        expected = member.expected and member.active and member.member_on(meeting.date)
        if state is None and not expected:
            continue
        label = _(labels.PRESENCE[(state.value if state else "unknown")])
        rows.append([escape(member.name), label])
    rows += [[escape(g), _("minutes.guest")] for g in meeting.guests]
    return table([_("attendance.col.member"), _("minutes.presence")], rows)


def agenda_table(journey: Journey, meeting: Meeting) -> list[str]:
    """Each block with its kind, technique, and planned and actual minutes."""
    people = expected_people(journey, meeting)
    rows = [
        [
            escape(b.title),
            _(labels.BLOCK_KIND[b.kind.value]),
            escape(title_of(b.technique, language())) if b.technique else "",
            number(b.planned_seconds(people) / 60, 0),
            "" if b.actual_minutes is None else number(b.actual_minutes),
        ]
        for b in meeting.blocks
    ]
    header = [_("col.title"), _("col.kind"), _("col.technique"), _("col.planned"), _("col.actual")]
    return table(header, rows)


def blocks_worked(journey: Journey, meeting: Meeting, h: str) -> list[str]:
    """Per block: who held which role, the groups made and the ideas, with their votes and
    what became of them. Ideas of a block no longer on the agenda come last, under their own
    heading."""
    lines: list[str] = []
    known = {b.id for b in meeting.blocks}
    parts = [(b.title, b.groups, meeting.block_ideas(b.id), b) for b in meeting.blocks]
    other = [i for i in meeting.ideas if i.block_id not in known]
    parts.append((_("minutes.other_ideas"), [], other, None))
    parts = [p for p in parts if p[1] or p[2] or (p[3] and p[3].role_holders)]
    if not parts:
        return lines
    lines += [f"{h}# {_('minutes.ideas')}", ""]
    for title, groups, ideas, block in parts:
        lines += [f"{h}## {escape(title)}", ""]
        if block is not None and block.role_holders:
            held = [
                f"{escape(role)}: {escape(m.name)}"
                for role, mid in block.role_holders.items()
                if (m := journey.member(mid))
            ]
            lines += [f"*{_('minutes.roles')}:* " + "; ".join(held), ""]
        for n, group in enumerate(groups, start=1):
            lines.append(f"- {_('live.group', n=n)} {names(journey, group)}")
        if groups:
            lines.append("")
        for idea in sorted(ideas, key=lambda i: (-i.votes, i.id)):
            lines.append(f"- {escape(idea.text)}{idea_fate(journey, idea)}")
        if ideas:
            lines.append("")
    return lines


def idea_fate(journey: Journey, idea: Idea) -> str:
    """' (3 votes) → agreement, theme': the votes, and what the idea became."""
    text = f" ({ngettext('minutes.votes', idea.votes)})" if idea.votes else ""
    made = [
        _(label) for label, ref in (("live.idea_agreement", idea.agreement_id),
                                    ("live.idea_theme", idea.theme_id)) if ref is not None
    ]  # fmt: skip
    return text + (" → " + ", ".join(made) if made else "")


def meeting_markdown(journey: Journey, meeting: Meeting, today: date | None) -> str:
    """One meeting's minutes, as the minutes view shows them."""
    return joined(meeting_lines(journey, meeting, today))


def meeting_lines(
    journey: Journey,
    meeting: Meeting,
    today: date | None,
    level: int = 1,
    index: agreement_rules.Index | None = None,
    made: list[Agreement] | None = None,
) -> list[str]:
    """One meeting's minutes as lines, the notes among them as `NotesText`; `level` is the
    heading level of its title. A whole-journey export passes `index` and `made` (this
    meeting's agreements) so it need not search per meeting."""
    h = "#" * level
    lines = [f"{h} {escape(meeting.title)}", "", f"*{format_date(meeting.date, weekday=True)}*", ""]
    if meeting.attendance or meeting.guests:
        lines += [f"{h}# {_('minutes.attendance')}", ""]
        lines += attendance_table(journey, meeting)
    if meeting.blocks:
        lines += [f"{h}# {_('minutes.agenda')}", ""]
        lines += agenda_table(journey, meeting)
    if meeting.notes.strip():
        lines += [f"{h}# {_('minutes.notes')}", "", embed_notes(meeting.notes, level + 2), ""]
    if meeting.decisions:
        lines += [f"{h}# {_('minutes.decisions')}", ""]
        lines += [f"- {escape(d)}" for d in meeting.decisions]
        lines.append("")
    if meeting.norms_kept:
        kept = _(labels.NORMS_KEPT[meeting.norms_kept])
        note = f": {escape(meeting.norms_note)}" if meeting.norms_note else ""
        lines += [f"{h}# {_('minutes.norms')}", "", f"{_('minutes.norms_kept')} {kept}{note}", ""]
    if meeting.learnings:
        lines += [f"{h}# {_('minutes.learnings')}", ""]
        lines += [f"- {escape(d)}" for d in meeting.learnings]
        lines.append("")
    if made is None:
        made = [a for a in journey.agreements if a.meeting_id == meeting.id]
    if made:
        lines += [f"{h}# {_('minutes.agreements')}", ""]
        lines += agreements_table(journey, made, today)
    # A whole journey leaves out what stayed open for long: listed in every later meeting,
    # it made the export grow with the square of the journey. It stays in the open list.
    stale_after = agreement_rules.STALE_AFTER if index is not None else None
    carried, stale = agreement_rules.follow_up_fresh(journey, meeting, index, stale_after)
    if carried or stale:
        lines += [f"{h}# {_('minutes.follow_up')}", ""]
    if carried:
        lines += agreements_table(journey, carried, today)
    if stale:
        words = ngettext("minutes.stale_left_out", stale, meetings=stale_after)
        lines += [f"*{words}*", ""]
    from plgtui.export.evidence import meeting_evidence_lines  # it builds on this module

    lines += meeting_evidence_lines(journey, meeting, h)
    lines += blocks_worked(journey, meeting, h)
    if meeting.turns:
        lines += [f"{h}# {_('minutes.turns')}", ""]
        lines += [
            f"- {escape(m.name)}: {ngettext('minutes.turn_count', meeting.turns[m.id])}"
            for m in journey.members
            if meeting.turns.get(m.id)
        ]
        lines.append("")
    return lines
