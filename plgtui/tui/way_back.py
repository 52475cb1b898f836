"""Back to where a person was typing, after the journey was read again from disk.

A merge or a reload closes every screen (they show records that may be gone) and starts again
from the overview. Someone writing the minutes when another laptop's save came in would find
themselves on the overview, where their next letters are commands. A screen with tabs says how
to open it again (`reopen`); this remembers its tab, the field that had the focus and the
cursor in it, and puts them back.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from textual.widgets import TextArea

MOUNT_WAIT = 2.0  # seconds a reopened screen may take to be ready for keys


@dataclass(frozen=True)
class Place:
    """A screen to open again and where in it: the tab, the focused field, its cursor."""

    reopen: Callable[[], bool]  # opens the screen again; False when what it showed is gone
    kind: type
    tab: str
    focus: str | None
    cursor: tuple[int, int] | None

    async def go(self, app: Any) -> bool:
        """Open it again and put the focus back; False when that could not be done."""
        if not self.reopen():
            return False
        screen = app.screen
        if not isinstance(screen, self.kind):
            return False
        deadline = time.monotonic() + MOUNT_WAIT
        while not screen.is_mounted:
            if time.monotonic() > deadline:
                return False
            await asyncio.sleep(0.01)
        if self.tab and self.tab in screen.TABS:
            await screen.action_tab(self.tab)
        for field in screen.query(f"#{self.focus}") if self.focus else ():
            field.focus()  # applied in turn, after the focus the screen and tab asked for
            if self.cursor is not None and isinstance(field, TextArea):
                field.move_cursor(self.cursor)  # clamped to the text as it is now
        return app.screen is screen


def place_of(screen: Any, reopen: Callable[[], bool]) -> Place:
    """Where `screen` (a screen with tabs) is now, to come back to with `reopen`."""
    focused = screen.focused
    cursor = focused.cursor_location if isinstance(focused, TextArea) else None
    return Place(reopen, type(screen), screen.current_tab(), getattr(focused, "id", None), cursor)
