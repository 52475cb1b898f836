"""Copies of a journey on disk: the conflict copies sync services leave beside it, the common
version two copies were built on, and their merge written as one file."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plgtui.core.atomic_storage import Seen, dump_json, write_atomic
from plgtui.core.backups import backup_folder, list_backups
from plgtui.core.i18n import _
from plgtui.core.journey_data import check_beside, journey_from_data
from plgtui.core.journey_parse import JourneyError, read_raw, read_upgraded
from plgtui.core.lineage import newest_shared, revision_of

if TYPE_CHECKING:
    from plgtui.core.merge import Merged
    from plgtui.core.model import Journey

# What each service calls the copy it could not sync, for a journey `{stem}{suffix}`.
SYNC_COPIES = {
    # journey.sync-conflict-20261130-101500-ABCDEF7.json
    "syncthing": r"{stem}\.sync-conflict-\d{{8}}-\d{{6}}-[A-Z0-9]{{7}}{suffix}",
    # journey (An's conflicted copy 2026-11-30).json, also Nextcloud's "(conflicted copy ...)"
    "dropbox": r"{stem} \([^()/]*conflicted copy[^()/]*\){suffix}",
    # journey-LAPTOP-AN.json: OneDrive adds the computer's name
    "onedrive": r"{stem}-[A-Za-z0-9][A-Za-z0-9_-]*{suffix}",
    # journey (1).json
    "google_drive": r"{stem} \(\d+\){suffix}",
}


def service_of(path: Path, copy: Path) -> str | None:
    """Which sync service's name for a copy of `path` this is, if any."""
    stem, suffix = re.escape(path.stem), re.escape(path.suffix)
    for service, pattern in SYNC_COPIES.items():
        if re.fullmatch(pattern.format(stem=stem, suffix=suffix), copy.name, re.IGNORECASE):
            return service
    return None


