"""Choosing and writing an export: what (journey, one meeting, leaders' digest), which format,
and where. Shared by `plgtui export` and the app, so both write the same thing the same way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from plgtui.core.atomic_storage import write_atomic
from plgtui.core.i18n import _, format_date, language
from plgtui.core.model import Journey, Meeting
from plgtui.export.html import to_html
from plgtui.export.journey import journey_markdown, leaders_digest, meeting_export


class ExportError(ValueError):
    """The export cannot be made as asked; the message says why."""


@dataclass(frozen=True)
class Request:
    meeting_id: int | None = None
    last: bool = False
    fmt: str = "md"
    leaders: bool = False
    stamp: bool = False


def pick_meeting(journey: Journey, request: Request) -> Meeting | None:
    if request.last:
        held = journey.held_meetings_all() or journey.meetings_by_date()
        if not held:
            raise ExportError(_("export.no_meetings"))
        return held[-1]
    if request.meeting_id is None:
        return None
    meeting = journey.meeting(request.meeting_id)
    if meeting is None:
        known = ", ".join(
            f"{m.id} ({format_date(m.date)})" for m in journey.meetings_by_date()
        ) or _("export.none")
        raise ExportError(_("export.no_such_meeting", n=request.meeting_id, known=known))
    return meeting


def render_markdown(
    journey: Journey, request: Request, now: datetime | None = None
) -> tuple[str, str]:
    """(Markdown, title) for the request; the fast half of an export."""
    stamp = None
    if request.stamp:
        moment = now or datetime.now()
        stamp = f"{format_date(moment.date())} {moment:%H:%M}"
    meeting = pick_meeting(journey, request)
    if request.leaders:
        return leaders_digest(journey, stamp), journey.group.name
    if meeting is not None:
        return meeting_export(journey, meeting, stamp), f"{journey.group.name}: {meeting.title}"
    return journey_markdown(journey, stamp), journey.group.name


def finish(markdown: str, title: str, fmt: str) -> str:
    """The slow half for HTML (markdown-it renders about a megabyte a second); plain text in,
    plain text out, so it can run in a thread."""
    return to_html(markdown, title, language()) if fmt == "html" else markdown


def render(journey: Journey, request: Request, now: datetime | None = None) -> str:
    return finish(*render_markdown(journey, request, now), request.fmt)


def default_name(journey_path: Path, journey: Journey, request: Request) -> Path:
    """Beside the journey: `journey.md`, `journey-2026-06-03.md`, `journey-leiding.md`."""
    meeting = pick_meeting(journey, request)
    suffix = ""
    if request.leaders:
        suffix = "-" + _("export.leaders_suffix")
    elif meeting is not None:
        suffix = f"-{meeting.date.isoformat()}"
    return journey_path.with_name(f"{journey_path.stem}{suffix}.{request.fmt}")


def write(path: Path, text: str) -> None:
    """Whole or not at all; a missing or read-only folder is a clear error."""
    if not path.parent.is_dir():
        raise ExportError(_("export.no_folder", folder=path.parent))
    try:
        write_atomic(path, text)
    except OSError as exc:
        raise ExportError(
            _("export.cannot_write", path=path, problem=exc.strerror or exc)
        ) from None
