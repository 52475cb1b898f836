"""Reading one copy of a journey file, one way through: `read_upgraded` -> `vet` -> `read_raw`
(a regular file, within a size, UTF-8) -> `check` (JSON that cannot drop, hide or overflow
anything; a journey of a version this plgtui knows; tables of records) -> control characters
dropped -> `migrate` in memory. What is refused says why, and names the newest backup that would
open instead (`usable_backup`). Nothing here writes; journey_file.py keeps the open file."""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from plgtui.core.atomic_storage import Seen, stat_key
from plgtui.core.backups import list_backups
from plgtui.core.i18n import _
from plgtui.core.ids import ID_LIMIT
from plgtui.core.lineage import content_revision
from plgtui.core.validate import strip_control_tree, unencodable


class JourneyError(Exception):
    """The journey file cannot be opened; the message says why and what to do."""

    def __init__(self, path: Path, key: str, backup: Path | None = None, **params: object):
        self.path = path
        self.key = key
        self.backup = backup
        self.params = params
        super().__init__(self.message())

    def message(self) -> str:
        text = _("file.cannot_open", path=self.path, problem=_(self.key, **self.params))
        if self.backup is not None:
            text += "\n" + _("file.backup_hint", backup=self.backup)
        return text


_JOURNEY_MARK = re.compile(rb'"app"\s*:\s*"plgtui"')


def holds_journey(path: Path) -> bool:
    """Whether `path` is a group's journey (or a backup of one), told by what it holds, not
    its name: an export must never be written over one."""
    try:
        return bool(_JOURNEY_MARK.search(read_capped(path)))
    except (JourneyError, OSError):
        return False  # a pipe, a device or a link that leads nowhere holds no journey


TEXT_LIMIT = 200_000  # characters in one text of the file: twice what a person may type in one
KEY_DIGITS = 16  # a record's key is its id: a whole number of at most this many digits


class _Refused(ValueError):
    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key, self.params = key, params


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object of the file. A key given twice would silently drop the first record (and the
    next save would delete it for good)."""
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _Refused("file.duplicate_key", name=key)
            seen.add(key)
    return found


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """`_unique`, and no text too long to show (it would freeze the interface)."""
    found = _unique(pairs)
    for key, value in pairs:
        if value.__class__ is str and len(value) > TEXT_LIMIT:
            raise _Refused("file.text_too_long", name=key, limit=TEXT_LIMIT)
    return found


def _no_constant(name: str) -> Any:
    # Python's json reads NaN and Infinity, which JSON itself does not know; a timing of
    # Infinity would overflow wherever it is shown.
    raise _Refused("file.not_a_number", name=name)


def _lines_shorter(text: str, limit: int) -> bool:
    """Whether no line of `text` is `limit` characters long. Then no text in it is: JSON writes
    a newline inside a text as `\\n` (json refuses a bare one), so a text lies on one line.
    Measuring every text while parsing was a tenth of reading ten years (bench/README.md)."""
    half = limit // 2
    # A run of `limit` characters without a newline holds one of these windows whole.
    return all(
        text.find("\n", start, start + half) >= 0 for start in range(0, len(text) - half + 1, half)
    )


def parse(path: Path, text: str) -> Any:
    hook = _unique if _lines_shorter(text, TEXT_LIMIT) else _object
    try:
        # A byte order mark is fine.
        return json.loads(
            text.removeprefix("\ufeff"), object_pairs_hook=hook, parse_constant=_no_constant
        )
    except json.JSONDecodeError as exc:
        raise JourneyError(path, "file.not_json", line=exc.lineno, column=exc.colno) from None
    except _Refused as exc:
        raise JourneyError(path, exc.key, **exc.params) from None
    except RecursionError:
        raise JourneyError(path, "file.too_deep") from None
    except ValueError:  # a number of thousands of digits
        raise JourneyError(path, "file.bad_number") from None


def shape(path: Path, data: dict[str, Any]) -> None:
    """Every table an object of records, each under its id: what the rest of plgtui relies on."""
    for name, table in data.items():
        if not isinstance(table, dict):
            raise JourneyError(path, "file.bad_table", table=name)
        for key, record in table.items():
            if not (key.isascii() and key.isdigit() and len(key) <= KEY_DIGITS):
                raise JourneyError(path, "file.bad_key", table=name, record=key[:40])
            if key != str(int(key)):  # "01" beside "1": both would be record 1, and one lost
                raise JourneyError(path, "file.zero_key", table=name, record=key, id=int(key))
            if int(key) > ID_LIMIT:  # the next id would no longer be exact, nor open again
                raise JourneyError(path, "file.big_key", table=name, record=key)
            if not isinstance(record, dict):
                raise JourneyError(path, "file.bad_entry", table=name, record=key)


FILE_LIMIT = 64 * 2**20  # bytes: a dozen times twenty years of meetings


def read_capped(path: Path, limit: int = FILE_LIMIT) -> bytes:
    """The bytes of the regular file at `path` (through links). A pipe, a socket or a device
    (/dev/zero, /dev/urandom) is refused before it is read, as it would hang or never end; so
    is a file larger than `limit`, which only grows memory."""
    try:
        _regular(path, os.stat(path).st_mode)
    except PermissionError:
        raise JourneyError(path, "file.permission") from None
    except OSError:
        refuse_broken_link(path)
        raise
    # Not blocking: a pipe put in the file's place since that look still cannot hang the open.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        handle = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except PermissionError:
        raise JourneyError(path, "file.permission") from None
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket
            raise JourneyError(path, "file.special", kind=_("file.kind.socket")) from None
        raise
    with os.fdopen(handle, "rb") as file:
        _regular(path, os.fstat(handle).st_mode)
        raw = file.read(limit + 1)  # a file in /proc says it is empty and is not
    if len(raw) > limit:
        raise JourneyError(path, "file.too_big", limit=limit // 2**20)
    return raw


def refuse_broken_link(path: Path) -> None:
    """A link that points at itself (or round in a circle) or at nothing is refused: taken for
    no file at all, it would start a new group, whose save would then replace the link."""
    if not os.path.islink(path):
        return
    try:
        os.stat(path)
    except FileNotFoundError:
        raise JourneyError(path, "file.link_nowhere", target=os.readlink(path)) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise JourneyError(path, "file.link_loop") from None


def _regular(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise JourneyError(path, "file.is_folder")
    if not stat.S_ISREG(mode):
        raise JourneyError(path, "file.special", kind=_(_kind(mode)))


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "file.kind.pipe"
    if stat.S_ISSOCK(mode):
        return "file.kind.socket"
    return "file.kind.device"


def read_raw(path: Path) -> tuple[bytes, str]:
    raw = read_capped(path)
    try:
        return raw, raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JourneyError(path, "file.not_text", offset=exc.start) from None


# -- what the file must hold, and its versions --------------------------------------------------

APP_ID = "plgtui"
SCHEMA_VERSION = 2

# Upgrade steps: MIGRATIONS[v] turns raw data of version v into version v + 1, in place.
Migration = Callable[[dict[str, Any]], None]


def _to_version_2(data: dict[str, Any]) -> None:
    """Version 2 can be merged with a copy edited elsewhere: the file says which version it is
    and which it builds on, and keeps the conflicts a merge left to choose. Ids made from then
    on are time-ordered (`ids.py`); the old small ones stay, as every copy has them alike."""
    meta = data["meta"]["1"]
    meta["revision"] = content_revision(data)
    meta["history"] = []
    data.setdefault("conflicts", {})


MIGRATIONS: dict[int, Migration] = {1: _to_version_2}


def check(path: Path, text: str) -> dict[str, Any]:
    """Parse and vet a journey's text; raise JourneyError (without a backup hint) if it is bad."""
    if not text or text.isspace():  # not `strip()`: a copy of ten years' text
        raise JourneyError(path, "file.empty")
    data = parse(path, text)
    table = data.get("meta") if isinstance(data, dict) else None
    meta = table.get("1") if isinstance(table, dict) else None
    if not isinstance(meta, dict) or meta.get("app") != APP_ID:
        raise JourneyError(path, "file.not_journey")
    version = meta.get("schema_version")
    if isinstance(version, bool):  # Python counts true as 1; a file does not
        raise JourneyError(path, "file.bad_version", value=str(version).lower())
    if not isinstance(version, int) or version < 1:
        raise JourneyError(path, "file.not_journey")
    if version > SCHEMA_VERSION:
        raise JourneyError(path, "file.newer", version=version, supported=SCHEMA_VERSION)
    shape(path, data)
    return data


