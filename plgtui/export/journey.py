"""The whole journey as one Markdown document, and the short digest for school leaders.

Built from the same pieces as a meeting's minutes (minutes.py). No date of today appears, so
the same journey always gives the same bytes; `stamp` adds a line saying when it was made, and
`today` marks the open agreements due before it as overdue.
"""

from __future__ import annotations

from datetime import date

from plgtui.core import attendance, labels
from plgtui.core.agreements import Index
from plgtui.core.attendance import records
from plgtui.core.i18n import _, format_date, ngettext, phase_name
from plgtui.core.model import (
    CONDITION_KEYS,
    FUNCTIONING_KEYS,
    Journey,
    Meeting,
    MeetingStatus,
)
from plgtui.export.agreements_table import agreements_table
from plgtui.export.evidence import evidence_lines, pupils_lines
from plgtui.export.inquiry import inquiry_lines
from plgtui.export.markdown import escape, joined, strong, table, trimmed
from plgtui.export.minutes import meeting_lines  # each meeting's minutes, as the minutes hold them

Stamp = str | None  # e.g. "22 november 2026 21:58"; None for reproducible output


def _head(journey: Journey, stamp: Stamp) -> list[str]:
    group = journey.group
    lines = [f"# {escape(group.name)}", ""]
    about = [escape(x) for x in (group.subject, ", ".join(group.schools)) if x]
    if about:
        lines += [" · ".join(about), ""]
    if stamp:
        lines += [f"*{_('export.stamp', when=stamp)}*", ""]
    if journey.conflicts:  # a merge left choices open: what follows may still change
        lines += [f"*{ngettext('export.conflicts_open', len(journey.conflicts))}*", ""]
    return lines


def _question(journey: Journey) -> list[str]:
    current = journey.current_question
    if current is None:
        return []
    lines = [f"## {_('export.question')}", "", f"> {escape(current.text)}", ""]
    if len(journey.questions) > 1:
        lines += [f"### {_('export.question_history')}", ""]
        for version in reversed(journey.questions):
            why = f" ({escape(version.reason)})" if version.reason else ""
            lines.append(f"- {format_date(version.created)}: {escape(version.text)}{why}")
        lines.append("")
    return lines


def _phases(journey: Journey) -> list[str]:
    if not journey.phases:
        return []
    rows = [
        [str(p.phase), escape(phase_name(p.phase)), format_date(p.entered), escape(p.reason)]
        for p in journey.phases
    ]
    header = [_(labels.EXPORT_PHASE_COLUMNS[k]) for k in ("phase", "name", "entered", "reason")]
    return [f"## {_('export.phases')}", "", *table(header, rows)]


def _members(journey: Journey) -> list[str]:
    rows = [
        [
            escape(m.name),
            _(labels.ROLE[m.role.value]),
            escape(m.school),
            "" if m.active else _("export.inactive"),
        ]
        for m in journey.members
    ]
    header = [_(labels.EXPORT_MEMBER_COLUMNS[k]) for k in ("name", "role", "school", "note")]
    return [f"## {_('export.members')}", "", *table(header, rows)]


def _norms(journey: Journey) -> list[str]:
    if not journey.group.norms:
        return []
    lines = [f"## {_('export.norms')}", ""] + [f"- {escape(n)}" for n in journey.group.norms]
    return lines + [""]


def _themes(journey: Journey) -> list[str]:
    if not journey.themes:
        return []
    lines = [f"## {_('export.themes')}", ""]
    for theme in journey.themes:
        names = ", ".join(escape(m.name) for i in theme.member_ids if (m := journey.member(i)))
        lines.append(f"- {strong(escape(theme.title))}" + (f": {names}" if names else ""))
    return lines + [""]


def _open_by_owner(journey: Journey, today: date | None) -> list[str]:
    open_ones = journey.open_agreements()
    if not open_ones:
        return []
    by_owner = sorted(
        open_ones,
        key=lambda a: (
            ", ".join(m.name for i in a.owners if (m := journey.member(i))) or "~",
            a.due or "",
            a.id,
        ),
    )
    return [f"## {_('export.open_agreements')}", "", *agreements_table(journey, by_owner, today)]


def _outputs(journey: Journey) -> list[str]:
    if not journey.outputs:
        return []
    themes = {t.id: t.title for t in journey.themes}
    rows = [
        [
            escape(o.title),
            escape(themes.get(o.theme_id, "")) if o.theme_id else "",
            _("export.yes") if o.tried_in_class else _("export.no"),
            escape(o.shown_at),
        ]
        for o in journey.outputs
    ]
    header = [_(labels.EXPORT_OUTPUT_COLUMNS[k]) for k in ("title", "theme", "tried", "shown")]
    return [f"## {_('export.outputs')}", "", *table(header, rows)]


def _attendance(journey: Journey) -> list[str]:
    if not journey.held_meetings_all():
        return []
    rows = [[escape(record.member.name), *record.counts()] for record in records(journey, None)]
    return [f"## {_('export.attendance')}", "", *table(attendance.headers(), rows)]


def journey_markdown(journey: Journey, stamp: Stamp = None, today: date | None = None) -> str:
    return joined(journey_lines(journey, stamp, today))


