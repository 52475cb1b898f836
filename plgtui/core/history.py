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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plgtui.core import history_words as words
from plgtui.core.backups import list_backups
from plgtui.core.i18n import _, format_short_date, language
from plgtui.core.lineage import revision_of, saved_of

if TYPE_CHECKING:
    from plgtui.core.journey_file import Store

Data = dict[str, Any]
LOADED = 4  # versions held parsed at once while the history is read: a backup can be large
RUN_GAP = 10 * 60  # seconds between saves at most, for them to be one line
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
        """This window's recent versions, taken now (they change with the next save); the
        backups are only named, to be read by `read_files` (which may run in a thread)."""
        self.versions: dict[str, Version] = {}
        self._recent: dict[str, Data] = {}
        self._loaded: OrderedDict[str, Data] = OrderedDict()
        for data in store.recent_versions():
            version = Version.of(data, None)
            self.versions.setdefault(version.revision, version)
            self._recent.setdefault(version.revision, data)
        self._files = _kept_files(store.path)

    def read_files(self) -> Kept:
        """Who saved each backup and when (read once per file: a backup never changes)."""
        for path in self._files:
            version = _version_of(path)
            if version is not None:
                self.versions.setdefault(version.revision, version)
        self._files = []
        return self

    def newest_first(self) -> list[str]:
        return sorted(self.versions, reverse=True)

    def data(self, revision: str, parse: bool = True) -> Data | None:
        """A version's data; with `parse` false, only whether it may be read (not reading a
        backup that is not needed)."""
        if revision in self._recent:
            return self._recent[revision]
        if revision in self._loaded:
            self._loaded.move_to_end(revision)
            return self._loaded[revision]
        version = self.versions.get(revision)
        if not parse:
            return {} if version is not None and version.kept is not None else None
        data = _read(version.kept) if version is not None and version.kept else None
        if data is not None:
            self._loaded[revision] = data
            if len(self._loaded) > LOADED:
                self._loaded.popitem(last=False)
        return data


def lines(store: Store, when: Callable[[float | None], str] | None = None) -> list[Line]:
    """The history, newest first (`lines_of`)."""
    return lines_of(Kept(store).read_files(), when)


def lines_of(kept: Kept, when: Callable[[float | None], str] | None = None) -> list[Line]:
    """The history, newest first. A version whose records are those of the one after it (a
    file only upgraded, a merge before it was written) is left out. Saves one after the other,
    minutes apart, by the same person of the same records (typing the notes, adding ideas) are
    one line that says what they changed together: "3 ideeën toegevoegd in bijeenkomst …"."""
    order = [r for r in kept.newest_first() if kept.data(r, parse=False) is not None]
    words_when = when or (lambda _t: "")
    listed: list[Line] = []
    runs: list[Run] = []
    newer = ""
    for n, revision in enumerate(order):
        if newer and (found := _compare(kept, revision, newer)) is not None and not found[0]:
            continue  # the same records as the version after it
        newer = revision
        version = kept.versions[revision]
        since = _parent(kept, version, order[n + 1 :])
        compared = _compare(kept, since, revision) if since else None
        records = compared[0] if compared else frozenset()
        if listed and _continues(listed[-1], runs[-1], version, revision, records):
            line, top = listed[-1], runs[-1].top
            listed[-1] = Line(
                line.version, _what(kept, line.version, since, top, words_when), line.saves + 1
            )
            runs[-1] = Run(records, since or "", top, version.when)
            continue
        said = _what(kept, version, since if compared else None, revision, words_when)
        listed.append(Line(version, said))
        runs.append(Run(records, since or "", revision, version.when))
    return listed


@dataclass(frozen=True)
class Run:
    """What one line of the history covers, to tell whether the next older save joins it."""

    records: frozenset  # (table, key) its saves changed
    since: str  # the version its oldest save was made from
    top: str  # its newest version
    oldest: float | None  # when its oldest save was made


# What two versions differ in, by their revisions (a version never changes) and the language:
# reading the history again after a change reads no backup it compared before.
_COMPARED: OrderedDict[tuple[str, str, str], tuple[frozenset, str]] = OrderedDict()
COMPARED_KEEP = 2000


def _compare(kept: Kept, older: str, newer: str) -> tuple[frozenset, str] | None:
    """(the records that differ, what changed in words) from `older` to `newer`; None when
    one of them can no longer be read."""
    key = (older, newer, language())
    if key in _COMPARED:
        _COMPARED.move_to_end(key)
        return _COMPARED[key]
    before, after = kept.data(older), kept.data(newer)
    if before is None or after is None:
        return None
    found = (frozenset(words.changed_keys(before, after)), ", ".join(words.changes(before, after)))
    _COMPARED[key] = found
    if len(_COMPARED) > COMPARED_KEEP:
        _COMPARED.popitem(last=False)
    return found


def _parent(kept: Kept, version: Version, older: list[str]) -> str | None:
    """What a version was made from (this side, for a merge) if it is kept; else the version
    kept just before it."""
    candidates = [*(r for r in version.after[:1] if r in kept.versions), *older]
    return next((r for r in candidates if kept.data(r, parse=False) is not None), None)


def _continues(line: Line, run: Run, version: Version, revision: str, records: frozenset) -> bool:
    """Whether `version` is one more save of the run `line` shows: made just before it and
    minutes from it at most, by the same person on the same computer, changing the same
    records, neither a merge nor a version put back."""
    plain = not (version.merged or version.restored or line.version.merged or line.version.restored)
    who_same = (line.version.by, line.version.on) == (version.by, version.on)
    close = None not in (version.when, run.oldest) and run.oldest - version.when <= RUN_GAP
    same = bool(records) and records == run.records and run.since == revision
    return plain and who_same and close and same


def _what(
    kept: Kept,
    version: Version,
    since: str | None,
    revision: str,
    when: Callable[[float | None], str],
) -> str:
    if version.restored:
        restored = kept.versions.get(version.restored)
        return _("history.restored", when=when(restored.when if restored else None))
    compared = _compare(kept, since, revision) if since else None
    if compared is None:
        return _("history.oldest")
    said = compared[1] or _("history.no_change")
    if version.merged:
        other = next((kept.versions[r] for r in version.after[1:] if r in kept.versions), None)
        if other is None:
            return _("history.merged_copy", what=said)
        return _("history.merged", who=who(other), what=said)
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
        version = _version_of(path)
        if version is not None and version.revision == revision:
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


_VERSIONS: OrderedDict[tuple[str, int, int], Version | None] = OrderedDict()


def _version_of(path: Path) -> Version | None:
    """Which version a kept file holds, and who saved it; remembered by its name, time and
    size, so reading the history again reads no backup it read before."""
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _VERSIONS:
        meta = _meta_of(path)
        _VERSIONS[key] = None if meta is None else Version.of(meta, path)
        if len(_VERSIONS) > COMPARED_KEEP:
            _VERSIONS.popitem(last=False)
    return _VERSIONS[key]


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