def load(path: Path, beside: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    """A journey's data as this version holds it (older files upgraded in memory), checked as
    when it is opened: a file plgtui would refuse is not merged either. `beside`: copies of the
    journey that passed those checks, so only the records that differ are decoded again."""
    return read_checked(path, beside).data


@dataclass
class Read:
    """A journey file read and checked, handed on instead of read again."""

    data: dict[str, Any]
    seen: Seen
    older: bool  # upgraded in memory from an older version
    journey: Journey | None  # None when it was checked beside other copies

    @property
    def text(self) -> str:
        return self.seen.text


def read_checked(path: Path, beside: tuple[dict[str, Any], ...] = ()) -> Read:
    """`load`, with what opening the file needs besides."""
    data, seen, older = read_upgraded(path)
    if beside:
        check_beside(path, data, *beside)
        return Read(data, seen, older, None)
    return Read(data, seen, older, journey_from_data(path, data))


class NotSameGroup(ValueError):
    """Two files of different groups: merging them would mix two groups' work for good."""

    def __init__(self, ours: Path, theirs: Path, our_name: object, their_name: object) -> None:
        super().__init__(
            _("cli.merge_other_group", ours=ours, theirs=theirs, our_name=our_name,
              their_name=their_name)
        )  # fmt: skip


def same_group(ours: dict[str, Any], theirs: dict[str, Any]) -> bool:
    """Whether two copies are the one group's: they share a version, or (copies from before
    plgtui kept versions, or made apart too long ago) the group is called alike in both."""
    return bool(newest_shared(ours, theirs)) or _group_name(ours) == _group_name(theirs)


def conflict_copies(path: Path) -> list[Path]:
    """Copies of the journey a sync service left beside it: named as one of them names them,
    holding a journey that shares a version with this one or is the same group's."""
    try:
        named = [
            c for c in sorted(path.parent.iterdir())
            if c != path and service_of(path, c) is not None and c.is_file()
        ]  # fmt: skip
    except OSError:
        return []
    if not named or not path.exists():
        return []  # the usual case, at every start: a look at the folder, nothing read
    try:
        ours = load(path)
    except JourneyError:
        return []
    found = []
    for candidate in named:
        try:
            theirs = load(candidate, (ours,))
        except (JourneyError, OSError):
            continue
        if same_group(ours, theirs):
            found.append(candidate)
    return found


def _group_name(data: dict[str, Any]) -> object:
    return data.get("group", {}).get("1", {}).get("name")


def _holds_revision(
    candidate: Path, revision: str, beside: tuple[dict[str, Any], ...], read: Read | None
) -> dict[str, Any] | None:
    """The candidate's data if it is `revision`, checked (beside copies that passed); `read`:
    the candidate as it was read already."""
    try:
        text = read.text if read else read_raw(candidate)[1]
    except (OSError, JourneyError):
        return None
    if revision.startswith("0-"):  # a file from before revisions: known by its content
        if '"revision"' in text:
            return None
    elif f'"revision": "{revision}"' not in text:
        return None
    try:
        data = read.data if read else load(candidate, beside)  # an upgrade names it by content
    except JourneyError:
        return None
    return data if revision_of(data) == revision else None


def find_base(
    journey: Path,
    ours: dict[str, Any],
    theirs: dict[str, Any],
    also: list[Path] = (),
    *,
    read: dict[Path, Read] | None = None,
    checked: tuple[dict[str, Any], ...] = (),
) -> tuple[dict[str, Any] | None, Path | None]:
    """The newest version both copies build on that is still kept: among `also` (the copies
    themselves) and the journey's backups. None when none is. `read`: files read already (not
    read again); `checked`: copies that passed the checks of opening, beside which a candidate
    is checked."""
    kept = [*also, *list_backups(journey), *sorted(put_away_folder(journey).glob("*.json"))]
    read = read or {}
    for revision in newest_shared(ours, theirs):
        for candidate in kept:
            data = _holds_revision(candidate, revision, checked, read.get(candidate))
            if data is not None:
                return data, candidate
    return None, None


@dataclass
class FileMerge:
    merged: Merged
    base: Path | None  # the common version used; None: none was found


def labels(ours: Path, theirs: Path) -> tuple[str, str]:
    """What each side is called beside its values: the file's name, with its folder when both
    are called alike (two laptops' `journey.json`)."""
    if ours.name != theirs.name:
        return ours.name, theirs.name
    return f"{ours.parent.name}/{ours.name}", f"{theirs.parent.name}/{theirs.name}"


def merge_paths(
    ours: Path,
    theirs: Path,
    base: Path | None = None,
    names: tuple[str, str] | None = None,
    ours_read: Read | None = None,
) -> FileMerge:
    """Merge two journey files; `base` given (git's common ancestor), or found. JourneyError
    when a file cannot be read or the merge would not open; NotSameGroup for another group's
    file, which the app does not offer to merge either. `ours_read`: `ours` as it was just read
    and checked (`read_checked`)."""
    from plgtui.core.merge import merge  # not needed to look for copies at every start

    # Each file is read once; theirs and the common version are checked beside ours (what
    # equals ours passed already), the result beside both.
    read = {ours: ours_read or read_checked(ours)}
    mine = read[ours].data
    read[theirs] = read_checked(theirs, (mine,))
    yours = read[theirs].data
    if not same_group(mine, yours):
        raise NotSameGroup(ours, theirs, _group_name(mine), _group_name(yours))
    if base is not None:
        common = load(base, (mine, yours)) if base.stat().st_size else {}  # git: no ancestor
        used: Path | None = base
    else:
        found, used = find_base(ours, mine, yours, [ours, theirs], read=read, checked=(mine, yours))
        common = found or {}
    merged = merge(common, mine, yours, names or labels(ours, theirs))
    check_beside(ours, merged.data, mine, yours)  # the result must open as any journey does
    return FileMerge(merged, used if common else None)


def write_merged(target: Path, data: dict[str, Any]) -> None:
    write_atomic(target, dump_json(data))


def put_away_folder(journey: Path) -> Path:
    return backup_folder(journey) / "merged-copies"


def put_away(journey: Path, copy: Path) -> Path:
    """Move a merged conflict copy beside the journey's backups; never delete it."""
    folder = put_away_folder(journey)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / copy.name
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{copy.stem}.{n}{copy.suffix}"
    os.replace(copy, target)
    return target
