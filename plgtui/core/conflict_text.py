"""A conflict in words a coach reads: where it is and what each side wrote."""

from __future__ import annotations

from datetime import date
from typing import Any

from plgtui.core import labels
from plgtui.core.i18n import _, format_date, phase_title
from plgtui.core.model import Choice, Conflict, Journey

# Field names as the file has them -> the words the forms use.
FIELDS = {
    "name": "field.name", "title": "field.title", "notes": "field.notes", "note": "field.note",
    "decisions": "field.decisions", "learnings": "field.learnings", "due": "field.due",
    "owners": "field.owners", "status": "field.status", "attendance": "field.attendance",
    "votes": "field.votes", "place": "field.place", "guests": "field.guests",
    "date": "field.date", "length_minutes": "field.length", "signals": "field.signal",
    "asks_leaders": "field.asks_leaders_short", "norms": "field.norm", "reason": "field.reason",
    "subject": "field.subject", "school": "field.school", "kind": "field.kind",
    "minutes": "field.minutes", "prompts": "field.prompts", "live": "field.live",
    "usual_length": "field.usual_length", "role": "field.role", "active": "field.member_active",
    "schools": "field.schools", "language": "field.language",
    "time_signal": "field.time_signal", "auto_advance": "field.auto_advance",
    "primary": "field.primary",
}  # fmt: skip
CURRENT = {"questions": "conflict.current_question", "phases": "conflict.current_phase"}
TEXT_OF = {"agreements": "field.agreement", "questions": "field.question", "ideas": "field.idea"}
PREVIEW = 60


def where(journey: Journey, conflict: Conflict) -> str:
    """'Bijeenkomst 12 maart 2026, Onze leervraag › Notities'."""
    path = conflict.path
    if conflict.current:
        return _(CURRENT.get(path[0], "conflict.current_other"))
    parts = [_record(journey, path[0], path[1] if len(path) > 1 else "1")]
    inside = path[0]
    steps = path[2:]
    n = 0
    while n < len(steps):
        step = steps[n]
        if step in ("blocks", "ideas") and n + 1 < len(steps):
            parts.append(_inner(journey, path, step, steps[n + 1]))
            inside, n = step, n + 2
            continue
        if step == "text" and inside in TEXT_OF:
            parts.append(_(TEXT_OF[inside]))
        elif step in FIELDS:
            parts.append(_(FIELDS[step]))
        elif step.isdigit() and journey.member(int(step)) is not None:
            parts.append(journey.member(int(step)).name)
        else:
            parts.append(step)
        n += 1
    return " › ".join(parts)


def _record(journey: Journey, table: str, key: str) -> str:
    if table == "group":
        return _("conflict.group")
    record = next((r for r in getattr(journey, table, []) if str(r.id) == key), None)
    if table == "meetings" and record is not None:
        return _("conflict.meeting", date=format_date(record.date), title=record.title)
    if table == "members" and record is not None:
        return _("conflict.member", name=record.name)
    if table == "agreements" and record is not None:
        return _("conflict.agreement", text=_short(record.text))
    if table in ("phase_notes", "phases") and record is not None:
        number = record.id if table == "phase_notes" else record.phase
        return phase_title(number)
    label = labels.CONFLICT_TABLE.get(table)
    return _("conflict.record", table=_(label) if label else table, id=key)


def _inner(journey: Journey, path: list[str], kind: str, key: str) -> str:
    meeting = journey.meeting(int(path[1])) if path[0] == "meetings" else None
    items = getattr(meeting, kind, []) if meeting is not None else []
    item = next((i for i in items if str(i.id) == key), None)
    if kind == "ideas":
        return _("conflict.idea", text=_short(item.text)) if item else _("field.idea")
    return _("conflict.block", title=_short(item.title)) if item else _("conflict.a_block")


def value_text(journey: Journey, value: Any) -> str:
    """A value on one line: text as typed, lists joined, members by name."""
    if isinstance(value, str):
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value.replace("\n", " ⏎ ")
    if isinstance(value, bool):
        return _("conflict.yes") if value else _("conflict.no")
    if isinstance(value, list):
        return "; ".join(value_text(journey, v) for v in value) or _("conflict.empty")
    if isinstance(value, dict):
        if "text" in value:
            return value_text(journey, value["text"])
        if "title" in value:
            return value_text(journey, value["title"])
        if "name" in value:
            return value_text(journey, value["name"])
        return ", ".join(f"{k}: {value_text(journey, v)}" for k, v in value.items())
    if value is None:
        return _("conflict.empty")
    return str(value)


def choice_text(journey: Journey, choice: Choice, conflict: Conflict | None = None) -> str:
    return _("conflict.choice", value=choice_value(journey, choice, conflict), source=choice.source)


def choice_value(
    journey: Journey, choice: Choice, conflict: Conflict | None = None, *, lines: bool = False
) -> str:
    """A choice's value in words, without where it came from; `lines`: a text keeps its lines
    (to read two versions side by side)."""
    if conflict is not None and conflict.current:
        return _current(choice.value)
    if choice.removed:
        return _("conflict.removed")
    if lines and isinstance(choice.value, str) and "\n" in choice.value:
        return choice.value
    return value_text(journey, choice.value)


def _current(record: Any) -> str:
    """A wording of the question, or a phase with the day it began."""
    if not isinstance(record, dict):
        return str(record)
    if "phase" in record:
        try:
            since = format_date(date.fromisoformat(str(record.get("entered"))))
        except ValueError:
            since = str(record.get("entered"))
        return _("conflict.phase_since", phase=phase_title(int(record["phase"])), date=since)
    return str(record.get("text", ""))


def _short(text: str) -> str:
    return text if len(text) <= PREVIEW else text[: PREVIEW - 1] + "…"
