"""Saving a text area a moment after typing, and at once when asked (leaving, Ctrl+S, quit).

Not restarted on each key: during long typing it still saves every `DELAY` seconds, so a crash
loses less than a second of it.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import TextArea

from plgtui.core.i18n import _
from plgtui.core.validate import InputError
from plgtui.core.workbook import Change

DELAY = 0.8


class Autosave:
    def __init__(
        self,
        owner: Widget,
        area: TextArea,
        save: Callable[[str], None],
        show: Callable[[str, str], None],
    ) -> None:
        self.owner = owner
        self.area = area
        self.save = save  # raises InputError or OSError when the text cannot be saved
        self.show = show  # ("saved" | "pending" | "error", problem)
        self.dirty = False
        self._timer: Timer | None = None
        signal = getattr(owner.app, "journey_changed", None)
        if signal is not None and owner.is_running:
            signal.subscribe(owner, self._journey_changed)

    def _journey_changed(self, change: Change) -> None:
        # A save the disk refused landed with this change or a later one: saved after all.
        workbook = getattr(self.owner.app, "workbook", None)
        if not self.dirty and not change.problem and workbook is not None and not workbook.unsaved:
            self.show("saved", "")

    def changed(self) -> None:
        if not self.dirty:  # said once per change, not once per key
            self.show("pending", "")
        self.dirty = True
        if self._timer is None:
            self._timer = self.owner.set_timer(DELAY, self.flush)

    def flush(self) -> bool:
        """Save now if anything changed; False when saving failed."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if not self.dirty:
            return True
        try:
            self.save(self.area.text)
        except (InputError, OSError) as exc:
            self.show("error", str(exc))
            return False
        self.dirty = False
        workbook = getattr(self.owner.app, "workbook", None)
        if workbook is not None and workbook.unsaved:
            # Taken in memory, but the disk refused it or the file changed elsewhere: the app
            # says why and retries or offers to reload; this field must not claim "saved".
            self.show("error", _("save.in_memory"))
            return False
        self.show("saved", "")
        return True
