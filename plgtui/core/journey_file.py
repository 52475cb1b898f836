"""The journey file while it is open: the store the writer saves through (TinyDB over an atomic
storage), its lock, its backups, an older version upgraded on disk after a backup.

Reading a copy of the file (refused, vetted, upgraded in memory) is journey_parse.py's: a file
that cannot be opened raises `JourneyError` there before anything touches it, so the command
line can refuse it with a clear message and leave it byte-for-byte as it was.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document

from plgtui.core import signature
from plgtui.core.atomic_storage import (
    AtomicJSONStorage,
    Seen,
    dump_json,
    temp_files,
    write_atomic,
)
from plgtui.core.backups import backups_to_drop, list_backups, new_backup
from plgtui.core.ids import new_id
from plgtui.core.journey_lock import Busy, JourneyLock

# Reading the file is journey_parse's, whose names the rest of plgtui also finds here.
from plgtui.core.journey_parse import APP_ID, SCHEMA_VERSION, JourneyError, read_upgraded, vet
from plgtui.core.lineage import remember, revision_of, sign, stamp

__all__ = ["APP_ID", "SCHEMA_VERSION", "JourneyError", "Store", "lock_path", "try_lock", "vet"]

CREATE_REFUSED = {
    "locked": "file.create_locked",
    "folder_read_only": "file.create_folder_read_only",
}
BACKUP_INTERVAL_SECONDS = 10 * 60


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


class Store:
    """One open journey file: its TinyDB, its lock, its backups."""

    def __init__(
        self,
        path: Path,
        data: dict[str, Any],
        *,
        read_only_reason: str | None,
        lock: JourneyLock | None,
        clock: Callable[[], float] = time.time,
        seen: Seen | None = None,
    ) -> None:
        self.path = path
        self.read_only_reason = read_only_reason
        self._lock = lock
        self._clock = clock
        self._last_backup: float | None = None
        self._note: dict[str, Any] = {}  # said of the next version written (`note_next`)
        self._storage = AtomicJSONStorage(path, data, before_write=self._before_write, seen=seen)
        self.db = TinyDB(storage=lambda: self._storage)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        read_only: bool = False,
        clock: Callable[[], float] = time.time,
        check: Callable[[dict[str, Any]], None] | None = None,
        read: tuple[dict[str, Any], Seen | None, bool] | None = None,
    ) -> Store:
        """Open an existing journey; FileNotFoundError if there is none. `check` sees the data
        (upgraded to this version, in memory) before the file is locked and may refuse it.
        `read`: what `read_upgraded` gave a moment ago, not read again (a change made since
        is noticed, as any, by the next save)."""
        path = Path(path)
        if not path.exists():
            raise FileNotFoundError(path)
        # An upgrade is written after a backup, below.
        data, seen, older = read if read is not None else read_upgraded(path)
        if check is not None:
            check(data)
        reason, lock = ("flag", None) if read_only else try_lock(path)
        if lock is not None:
            remove_temp_files(path)  # with the lock held, no other plgtui is saving this file
            remember(data, revision_of(data))  # the version this copy now builds on
        store = cls(path, data, read_only_reason=reason, lock=lock, clock=clock, seen=seen)
        if older and not store.read_only:
            store._write_upgrade()
        return store

    @classmethod
    def create(
        cls, path: Path, tables: dict[str, Any], *, clock: Callable[[], float] = time.time
    ) -> Store:
        """Write a new journey to `path`, which must not exist yet."""
        path = Path(path)
        if path.exists():
            raise FileExistsError(path)
        reason, lock = try_lock(path)
        if reason is not None:
            raise JourneyError(path, CREATE_REFUSED[reason])
        data = {"meta": {"1": {"app": APP_ID, "schema_version": SCHEMA_VERSION, "history": []}}}
        data.update(tables)
        stamp(data, clock())
        sign(data, {**signature.current(), "after": []})
        text = dump_json(data)
        try:
            write_atomic(path, text)
        except BaseException:
            lock.release()
            raise
        seen = Seen.of(path, text)
        return cls(path, data, read_only_reason=None, lock=lock, clock=clock, seen=seen)

    def _write_upgrade(self) -> None:
        """Write the upgraded data, after a backup of the file as the older plgtui left it."""
        self.backup(force=True)
        self._storage.forget()
        self._storage.flush()

    def table(self, name: str):
        return self.db.table(name, cache_size=0)

    @property
    def data(self) -> dict[str, Any]:
        return self._storage.read()

    def records(self, name: str) -> list[dict[str, Any]]:
        return records_of(self._storage.read(), name)

    def put(self, name: str, record: dict[str, Any]) -> None:
        doc = {k: v for k, v in record.items() if k != "id"}
        # One write: for a new record TinyDB's upsert first writes an unchanged table, then
        # inserts; alone, a refused first write would lose the record.
        with self.transaction():
            self._storage.touch(name, str(record["id"]))
            self.table(name).upsert(Document(doc, doc_id=record["id"]))

    def remove(self, name: str, record_id: int) -> None:
        with self.transaction():
            self._storage.touch(name, str(record_id))
            self.table(name).remove(doc_ids=[record_id])

    def next_id(self, name: str) -> int:
        raw = self._storage.read().get(name, {})
        return self.new_id(int(k) for k in raw)

    def new_id(self, taken: Iterable[int]) -> int:
        return new_id(taken, self._clock())

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside lands on disk as one atomic write, or not at all."""
        if self.read_only:
            raise PermissionError(self.path)
        self._storage.begin()
        try:
            yield
        except BaseException:
            self._storage.end(commit=False)
            raise
        self._storage.end(commit=True)
        if not self._storage.dirty:  # the outermost batch, on disk
            self._note = {}

    @property
    def unsaved(self) -> bool:
        return self._storage.dirty

    def changed_on_disk(self) -> bool:
        return self._storage.changed_on_disk()

    def warm(self, budget: int = 300) -> bool:
        """Prepare some records for a quick first save; False when there is nothing left to do."""
        return not self.read_only and self._storage.warm(budget)

    def read_again(self) -> tuple[dict[str, Any], Seen | None]:
        """The file as it is on disk now, checked (JourneyError if it can no longer be opened)."""
        data, seen, _older = read_upgraded(self.path)  # an upgrade lands with the next save
        remember(data, revision_of(data))
        return data, seen

    def replace(self, data: dict[str, Any], seen: Seen | None) -> None:
        """Work on `data` from now on; what was not saved is dropped."""
        self._storage.replace(data, seen)

    def version(self, revision: str) -> dict[str, Any] | None:
        """The data of `revision` if this window wrote it lately or read it last (the common
        version of a merge with a copy built on it); None if not."""
        seen = self._storage.seen
        return None if seen is None else self._storage.recent.version(seen.text, revision)

    def recent_versions(self) -> Iterator[dict[str, Any]]:
        """The versions this window wrote lately and the one it read before, newest first (to
        read, never to change: they share their records)."""
        seen = self._storage.seen
        return iter(()) if seen is None else self._storage.recent.versions(seen.text)

    def keep_before_merge(self) -> str:
        """Before a merge is written, both sides go among the backups, whatever the time since
        the last one: the file on disk (another computer's version, when it wrote it) and the
        version this window had, whose revision this returns. The merge is then a version in
        the history, and what came before it can be put back."""
        self.backup(force=True)
        data = self._storage.read()
        if not (self._storage.dirty or self.changed_on_disk()):
            return revision_of(data)  # the file on disk is this window's version
        ours = {**data, "meta": {"1": dict(data["meta"]["1"])}}
        if self._storage.dirty:  # changes no save could write yet: a version of their own
            previous = revision_of(ours)
            stamp(ours, self._clock())
            sign(ours, {**signature.current(), "after": [previous]})
        self.backup(force=True, text=dump_json(ours))
        return revision_of(ours)

    def write_merged(self, data: dict[str, Any], seen: Seen | None = None) -> None:
        """Work on `data` from now on and write it (OSError, ChangedOnDisk if refused: it stays
        in memory). `seen`: the file as it was read for the merge; else as this window knew it."""
        if self.read_only:
            raise PermissionError(self.path)
        self._storage.replace(data, seen if seen is not None else self._storage.seen)
        self._storage.flush()
        self._note = {}
        self._last_backup = None  # the next save keeps the merge itself among the backups

    def save_pending(self) -> None:
        """Write what an earlier failed save left in memory; OSError if it still cannot be."""
        if self._storage.dirty and not self.read_only:
            self._storage.flush()
            self._note = {}

    def backup(self, *, force: bool = False, text: str | None = None) -> Path | None:
        """Keep the file as it is now in the backup folder, at most every few minutes; or
        `text`, a version this window holds."""
        now = self._clock()
        if not force and self._last_backup is not None:
            if now - self._last_backup < BACKUP_INTERVAL_SECONDS:
                return None
        if text is None and not self.path.exists():
            return None
        target = new_backup(self.path, now)
        if text is not None:
            write_atomic(target, text)
        else:
            try:
                # The rename that follows replaces the path, so the old inode lives on here.
                os.link(self.path, target)
            except OSError:
                write_atomic(target, self.path.read_text(encoding="utf-8"))
        self._last_backup = now
        for old in backups_to_drop(list_backups(self.path), now):
            old.unlink(missing_ok=True)
        return target

    def note_next(self, **said: Any) -> None:
        """Say something of the next version written, until it is on disk: that it is a merge
        (`after` both sides, `merged`), or puts back an older version (`restored`)."""
        self._note = said

    def _before_write(self) -> None:
        data = self._storage.read()
        # Before the meta changes, so the recent saves keep each version's own (who, when).
        self._storage.touch("meta", "1")
        if self.backup() is not None:
            remember(data, revision_of(data))  # the version just kept among the backups
        previous = revision_of(data)
        stamp(data, self._clock())
        sign(data, {**signature.current(), "after": [previous], **self._note})

    def close(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def records_of(data: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """The raw records of a table, in id order, each with its 'id'."""
    raw = data.get(name, {})
    return [dict(doc, id=int(key)) for key, doc in sorted(raw.items(), key=_by_id)]


def _by_id(item: tuple[str, Any]) -> int:
    return int(item[0])


def remove_temp_files(path: Path) -> None:
    """The temp files that saves killed halfway left beside the journey."""
    for orphan in temp_files(path):
        try:
            orphan.unlink()
        except OSError:
            pass  # `plgtui where` lists what is left


def try_lock(path: Path) -> tuple[str | None, JourneyLock | None]:
    """Lock the journey for this process, or say why it opens read-only."""
    lock = JourneyLock(lock_path(path))
    try:
        lock.acquire()
    except Busy:
        return "locked", None
    except OSError:
        return "folder_read_only", None
    return None, lock
