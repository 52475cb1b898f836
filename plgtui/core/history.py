"""The group's history: each version of its file that plgtui still keeps, newest first, with
when it was saved, by whom, on which computer, and what it changed, in words.

Nothing is kept for it alone. The versions come from what plgtui keeps anyway: this window's
recent saves (recent_saves.py, in memory until plgtui stops) and the backups beside the file
(backups.py), with the copies a merge put away. Each version says who saved it and which version
it was made from (`meta.saved`, lineage.py); what it changed is found by comparing it with that
version record by record (history_words.py), or with the version kept just before it.
"""

from __future__ import annotations

import json
import re
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from plgtui.core import history_words as words
from plgtui.core.backups import list_backups
from plgtui.core.i18n import _, format_short_date
from plgtui.core.lineage import revision_of, saved_of

if TYPE_CHECKING:
    from plgtui.core.journey_file import Store

Data = dict[str, Any]
LOADED = 4  # versions held parsed at once while the history is read: a backup can be large
_META = re.compile(r'^  "meta": ', re.MULTILINE)  # where plgtui's own layout puts it


@dataclass(frozen=True)
class Version:
    revision: str
    by: str  # the name set on the laptop that saved it; '' unknown (older files)
    on: str  # that computer's name; '' unknown
    after: tuple[str, ...]  # the version(s) it was made from: two for a merge
    merged: bool
    restored: str  # the revision this version put back, or ''
    kept: Path | None  # the backup that holds it; None: this window's recent saves

    @classmethod
    def of(cls, data: Data, kept: Path | None) -> Version:
        saved = saved_of(data)
        return cls(
            revision_of(data), saved["by"], saved["on"], tuple(saved["after"]),
            saved["merged"], saved["restored"], kept,
        )  # fmt: skip

    @property
    def when(self) -> float | None:
        """Seconds since 1970 from the revision (made from the time of the save); None for a
        file from before revisions."""
        try:
            return int(self.revision[:12], 16) / 1000
        except ValueError:
            return None


@dataclass(frozen=True)
class Line:
    """One row of the history: a version and what it changed."""

    version: Version
    what: str
    saves: int = 1  # saves of the same change by the same person, one after the other


class Kept:
    """Every version kept, by revision, read from its backup when needed (a few at a time)."""

    def __init__(self, store: Store) -> None:
        self.versions: dict[str, Version] = {}
        self._recent: dict[str, Data] = {}
        self._loaded: OrderedDict[str, Data] = OrderedDict()
        for data in store.recent_versions():
            version = Version.of(data, None)
            self.versions.setdefault(version.revision, version)
            self._recent.setdefault(version.revision, data)
        for path in _kept_files(store.path):
            meta = _meta_of(path)
            if meta is None:
                continue
            version = Version.of(meta, path)
            self.versions.setdefault(version.revision, version)

    def newest_first(self) -> list[str]:
        return sorted(self.versions, reverse=True)

    def data(self, revision: str) -> Data | None:
        if revision in self._recent:
            return self._recent[revision]
        if revision in self._loaded:
            self._loaded.move_to_end(revision)
            return self._loaded[revision]
        version = self.versions.get(revision)
        data = _read(version.kept) if version is not None and version.kept else None
        if data is not None:
            self._loaded[revision] = data
            if len(self._loaded) > LOADED:
                self._loaded.popitem(last=False)
        return data


def lines(store: Store, when: Callable[[float | None], str] | None = None) -> list[Line]:
    """The history, newest first. A version whose records are those of the one after it (a
    file only upgraded, a merge before it was written) is left out. Saves one after the other
    by the same person of the same records (typing the notes, adding ideas) are one line that
    says what they changed together: "3 ideeën toegevoegd in bijeenkomst …"."""
    kept = Kept(store)
    order = kept.newest_first()
    words_when = when or (lambda _t: "")
    listed: list[Line] = []
    runs: list[tuple[frozenset, str, Data]] = []  # per line: its records, what it came from, its data
    newer: Data | None = None
    for n, revision in enumerate(order):
        data = kept.data(revision)
        if data is None or (newer is not None and words.same_records(data, newer)):
            continue
        newer = data
        version = kept.versions[revision]
        since = _parent(kept, version, order[n + 1 :])
        before = kept.data(since) if since else None
        records = frozenset(words.changed_keys(before, data)) if before is not None else frozenset()
        if listed and _continues(listed[-1], runs[-1], version, revision, records):
            top = runs[-1][2]
            what = _what(kept, listed[-1].version, before, top, words_when)
            listed[-1] = Line(listed[-1].version, what, listed[-1].saves + 1)
            runs[-1] = (records, since or "", top)
            continue
        listed.append(Line(version, _what(kept, version, before, data, words_when)))
        runs.append((records, since or "", data))
    return listed


