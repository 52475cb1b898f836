"""Keys typed while the screens are swapped (a merge or a reload from disk) are held, not
handled: the overview underneath takes letters as commands. Once the screen the person was
typing in is back, they are handed to it in the order typed; when there is no way back, they are
dropped and a notice says how many.
"""

from __future__ import annotations

from typing import Any

from textual import events

from plgtui.core.i18n import ngettext


class Released(events.Event):
    """Posted behind the keys already on their way: when it arrives, every key typed before the
    screens were back has been held, and keys given back now go in before any typed later."""

    def __init__(self, back: bool) -> None:
        super().__init__()
        self.back = back


class HeldKeys:
    def __init__(self, app: Any) -> None:
        self.app = app
        self._held: list[events.Key] | None = None  # None: keys go through

    @property
    def holding(self) -> bool:
        return self._held is not None

    def hold(self) -> None:
        if self._held is None:
            self._held = []

    def release(self, back: bool) -> None:
        """The screens are in place again: with `back`, the held keys go through the app again
        in the order typed; without, they are dropped and a notice says how many."""
        self.app.post_message(Released(back))

    def takes(self, event: events.Event) -> bool:
        """For every event the app gets: True when it is kept here, not handled."""
        if isinstance(event, Released):
            held, self._held = self._held or [], None
            if event.back:
                for key in held:
                    self.app.post_message(events.Key(key.key, key.character))
            elif held:
                self.app.notify(
                    ngettext("merge.keys_dropped", len(held)), severity="warning", timeout=8
                )
            return True
        if self._held is None or not isinstance(event, events.Key) or event.is_forwarded:
            return False
        self._held.append(event)
        return True
