"""Screens kept between visits: built on the first, shown again as they were left after it.

Going back to a kept screen is a fraction of the work of building it again
(bench/switch_work.py), and it is found as it was left: tab, cursor, scroll. What was saved
meanwhile is drawn when it is shown (JourneyScreen compares revisions).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App
from textual.screen import Screen


class KeptScreens:
    def __init__(self, app: App) -> None:
        self.app = app
        self._kept: dict[str, object] = {}  # installed screens: name -> what they show

    def show(
        self,
        name: str,
        make: Callable[[], Screen],
        key: object = None,
        reuse: Callable[[Screen], None] | None = None,
    ) -> None:
        """Show the one screen of this kind: built on the first visit, kept after it. `key` says what the screen
        shows (a meeting): one of another key is let go and a new one built; `reuse` instead
        points the kept screen at what to show before it is shown again. If the kept screen is
        on top it stays; right below, this goes back to it; deeper in the stack, a passing copy
        goes on top instead.
        """
        if name in self._kept and self._kept[name] != key:
            if self.app.get_screen(name) in self.app.screen_stack:
                self.app.push_screen(make())  # the other one is open below: this one passes
                return
            self._drop(name)
        if name not in self._kept:
            self.app.install_screen(make(), name)
            self._kept[name] = key
        kept = self.app.get_screen(name)
        below = self.app.screen_stack[-2:-1] == [kept]
        if kept is self.app.screen:
            if reuse is not None:
                reuse(kept)
            return
        if kept in self.app.screen_stack and not below:
            self.app.push_screen(make())
            return
        if reuse is not None:
            reuse(kept)
        if below:
            self.app.pop_screen()  # e.g. from reading the minutes back to writing them
        else:
            self.app.push_screen(kept)

    def form(self, name: str, make: Callable[[], Screen], key: object, done: Callable) -> None:
        """A modal form (base/form.py) kept between visits, shown again with its fields as it
        opened, or filled again when `key` (what they were filled from: the journey's
        revision, the day) changed; its answer goes to `done`. Open already below, a passing
        copy goes on top."""
        if name not in self._kept:
            self.app.install_screen(make(), name)
            self._kept[name] = key
        form = self.app.get_screen(name)
        if form in self.app.screen_stack:
            self.app.push_screen(make(), done)
            return
        form.as_opened(refill=self._kept[name] != key)
        self._kept[name] = key
        self.app.push_screen(form, done)

    def screens(self) -> list[Screen]:
        return [self.app.get_screen(name) for name in self._kept]

    def drop_all(self) -> None:
        """Let the kept screens go; they are built afresh on their next visit."""
        for name in list(self._kept):
            self._drop(name)

    def _drop(self, name: str) -> None:
        screen = self.app.get_screen(name)
        self.app.uninstall_screen(name)
        del self._kept[name]
        if screen.is_mounted:
            screen.remove()
