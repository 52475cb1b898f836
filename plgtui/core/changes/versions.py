"""Putting back a version the history keeps (core/history.py): all of it, or one record of it.

A version put back is an ordinary change: the records that differ from it are written through
the writer in one save, checked first as a file is when it opens, and Ctrl+Z takes it back as
one step. As with undo, a running meeting stays where it stands (its block, step and clock), and
no meeting starts or ends by it: a meeting's status stays what it is now.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from plgtui.core.changes.undo import keep_clock, put_back
from plgtui.core.changes.writer import Entry, Part, edits
from plgtui.core.i18n import _
from plgtui.core.journey_file import JourneyError
from plgtui.core.validate import InputError

if TYPE_CHECKING:
    from plgtui.core import history

Data = dict[str, Any]


@dataclass(frozen=True)
class Difference:
    """A record that is not now what it was in a version."""

    table: str
    key: str
    label: str  # 'Bijeenkomst 18 maart 2026, Bronnen'
    how: str  # "changed", "added" (since: the version did not have it), "removed" (since)


class Versions(Part):
    def lines(self, when: Callable[[float | None], str] | None = None) -> list[history.Line]:
        """The history, newest first (core/history.py); `when` words a moment."""
        from plgtui.core import history  # not on the way to the first screen: asked for later

        return history.lines(self._w.store, when)

    def kept(self) -> history.Kept:
        """The versions kept, taken now, to read into lines elsewhere (`history.lines_of`, in a
        thread: reading a long journey's backups the first time takes a moment)."""
        from plgtui.core import history

        return history.Kept(self._w.store)

    def differences(self, revision: str) -> list[Difference]:
        """The records that differ between a version and the journey now. InputError when the
        version is no longer kept."""
        from plgtui.core import history_words

        then, now = self._version(revision), self._w.store.data
        found = []
        for table, key in history_words.changed_keys(then, now):
            old, new = then.get(table, {}).get(key), now.get(table, {}).get(key)
            how = "added" if old is None else "removed" if new is None else "changed"
            found.append(
                Difference(table, key, history_words.record_label(table, key, old or new), how)
            )
        return found

    @edits
    def restore(self, revision: str) -> str:
        """The journey as it was in that version; says what was put back."""
        from plgtui.core import history_words

        then, now = self._version(revision), self._w.store.data
        keys = history_words.changed_keys(then, now)
        if not keys:
            raise InputError(_("history.same_as_now"))
        return self._put(then, now, keys, revision, _("history.restored_step"))

    @edits
    def restore_record(self, revision: str, table: str, key: str) -> str:
        """One record as it was in that version (or gone, when the version did not have it)."""
        from plgtui.core import history_words

        then, now = self._version(revision), self._w.store.data
        if (table, key) not in history_words.changed_keys(then, now):
            raise InputError(_("history.same_as_now"))
        label = history_words.record_label(
            table, key, then.get(table, {}).get(key) or now.get(table, {}).get(key)
        )
        return self._put(then, now, [(table, key)], "", _("history.restored_one", what=label))

    def _version(self, revision: str) -> Data:
        from plgtui.core import history

        data = history.version_data(self._w.store, revision)
        if data is None:
            raise InputError(_("history.gone"))
        return data

    def _put(
        self, then: Data, now: Data, keys: list[tuple[str, str]], revision: str, what: str
    ) -> str:
        entries: list[Entry] = []
        for table, key in keys:
            if not key.isdigit():
                continue
            old, current = then.get(table, {}).get(key), now.get(table, {}).get(key)
            if table == "meetings":
                old = _as_now(old, current)
            entries.append((table, int(key), None if old is None else dict(old)))
        self._check(now, entries)
        for table, record_id, data in entries:
            put_back(self.journey, table, record_id, data)
        if revision:
            self._w.store.note_next(restored=revision)
        self._w.write(entries, what=what)
        return what

    def _check(self, now: Data, entries: list[Entry]) -> None:
        """The journey with these records must open as any file does; else nothing changes."""
        from plgtui.core.journey_data import journey_from_data

        result = {name: dict(table) for name, table in now.items() if isinstance(table, dict)}
        for table, record_id, data in entries:
            if data is None:
                result.get(table, {}).pop(str(record_id), None)
            else:
                result.setdefault(table, {})[str(record_id)] = data
        try:
            journey_from_data(self._w.store.path, result)
        except JourneyError as exc:
            problem = _(exc.key, **exc.params)
            raise InputError(_("history.cannot_restore", problem=problem)) from None


def _as_now(old: Data | None, now: Data | None) -> Data | None:
    """A meeting as it was, standing where it stands now: a running one keeps its block, step
    and clock (InputError when that block is gone in the version); none starts or ends."""
    running = now is not None and now.get("live") is not None
    if running:
        if old is None:
            raise InputError(_("undo.meeting_running"))
        return keep_clock(old, now)
    if old is None:
        return None
    status = (
        now.get("status") if now is not None else "closed" if old.get("live") else old.get("status")
    )
    return {**old, "live": None, "status": status}
