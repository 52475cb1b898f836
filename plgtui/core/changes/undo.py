"""What Ctrl+Z takes back: the changes made in this run of the app, the newest first.

The writer hands every write here before it saves it, and this keeps each touched record as the
store held it just before. The store, not the journey: by the time a part calls the writer it
has already changed its records in memory, while the store changes only in the write (and keeps
what a refused save left in memory, so a change the disk refused undoes like any other).
Undoing writes those records back through the same writer: saved, announced, drawn again.

The running meeting's clock is no history: a step moved on or a pause is not kept to undo, and
an undo leaves where the meeting stands as it is. Starting or ending a meeting, and reading the
file again (a reload, a merge), forget everything before them: what an undo would put back is
no longer what the journey builds on. A later history screen can list `History.steps`, and a
merge could be kept as one step.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, fields
from typing import Any

from plgtui.core.codec import decode_fast
from plgtui.core.i18n import _
from plgtui.core.journey_data import TABLES
from plgtui.core.model import Group, Journey
from plgtui.core.validate import InputError

LIMIT = 50  # steps kept; the oldest goes first

# (table, record id, the record's fields without its id, or None: it did not exist)
Held = tuple[str, int, Any]

NOUNS = {
    "group": "undo.what.group",
    "members": "undo.what.members",
    "questions": "undo.what.questions",
    "phases": "undo.what.phases",
    "meetings": "undo.what.meetings",
    "agreements": "undo.what.agreements",
    "themes": "undo.what.themes",
    "outputs": "undo.what.outputs",
    "phase_notes": "undo.what.phase_notes",
    "inquiry": "undo.what.inquiry",
    "selfchecks": "undo.what.selfchecks",
    "functioning": "undo.what.functioning",
    "goals": "undo.what.goals",
    "readings": "undo.what.readings",
    "rubrics": "undo.what.rubrics",
    "rubric_scores": "undo.what.rubric_scores",
    "case_notes": "undo.what.case_notes",
    "conflicts": "undo.what.conflicts",
}
# A meeting's fields that make up its minutes.
MINUTES = ("notes", "decisions", "learnings", "guests", "norms_kept", "norms_note")


@dataclass(frozen=True)
class Step:
    """One write: each record it touched as it was before and as it was written."""

    before: tuple[Held, ...]
    after: tuple[Held, ...]
    what: str = ""  # said of it when it is more than its records (a merge, a version put back)

    def describe(self) -> str:
        """What the change did, in words: 'idee toegevoegd in bijeenkomst "X"'."""
        if self.what:
            return self.what
        phrases = (
            describe(table, old, new)
            for (table, _i, old), (_t, _j, new) in zip(self.before, self.after)
        )
        return ", ".join(dict.fromkeys(phrases))

    def restoring(self, data: dict[str, Any]) -> list[Held]:
        """The records to write to put back what was before, the store now holding `data`.
        InputError when that would take away the block a running meeting stands in."""
        entries = []
        for table, record_id, old in self.before:
            now = held(data, table, record_id)
            if old is None and now is None:
                continue  # nothing there, nothing to take away
            if table == "meetings" and old is not None and now is not None:
                old = keep_clock(old, now)
            entries.append((table, record_id, old))
        return entries


class History:
    """The last `LIMIT` steps made in this run, to undo the newest first."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.steps: deque[Step] = deque(maxlen=limit)

    def __len__(self) -> int:
        return len(self.steps)

    def clear(self) -> None:
        self.steps.clear()

    def record(
        self, data: dict[str, Any], entries: list[tuple[str, int, Any]], what: str = ""
    ) -> None:
        """Keep a write about to be made, the store holding `data` before it."""
        before = tuple((t, i, held(data, t, i)) for t, i, _d in entries)
        after = tuple((t, i, None if d is None else _without_id(d)) for t, i, d in entries)
        pairs = [(t, old, new) for (t, _i, old), (_t, _j, new) in zip(before, after)]
        if any(_starts_or_ends(t, old, new) for t, old, new in pairs):
            self.clear()
            return
        if all(_same(t, old, new) for t, old, new in pairs):
            return  # the clock moved on, or nothing changed
        self.steps.append(Step(before, after, what))

    def keep_merge(self, ours: dict[str, Any], merged: dict[str, Any], what: str) -> None:
        """A merge just written, to undo as one step: every record it changed, as this window
        had it before (`ours`)."""
        before, after = [], []
        for table in sorted((ours.keys() | merged.keys()) - {"meta"}):
            old, new = ours.get(table, {}), merged.get(table, {})
            if old == new or not isinstance(old, dict) or not isinstance(new, dict):
                continue
            for key in sorted(old.keys() | new.keys()):
                if old.get(key) != new.get(key) and key.isdigit():
                    before.append((table, int(key), held(ours, table, int(key))))
                    after.append((table, int(key), held(merged, table, int(key))))
        if before:
            self.steps.append(Step(tuple(before), tuple(after), what))

    def last(self) -> Step:
        if not self.steps:
            raise InputError(_("undo.nothing"))
        return self.steps[-1]

    def drop_last(self) -> None:
        self.steps.pop()


def held(data: dict[str, Any], table: str, record_id: int) -> dict[str, Any] | None:
    """A record as the store holds it, copied: the store changes its records in place."""
    found = data.get(table, {}).get(str(record_id))
    return dict(found) if isinstance(found, dict) else None


