"""Choosing and writing an export: what (journey, one meeting, leaders' digest, the message to
members), which format, and where. Shared by `plgtui export` and the app, so both write the same
thing the same way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from plgtui.core.atomic_storage import write_atomic
from plgtui.core.i18n import _, format_date, language, os_problem
from plgtui.core.journey_parse import holds_journey
from plgtui.core.model import Journey, Meeting
from plgtui.export.html import page
from plgtui.export.journey import journey_lines, leaders_lines, meeting_export_lines
from plgtui.export.markdown import joined
from plgtui.export.members import members_lines

NEAREST = 10  # meetings named when the one asked for does not exist


class ExportError(ValueError):
    """The export cannot be made as asked; the message says why."""


@dataclass(frozen=True)
class Request:
    meeting_id: int | None = None
    meeting_day: date | None = None  # the meeting held that day (ids are long since schema 2)
    last: bool = False
    fmt: str = ""  # "md", "html" or "txt"; "" is the audience's own: plain text for members
    leaders: bool = False
    members: bool = False  # the message to members after a meeting (the last held by default)
    stamp: bool = False
    today: date | None = None  # open agreements due before it read as overdue

    def __post_init__(self) -> None:
        if not self.fmt:
            object.__setattr__(self, "fmt", "txt" if self.members else "md")


def pick_meeting(journey: Journey, request: Request) -> Meeting | None:
    if request.last:
        held = journey.held_meetings_all() or journey.meetings_by_date()
        if not held:
            raise ExportError(_("export.no_meetings"))
        return held[-1]
    if request.meeting_day is not None:
        return _meeting_on(journey, request.meeting_day)
    if request.meeting_id is None:
        return None
    meeting = journey.meeting(request.meeting_id)
    if meeting is None:
        wanted = request.meeting_id
        nearest = sorted(journey.meetings, key=lambda m: (abs(m.id - wanted), m.id))[:NEAREST]
        known = ", ".join(
            f"{m.id} ({format_date(m.date)})" for m in sorted(nearest, key=lambda m: m.id)
        ) or _("export.none")
        if len(journey.meetings) > NEAREST:
            raise ExportError(_("export.no_such_meeting_nearby", n=wanted, known=known))
        raise ExportError(_("export.no_such_meeting", n=wanted, known=known))
    return meeting


def members_meeting(journey: Journey, request: Request) -> Meeting:
    """The meeting the message to members follows: the one asked for, else the last held;
    one not held yet has nothing to tell."""
    held = journey.held_meetings_all()
    meeting = pick_meeting(journey, request)
    if meeting is None:
        if not held:
            raise ExportError(_("members.none_held"))
        return held[-1]
    if meeting.id not in {m.id for m in held}:
        day = format_date(meeting.date, weekday=True)
        raise ExportError(_("members.not_held", title=meeting.title, date=day))
    return meeting


def _meeting_on(journey: Journey, day: date) -> Meeting:
    found = [m for m in journey.meetings_by_date() if m.date == day]
    if found:
        return found[0]
    nearest = sorted(journey.meetings, key=lambda m: (abs((m.date - day).days), m.id))[:NEAREST]
    known = ", ".join(m.date.isoformat() for m in sorted(nearest, key=lambda m: m.date)) or _(
        "export.none"
    )
    raise ExportError(_("export.no_meeting_on", day=day.isoformat(), known=known))


def render_lines(
    journey: Journey, request: Request, now: datetime | None = None
) -> tuple[list[str], str]:
    """(the export's lines, title) for the request: the half that reads the journey, so it
    runs where the journey is safe to read; `finish` can then run in a thread."""
    stamp, today = None, request.today
    if request.stamp:
        moment = now or datetime.now()
        stamp = f"{format_date(moment.date())} {moment:%H:%M}"
        today = today or moment.date()
    if request.members:
        meeting = members_meeting(journey, request)
        lines = members_lines(journey, meeting, today, stamp, request.fmt)
        return lines, f"{journey.group.name}: {meeting.title}"
    meeting = pick_meeting(journey, request)
    if request.leaders:
        return leaders_lines(journey, stamp, today), journey.group.name
    if meeting is not None:
        title = f"{journey.group.name}: {meeting.title}"
        return meeting_export_lines(journey, meeting, stamp, today), title
    return journey_lines(journey, stamp, today), journey.group.name


def finish(lines: list[str], title: str, fmt: str) -> str:
    """The export's text in its format: lines in, text out, so it can run in a thread. Markdown
    and plain text are their lines joined."""
    return page(lines, title, language()) if fmt == "html" else joined(lines)


def render(journey: Journey, request: Request, now: datetime | None = None) -> str:
    return finish(*render_lines(journey, request, now), request.fmt)


def default_name(journey_path: Path, journey: Journey, request: Request) -> Path:
    """Beside the journey: `journey.md`, `journey-2026-06-03.md`, `journey-leiding.md`,
    `journey-2026-06-03-leden.txt`."""
    meeting = None if request.members else pick_meeting(journey, request)
    suffix = ""
    if request.leaders:
        suffix = "-" + _("export.leaders_suffix")
    elif request.members:
        meeting = members_meeting(journey, request)
        suffix = f"-{meeting.date.isoformat()}-" + _("export.members_suffix")
    elif meeting is not None:
        suffix = f"-{meeting.date.isoformat()}"
    return journey_path.with_name(f"{journey_path.stem}{suffix}.{request.fmt}")


def write(path: Path, text: str, suggestion: Path | None = None) -> None:
    """Whole or not at all; a missing or read-only folder is a clear error, and a journey
    file (the group's own, or any other) is never written over."""
    if not path.parent.is_dir():
        raise ExportError(_("export.no_folder", folder=path.parent))
    if holds_journey(path):
        other = suggestion or path.with_suffix(".md")
        raise ExportError(_("export.is_journey", path=path, suggestion=other))
    try:
        write_atomic(path, text)
    except OSError as exc:
        raise ExportError(_("export.cannot_write", path=path, problem=os_problem(exc))) from None
