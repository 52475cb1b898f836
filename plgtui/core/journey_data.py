"""The journey as the file holds it: which table holds which records, decoded and checked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from plgtui.core.codec import CodecError, decode_fast, encode
from plgtui.core.evidence import CaseNote, Goal, Reading, Rubric, RubricScore
from plgtui.core.i18n import LANGUAGES, _
from plgtui.core.ids import ID_LIMIT
from plgtui.core.journey_file import JourneyError, records_of
from plgtui.core.model import (
    PHASES,
    Agreement,
    Conflict,
    FunctioningCheck,
    Group,
    Inquiry,
    Journey,
    Meeting,
    Member,
    Output,
    PhaseEntry,
    PhaseNote,
    QuestionVersion,
    SelfCheck,
    Theme,
)  # fmt: skip

# Table name -> record class, in the order the journey lists them.
TABLES: dict[str, type] = {
    "members": Member,
    "questions": QuestionVersion,
    "phases": PhaseEntry,
    "meetings": Meeting,
    "agreements": Agreement,
    "themes": Theme,
    "outputs": Output,
    "phase_notes": PhaseNote,
    "inquiry": Inquiry,
    "selfchecks": SelfCheck,
    "functioning": FunctioningCheck,
    "goals": Goal,
    "readings": Reading,
    "rubrics": Rubric,
    "rubric_scores": RubricScore,
    "case_notes": CaseNote,
    "conflicts": Conflict,
}


def journey_from_data(path: Path, data: dict[str, Any]) -> Journey:
    return _checked(path, data, records_of)


_NONE = object()  # no record under that key


def check_beside(path: Path, data: dict[str, Any], *checked: dict[str, Any]) -> None:
    """The checks `journey_from_data` makes, on a copy of the journey beside copies that passed
    them (a merge's sides, its result). A record equal to its own in one of those passed there
    and passes here: the checks take equal values alike (1, 1.0 and true too), so only the
    records that differ are decoded."""

    def differing(data: dict[str, Any], name: str) -> list[dict[str, Any]]:
        table = data.get(name, {})
        for copy in checked:
            before = copy.get(name)
            if isinstance(before, dict):
                if table == before:  # most tables: one comparison, in C
                    return []
                table = {key: r for key, r in table.items() if before.get(key, _NONE) != r}
        return records_of({name: table}, name)

    _checked(path, data, differing)


def _checked(
    path: Path, data: dict[str, Any], records: Callable[[dict[str, Any], str], list]
) -> Journey:
    """The journey from `data`, each table's `records` decoded and checked (every one, or those
    differing from copies that passed)."""
    groups = records_of(data, "group")  # the group is always read: its language is checked
    if not groups:
        raise JourneyError(path, "file.bad_record", detail="the group record is missing")
    journey = Journey(group=_decoded(path, "group", Group, groups[:1])[0])
    for name, cls in TABLES.items():
        setattr(journey, name, _decoded(path, name, cls, records(data, name)))
    if journey.group.language not in LANGUAGES:  # every word on screen is looked up in it
        value, languages = journey.group.language[:20], ", ".join(LANGUAGES)
        raise JourneyError(path, "file.bad_language", value=value, languages=languages)
    for entry in journey.phases:
        if entry.phase not in PHASES:
            raise JourneyError(path, "file.bad_phase", record=entry.id, phase=entry.phase)
    journey.phases.sort(key=lambda p: (p.entered, p.id))
    for meeting in journey.meetings:
        _check_meeting(path, meeting)
    for conflict in journey.conflicts:
        where = conflict.path
        if not (len(where) >= 2 and where[0] in (*TABLES, "group") and where[1].isdigit()
                and where[0] != "conflicts" and conflict.choices):  # fmt: skip
            raise JourneyError(path, "file.bad_conflict", id=conflict.id)
    return journey


def _decoded(path: Path, table: str, cls: type, records: list[dict[str, Any]]) -> list[Any]:
    decoded = []
    try:
        for record in records:
            decoded.append(decode_fast(cls, record))
    except CodecError as exc:
        raise JourneyError(
            path, "file.bad_record_at", table=table, record=record["id"], detail=str(exc)
        ) from None
    return decoded


def check_record(path: Path, table: str, record: Any) -> None:
    """What the file check asks of one record beyond its shape (a meeting's timings and ids)."""
    if table == "meetings":
        _check_meeting(path, record)


WHAT = {"blocks": "file.what.blocks", "ideas": "file.what.ideas"}
# A week, in minutes: far beyond any meeting, yet small enough that a timing never overflows
# when it is multiplied by the people present and shown.
MINUTES_LIMIT = 7 * 24 * 60
PEOPLE_LIMIT = 1000


def _timings_make_sense(meeting: Meeting) -> bool:
    numbers = [meeting.length_minutes]
    for block in meeting.blocks:
        numbers += [block.minutes, block.actual_minutes or 0]
        numbers += [step.minutes for step in block.steps]
    live = meeting.live
    if live is not None:
        numbers += [abs(live.remaining) / 60, live.length / 60]  # remaining: below zero past it
    return all(0 <= n <= MINUTES_LIMIT for n in numbers) and all(
        0 <= b.group_size <= PEOPLE_LIMIT for b in meeting.blocks
    )


def _check_meeting(path: Path, meeting: Meeting) -> None:
    """What the live view and the minutes rely on: ids that are unique within the meeting,
    timings of a sane size, and a running meeting that stands at a block and step it has."""
    for what, ids in (
        ("blocks", [b.id for b in meeting.blocks]),
        ("ideas", [i.id for i in meeting.ideas]),
    ):
        if len(set(ids)) != len(ids):
            twice = next(i for i in ids if ids.count(i) > 1)
            raise JourneyError(
                path, "file.duplicate_id", meeting=meeting.id, what=_(WHAT[what]), id=twice
            )
        if ids and max(ids) > ID_LIMIT:  # the next one made would not open again
            raise JourneyError(
                path, "file.big_id", meeting=meeting.id, what=_(WHAT[what]), id=max(ids)
            )
    if not _timings_make_sense(meeting):
        raise JourneyError(path, "file.bad_timing", meeting=meeting.id, limit=MINUTES_LIMIT)
    live = meeting.live
    if live is None:
        return
    steps = len(meeting.blocks[live.block].steps) if 0 <= live.block < len(meeting.blocks) else 0
    if not 0 <= live.block < len(meeting.blocks) or not 0 <= live.step < max(steps, 1):
        raise JourneyError(path, "file.bad_live", meeting=meeting.id)


def journey_tables(journey: Journey) -> dict[str, Any]:
    """The journey as TinyDB tables: {table: {"id": record}}."""
    tables: dict[str, Any] = {"group": {"1": encode(journey.group)}}
    for name in TABLES:
        tables[name] = {
            str(r.id): {k: v for k, v in encode(r).items() if k != "id"}
            for r in getattr(journey, name)
        }
    return tables