def _without_id(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "id"}


def _starts_or_ends(table: str, old: Any, new: Any) -> bool:
    if table != "meetings" or old is None or new is None:
        return False
    was_live, is_live = old.get("live") is not None, new.get("live") is not None
    return was_live != is_live or old.get("status") != new.get("status")


def _same(table: str, old: Any, new: Any) -> bool:
    if old is None or new is None:
        return old is new
    if table == "meetings":
        return {**old, "live": None} == {**new, "live": None}
    return old == new


def keep_clock(old: dict[str, Any], now: dict[str, Any]) -> dict[str, Any]:
    """`old`, a meeting as it was, standing where the running meeting stands `now`: the same
    block (found by its id, as blocks may have come or gone), step, countdown and time spent.
    Who spoke in this block and the size the groups were asked with go back with the rest."""
    live = now.get("live")
    if live is None:
        return old
    was = old.get("live") or {}
    live = dict(live)
    live["group_size"] = was.get("group_size", live.get("group_size", 0))
    if was.get("entered") == live.get("entered"):  # still in the block it was in
        live["spoken"] = was.get("spoken", [])
    blocks = now.get("blocks", [])
    running = blocks[live["block"]] if 0 <= live.get("block", -1) < len(blocks) else None
    index = next(
        (n for n, b in enumerate(old.get("blocks", [])) if running and b["id"] == running["id"]),
        None,
    )
    if index is None or old["blocks"][index].get("steps") != running.get("steps"):
        raise InputError(_("undo.meeting_running"))
    live["block"] = index
    return {**old, "status": now.get("status"), "live": live}


def put_back(journey: Journey, table: str, record_id: int, data: dict[str, Any] | None) -> None:
    """The journey in memory as the store will hold it: only this record changes. A record
    that stays is changed in place, so whatever holds it sees the change."""
    if table == "group":
        if data is not None:
            _update(journey.group, decode_fast(Group, data))
        return
    records = getattr(journey, table)
    index = next((n for n, r in enumerate(records) if r.id == record_id), None)
    if data is None:
        if index is not None:
            del records[index]
        return
    fresh = decode_fast(TABLES[table], {**data, "id": record_id})
    if index is not None:
        _update(records[index], fresh)
    else:  # where the file lists it: by id
        at = next((n for n, r in enumerate(records) if r.id > record_id), len(records))
        records.insert(at, fresh)
    if table == "phases":  # as the file is read: by the day each began
        records.sort(key=lambda p: (p.entered, p.id))


def _update(target: Any, fresh: Any) -> None:
    for field in fields(target):
        setattr(target, field.name, getattr(fresh, field.name))


# -- in words ------------------------------------------------------------------------------


def describe(table: str, old: Any, new: Any) -> str:
    if table == "meetings" and old is not None and new is not None:
        return _meeting_change(old, new)
    what = _(NOUNS.get(table, "undo.what.record"))
    if old is None:
        return _("undo.added", what=what)
    if new is None:
        return _("undo.removed", what=what)
    return _("undo.changed", what=what)


def _meeting_change(old: dict[str, Any], new: dict[str, Any]) -> str:
    """The part of a meeting that changed, in the meeting named: 'idee toegevoegd in
    bijeenkomst "X"', 'stem ingetrokken in ...', 'blok verplaatst in ...'."""
    what = _part_changed(old, new)
    if what is None:
        return _("undo.meeting_changed", title=new.get("title", ""))
    return _("undo.in_meeting", what=what, title=new.get("title", ""))


def _part_changed(old: dict[str, Any], new: dict[str, Any]) -> str | None:
    block, idea = _("undo.what.block"), _("undo.what.idea")
    blocks_old = [b.get("id") for b in old.get("blocks", [])]
    blocks_new = [b.get("id") for b in new.get("blocks", [])]
    if set(blocks_new) - set(blocks_old):
        return _("undo.added", what=block)
    if set(blocks_old) - set(blocks_new):
        return _("undo.removed", what=block)
    ideas_old = {i.get("id"): i for i in old.get("ideas", [])}
    ideas_new = {i.get("id"): i for i in new.get("ideas", [])}
    if ideas_new.keys() - ideas_old.keys():
        return _("undo.added", what=idea)
    if ideas_old.keys() - ideas_new.keys():
        return _("undo.removed", what=idea)
    if ideas_old != ideas_new:
        votes_old = sum(i.get("votes", 0) for i in ideas_old.values())
        votes_new = sum(i.get("votes", 0) for i in ideas_new.values())
        if votes_new != votes_old:
            return _("undo.vote_cast" if votes_new > votes_old else "undo.vote_taken_back")
        return _("undo.changed", what=idea)
    if blocks_old != blocks_new:
        return _("undo.moved", what=block)
    if old.get("groups") != new.get("groups"):
        return _("undo.groups_made")
    if old.get("turns") != new.get("turns"):
        return _("undo.changed", what=_("undo.what.turn"))
    if (old.get("attendance"), old.get("coach_joins")) != (
        new.get("attendance"),
        new.get("coach_joins"),
    ):
        return _("undo.changed", what=_("undo.what.attendance"))
    if old.get("blocks") != new.get("blocks"):
        return _("undo.changed", what=block)
    if any(old.get(name) != new.get(name) for name in MINUTES):
        return _("undo.changed", what=_("undo.what.minutes"))
    return None
