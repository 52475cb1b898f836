"""A TinyDB storage that never leaves a half-written journey on disk."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from plgtui.core.journey_text import JourneyText
from plgtui.core.recent_saves import RecentSaves


def dump_json(data: Any) -> str:
    """Pretty, sorted and stable, so a group can keep its journey in git and read the diff."""
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


_ABSENT = object()  # a record that did not exist before a batch


def temp_files(path: Path) -> list[Path]:
    """Temp files of `path` left by a save that was killed halfway (the journey never is)."""
    return sorted(path.parent.glob(f".{path.name}.*.tmp"))


def write_atomic(path: Path, text: str, before_replace: Callable[[], None] | None = None) -> None:
    """Write `text` to a temp file beside `path`, fsync it and rename it over `path`.

    A crash at any moment leaves either the old file or the new one, never a mix. A journey
    that is a link (into a synced folder, say) is written where the link points, so the link
    stays a link. `before_replace` runs just before the rename and may still refuse it.
    """
    path = Path(os.path.realpath(path))
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.chmod(tmp, path.stat().st_mode & 0o777)
        except FileNotFoundError:
            os.chmod(tmp, 0o644)
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    # The rename itself is only durable once the folder entry is on disk.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _revision(data: dict[str, Any]) -> str:
    meta = data.get("meta", {}).get("1", {})
    return meta.get("revision", "") if isinstance(meta, dict) else ""


class ChangedOnDisk(OSError):
    """The file on disk is no longer the one this storage read or last wrote."""


@dataclass(frozen=True)
class Seen:
    """How the file looked when we last read or wrote it: its stat, and its text to compare
    with when the stat differs (kept rather than hashed: hashing would cost every save)."""

    stat: tuple[int, int, int]
    text: str

    @classmethod
    def of(cls, path: Path, text: str) -> Seen | None:
        try:
            return cls(stat_key(path), text)
        except FileNotFoundError:
            return None


def stat_key(path: Path) -> tuple[int, int, int]:
    st = os.stat(path)
    return (st.st_mtime_ns, st.st_size, st.st_ino)


class AtomicJSONStorage(Storage):
    """Holds the parsed journey in memory; writes it whole and atomically.

    Between `begin()` and `end()` writes are collected and land as one file write when the
    outermost batch ends, so a change touching several tables is saved all or nothing.
    """

    def __init__(
        self,
        path: Path,
        data: dict[str, Any],
        before_write: Callable[[], None] | None = None,
        seen: Seen | None = None,
    ) -> None:
        self.path = path
        self._data = data
        self._before_write = before_write
        self._depth = 0
        self._dirty = False
        self._seen = seen
        self._text = JourneyText()
        self.recent = RecentSaves()
        self.recent.reset(_revision(data))
        # While a batch runs: each touched record as it was before it ({(table, key): record or
        # _ABSENT}), and whether unsaved changes were already held, to go back to on failure.
        self._undo: dict[tuple[str, str], Any] | None = None
        self._dirty_before = False

    def forget(self) -> None:
        """The data was changed in place (an upgrade)."""
        self._text.forget()

    def touch(self, table: str, key: str) -> None:
        """Say that a record is about to change (or go), so the next save encodes it again and
        a batch that fails can put it back."""
        self._text.touch(table, key)
        self.recent.changing(self._data, table, key)
        if self._undo is not None and (table, key) not in self._undo:
            old = self._data.get(table, {}).get(key, _ABSENT)
            self._undo[(table, key)] = dict(old) if isinstance(old, dict) else old

    def warm(self, budget: int) -> bool:
        """Prepare up to `budget` records' text for the first save; False when all are ready."""
        return self._text.warm(self._data, budget)

    def changed_on_disk(self) -> bool:
        """True when someone else wrote the file since we read or wrote it.

        A stat that differs is confirmed by the content, so a sync tool rewriting the same bytes
        is no conflict. A missing file is none either: the next save simply writes it again.
        """
        if self._seen is None:
            return False
        try:
            key = stat_key(self.path)
            if key == self._seen.stat:
                return False
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return False
        if raw != self._seen.text.encode("utf-8"):
            return True
        self._seen = Seen(key, self._seen.text)
        return False

    def _refuse_if_changed(self) -> None:
        if self.changed_on_disk():
            raise ChangedOnDisk(f"{self.path} was changed by another program")

    @property
    def seen(self) -> Seen | None:
        return self._seen

    def replace(self, data: dict[str, Any], seen: Seen | None) -> None:
        """Take what is on disk now as the journey, dropping what was not saved."""
        self.recent.reset(_revision(data), self._seen.text if self._seen is not None else None)
        self._data = data
        self._dirty = False
        self._seen = seen
        self._text.forget()

    def read(self) -> dict[str, Any]:
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        self._data = data
        if self._depth:
            self._dirty = True
        else:
            self.flush()

    def flush(self) -> None:
        self._dirty = True  # until it is on disk, whatever happens below
        self._refuse_if_changed()
        if self._before_write is not None:
            self._before_write()
        text = self._text.render(self._data)
        # Checked again right before the rename: a sync client that wrote the file while this
        # one was rendered, written and flushed would otherwise be overwritten without a word.
        write_atomic(self.path, text, before_replace=self._refuse_if_changed)
        self._seen = Seen.of(self.path, text)
        self.recent.written(_revision(self._data))
        self._dirty = False

    def begin(self) -> None:
        if not self._depth:
            self._undo, self._dirty_before = {}, self._dirty
        self._depth += 1

    def end(self, commit: bool) -> None:
        """Close a batch: save it, or on failure put back the records it touched.

        Going back happens in memory, so changes held from an earlier refused save (a full disk,
        a conflict) stay. A failed save keeps the change in memory (still dirty) so a later save
        can land it.
        """
        self._depth -= 1
        if self._depth:
            return
        undo, self._undo = self._undo or {}, None
        if not commit:
            for (table, key), old in undo.items():
                if old is not _ABSENT:
                    self._data.setdefault(table, {})[key] = old
                elif table in self._data:
                    self._data[table].pop(key, None)
            self._dirty = self._dirty_before
        elif self._dirty:
            self.flush()

    @property
    def dirty(self) -> bool:
        return self._dirty

    def close(self) -> None:
        pass
