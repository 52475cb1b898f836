"""The one writer every change goes through.

A change is made in three steps, always in this order: `@edits` refuses at once when the
journey is read-only; the change checks everything it was given and builds the new records
without touching the journey; then it changes the journey and hands every record it touched to
`Writer.write`, which saves them in one atomic write and tells the listeners once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

from plgtui.core import labels
from plgtui.core.atomic_storage import ChangedOnDisk
from plgtui.core.changes.undo import History, put_back
from plgtui.core.codec import encode
from plgtui.core.i18n import _, os_problem
from plgtui.core.lineage import revision_of
from plgtui.core.validate import InputError

if TYPE_CHECKING:
    from plgtui.core.journey_file import Store
    from plgtui.core.model import Journey, Meeting

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])


class ReadOnlyError(InputError):
    """The journey is open read-only; nothing can be changed."""


@dataclass(frozen=True)
class Change:
    """What a save touched and who asked for it, so a screen can tell whether to redraw."""

    table: str  # "*" when several tables changed, or the whole journey was read again
    ids: tuple[int, ...]
    revision: int
    problem: str = ""  # set when the change is kept in memory because the disk refused it
    conflict: bool = False  # the file was changed by someone else; reload before saving
    source: object = None  # what made the change (a screen), when it said so: `caused_by`


Listener = Callable[[Change], None]
# (table, record id, the record's fields or None when it is removed)
Entry = tuple[str, int, "dict[str, Any] | None"]


def edits(method: F) -> F:
    """Marks a method that changes the journey: on a read-only journey it is refused before
    it looks at its arguments, so nothing can have changed yet."""

    @wraps(method)
    def refused_when_read_only(part: Part, *args: Any, **kwargs: Any) -> Any:
        part._w.refuse_if_read_only()
        return method(part, *args, **kwargs)

    refused_when_read_only.edits = True  # type: ignore[attr-defined]
    return refused_when_read_only  # type: ignore[return-value]


class Writer:
    """Holds the open journey and its store; the only code that saves."""

    def __init__(self, store: Store, journey: Journey) -> None:
        self.store = store
        self.history = History()  # what Ctrl+Z takes back (changes/undo.py)
        self.journey = journey
        self.revision = 0
        self.listeners: list[Listener] = []
        # Records changed in memory whose save was refused: {(table, id): record or None if removed}
        self.pending: dict[tuple[str, int], dict[str, Any] | None] = {}
        self._source: object = None

    @property
    def journey(self) -> Journey:
        return self._journey

    @journey.setter
    def journey(self, journey: Journey) -> None:
        # A journey read again (a reload, a merge) is a new base: what came before it is no
        # longer there to undo.
        self._journey = journey
        self.history.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self.history)

    def refuse_if_read_only(self) -> None:
        reason = self.store.read_only_reason
        if self.store.read_only:
            raise ReadOnlyError(_(labels.READ_ONLY[reason or "flag"]))

    @contextmanager
    def caused_by(self, source: object) -> Iterator[None]:
        """Changes made inside are announced as made by `source` (a screen that already shows
        them and need not redraw)."""
        before, self._source = self._source, source
        try:
            yield
        finally:
            self._source = before

    def next_id(self, table: str) -> int:
        return self.store.next_id(table)

    def new_id(self, taken: Iterable[int]) -> int:
        """An id for a record inside another (an idea, a block), above those in `taken`."""
        return self.store.new_id(taken)

    def write(self, entries: list[Entry], *, undoing: bool = False, what: str = "") -> None:
        """Save these records in one atomic write (all or none), then tell the listeners. A
        refused save keeps them in memory and says why in the change; the app retries. The
        records as they were go on the history to undo (named `what`, if given), unless this is
        an undo."""
        if not undoing:
            self.history.record(self.store.data, entries, what)
        for table, record_id, data in entries:
            self.pending[(table, record_id)] = data
        problem, conflict = "", False
        try:
            with self.store.transaction():
                for table, record_id, data in entries:
                    if data is None:
                        self.store.remove(table, record_id)
                    else:
                        self.store.put(table, {**data, "id": record_id})
        except ChangedOnDisk:
            # Someone else wrote the file: saving now would throw their work away.
            problem, conflict = _("save.conflict"), True
        except OSError as exc:
            # A full disk or a folder turned read-only: the change stays in memory (the storage
            # keeps it dirty) and lands with the next save that succeeds.
            problem = _("save.failed", problem=os_problem(exc))
        except UnicodeError as exc:  # text that is no text: kept in memory, said, never a crash
            problem = _("save.failed", problem=exc)
        else:
            self.pending.clear()
        tables = list(dict.fromkeys(table for table, _i, _d in entries))
        self.announce(
            tables[0] if len(tables) == 1 else "*",
            tuple(r for _t, r, _d in entries),
            problem,
            conflict,
        )

    def undo(self) -> str:
        """Write back the records the last change touched, as they were before it, and say
        what was undone. InputError when there is nothing to undo or the journey is read-only."""
        self.refuse_if_read_only()
        step = self.history.last()
        entries = step.restoring(self.store.data)
        for table, record_id, data in entries:
            put_back(self.journey, table, record_id, data)
        self.history.drop_last()
        self.write(entries, undoing=True)
        return step.describe()

    def retry(self) -> str:
        """Write again what a refused save kept in memory; '' once it is on disk, else why."""
        try:
            self.store.save_pending()
        except ChangedOnDisk:
            return _("save.conflict")
        except OSError as exc:
            return _("save.failed", problem=os_problem(exc))
        self.pending.clear()
        self.announce("*", ())  # everything is on disk now
        return ""

    def replace(
        self,
        journey: Journey,
        data: dict[str, Any],
        seen: Any = None,
        *,
        merged: bool = False,
        write: bool = False,
        after: Iterable[str] = (),
    ) -> str:
        """The whole journey replaced by `journey` (`data` as a file holds it, `seen`: the file
        as it was read, if it was): read again from disk (a reload), or a merge. `write` saves
        it, after a backup of what was here; `after`: the versions it builds on besides. Ctrl+Z
        right after a merge takes it back as one step; what was kept in memory unsaved is part
        of it now. The listeners hear of it once; returns why the disk refused it ('': it did
        not)."""
        ours, problem = self.store.data, ""
        if write:
            try:
                kept = self.store.keep_before_merge()
            except (
                OSError
            ):  # a backup refused is no reason to refuse the merge; its write says more
                kept = revision_of(ours)
            self.store.note_next(after=[kept, *after], merged=True)
            try:
                self.store.write_merged(data, seen)
            except ChangedOnDisk:
                problem = _("save.conflict")
            except OSError as exc:
                problem = _("save.failed", problem=os_problem(exc))
        else:
            self.store.replace(data, seen)
        self.journey = journey
        if merged:
            self.history.keep_merge(ours, data, _("undo.merge"))
        self.pending.clear()
        self.announce("*", (), problem)
        return problem

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Hear of every change once it is saved (or refused); returns how to stop."""
        self.listeners.append(listener)
        return lambda: self.listeners.remove(listener) if listener in self.listeners else None

    def announce(
        self, table: str, ids: tuple[int, ...], problem: str = "", conflict: bool = False
    ) -> None:
        """Tell the listeners; the only place a `Change` is made."""
        self.revision += 1
        change = Change(table, ids, self.revision, problem, conflict, self._source)
        for listener in list(self.listeners):
            listener(change)


