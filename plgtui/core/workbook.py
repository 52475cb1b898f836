"""The one API the screens use: validate, apply, save, notify.

Each public change validates everything first, then changes the journey in memory and saves the
touched records in one atomic write. Listeners (the app) hear about it only after the save.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar

from plgtui.core import validate
from plgtui.core.atomic_storage import ChangedOnDisk
from plgtui.core.codec import CodecError, decode_fast, encode
from plgtui.core.i18n import _
from plgtui.core.journey_file import JourneyError, Store, records_of
from plgtui.core.meeting_changes import MeetingChanges
from plgtui.core.memory import long_lived
from plgtui.core.minutes_changes import MinutesChanges
from plgtui.core.model import (
    PHASES,
    Agreement,
    AgreementKind,
    AgreementStatus,
    Group,
    Inquiry,
    Journey,
    Meeting,
    Member,
    Output,
    PhaseEntry,
    PhaseNote,
    QuestionVersion,
    Role,
    SelfCheck,
    Theme,
)
from plgtui.core.phase_changes import PhaseChanges
from plgtui.core.question_changes import QuestionChanges
from plgtui.core.rescue import describe_unsaved, keep_unsaved
from plgtui.core.validate import InputError

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
}


T = TypeVar("T")


class ReadOnlyError(InputError):
    """The journey is open read-only; nothing can be changed."""


@dataclass(frozen=True)
class Change:
    """What a save touched, so a screen can tell whether it must refresh."""

    table: str
    ids: tuple[int, ...]
    revision: int
    problem: str = ""  # set when the change is kept in memory because the disk refused it
    conflict: bool = False  # the file was changed by someone else; reload before saving


@dataclass(frozen=True)
class Rescued:
    """What was not saved when the journey was read again from disk, for a person to re-apply."""

    text: str
    path: Path | None  # where it was written down as well; None if nothing was unsaved


Listener = Callable[[Change], None]


def journey_from_data(path: Path, data: dict[str, Any]) -> Journey:
    try:
        groups = records_of(data, "group")
        if not groups:
            raise CodecError("the group record is missing")
        journey = Journey(group=decode_fast(Group, groups[0]))
        for name, cls in TABLES.items():
            setattr(journey, name, [decode_fast(cls, r) for r in records_of(data, name)])
    except CodecError as exc:
        raise JourneyError(path, "file.bad_record", detail=str(exc)) from None
    journey.phases.sort(key=lambda p: (p.entered, p.id))
    for meeting in journey.meetings:
        _check_meeting(path, meeting)
    return journey


def _check_meeting(path: Path, meeting: Meeting) -> None:
    """What the live view and the minutes rely on: ids that are unique within the meeting, and
    a running meeting that stands at a block and step it has."""
    for what, ids in (("blocks", [b.id for b in meeting.blocks]), ("ideas", [i.id for i in meeting.ideas])):
        if len(set(ids)) != len(ids):
            twice = next(i for i in ids if ids.count(i) > 1)
            raise JourneyError(
                path, "file.duplicate_id", meeting=meeting.id, what=_(f"file.what.{what}"), id=twice
            )
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


class Workbook(MeetingChanges, MinutesChanges, PhaseChanges, QuestionChanges):
    """An open journey and every change a person can make to it."""

    def __init__(self, store: Store, journey: Journey) -> None:
        self._store = store
        self.journey = journey
        self.revision = 0
        self._listeners: list[Listener] = []
        # Records changed in memory whose save was refused: {(table, id): record or None if removed}
        self._pending: dict[tuple[str, int], dict[str, Any] | None] = {}

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> Workbook:
        """Open an existing journey; JourneyError if it cannot be, FileNotFoundError if absent."""
        with long_lived():
            # The records are read before the file is locked, so a file refused for its
            # records leaves no lock behind.
            read: list[Journey] = []
            store = Store.open(
                path, read_only=read_only, check=lambda data: read.append(journey_from_data(path, data))
            )
            return cls(store, read[0])

    @classmethod
    def create(cls, path: Path, journey: Journey) -> Workbook:
        """Write `journey` as a new file at `path` and open it."""
        store = Store.create(path, journey_tables(journey))
        return cls(store, journey)

    @classmethod
    def start_group(
        cls,
        path: Path,
        *,
        name: str,
        subject: str = "",
        coach: str = "",
        members: Iterable[str] = (),
        language: str = "nl",
        today: date,
    ) -> Workbook:
        """A new group from the short form: its name, subject, coach and members."""
        group = Group(
            name=validate.name(name, _("field.group_name")),
            subject=validate.line(subject, _("field.subject"), required=False),
            language=language,
            start=today,
        )
        people: list[Member] = []
        coach_name = validate.line(coach, _("field.coach"), required=False, limit=validate.NAME_MAX)
        if coach_name:
            people.append(Member(id=1, name=coach_name, role=Role.COACH))
        for raw in members:
            member_name = validate.line(raw, _("field.member"), required=False, limit=validate.NAME_MAX)
            if member_name:
                people.append(Member(id=len(people) + 1, name=member_name))
        _refuse_duplicates(people)
        journey = Journey(
            group=group,
            members=people,
            phases=[PhaseEntry(id=1, phase=1, entered=today)],
        )
        return cls.create(path, journey)

    def close(self) -> None:
        self._store.close()

    # -- state -----------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    @property
    def read_only_reason(self) -> str | None:
        """None, or why: 'flag' (--read-only), 'locked' (another plgtui), 'folder_read_only'."""
        return self._store.read_only_reason

    @property
    def unsaved(self) -> bool:
        return self._store.unsaved

    def warm(self, budget: int = 300) -> bool:
        """Prepare up to `budget` records for saving, a little at a time while the app is idle,
        so that even the first edit of a large journey saves within a frame. True while more
        remain."""
        return self._store.warm(budget)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    # -- changes ---------------------------------------------------------------------------

    def update_group(
        self,
        *,
        name: str | None = None,
        subject: str | None = None,
        schools: list[str] | None = None,
        language: str | None = None,
    ) -> Group:
        group = self.journey.group
        changes: dict[str, Any] = {}
        if name is not None:
            changes["name"] = validate.name(name, _("field.group_name"))
        if subject is not None:
            changes["subject"] = validate.line(subject, _("field.subject"), required=False)
        if schools is not None:
            changes["schools"] = [
                validate.line(s, _("field.school"), limit=validate.NAME_MAX) for s in schools
            ]
        if language is not None:
            if language not in ("nl", "en"):
                raise InputError(_("input.bad_language", value=language))
            changes["language"] = language
        self._guard()
        self.journey.group = replace(group, **changes)
        self._save("group", [(1, encode(self.journey.group))])
        return self.journey.group

    def add_member(self, name: str, role: Role = Role.MEMBER, school: str = "") -> Member:
        member = Member(
            id=self._next_id("members"),
            name=validate.name(name, _("field.member")),
            role=Role(role),
            school=validate.line(school, _("field.school"), required=False),
        )
        _refuse_duplicates([*self.journey.members, member])
        return self._add("members", member)

    def set_member_active(self, member_id: int, active: bool) -> Member:
        member = self._find(self.journey.members, member_id, "member")
        self._guard()
        member.active = bool(active)
        self._put("members", member)
        return member

    def set_question(self, text: str, reason: str = "", *, on: date) -> QuestionVersion:
        """A new wording of the research question; the earlier ones stay in the history."""
        return self._add("questions", self.new_question(text, reason, on=on))

    def new_question(self, text: str, reason: str = "", *, on: date) -> QuestionVersion:
        """A wording checked and numbered, not yet added or saved."""
        wording = validate.text(text, _("field.question"), limit=2000).strip()
        if not wording:
            raise InputError(_("input.required", field=_("field.question")))
        current = self.journey.current_question
        version = QuestionVersion(
            id=self._next_id("questions"),
            text=wording,
            created=validate.day(on, _("field.date")),
            reason=validate.line(reason, _("field.reason"), required=False),
            round=current.round if current else 1,
        )
        return version

    def enter_phase(self, phase: int, *, on: date, reason: str = "") -> PhaseEntry:
        number = validate.whole(phase, _("field.phase"), low=PHASES[0], high=PHASES[-1])
        entry = PhaseEntry(
            id=self._next_id("phases"),
            phase=number,
            entered=validate.day(on, _("field.date")),
            reason=validate.line(reason, _("field.reason"), required=False),
        )
        current = self.journey.current_phase
        if current is not None and entry.entered < current.entered:
            raise InputError(_("input.phase_before_current", date=current.entered.isoformat()))
        return self._add("phases", entry)

    def add_agreement(self, text: str, kind: AgreementKind, **details: Any) -> Agreement:
        """A new agreement, saved; `details` as for `new_agreement` (owners, due, meeting_id)."""
        return self._add("agreements", self.new_agreement(text, kind, **details))

    def new_agreement(
        self,
        text: str,
        kind: AgreementKind,
        *,
        owners: Iterable[int] = (),
        due: date | None = None,
        meeting_id: int | None = None,
    ) -> Agreement:
        """An agreement checked and numbered, not yet added or saved."""
        owner_ids = list(dict.fromkeys(owners))
        for owner in owner_ids:
            self._find(self.journey.members, owner, "member")
        if meeting_id is not None:
            self._find(self.journey.meetings, meeting_id, "meeting")
        agreement = Agreement(
            id=self._next_id("agreements"),
            text=validate.line(text, _("field.agreement"), limit=2000),
            kind=AgreementKind(kind),
            meeting_id=meeting_id,
            owners=owner_ids,
            due=None if due is None else validate.day(due, _("field.due")),
        )
        return agreement

    def set_agreement_status(
        self, agreement_id: int, status: AgreementStatus, *, on: date, reason: str = ""
    ) -> Agreement:
        agreement = self._find(self.journey.agreements, agreement_id, "agreement")
        new_status = AgreementStatus(status)
        why = validate.line(reason, _("field.reason"), required=False)
        self._guard()
        agreement.status = new_status
        agreement.status_changed = validate.day(on, _("field.date"))
        agreement.reason = why
        self._put("agreements", agreement)
        return agreement

    # -- plumbing --------------------------------------------------------------------------

    def _guard(self) -> None:
        if self.read_only:
            raise ReadOnlyError(_(f"readonly.{self.read_only_reason}"))

    def _find(self, items: list, record_id: int, what: str):
        for item in items:
            if item.id == record_id:
                return item
        raise InputError(_(f"input.no_{what}", id=record_id))

    def _next_id(self, table: str) -> int:
        return self._store.next_id(table)

    def _add(self, table: str, record: T) -> T:
        """A new record, checked already: into the journey and onto disk."""
        self._guard()
        getattr(self.journey, table).append(record)
        self._put(table, record)
        return record

    def _put(self, table: str, record: Any) -> None:
        self._save(table, [(record.id, encode(record))])

    def _put_all(self, *records: tuple[str, Any]) -> None:
        """Records of several tables saved in one atomic write (an idea and the agreement it
        became)."""
        self._write_all([(table, r.id, encode(r)) for table, r in records])

    def _remove(self, table: str, record_id: int) -> None:
        self._write(table, [(record_id, None)])

    def _save(self, table: str, records: list[tuple[int, dict[str, Any]]]) -> None:
        self._write(table, records)

    def _write(self, table: str, records: list[tuple[int, dict[str, Any] | None]]) -> None:
        self._write_all([(table, record_id, data) for record_id, data in records])

    def _write_all(self, records: list[tuple[str, int, dict[str, Any] | None]]) -> None:
        for table, record_id, data in records:
            self._pending[(table, record_id)] = data
        problem, conflict = "", False
        try:
            with self._store.transaction():
                for table, record_id, data in records:
                    if data is None:
                        self._store.remove(table, record_id)
                    else:
                        self._store.put(table, {**data, "id": record_id})
        except ChangedOnDisk:
            # Someone else wrote the file: saving now would throw their work away.
            problem, conflict = _("save.conflict"), True
        except OSError as exc:
            # A full disk or a folder turned read-only: the change stays in memory (the storage
            # keeps it dirty) and lands with the next save that succeeds; the app retries.
            problem = _("save.failed", problem=exc.strerror or exc)
        except UnicodeError as exc:  # text that is no text: kept in memory, said, never a crash
            problem = _("save.failed", problem=exc)
        else:
            self._pending.clear()
        tables = list(dict.fromkeys(table for table, _i, _d in records))
        table = tables[0] if len(tables) == 1 else "*"
        self._changed(table, tuple(r for _t, r, _d in records), problem, conflict)

    def retry_save(self) -> str:
        """Try again to write what a failed save kept in memory; '' once it is on disk."""
        try:
            self._store.save_pending()
        except ChangedOnDisk:
            return _("save.conflict")
        except OSError as exc:
            return _("save.failed", problem=exc.strerror or exc)
        self._pending.clear()
        return ""

    def keep_unsaved(self) -> Rescued:
        """Write down what is changed here but not on disk (a refused save, a conflict left
        for later), before plgtui stops: the description and the records, beside the backups."""
        if not self._pending:
            return Rescued("", None)
        try:
            disk = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            disk = {}
        text = describe_unsaved(self._pending, disk if isinstance(disk, dict) else {})
        return Rescued(text, keep_unsaved(self.path, text, self._pending))

    # -- someone else's changes ------------------------------------------------------------

    def changed_on_disk(self) -> bool:
        """True when another program (a second laptop, a sync tool, git) wrote the file."""
        return self._store.changed_on_disk()

    def reload(self) -> Rescued:
        """Take the journey as it is on disk now. What was changed here but not saved is
        described in the result and written beside the backups, so it can be applied again.
        JourneyError when the file on disk cannot be opened; then nothing changes."""
        with long_lived():
            data, seen = self._store.read_again()
            journey = journey_from_data(self.path, data)
        text = describe_unsaved(self._pending, data)
        kept = keep_unsaved(self.path, text, self._pending) if text else None
        self._store.replace(data, seen)
        self.journey = journey
        self._pending.clear()
        self._changed("*", ())
        return Rescued(text, kept)

    def _changed(
        self, table: str, ids: tuple[int, ...], problem: str = "", conflict: bool = False
    ) -> None:
        self.revision += 1
        change = Change(table, ids, self.revision, problem, conflict)
        for listener in list(self._listeners):
            listener(change)


def _refuse_duplicates(members: list[Member]) -> None:
    seen: set[str] = set()
    for member in members:
        key = member.name.casefold()
        if key in seen:
            raise InputError(_("input.duplicate_member", name=member.name))
        seen.add(key)
