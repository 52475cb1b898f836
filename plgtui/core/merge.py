"""Three copies of a journey in, one out: what both sides changed since their common version.

Works on the file's data ({table: {id: record}}), record by record and field by field. Where
only one side changed something, that change is taken. Where both changed the same field to
different values, or one side removed a record the other changed, nothing is settled: the merge
keeps both values in the `conflicts` table for a person to choose (`choose`), and meanwhile
shows the first of them. That first one is picked the same way whichever copy is called "ours",
so merging A with B gives the very file merging B with A gives.

Meetings' blocks and ideas are records too (by their id), so ideas typed on two laptops are all
kept; dictionaries (attendance, scores, ticked signals) are merged key by key; lines added to a
list (decisions, guests) on both sides are all kept. A running meeting's countdown state
(`live`) is one value, and so is a list of lines one side edited: mixing two of them would give
something neither side wrote. Two new wordings of the research question, or two new phases, are
both kept, and which one holds now is a conflict (`CURRENT`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from plgtui.core.lineage import HISTORY_KEEP, history_of, lineage, revision_of

ABSENT: Any = type("Absent", (), {"__repr__": lambda self: "ABSENT"})()
KEYED = {"blocks", "ideas"}  # lists of records with an id, inside a meeting
ATOMIC = {"live"}  # a running meeting's state is one value
CONFLICTS = "conflicts"
HIDDEN = {"meta", CONFLICTS}  # merged by their own rules


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass
class Merged:
    data: dict[str, Any]
    conflicts: list[dict[str, Any]] = field(default_factory=list)  # found by this merge


def conflict_key(path: list[str]) -> str:
    """A conflict's record key, from where it is: the same conflict found twice is one."""
    digest = hashlib.sha256(canonical(path).encode("utf-8")).hexdigest()
    return str(int(digest[:13], 16))


def _choice(value: Any, source: str) -> dict[str, Any]:
    if value is ABSENT:
        return {"removed": True, "source": source, "value": None}
    return {"removed": False, "source": source, "value": value}


