"""The message to members after a meeting, written as an e-mail to colleagues: a greeting, the
decisions, the ideas with their votes and what became of them, who does what by when, what to
bring, when and where the group meets next, and the coach's closing. No notes and no
attendance: those are in the minutes.

Plain text by default, to paste into an e-mail: typed text reads as typed, on one line, with
control characters gone. Markdown for platforms that render it, typed text escaped as in the
other exports.

The agreements are the meeting's own, with their status now. The last meeting held also lists
what is still open from before, so the message right after a meeting holds everyone's work;
an older meeting's message keeps to what was agreed there."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from plgtui.core import labels
from plgtui.core.agreements import is_overdue
from plgtui.core.i18n import _, format_date, ngettext
from plgtui.core.model import Agreement, AgreementKind, Idea, Journey, Meeting, Role
from plgtui.core.validate import strip_control
from plgtui.export.markdown import escape, joined

BRING = (AgreementKind.DISCUSS,)  # material someone brings for the group to discuss critically


def plain(text: str) -> str:
    """Typed text for a plain-text message: as typed, on one line, no control characters (bidi
    marks included: a typed name must not make the next words read differently)."""
    return " ".join(strip_control(text).split())


def marked(text: str) -> str:
    """Typed text for the Markdown message: escaped as in every export, no control characters."""
    return escape(strip_control(text))


@dataclass(frozen=True)
class _Style:
    """How the message marks its parts: Markdown, or plain text an e-mail shows as it is."""

    markdown: bool
    typed: Callable[[str], str]

    def heading(self, text: str) -> list[str]:
        return [f"## {text}", ""] if self.markdown else [text]

    def person(self, name: str) -> list[str]:
        return [f"**{name}**", ""] if self.markdown else [f"{name}:"]


MARKDOWN = _Style(markdown=True, typed=marked)
PLAIN = _Style(markdown=False, typed=plain)


def members_message(
    journey: Journey,
    meeting: Meeting,
    fmt: str = "txt",
    today: date | None = None,
    stamp: str | None = None,
) -> str:
    return joined(members_lines(journey, meeting, today, stamp, fmt))


def members_lines(
    journey: Journey,
    meeting: Meeting,
    today: date | None = None,
    stamp: str | None = None,
    fmt: str = "md",
) -> list[str]:
    """The message as lines: Markdown for "md" (and HTML made from it), else plain text.
    `today` marks open agreements due before it as overdue."""
    style = PLAIN if fmt == "txt" else MARKDOWN
    typed = style.typed
    day = format_date(meeting.date, weekday=True)
    lines: list[str] = []
    if style.markdown:
        lines += [f"# {typed(meeting.title)}", "", f"*{typed(journey.group.name)} · {day}*", ""]
    lines += [_("members.greeting"), ""]
    listed = agreements_of(journey, meeting)
    intro = "members.intro" if meeting.decisions or listed else "members.intro_plain"
    lines += [_(intro, title=typed(meeting.title), date=day), ""]
    if meeting.decisions:
        lines += style.heading(_("minutes.decisions"))
        lines += [f"- {typed(d)}" for d in meeting.decisions] + [""]
    if meeting.ideas:
        lines += style.heading(_("minutes.ideas"))
        ideas = sorted(meeting.ideas, key=lambda i: (-i.votes, i.id))
        lines += [_idea(journey, idea, typed) for idea in ideas] + [""]
    if listed:
        lines += style.heading(_("members.who_does_what"))
        lines += _per_person(journey, listed, style, today)
    bring = [a for a in listed if a.kind in BRING and a.is_open]
    if bring:
        lines += style.heading(_("members.bring"))
        lines += [f"- {typed(a.text)} ({_owners(journey, a, typed)})" for a in bring] + [""]
    lines += style.heading(_("members.next")) + _next(journey, meeting, style) + [""]
    lines += _closing(journey, style)
    if stamp:
        lines += ["", _("export.stamp", when=stamp)]
    return lines


def agreements_of(journey: Journey, meeting: Meeting) -> list[Agreement]:
    """The agreements made at the meeting; for the last meeting held, also what is still open
    from before."""
    held = journey.held_meetings_all()
    latest = bool(held) and held[-1].id == meeting.id
    return [a for a in journey.agreements if a.meeting_id == meeting.id or (latest and a.is_open)]


def _idea(journey: Journey, idea: Idea, typed: Callable[[str], str]) -> str:
    votes = f" ({ngettext('minutes.votes', idea.votes)})" if idea.votes else ""
    became = []
    if idea.agreement_id is not None:
        became.append(_("live.idea_agreement"))
    if idea.theme_id is not None:
        theme = next((t for t in journey.themes if t.id == idea.theme_id), None)
        said = typed(theme.title) if theme else ""
        became.append(_("members.idea_theme", title=said) if said else _("live.idea_theme"))
    # An idea that became nothing is listed with its votes alone: "→ nothing" read to
    # colleagues as a public rejection of someone's idea.
    return f"- {typed(idea.text)}{votes}" + (f" → {', '.join(became)}" if became else "")


def _per_person(
    journey: Journey, agreements: list[Agreement], style: _Style, today: date | None
) -> list[str]:
    """Each member with what they took on, in the group's order; the whole group's last (and
    what only former members, no longer in the file, took on)."""
    lines: list[str] = []
    known = {m.id for m in journey.members}
    for member in journey.members:
        theirs = [a for a in agreements if member.id in a.owners]
        if theirs:
            name = style.typed(member.name) or "?"  # a name that is only spaces, in a file
            lines += style.person(name) + [_item(a, style, today) for a in theirs] + [""]
    whole = [a for a in agreements if not known.intersection(a.owners)]
    if whole:
        lines += style.person(_("members.whole_group"))
        lines += [_item(a, style, today) for a in whole] + [""]
    return lines


def _item(agreement: Agreement, style: _Style, today: date | None) -> str:
    kind = _(labels.AGREEMENT_KIND_PLAIN[agreement.kind.value])  # words, not (a)/(b)/(c)
    due = f" · {_('members.due', date=format_date(agreement.due))}" if agreement.due else ""
    return f"- {style.typed(agreement.text)} · {kind}{due} · {_status(agreement, style, today)}"


def _status(agreement: Agreement, style: _Style, today: date | None) -> str:
    """'open', 'open, overdue' (only when the day is known), 'done on 3 June 2026 (reason)'."""
    status = _(labels.AGREEMENT_STATUS[agreement.status.value])
    if agreement.is_open:
        late = today is not None and is_overdue(agreement, today)
        return f"{status}, {_('minutes.overdue')}" if late else status
    if agreement.status_changed:
        status += " " + _("minutes.on", date=format_date(agreement.status_changed))
    reason = style.typed(agreement.reason)
    return f"{status} ({reason})" if reason else status


def _owners(journey: Journey, agreement: Agreement, typed: Callable[[str], str]) -> str:
    names = [typed(m.name) for i in agreement.owners if (m := journey.member(i))]
    return ", ".join(n for n in names if n) or _("minutes.whole_group")


def _next(journey: Journey, meeting: Meeting, style: _Style) -> list[str]:
    """Date, start time, place and title of the first meeting after this one."""
    later = [m for m in journey.meetings_by_date() if m.date > meeting.date]
    if not later:
        return [_("members.not_planned")]
    following, typed = later[0], style.typed
    when = format_date(following.date, weekday=True)
    start = typed(following.start)
    if start:
        when += " " + _("members.at_time", time=start)
    place, title = typed(following.place), typed(following.title)
    if style.markdown:
        return [" · ".join(w for w in (when, place) if w) + f": {title}"]
    lines = [f"{_('members.when')}: {when}"]
    if place:
        lines.append(f"{_('members.where')}: {place}")
    return lines + [f"{_('members.what')}: {title}"]


def _closing(journey: Journey, style: _Style) -> list[str]:
    """The coach signs; without a coach in the file, the group does."""
    coach = next((m for m in journey.members if m.role is Role.COACH and m.active), None)
    group = style.typed(journey.group.name)
    signed = [n for n in (style.typed(coach.name) if coach else "", group) if n]
    if style.markdown:  # a line of its own each, without a trailing-space line break
        return [_("members.closing"), ""] + [line for n in signed for line in (n, "")][:-1]
    return [_("members.closing"), *signed]