def usable_backup(path: Path) -> Path | None:
    """The newest backup that would open cleanly, to suggest instead of a broken file."""
    for candidate in list_backups(path):
        try:
            check(candidate, read_raw(candidate)[1])
        except (JourneyError, OSError):
            continue
        return candidate
    return None


def vet(path: Path) -> tuple[dict[str, Any], Seen | None]:
    """Read and check `path`; on failure name the backup that can be opened instead.

    Also returns how the file looked, to notice later when someone else changes it. The stat is
    taken before the read: a change in between then looks like a change, never like none.
    """
    try:
        stat = stat_key(path)
        raw, text = read_raw(path)
        data = check(path, text)
        try:
            # Before control characters are dropped, which would drop the half too: a file
            # with one is said, not silently changed.
            where = unencodable(data, text)
            if where:
                raise JourneyError(path, "file.bad_unicode", where=where)
            data = strip_control_tree(data, text, raw)
        except RecursionError:  # nested deeper than any journey: the walk over its texts
            raise JourneyError(path, "file.too_deep") from None
    except FileNotFoundError:
        raise
    except JourneyError as exc:
        if exc.key == "file.is_folder":
            raise
        raise JourneyError(path, exc.key, usable_backup(path), **exc.params) from None
    return data, Seen(stat, text)


def read_upgraded(path: Path) -> tuple[dict[str, Any], Seen | None, bool]:
    """`vet`, then upgraded in memory to this version; and whether the file was older."""
    data, seen = vet(path)
    older = data["meta"]["1"]["schema_version"] < SCHEMA_VERSION
    if older:
        migrate(data)
    return data, seen, older


def migrate(data: dict[str, Any]) -> int:
    """Run the upgrade steps in order; return the version the data had."""
    meta = data["meta"]["1"]
    start = meta["schema_version"]
    for version in range(start, SCHEMA_VERSION):
        MIGRATIONS[version](data)
        meta["schema_version"] = version + 1
    return start
