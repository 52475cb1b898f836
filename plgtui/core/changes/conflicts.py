"""Choosing between the values a merge kept side by side."""

from __future__ import annotations

from plgtui.core.changes.writer import Part, edits
from plgtui.core.codec import CodecError, decode, encode
from plgtui.core.i18n import _
from plgtui.core.journey_data import TABLES, check_record
from plgtui.core.journey_file import JourneyError
from plgtui.core.model import Conflict, Group
from plgtui.core.validate import InputError


class Conflicts(Part):
    @edits
    def choose(self, conflict_id: int, index: int) -> Conflict:
        """Keep choice `index` of a conflict (or `BOTH`): the record it sits in takes that
        value, checked like the file is, and the conflict goes, in one save."""
        from plgtui.core import merge_choose
        from plgtui.core.merge import CONFLICTS

        conflict = self._find(self.journey.conflicts, conflict_id, "input.no_conflict")
        if index == merge_choose.BOTH:
            if not can_keep_both(conflict):
                raise InputError(_("input.no_both"))
        elif not 0 <= index < len(conflict.choices):
            raise InputError(_("input.no_choice", n=index + 1))
        table, key = conflict.path[0], conflict.path[1] if len(conflict.path) > 1 else "1"
        record = self._record(table, int(key))
        mini = {
            table: {} if record is None else {key: _fields(record)},
            CONFLICTS: {str(conflict.id): _fields(conflict)},
        }
        merge_choose.choose(mini, str(conflict.id), index)
        raw = mini[table].get(key)
        new = None if raw is None else self._decoded(table, int(key), raw)
        self._replace(table, int(key), record, new)
        self.journey.conflicts.remove(conflict)
        self._w.write(
            [
                (table, int(key), None if new is None else encode(new)),
                (CONFLICTS, conflict.id, None),
            ]
        )
        return conflict

    def _record(self, table: str, record_id: int):
        if table == "group":
            return self.journey.group
        return next((r for r in getattr(self.journey, table) if r.id == record_id), None)

    def _decoded(self, table: str, record_id: int, raw: dict):
        cls = Group if table == "group" else TABLES[table]
        try:
            record = decode(cls, raw if table == "group" else {**raw, "id": record_id})
            check_record(self._w.store.path, table, record)
        except (CodecError, JourneyError) as exc:
            raise InputError(_("input.bad_choice", problem=exc)) from None
        return record

    def _replace(self, table: str, record_id: int, old, new) -> None:
        if table == "group":
            self._w.journey.group = new
            return
        records = getattr(self.journey, table)
        if old is not None:
            records.remove(old)
        if new is not None:
            records.append(new)
            # as the file is read: phases by the day they began, the rest by id
            records.sort(
                key=(lambda r: (r.entered, r.id)) if table == "phases" else (lambda r: r.id)
            )


def can_keep_both(conflict: Conflict) -> bool:
    """Whether both values can be kept as one (texts, lists of lines)."""
    from plgtui.core import merge_choose
    from plgtui.core.merge import ABSENT

    choices = [encode(c) for c in conflict.choices]
    return merge_choose.combined(conflict.path, choices) is not ABSENT


def _fields(record) -> dict:
    return {k: v for k, v in encode(record).items() if k != "id"}