def _parent(kept: Kept, version: Version, older: list[str]) -> str | None:
    """What a version was made from (this side, for a merge) if it is kept; else the version
    kept just before it."""
    candidates = [*(r for r in version.after[:1] if r in kept.versions), *older]
    return next((r for r in candidates if kept.data(r) is not None), None)


def _continues(
    line: Line, run: tuple[frozenset, str, Data], version: Version, revision: str, records: frozenset
) -> bool:
    """Whether `version` is one more save of the run `line` shows: made just before it, by the
    same person on the same computer, changing the same records, neither a merge nor a version
    put back."""
    same_records, since, _top = run
    plain = not (version.merged or version.restored or line.version.merged or line.version.restored)
    who_same = (line.version.by, line.version.on) == (version.by, version.on)
    return plain and who_same and since == revision and bool(records) and records == same_records


def _what(
    kept: Kept, version: Version, before: Data | None, data: Data, when: Callable[[float | None], str]
) -> str:
    if version.restored:
        restored = kept.versions.get(version.restored)
        return _("history.restored", when=when(restored.when if restored else None))
    if before is None:
        return _("history.oldest")
    said = ", ".join(words.changes(before, data)) or _("history.no_change")
    if version.merged:
        other = next((kept.versions[r] for r in version.after[1:] if r in kept.versions), None)
        source = who(other) if other is not None else _("history.other_copy")
        return _("history.merged", who=source, what=said)
    return said


def version_data(store: Store, revision: str) -> Data | None:
    """A version kept, by its revision, as this plgtui reads it (an older file upgraded); None
    when it is no longer kept."""
    from plgtui.core.journey_file import JourneyError
    from plgtui.core.merge_files import load

    recent = store.version(revision)
    if recent is not None:
        return json.loads(json.dumps(recent))  # its own copy: it is changed into the journey
    for path in _kept_files(store.path):
        meta = _meta_of(path)
        if meta is not None and revision_of(meta) == revision:
            try:
                return load(path)
            except (JourneyError, OSError):
                return None
    return None


def who(version: Version) -> str:
    """'An (laptop-an)', 'An', 'laptop-an' or 'onbekend'."""
    if version.by and version.on:
        return _("history.by_on", by=version.by, on=version.on)
    return version.by or version.on or _("history.unknown")


def when_text(moment: float | None, today: date) -> str:
    """'vandaag 14:05', 'gisteren 9:30', 'di 19 mei 2026 14:05'; 'onbekend' for a file from
    before revisions."""
    if moment is None:
        return _("history.unknown")
    local = datetime.fromtimestamp(moment)
    hour = f"{local.hour}:{local.minute:02d}"
    days = (today - local.date()).days
    if days == 0:
        return _("history.today", time=hour)
    if days == 1:
        return _("history.yesterday", time=hour)
    return _("history.on_day", day=format_short_date(local.date(), weekday=True), time=hour)


def _kept_files(journey: Path) -> list[Path]:
    from plgtui.core.merge_files import put_away_folder

    try:
        copies = sorted(put_away_folder(journey).glob("*.json"))
    except OSError:
        copies = []
    return [*list_backups(journey), *copies]


def _meta_of(path: Path) -> Data | None:
    """A kept file's meta ({"meta": {"1": ...}}), read without reading the rest where plgtui
    wrote it (its meta sits at a known place); None if it is no journey."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    found = _META.search(text)
    try:
        if found is not None:
            meta, _end = json.JSONDecoder().raw_decode(text, found.end())
        else:
            meta = json.loads(text).get("meta")
    except (ValueError, AttributeError, RecursionError):
        return None
    if not isinstance(meta, dict) or not isinstance(meta.get("1"), dict):
        return None
    if "revision" not in meta["1"]:  # a file from before revisions: named by its content
        return _read(path)
    return {"meta": meta}


def _read(path: Path) -> Data | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("meta"), dict):
        return None
    return data if isinstance(data["meta"].get("1"), dict) else None

