"""What a member needs right after a meeting, ready to paste into an e-mail or the school
platform: the decisions, who does what by when, what to bring, and when and where the group
meets next. No notes and no attendance: those are in the minutes."""

from __future__ import annotations

from plgtui.core import labels
from plgtui.core.i18n import _, format_date
from plgtui.core.model import Agreement, AgreementKind, Journey, Meeting
from plgtui.export.minutes import escape, joined, owners_text, strong

BRING = (AgreementKind.DISCUSS,)  # material someone brings for the group to discuss critically


def members_message(journey: Journey, meeting: Meeting) -> str:
    return joined(members_lines(journey, meeting))


def members_lines(journey: Journey, meeting: Meeting) -> list[str]:
    group = journey.group
    lines = [
        f"# {escape(meeting.title)}",
        "",
        f"*{escape(group.name)} · {format_date(meeting.date, weekday=True)}*",
        "",
    ]
    if meeting.decisions:
        lines += [f"## {_('minutes.decisions')}", ""]
        lines += [f"- {escape(d)}" for d in meeting.decisions] + [""]
    open_now = journey.open_agreements()
    if open_now:
        lines += [f"## {_('members.who_does_what')}", ""] + _per_person(journey, open_now)
    bring = [a for a in open_now if a.kind in BRING]
    if bring:
        lines += [f"## {_('members.bring')}", ""]
        lines += [f"- {escape(a.text)} ({owners_text(journey, a)})" for a in bring] + [""]
    lines += [f"## {_('members.next')}", ""]
    later = [m for m in journey.meetings_by_date() if m.date > meeting.date]
    if later:
        following = later[0]
        where = [format_date(following.date, weekday=True), escape(following.place)]
        lines.append(" · ".join(w for w in where if w) + f": {escape(following.title)}")
    else:
        lines.append(_("members.not_planned"))
    return lines


def _per_person(journey: Journey, agreements: list[Agreement]) -> list[str]:
    """Each member with what they took on, in the group's order; the whole group's last."""
    lines: list[str] = []
    whole = [a for a in agreements if not a.owners]
    for member in journey.members:
        theirs = [a for a in agreements if member.id in a.owners]
        if theirs:
            name = strong(escape(member.name)) or "?"  # a name that is only spaces, in a file
            lines += [name, ""] + [_item(a) for a in theirs] + [""]
    if whole:
        lines += [f"**{_('members.whole_group')}**", ""] + [_item(a) for a in whole] + [""]
    return lines


def _item(agreement: Agreement) -> str:
    kind = _(labels.AGREEMENT_KIND_SHORT[agreement.kind.value])
    due = f" · {_('members.due', date=format_date(agreement.due))}" if agreement.due else ""
    return f"- {escape(agreement.text)} · {kind}{due}"
