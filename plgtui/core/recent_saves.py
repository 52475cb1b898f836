"""The versions this window wrote lately, kept as what each save changed, so any of them can be
rebuilt: the exact common version when another laptop's copy was built on one of them.

A laptop on a shared folder gets this window's file now and then, at whichever save the sync
service happened to copy. Backups keep a version every ten minutes; without the version in
between, a merge would start further back and ask about everything changed since, such as the
running meeting's clock or notes typed since then.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator
from typing import Any

KEEP = 200  # saves; each holds only the records it changed
EARLIER = 5  # runs of saves before the journey was read again, kept for the history
_ABSENT = object()


class RecentSaves:
    def __init__(self) -> None:
        self._before: dict[tuple[str, str], Any] = {}  # records as the last write left them
        self._saves: deque[tuple[str, dict[tuple[str, str], Any]]] = deque(maxlen=KEEP)
        self._start = ""  # the revision read before the first kept save
        # Earlier runs, each the last text written then and its saves: versions for the history
        # (core/history.py), though no longer a common version to merge from.
        self._earlier: deque[tuple[str, list[tuple[str, dict[tuple[str, str], Any]]]]] = deque(
            maxlen=EARLIER
        )

    def reset(self, revision: str, last_text: str | None = None) -> None:
        """The journey was read (opened, reloaded, merged): older saves no longer lead here.
        `last_text`: what this window had written or read last, to list its saves in the history."""
        if last_text is not None and self._saves:
            self._earlier.append((last_text, list(self._saves)))
        self._before.clear()
        self._saves = deque(maxlen=KEEP)
        self._start = revision

    def changing(self, data: dict[str, Any], table: str, key: str) -> None:
        """A record is about to change: keep it as the last write left it (once per write)."""
        if (table, key) not in self._before:
            old = data.get(table, {}).get(key, _ABSENT)
            self._before[(table, key)] = dict(old) if isinstance(old, dict) else old

    def written(self, revision: str) -> None:
        if len(self._saves) == KEEP:  # the oldest goes: the version it made is the start now
            self._start = self._saves[0][0]
        self._saves.append((revision, self._before))
        self._before = {}

    def version(self, last_text: str, revision: str) -> dict[str, Any] | None:
        """The data of `revision` if this window wrote it lately (or read it before), rebuilt
        from the last written text; None if it did not."""
        known = [r for r, _b in self._saves]
        if revision not in known and revision != self._start:
            return None
        data = json.loads(last_text)
        for saved, before in reversed(self._saves):
            if saved == revision:
                return data
            for (table, key), old in before.items():
                if old is _ABSENT:
                    data.get(table, {}).pop(key, None)
                else:
                    data.setdefault(table, {})[key] = old
        return data  # the version read before the first kept save

    def versions(self, last_text: str) -> Iterator[dict[str, Any]]:
        """Every version kept here, newest first: the last written, each before it, and the one
        read before the first kept save; then those of the runs before the journey was read
        again. Each has its own tables; records are shared between them, so they are read,
        never changed."""
        yield from _rebuilt(last_text, list(self._saves))
        for text, saves in reversed(self._earlier):
            yield from _rebuilt(text, saves)


def _rebuilt(
    last_text: str, saves: list[tuple[str, dict[tuple[str, str], Any]]]
) -> Iterator[dict[str, Any]]:
    data = json.loads(last_text)
    for _saved, before in reversed(saves):
        yield data
        data = {name: dict(table) for name, table in data.items() if isinstance(table, dict)}
        for (table, key), old in before.items():
            if old is _ABSENT:
                data.get(table, {}).pop(key, None)
            else:
                data.setdefault(table, {})[key] = old
    yield data
