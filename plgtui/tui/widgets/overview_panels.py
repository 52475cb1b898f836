"""What each panel of the overview says, built as Content so typed text stays text."""

from __future__ import annotations

from datetime import date

from textual.content import Content

from plgtui.core import labels
from plgtui.core.agreements import tally
from plgtui.core.i18n import _, format_date, format_short_date, ngettext, phase_name
from plgtui.core.model import PHASES, Journey, Role
from plgtui.core.participants import presence
from plgtui.tui import commands
from plgtui.tui.ui import plain

Panel = tuple[Content, Content]
PER_OWNER = 3
NL = Content("\n")


def _join(lines: list[Content]) -> Content:
    return NL.join(lines) if lines else Content("")


def _muted(text: str) -> Content:
    return Content.styled(text, "$text-muted")


def _days_between(today: date, day: date) -> str:
    days = (day - today).days
    if days == 0:
        return _("when.today")
    if days > 0:
        return ngettext("when.in_days", days)
    return ngettext("when.days_ago", -days)


def phase_panel(journey: Journey, today: date) -> Panel:
    entry = journey.current_phase
    if entry is None:
        return _muted(_("overview.no_phase")), Content("")
    steps = []
    for number in PHASES:
        if number < entry.phase:
            style = "reverse $success"
        elif number == entry.phase:
            style = "reverse bold $accent"
        else:
            style = "$text-muted on $panel"
        steps.append(Content.styled(f" {number} ", style))
        if number != PHASES[-1]:
            steps.append(
                Content.styled("━━", "$success" if number < entry.phase else "$text-disabled")
            )
    lines = [
        Content.assemble(*steps),
        Content.styled(phase_name(entry.phase), "bold"),
        _muted(
            _("overview.phase_since", date=format_date(entry.entered))
            + f" ({_days_between(today, entry.entered)})"
        ),
    ]
    return _join(lines), Content(_("overview.phase_of", phase=entry.phase, total=len(PHASES)))


def question_panel(journey: Journey, today: date) -> Panel:
    question = journey.current_question
    if question is None:
        hint = _("overview.write_question", press=commands.QUESTION.key)
        return _join([_muted(_("overview.no_question")), _muted(hint)]), Content("")
    lines = [plain(question.text, "bold")]
    if question.reason:
        lines.append(
            Content.assemble(_muted(_("overview.question_why") + " "), plain(question.reason))
        )
    subtitle = _(
        "overview.question_version",
        version=len(journey.questions),
        date=format_short_date(question.created),
    )
    return _join(lines), Content(subtitle)


def _meeting_line(label: str, meeting, detail: str, today: date) -> list[Content]:
    return [
        Content.assemble(
            (label + " ", "bold"),
            format_date(meeting.date, weekday=True),
            _muted(f" ({_days_between(today, meeting.date)})"),
        ),
        Content.assemble("  ", plain(meeting.title)),
        _muted("  " + detail) if detail else Content(""),
    ]


def meetings_panel(journey: Journey, today: date) -> Panel:
    upcoming = journey.next_meeting(today)
    last = journey.last_meeting(today)
    lines: list[Content] = []
    if upcoming is not None:
        planned = sum(b.minutes for b in upcoming.blocks)
        detail = ngettext("overview.blocks", len(upcoming.blocks), minutes=planned)
        lines += _meeting_line(_("overview.next_meeting"), upcoming, detail, today)
    if last is not None and last is not upcoming:
        present, counted = presence(journey, last)
        detail = _("overview.present", present=present, total=counted) if counted else ""
        lines += _meeting_line(_("overview.last_meeting"), last, detail, today)
    lines = [line for line in lines if line.plain]
    if not lines:
        hint = _("overview.plan_meeting", press=commands.MEETING.key)
        lines = [_muted(_("overview.no_meetings")), _muted(hint)]
    held = sum(1 for m in journey.meetings if m.date <= today)
    return _join(lines), Content(ngettext("overview.meetings_held", held))


def agreements_panel(journey: Journey, today: date) -> Panel:
    """Open agreements grouped by owner; one with several owners shows under each."""
    by_owner: dict[str, list] = {}
    for agreement in journey.open_agreements():
        names = [m.name for m in map(journey.member, agreement.owners) if m] or [_("owner.group")]
        for owner in names:
            by_owner.setdefault(owner, []).append(agreement)
    if not by_owner:
        return _muted(_("overview.no_agreements")), Content("")
    lines: list[Content] = []
    group_label = _("owner.group")
    for owner in sorted(by_owner, key=lambda n: (n != group_label, n.casefold())):
        lines.append(plain(owner, "bold"))
        mine = sorted(by_owner[owner], key=lambda a: (a.due or date.max, a.id))
        if len(mine) > PER_OWNER:
            # Oldest due first; the rest is one line, so a long-running group stays glanceable.
            lines_more = ngettext("overview.more_agreements", len(mine) - PER_OWNER)
            mine = mine[:PER_OWNER]
        else:
            lines_more = ""
        for agreement in mine:
            due = agreement.due
            if due is None:
                when = Content("")
            elif due < today:
                when = Content.styled(
                    " · " + _("overview.overdue", date=format_short_date(due)), "bold $error"
                )
            else:
                when = _muted(" · " + _("overview.due", date=format_short_date(due)))
            lines.append(Content.assemble("  • ", plain(agreement.text), when))
        if lines_more:
            lines.append(_muted("  " + lines_more))
    count = len(journey.open_agreements())
    return _join(lines), Content(ngettext("overview.open_count", count))


def members_panel(journey: Journey, today: date) -> Panel:
    lines = []
    active = [m for m in journey.members if m.active]
    for member in sorted(
        active,
        key=lambda m: (m.role is not Role.COACH, m.role.value != "member", m.name.casefold()),
    ):
        detail = [_(labels.ROLE[member.role.value])] if member.role is not Role.MEMBER else []
        if member.school:
            detail.append(member.school)
        lines.append(
            Content.assemble(
                plain(member.name), _muted(" · " + " · ".join(detail)) if detail else ""
            )
        )
    if not lines:
        hint = _("overview.add_members", press=commands.GROUP.key)
        lines = [_muted(_("overview.no_members")), _muted(hint)]
    inactive = len(journey.members) - len(active)
    subtitle = ngettext("overview.member_count", len(active))
    if inactive:
        subtitle += " · " + ngettext("overview.inactive_count", inactive)
    return _join(lines), Content(subtitle)


def group_panel(journey: Journey, today: date) -> Panel:
    group = journey.group
    rows = [
        (_("field.subject"), group.subject),
        (_("field.schools"), ", ".join(group.schools)),
        (_("field.start"), format_date(group.start) if group.start else ""),
        (_("field.language"), _(labels.LANGUAGE[group.language])),
        (_("field.asks_leaders_short"), " ".join(group.asks_leaders.split())),
    ]
    lines = [Content.assemble(_muted(f"{label}: "), plain(value)) for label, value in rows if value]
    counts = tally(journey.agreements)
    text = ngettext("overview.agreement_tally", counts.total, done=counts.done)
    if counts.dropped:
        text += " · " + _("overview.dropped", dropped=counts.dropped)
    lines.append(_muted(text))
    return _join(lines), Content("")
