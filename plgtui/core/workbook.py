"""The one API the screens use: an open journey, its areas of change, and its file.

Each area of change (`workbook.meetings`, `.ideas`, `.minutes`, `.agreements`, `.phases`,
`.question`, `.group`) is a part sharing one writer (`changes/writer.py`): it refuses on a
read-only journey first, checks everything before any record changes, and saves all the records a
change touched in one atomic write. Listeners (the app) hear about it only after the save.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from plgtui.core import validate
from plgtui.core.changes.agreements import Agreements
from plgtui.core.changes.conflicts import Conflicts
from plgtui.core.changes.evidence import Evidence
from plgtui.core.changes.group import (
    GroupChanges,
    clean_language,
    clean_length,
    clean_norms,
    refuse_duplicates,
)
from plgtui.core.changes.ideas import Ideas
from plgtui.core.changes.meetings import Meetings
from plgtui.core.changes.minutes import Minutes
from plgtui.core.changes.phases import Phases
from plgtui.core.changes.question import Question
from plgtui.core.changes.versions import Versions
from plgtui.core.changes.writer import Change, Listener, ReadOnlyError, Writer
from plgtui.core.i18n import _
from plgtui.core.journey_data import journey_from_data, journey_tables
from plgtui.core.journey_file import Store
from plgtui.core.lineage import lineage, revision_of
from plgtui.core.memory import long_lived
from plgtui.core.model import Group, Journey, Member, PhaseEntry, Role
from plgtui.core.rescue import describe_unsaved, keep_unsaved

if TYPE_CHECKING:
    from plgtui.core.merge_files import Read

__all__ = ["Change", "ReadOnlyError", "Rescued", "Workbook", "journey_tables"]


@dataclass(frozen=True)
class Merging:
    """What bringing in another copy did: how many conflicts it left to choose, whether it was
    applied, why it could not be saved (''), and the conflict copies put away."""

    conflicts: int
    applied: bool
    problem: str = ""
    put_away: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Rescued:
    """What was not saved when the journey was read again from disk, for a person to re-apply."""

    text: str
    path: Path | None  # where it was written down as well; None if nothing was unsaved


class Workbook:
    """An open journey and every change a person can make to it."""

    def __init__(self, store: Store, journey: Journey) -> None:
        self._store = store
        self._w = writer = Writer(store, journey)
        self.group = GroupChanges(writer)
        self.meetings = Meetings(writer)
        self.minutes = Minutes(writer)
        self.agreements = Agreements(writer)
        self.phases = Phases(writer)
        self.ideas = Ideas(writer, self.agreements, self.phases)
        self.question = Question(writer)
        self.conflicts = Conflicts(writer)
        self.versions = Versions(writer)  # the history: versions kept, and putting one back
        self.evidence = Evidence(writer)  # goals, readings, rubrics, scores, case-pupil notes

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path, *, read_only: bool = False, just_read: Read | None = None
    ) -> Workbook:
        """Open an existing journey; JourneyError if it cannot be, FileNotFoundError if absent.
        `just_read`: the file as it was just read and checked (`merge_files.Read`), not read
        again."""
        with long_lived():
            if just_read is not None and just_read.journey is not None:
                done = just_read.data, just_read.seen, just_read.older
                store = Store.open(path, read_only=read_only, read=done)
                return cls(store, just_read.journey)
            # The records are read before the file is locked, so a file refused for its
            # records leaves no lock behind.
            read: list[Journey] = []
            store = Store.open(
                path,
                read_only=read_only,
                check=lambda data: read.append(journey_from_data(path, data)),
            )
            return cls(store, read[0])

    @classmethod
    def create(cls, path: Path, journey: Journey) -> Workbook:
        """Write `journey` as a new file at `path` and open it."""
        store = Store.create(path, journey_tables(journey))
        return cls(store, journey)

    @classmethod
    def start_group(
        cls,
        path: Path,
        *,
        name: str,
        subject: str = "",
        coach: str = "",
        members: Iterable[str] = (),
        language: str = "nl",
        norms: Iterable[str] = (),
        usual_length: int | str = 0,
        today: date,
    ) -> Workbook:
        """A new group from the short form: its name, subject, coach, members, working
        agreements and the usual length of its meetings."""
        group = Group(
            name=validate.name(name, _("field.group_name")),
            subject=validate.line(subject, _("field.subject"), required=False),
            language=clean_language(language),
            start=today,
            norms=clean_norms(norms),
            usual_length=clean_length(usual_length),
        )
        people: list[Member] = []
        coach_name = validate.line(coach, _("field.coach"), required=False, limit=validate.NAME_MAX)
        if coach_name:
            people.append(Member(id=1, name=coach_name, role=Role.COACH))
        for raw in members:
            member_name = validate.line(
                raw, _("field.member"), required=False, limit=validate.NAME_MAX
            )
            if member_name:
                people.append(Member(id=len(people) + 1, name=member_name))
        refuse_duplicates(people)
        journey = Journey(
            group=group,
            members=people,
            phases=[PhaseEntry(id=1, phase=1, entered=today)],
        )
        return cls.create(path, journey)

    def close(self) -> None:
        self._store.close()

    # -- state -----------------------------------------------------------------------------

    @property
    def journey(self) -> Journey:
        return self._w.journey

    @property
    def revision(self) -> int:
        """Goes up with every change announced to the listeners."""
        return self._w.revision

    def caused_by(self, source: object):
        """`with workbook.caused_by(screen):` the changes made inside say that `screen` made
        them, so it need not redraw what it already shows."""
        return self._w.caused_by(source)

    @property
    def can_undo(self) -> bool:
        """Whether a change made in this run can still be taken back (`undo`)."""
        return self._w.can_undo

    def undo(self) -> str:
        """Take back the last change made in this run, of the last 50 (changes/undo.py): saved
        and announced like any change. Returns what was undone, in words. InputError when
        there is nothing to undo, the journey is read-only, or it would take away the block a
        running meeting stands in."""
        return self._w.undo()

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    @property
    def read_only_reason(self) -> str | None:
        """None, or why: 'flag' (--read-only), 'locked' (another plgtui), 'folder_read_only'."""
        return self._store.read_only_reason

    @property
    def unsaved(self) -> bool:
        return self._store.unsaved

    def warm(self, budget: int = 300) -> bool:
        """Prepare up to `budget` records for saving, a little at a time while the app is idle,
        so that even the first edit of a large journey saves within a frame. True while more
        remain."""
        return self._store.warm(budget)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Hear of every change once it is saved (or refused); returns how to stop."""
        return self._w.subscribe(listener)

    def announce(self) -> None:
        """Tell the listeners the whole journey is new to them (a group just made)."""
        self._w.announce("*", ())

    # -- the file --------------------------------------------------------------------------

    def retry_save(self) -> str:
        """Try again to write what a failed save kept in memory; '' once it is on disk."""
        return self._w.retry()

    def keep_unsaved(self) -> Rescued:
        """Write down what is changed here but not on disk (a refused save, a conflict left
        for later), before plgtui stops: the description and the records, beside the backups."""
        if not self._w.pending:
            return Rescued("", None)
        try:
            disk = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            disk = {}
        text = describe_unsaved(self._w.pending, disk if isinstance(disk, dict) else {})
        return Rescued(text, keep_unsaved(self.path, text, self._w.pending))

    # -- someone else's changes ------------------------------------------------------------

    def changed_on_disk(self) -> bool:
        """True when another program (a second laptop, a sync tool, git) wrote the file."""
        return self._store.changed_on_disk()

    def disk_conflicts(self) -> int:
        """How many conflicts merging in the file on disk would leave (nothing changes)."""
        return len(self._merge_disk()[0].conflicts)

    def merge_from_disk(self, *, conflicts_allowed: bool) -> Merging:
        """Bring in what another computer saved since this window last read or wrote the file,
        keeping what was changed here. When the two meet and `conflicts_allowed` is false,
        nothing changes (the caller asks first). JourneyError when the file on disk cannot be
        opened or the merge would not."""
        merged, journey, seen, theirs = self._merge_disk()
        if merged.conflicts and not conflicts_allowed:
            return Merging(len(merged.conflicts), applied=False)
        if _tables(merged.data) == _tables(theirs):
            # Nothing of this window's own to add: take theirs as it is, write nothing (a
            # write would only send the same journey back through the sync service).
            self._w.replace(journey, theirs, seen, merged=True)
            return Merging(0, True)
        return self._apply_merge(merged.data, journey, seen, [revision_of(theirs)])

    def _merge_disk(self):
        from plgtui.core.merge import merge  # only when another computer saved
        from plgtui.core.merge_files import find_base

        with long_lived():
            theirs, seen = self._store.read_again()
            here, there = _("merge.here"), _("merge.there")
            ours = self._store.data
            # The newest version theirs was built on that this window wrote or read lately
            # (a laptop gets whichever save the sync service copied); else among the backups.
            base = next(
                (v for r in sorted(lineage(theirs), reverse=True)
                 if (v := self._store.version(r)) is not None),
                None,
            )  # fmt: skip
            if base is None:
                base = find_base(self.path, ours, theirs)[0] or {}
            merged = merge(base, ours, theirs, (here, there))
            return merged, journey_from_data(self.path, merged.data), seen, theirs

    def take_in(self, copies: list[Path]) -> Merging:
        """Merge conflict copies a sync service left beside the journey, one after the other,
        then put them away beside the backups (never deleted). JourneyError as above."""
        from plgtui.core.merge import merge
        from plgtui.core.merge_files import find_base, labels, load, put_away

        data = self._store.data
        revisions = []
        with long_lived():
            for copy in copies:
                theirs = load(copy)
                revisions.append(revision_of(theirs))
                base, _used = find_base(self.path, data, theirs, [self.path, *copies])
                data = merge(base or {}, data, theirs, labels(self.path, copy)).data
            journey = journey_from_data(self.path, data)
        done = self._apply_merge(data, journey, None, revisions)
        if done.problem:
            return done
        return Merging(done.conflicts, True, "", tuple(put_away(self.path, c) for c in copies))

    def take_merged(self, data: dict) -> Merging:
        """Work on `data`, a merge made outside the app (`plgtui merge`), and save it after the
        usual backup. JourneyError when it would not open; ReadOnlyError on a read-only one."""
        self._w.refuse_if_read_only()
        with long_lived():
            journey = journey_from_data(self.path, data)
        return self._apply_merge(data, journey, None)

    def _apply_merge(
        self, data: dict, journey: Journey, seen, theirs: Iterable[str] = ()
    ) -> Merging:
        """Write a merge; Ctrl+Z right after takes it back as one step, and the history lists
        it as a version (both sides kept among the backups first)."""
        problem = self._w.replace(journey, data, seen, merged=True, write=True, after=theirs)
        return Merging(len(journey.conflicts), True, problem)

    def reload(self) -> Rescued:
        """Take the journey as it is on disk now. What was changed here but not saved is
        described in the result and written beside the backups, so it can be applied again.
        JourneyError when the file on disk cannot be opened; then nothing changes."""
        with long_lived():
            data, seen = self._store.read_again()
            journey = journey_from_data(self.path, data)
        text = describe_unsaved(self._w.pending, data)
        kept = keep_unsaved(self.path, text, self._w.pending) if text else None
        self._w.replace(journey, data, seen)
        return Rescued(text, kept)


def _tables(data: dict) -> dict:
    return {name: table for name, table in data.items() if name != "meta"}