def journey_lines(journey: Journey, stamp: Stamp = None, today: date | None = None) -> list[str]:
    lines = _head(journey, stamp)
    lines += _members(journey) + _norms(journey) + _question(journey)
    lines += inquiry_lines(journey) + evidence_lines(journey) + _phases(journey)
    lines += _themes(journey)
    lines += _open_by_owner(journey, today)
    meetings = journey.meetings_by_date()
    if meetings:
        lines += [f"## {_('export.meetings')}", ""]
        index = Index(journey)
        made: dict[int | None, list] = {}
        for agreement in journey.agreements:
            made.setdefault(agreement.meeting_id, []).append(agreement)
        for meeting in meetings:
            part = meeting_lines(journey, meeting, today, 3, index, made.get(meeting.id, []))
            lines += trimmed(part) + [""]
    lines += _outputs(journey) + _selfchecks(journey) + _functioning(journey) + _attendance(journey)
    return lines


def meeting_export(
    journey: Journey, meeting: Meeting, stamp: Stamp = None, today: date | None = None
) -> str:
    """One meeting, under the group's name, with what is still open."""
    return joined(meeting_export_lines(journey, meeting, stamp, today))


def meeting_export_lines(
    journey: Journey, meeting: Meeting, stamp: Stamp = None, today: date | None = None
) -> list[str]:
    lines = _head(journey, stamp)
    lines += trimmed(meeting_lines(journey, meeting, today, level=2)) + [""]
    lines += _open_by_owner(journey, today)
    return lines


def _asks_leaders(journey: Journey) -> list[str]:
    asked = [line for line in journey.group.asks_leaders.splitlines() if line.strip()]
    if not asked:
        return []
    said = "  \n".join(escape(line) for line in asked)  # each line on its own, one paragraph
    return [f"## {_('export.asks_leaders')}", "", said, ""]


def _next_meeting(journey: Journey) -> list[str]:
    ahead = [m for m in journey.meetings_by_date() if m.status is not MeetingStatus.CLOSED]
    if not ahead:
        return []
    following = ahead[0]
    said = [format_date(following.date, weekday=True), escape(following.place)]
    said = " · ".join(s for s in said if s) + f": {escape(following.title)}"
    return [f"**{_('export.next_meeting')}:** {said}", ""]


def _functioning(journey: Journey) -> list[str]:
    """How the group works as a PLG: each point with its scores at the last four checks."""
    checks = sorted(journey.functioning, key=lambda c: (c.on, c.id))[-4:]
    if not checks:
        return []
    header = [_("export.functioning_col"), *(format_date(c.on) for c in checks)]
    rows = [
        [_(labels.FUNCTIONING[key]), *(str(c.scores.get(key, "")) for c in checks)]
        for key in FUNCTIONING_KEYS
    ]
    return [f"## {_('export.functioning')}", "", *table(header, rows)]


def _learnings(journey: Journey) -> list[str]:
    """What teachers learned, newest meeting first: for leaders, growth beside the products."""
    held = [m for m in reversed(journey.meetings_by_date()) if m.learnings]
    if not held:
        return []
    lines = [f"## {_('export.learnings')}", ""]
    for meeting in held:
        lines += [f"- {format_date(meeting.date)}: {escape(text)}" for text in meeting.learnings]
    return lines + [""]


def _selfchecks(journey: Journey) -> list[str]:
    """The latest self-assessment of the nine conditions beside the one before it."""
    checks = sorted(journey.selfchecks, key=lambda c: (c.on, c.id))[-2:]
    if not checks:
        return []
    checks.reverse()
    header = [_("export.selfcheck_col.condition")]
    header.append(_("export.selfcheck_col.latest", date=format_date(checks[0].on)))
    if len(checks) > 1:
        header.append(_("export.selfcheck_col.previous", date=format_date(checks[1].on)))
    rows = [
        [_(labels.CONDITION[key]), *(str(c.scores.get(key, "")) for c in checks)]
        for key in CONDITION_KEYS
    ]
    return [f"## {_('export.selfchecks')}", "", *table(header, rows)]


def leaders_digest(journey: Journey, stamp: Stamp = None, today: date | None = None) -> str:
    """For school leaders: what the group asks of them, where it stands (phase, next meeting,
    question, inquiry, self-assessment) and who does what; no meeting notes."""
    return joined(leaders_lines(journey, stamp, today))


def leaders_lines(journey: Journey, stamp: Stamp = None, today: date | None = None) -> list[str]:
    lines = _head(journey, stamp) + pupils_lines(journey) + _asks_leaders(journey)
    phase = journey.current_phase
    if phase is not None:
        lines += [
            f"**{_('export.phase_now')}:** "
            + escape(phase_name(phase.phase))
            + f" ({_('export.since', date=format_date(phase.entered))})",
            "",
        ]
    lines += _next_meeting(journey) + _question(journey)[:4]
    lines += inquiry_lines(journey, parts=("goals",), results=False)
    lines += _selfchecks(journey) + _learnings(journey)
    lines += _themes(journey) + _open_by_owner(journey, today)
    lines += _outputs(journey) + _attendance(journey)
    held = journey.held_meetings_all()
    if held:
        lines += [f"## {_('export.meetings')}", ""]
        lines += [f"- {format_date(m.date)}: {escape(m.title)}" for m in held]
        lines.append("")
    return lines
