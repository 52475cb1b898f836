"""Saving a text area when typing pauses, and at once when asked (leaving, Ctrl+S, quit).

Saved once the keys stop for `DELAY` seconds, so a burst of typing is one save and no save
competes with the keys for the processor (a save writes the file and redraws around the field).
Typing that never pauses is still saved `LONGEST` seconds after its first unsaved key, so a
crash loses at most that much of it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import TextArea

from plgtui.core.i18n import _
from plgtui.core.validate import InputError
from plgtui.core.workbook import Change

DELAY = 0.8  # a pause this long in the typing saves it
LONGEST = 2.0  # and typing that goes on is saved at least this long after its first unsaved key


class Autosave:
    def __init__(
        self,
        owner: Widget,
        area: TextArea,
        save: Callable[[str], None],
        show: Callable[[str, str], None],
        settled: Callable[[str], None] | None = None,
    ) -> None:
        self.owner = owner
        self.area = area
        self.save = save  # raises InputError or OSError when the text cannot be saved
        self.show = show  # ("saved" | "pending" | "error", problem)
        # the text once typing paused or the field was left (a preview follows it): not at a
        # save while the keys go on, which would redraw it under the typist's hands
        self.settled = settled
        self._unsettled = False
        self.dirty = False
        self._timer: Timer | None = None
        self._first = self._last = 0.0  # monotonic times of the first and last unsaved key
        signal = getattr(owner.app, "journey_changed", None)
        if signal is not None and owner.is_running:
            signal.subscribe(owner, self._journey_changed)

    def _journey_changed(self, change: Change) -> None:
        # A save the disk refused landed with this change or a later one: saved after all.
        workbook = getattr(self.owner.app, "workbook", None)
        if not self.dirty and not change.problem and workbook is not None and not workbook.unsaved:
            self.show("saved", "")

    def changed(self) -> None:
        # A key only notes its time: one timer, looked at when due, not one restarted per key.
        self._last = time.monotonic()
        self._unsettled = True
        if not self.dirty:  # said once per change, not once per key
            self.show("pending", "")
            self._first = self._last
        self.dirty = True
        if self._timer is None:
            self._timer = self.owner.set_timer(DELAY, self._due)

    def _due(self) -> None:
        self._timer = None
        now = time.monotonic()
        wait = due_in(self._first, self._last, now)
        if wait > 0:  # typing went on: look again when it will have paused (or gone on too long)
            self._timer = self.owner.set_timer(wait, self._due)
            return
        until_paused = self._last + DELAY - now
        self.flush(settle=until_paused <= 0.01)
        if until_paused > 0.01:  # saved while the keys go on: settled once they pause
            self._timer = self.owner.set_timer(until_paused, self._due)

    def flush(self, settle: bool = True) -> bool:
        """Save now if anything changed; False when saving failed."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if not self.dirty:
            if settle:
                self._settle()
            return True
        try:
            self.save(self.area.text)
        except (InputError, OSError) as exc:
            self.show("error", str(exc))
            return False
        self.dirty = False
        if settle:
            self._settle()
        workbook = getattr(self.owner.app, "workbook", None)
        if workbook is not None and workbook.unsaved:
            # Taken in memory, but the disk refused it or the file changed elsewhere: the app
            # says why and retries or offers to reload; this field must not claim "saved".
            self.show("error", _("save.in_memory"))
            return False
        self.show("saved", "")
        return True

    def _settle(self) -> None:
        if self._unsettled and self.settled is not None:
            self._unsettled = False
            self.settled(self.area.text)


def due_in(first: float, last: float, now: float) -> float:
    """Seconds until typing whose first unsaved key came at `first` and last at `last` is due
    to be saved: `DELAY` after the last key, but never later than `LONGEST` after the first."""
    return min(last + DELAY, first + max(LONGEST, DELAY)) - now