class Part:
    """One area of changes (meetings, minutes, phases...), sharing the workbook's writer."""

    def __init__(self, writer: Writer) -> None:
        self._w = writer

    @property
    def journey(self) -> Journey:
        return self._w.journey

    def _find(self, items: list[T], record_id: int, missing: str) -> T:
        """The record with this id; else an InputError with the message under key `missing`."""
        for item in items:
            if item.id == record_id:  # type: ignore[attr-defined]
                return item
        raise InputError(_(missing, id=record_id))

    def _members(self, member_ids: Iterable[int]) -> list[int]:
        """The ids, each once and in order, after checking that each is a member."""
        ids = list(dict.fromkeys(member_ids))
        for member_id in ids:
            self._find(self.journey.members, member_id, "input.no_member")
        return ids

    def _meeting(self, meeting_id: int) -> Meeting:
        return self._find(self.journey.meetings, meeting_id, "input.no_meeting")

    def _next_id(self, table: str) -> int:
        return self._w.next_id(table)

    def _add(self, table: str, record: T) -> T:
        """A new record, checked already: into the journey and onto disk."""
        getattr(self.journey, table).append(record)
        self._put(table, record)
        return record

    def _put(self, table: str, record: Any) -> None:
        self._save((table, record))

    def _save(self, *records: tuple[str, Any]) -> None:
        """Records of one or several tables saved in one atomic write (an idea and the
        agreement it became)."""
        self._w.write([(table, r.id, encode(r)) for table, r in records])

    def _remove(self, table: str, record_id: int) -> None:
        self._w.write([(table, record_id, None)])
