"""A TinyDB storage that never leaves a half-written journey on disk."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Callable

from tinydb.storages import Storage


def dump_json(data: Any) -> str:
    """Pretty, sorted and stable, so a group can keep its journey in git and read the diff."""
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to a temp file beside `path`, fsync it and rename it over `path`.

    A crash at any moment leaves either the old file or the new one, never a mix.
    """
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


class AtomicJSONStorage(Storage):
    """Holds the parsed journey in memory; writes it whole and atomically.

    Inside `batch()` writes are collected and land as one file write when the outermost batch
    ends, so a change touching several tables is saved all or nothing.
    """

    def __init__(
        self,
        path: Path,
        data: dict[str, Any],
        before_write: Callable[[], None] | None = None,
    ) -> None:
        self.path = path
        self._data = data
        self._before_write = before_write
        self._depth = 0
        self._dirty = False

    def read(self) -> dict[str, Any]:
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        self._data = data
        if self._depth:
            self._dirty = True
        else:
            self.flush()

    def flush(self) -> None:
        if self._before_write is not None:
            self._before_write()
        write_atomic(self.path, dump_json(self._data))
        self._dirty = False

    def begin(self) -> None:
        self._depth += 1

    def end(self, commit: bool) -> None:
        """Close a batch: save it, or on failure go back to what is on disk.

        A failed save keeps the change in memory (still dirty) so a later save can land it.
        """
        self._depth -= 1
        if self._depth or not self._dirty:
            return
        if commit:
            self.flush()
        else:
            self._data = json.loads(self.path.read_text(encoding="utf-8"))
            self._dirty = False

    @property
    def dirty(self) -> bool:
        return self._dirty

    def close(self) -> None:
        pass
