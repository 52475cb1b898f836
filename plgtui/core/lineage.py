"""Which version of a journey a copy is, and which versions it was built on.

Every save gives the file a new `revision` (time-ordered text, so sorting is chronological).
`history` lists the revisions this copy builds on whose text is kept somewhere (the version it
was opened or reloaded from, each version a backup was made of, both sides of a merge). Two
copies edited apart share some of them; the newest shared one, found among the backups, is the
common ancestor a three-way merge needs.
"""

from __future__ import annotations

import json
import random
from typing import Any

HISTORY_KEEP = 200  # at one backup per ten minutes of work: weeks of a group's editing
_random = random.Random()


def new_revision(now: float) -> str:
    return f"{int(now * 1000):012x}{_random.getrandbits(16):04x}"


def content_revision(data: dict[str, Any]) -> str:
    """The revision of a file written before revisions existed, from its content, so two
    laptops that upgrade the same file agree on it. Sorts before every time-made one."""
    import hashlib  # once, when an older file is upgraded

    tables = {name: table for name, table in data.items() if name != "meta"}
    text = json.dumps(tables, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "0-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def meta_of(data: dict[str, Any]) -> dict[str, Any]:
    return data["meta"]["1"]


def revision_of(data: dict[str, Any]) -> str:
    meta = meta_of(data)
    revision = meta.get("revision")
    return revision if isinstance(revision, str) and revision else content_revision(data)


def history_of(data: dict[str, Any]) -> list[str]:
    history = meta_of(data).get("history")
    return [r for r in history if isinstance(r, str)] if isinstance(history, list) else []


def lineage(data: dict[str, Any]) -> list[str]:
    """Every revision this copy is or builds on, oldest first."""
    return sorted({*history_of(data), revision_of(data)})


def remember(data: dict[str, Any], *revisions: str) -> None:
    """Note that the copy builds on these revisions (a version read, a backup made)."""
    meta = meta_of(data)
    meta["history"] = sorted({*history_of(data), *revisions})[-HISTORY_KEEP:]


def stamp(data: dict[str, Any], now: float) -> None:
    """A new revision for the version about to be written."""
    meta_of(data)["revision"] = new_revision(now)


def sign(data: dict[str, Any], saved: dict[str, Any]) -> None:
    """Say who wrote the version about to be written, on which computer, and which versions it
    was made from (`after`: the one before it; both sides of a merge)."""
    meta_of(data)["saved"] = saved


def saved_of(data: dict[str, Any]) -> dict[str, Any]:
    """What a version says of its save, checked as a hand-edited file may hold anything: by and
    on ('' when unknown: files from before it was kept), after (revisions), merged, restored."""
    saved = meta_of(data).get("saved")
    saved = saved if isinstance(saved, dict) else {}
    after = saved.get("after")

    def text(key: str) -> str:  # shown in the history: no control character reaches the screen
        value = saved.get(key)
        return "".join(c for c in value[:100] if c.isprintable()) if isinstance(value, str) else ""

    return {
        "by": text("by"),
        "on": text("on"),
        "after": [r for r in after if isinstance(r, str)] if isinstance(after, list) else [],
        "merged": saved.get("merged") is True,
        "restored": text("restored"),
    }


def newest_shared(ours: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    """The revisions both copies build on, newest first: candidates for their common ancestor."""
    return sorted(set(lineage(ours)) & set(lineage(theirs)), reverse=True)
