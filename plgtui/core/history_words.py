"""What changed between two versions of the group's file, in words, record by record:
"3 ideeën toegevoegd in bijeenkomst "X"", "afspraak afgewerkt", "lid toegevoegd".

Works on the file's data ({table: {key: record}}), so any two versions can be compared: two
saves of this window, two backups, a version and the journey now. Where undo already words a
change (changes/undo.py), this says it the same way.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from plgtui.core import labels
from plgtui.core.changes.undo import describe
from plgtui.core.i18n import _, format_date, ngettext, phase_title
from plgtui.core.validate import strip_control

Data = dict[str, Any]
SKIPPED = {"meta"}  # who saved when: said beside the words, not in them
PREVIEW = 50

# Records added or removed, counted: (added, removed) message keys with .one/.many.
COUNTED = {
    "members": ("history.members_added", "history.members_removed"),
    "meetings": ("history.meetings_added", "history.meetings_removed"),
    "agreements": ("history.agreements_added", "history.agreements_removed"),
    "conflicts": ("history.conflicts_added", "history.conflicts_chosen"),
}
# An agreement's new status -> what happened to it, counted.
STATUS = {
    "done": "history.agreements_done",
    "dropped": "history.agreements_dropped",
    "open": "history.agreements_reopened",
}


def tables(data: Data) -> dict[str, dict[str, Any]]:
    """The tables that hold the group's records (not who saved), each a dict."""
    return {
        name: table for name, table in data.items()
        if name not in SKIPPED and isinstance(table, dict)
    }  # fmt: skip


def changed_keys(old: Data, new: Data) -> list[tuple[str, str]]:
    """(table, key) of every record that differs between two versions, in table order."""
    a, b = tables(old), tables(new)
    found = []
    for name in sorted(a.keys() | b.keys()):
        ta, tb = a.get(name, {}), b.get(name, {})
        if ta == tb:
            continue
        for key in sorted(ta.keys() | tb.keys(), key=_number):
            if ta.get(key) != tb.get(key):
                found.append((name, key))
    return found


def same_records(old: Data, new: Data) -> bool:
    a, b = tables(old), tables(new)
    return all(a.get(n, {}) == b.get(n, {}) for n in a.keys() | b.keys())


def changes(old: Data, new: Data) -> list[str]:
    """What `new` changed since `old`, in words, each phrase once (with a count where it came
    more than once)."""
    counts: Counter[str] = Counter()  # message key (.one/.many) -> how many records
    phrases: list[str] = []
    for table, key in changed_keys(old, new):
        before = old.get(table, {}).get(key)
        after = new.get(table, {}).get(key)
        try:
            _record(table, before, after, counts, phrases)
        except (AttributeError, TypeError, ValueError, KeyError):  # a hand-edited backup
            phrases.append(_("undo.changed", what=record_label(table, key, None)))
    words = [ngettext(message, n) for message, n in counts.items()]
    for phrase, n in Counter(phrases).items():
        words.append(ngettext("history.times", n, what=phrase))
    # A backup is the file as it was on disk, maybe edited by hand: its texts are not cleaned
    # as a file opened is, and none of their control characters may reach the screen.
    return [strip_control(w) for w in words]


def _record(table: str, before: Any, after: Any, counts: Counter[str], phrases: list[str]) -> None:
    status = None if before is None or after is None else STATUS.get(str(after.get("status")))
    if table in COUNTED and (before is None or after is None):
        counts[COUNTED[table][0 if before is None else 1]] += 1
    elif table == "agreements" and status and before.get("status") != after.get("status"):
        counts[status] += 1
    elif table == "meetings" and before is not None and after is not None:
        phrases.extend(_meeting(before, after))
    else:
        phrases.append(describe(table, before, after))


def _meeting(old: dict, new: dict) -> list[str]:
    """What changed in one meeting, in words."""
    title = str(new.get("title", ""))
    if old.get("status") != new.get("status"):
        status = str(new.get("status"))
        if status == "live":
            return [_("history.meeting_started", title=title)]
        if status == "closed":
            return [_("history.meeting_closed", title=title)]
        return [_("history.meeting_reopened", title=title)]
    ideas_old = {str(i.get("id")) for i in old.get("ideas", []) if isinstance(i, dict)}
    ideas_new = {str(i.get("id")) for i in new.get("ideas", []) if isinstance(i, dict)}
    found = []
    if ideas_new - ideas_old:
        found.append(ngettext("history.ideas_added", len(ideas_new - ideas_old), title=title))
    if ideas_old - ideas_new:
        found.append(ngettext("history.ideas_removed", len(ideas_old - ideas_new), title=title))
    if found:
        return found
    rest_old = {k: v for k, v in old.items() if k != "live"}
    rest_new = {k: v for k, v in new.items() if k != "live"}
    if rest_old == rest_new:  # only the running meeting's clock, step or pause
        return [_("history.meeting_runs", title=title)]
    return [describe("meetings", old, new)]


def record_label(table: str, key: str, record: dict | None) -> str:
    """A record as the history names it: 'Bijeenkomst 18 maart 2026, Bronnen', 'Lid An'."""
    record = record or {}
    if table == "group":
        return _("conflict.group")
    if table == "meetings" and "title" in record:
        return _("conflict.meeting", date=_day(record.get("date")), title=_short(record["title"]))
    if table == "members" and "name" in record:
        return _("conflict.member", name=_short(record["name"]))
    if table == "agreements" and "text" in record:
        return _("conflict.agreement", text=_short(record["text"]))
    if table == "phases" and isinstance(record.get("phase"), int):
        return phase_title(record["phase"])
    if table == "phase_notes" and key.isdigit() and 1 <= int(key) <= 5:
        return phase_title(int(key))
    if table == "questions" and "text" in record:
        return _("history.question", text=_short(record["text"]))
    if table == "conflicts":
        return _("history.conflict")
    label = labels.CONFLICT_TABLE.get(table)
    return _("conflict.record", table=_(label) if label else table, id=key)


def _day(value: object) -> str:
    try:
        return format_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _short(text: object) -> str:
    text = " ".join(strip_control(str(text)).split())
    return text if len(text) <= PREVIEW else text[: PREVIEW - 1] + "…"


def _number(key: str) -> int:
    return int(key) if key.isdigit() else -1