def _sorted_choices(choices: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each value once (as it was first met), in an order that does not depend on which side
    was which."""
    unique: dict[str, dict[str, Any]] = {}
    for choice in choices:
        unique.setdefault(canonical([choice["removed"], choice["value"]]), choice)
    return [unique[k] for k in sorted(unique)]


class _Merge:
    def __init__(self, names: tuple[str, str]) -> None:
        self.names = names
        self.found: dict[str, dict[str, Any]] = {}

    def value(self, path: list[str], base: Any, ours: Any, theirs: Any) -> Any:
        if ours == theirs:
            return ours
        if ours == base:
            return theirs
        if theirs == base:
            return ours
        if path[-1] not in ATOMIC:
            if (
                isinstance(ours, dict)
                and isinstance(theirs, dict)
                and (base is ABSENT or isinstance(base, dict))
            ):
                return self.fields(path, {} if base is ABSENT else base, ours, theirs)
            if (
                path[-1] in KEYED
                and isinstance(ours, list)
                and isinstance(theirs, list)
                and isinstance(base, list)
            ):
                return self.keyed(path, base, ours, theirs)
            added = _added_lines(base, ours, theirs)
            if added is not ABSENT:
                return added
        return self.conflict(path, ours, theirs)

    def fields(self, path: list[str], base: dict, ours: dict, theirs: dict) -> dict[str, Any]:
        merged = {}
        for key in sorted({*base, *ours, *theirs}):
            value = self.value(
                [*path, key], base.get(key, ABSENT), ours.get(key, ABSENT), theirs.get(key, ABSENT)
            )
            if value is not ABSENT:
                merged[key] = value
        return merged

    def keyed(self, path: list[str], base: list, ours: list, theirs: list) -> list[Any]:
        if not all(isinstance(item, dict) and "id" in item for item in (*base, *ours, *theirs)):
            return self.conflict(path, ours, theirs)
        b, o, t = ({str(i["id"]): i for i in items} for items in (base, ours, theirs))
        merged = {}
        for key in {*b, *o, *t}:
            value = self.value(
                [*path, key], b.get(key, ABSENT), o.get(key, ABSENT), t.get(key, ABSENT)
            )
            if value is not ABSENT:
                merged[key] = value
        order = _order(list(b), list(o), list(t), set(merged))
        return [merged[key] for key in order]

    def conflict(self, path: list[str], ours: Any, theirs: Any) -> Any:
        """Note the conflict; return what stands in the journey until someone chooses: its
        first choice, which is a kept record rather than none (a removal sorts last)."""
        choices = _sorted_choices([_choice(ours, self.names[0]), _choice(theirs, self.names[1])])
        self.found[conflict_key(path)] = {"path": path, "choices": choices}
        return ABSENT if choices[0]["removed"] else choices[0]["value"]


def _added_lines(base: Any, ours: Any, theirs: Any) -> Any:
    """Two lists of lines (decisions, guests, what we learned) to which each side only added:
    every line of both, the base's first, then each side's new ones in the order it wrote them
    (the side whose new lines sort first, first). ABSENT when a side removed or changed one."""
    if not all(_lines(v) for v in (base, ours, theirs)):
        return ABSENT
    if not (_keeps(base, ours) and _keeps(base, theirs)):
        return ABSENT
    new = sorted([x for x in side if x not in base] for side in (ours, theirs))
    return list(dict.fromkeys([*base, *new[0], *new[1]]))


def _lines(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


def _keeps(base: list[str], side: list[str]) -> bool:
    """Whether `side` is `base` with lines added (in order, none removed or changed)."""
    rest = iter(side)
    return all(any(x == y for y in rest) for x in base)


def _order(base: list[str], ours: list[str], theirs: list[str], keep: set[str]) -> list[str]:
    """Blocks keep the agenda's order: the order one side chose (or the first of two), with
    what each side added placed after the item it followed there; ideas added at one spot go by
    id, which is the order they were made in."""
    in_base = set(base) & keep

    def survivors(items: list[str]) -> list[str]:
        return [k for k in items if k in in_base]

    before, mine, yours = survivors(base), survivors(ours), survivors(theirs)
    if mine == before:
        spine = yours
    elif yours == before:
        spine = mine
    else:
        spine = min(mine, yours)
    spine = spine + [k for k in before if k not in spine]
    anchors: dict[str | None, list[str]] = {}
    for key in keep - in_base:
        spots = [_anchor(side, key, in_base, spine) for side in (ours, theirs) if key in side]
        anchors.setdefault(
            min(spots, key=lambda s: -1 if s is None else spine.index(s)), []
        ).append(key)
    order = sorted(anchors.get(None, []), key=int)
    for key in spine:
        order.append(key)
        order += sorted(anchors.get(key, []), key=int)
    return order


def _anchor(side: list[str], key: str, in_base: set[str], spine: list[str]) -> str | None:
    at = side.index(key)
    return next((k for k in reversed(side[:at]) if k in in_base and k in spine), None)


def merge(
    base: dict[str, Any],
    ours: dict[str, Any],
    theirs: dict[str, Any],
    names: tuple[str, str] = ("ours", "theirs"),
) -> Merged:
    """Merge two copies given their common version (an empty journey when none is known:
    then every difference is a conflict and nothing removed on one side is lost)."""
    work = _Merge(names)
    data: dict[str, Any] = {}
    for table in sorted({*base, *ours, *theirs} - HIDDEN):
        merged = work.value(
            [table], base.get(table, {}), ours.get(table, {}), theirs.get(table, {})
        )
        if merged is not ABSENT and (merged or table in ours or table in theirs):
            data[table] = merged
    for table, order in CURRENT.items():
        _both_added(work, table, order, base, ours, theirs)
    data["meta"] = {"1": _meta(ours, theirs)}
    data[CONFLICTS] = _conflicts(base, ours, theirs, work.found)
    return Merged(data, [work.found[k] for k in sorted(work.found)])


# Tables whose newest record is what the group stands on now: the research question's wording,
# the phase. Each record added apart is kept, but which one is current is for the group to say.
CURRENT: dict[str, Callable[[str, dict], tuple]] = {
    "questions": lambda key, record: (int(key),),
    "phases": lambda key, record: (str(record.get("entered")), int(key)),
}


def _both_added(
    work: _Merge, table: str, order: Callable, base: dict, ours: dict, theirs: dict
) -> None:
    """Both copies added to a CURRENT table: a conflict on the newer addition, to keep it as
    the current one or remove it (then the other copy's stands)."""
    before = base.get(table, {})
    newest = []
    for copy, name in ((ours, work.names[0]), (theirs, work.names[1])):
        added = {k: r for k, r in copy.get(table, {}).items() if k not in before}
        if not added:
            return
        key = max(added, key=lambda k: order(k, added[k]))
        newest.append((order(key, added[key]), key, added[key], name))
    # By order and key alone: two records alike in both (the same key, made the same day apart)
    # must not be compared themselves, and are one record, merged field by field.
    ordered = sorted(newest, key=lambda found: found[:2])
    (_o1, earlier, first, first_name), (_o2, later, last, last_name) = ordered
    if earlier == later:
        return
    path = [table, later]
    work.found[conflict_key(path)] = {
        "path": path,
        "current": True,
        "choices": [
            {"removed": False, "source": last_name, "value": last},
            {"removed": True, "source": first_name, "value": first},  # shows what stays then
        ],
    }


def _meta(ours: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """One copy already built on the other: its meta. Else a revision made from both, after
    both, and a history holding both."""
    mine, yours = ours["meta"]["1"], theirs["meta"]["1"]
    if revision_of(theirs) in lineage(ours):
        return dict(mine)
    if revision_of(ours) in lineage(theirs):
        return dict(yours)
    revisions = sorted([revision_of(ours), revision_of(theirs)])
    stamp = revisions[-1][:12]
    # No time in it: a file from before revisions ("0-..."), or one edited by hand.
    timed = len(stamp) == 12 and set(stamp) <= set("0123456789abcdef")
    after = f"{int(stamp, 16) + 1 if timed else 1:012x}"
    digest = hashlib.sha256(canonical(revisions).encode("utf-8")).hexdigest()[:4]
    history = sorted({*history_of(ours), *history_of(theirs), *revisions})[-HISTORY_KEEP:]
    return {
        **mine,
        **yours,
        "schema_version": max(mine.get("schema_version", 1), yours.get("schema_version", 1)),
        "revision": after + digest,
        "history": history,
        # Not one side's save: a merge of both (who saves it is said when it is written).
        "saved": {"after": revisions, "merged": True},
    }


def _conflicts(
    base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any], found: dict[str, Any]
) -> dict[str, Any]:
    """Conflicts still to choose: those either side kept and the other did not settle, and the
    new ones. The same conflict from two sides keeps every value once."""
    b, o, t = (copy.get(CONFLICTS, {}) for copy in (base, ours, theirs))
    table: dict[str, Any] = {}
    for key in sorted({*o, *t, *found}):
        records = [r for r in (o.get(key), t.get(key), found.get(key)) if r is not None]
        settled = key in b and (key not in o or key not in t) and key not in found
        if settled:
            continue  # chosen on one side since the common version
        first = records[0]
        choices = _sorted_choices([c for r in records for c in r["choices"]])
        table[key] = {**first, "choices": choices}
    return table
