"""The theme picker in a coach's words: plgtui's own themes first, each with the room it suits
("licht, voor een fel verlicht lokaal"), the terminal's own colours next, then Textual's others.

Textual's ThemeProvider lists bare names (`plgtui-light`, `ansi-dark`), which say nothing to a
coach choosing in front of a washed-out projector.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from plgtui.core.i18n import _
from plgtui.tui.themes import SHIPPED

WORDS = {  # theme -> (title, line) message keys
    "plgtui-light": ("theme.light", "theme.light.help"),
    "plgtui-dark": ("theme.dark", "theme.dark.help"),
    "ansi-dark": ("theme.terminal_dark", "theme.terminal.help"),
    "ansi-light": ("theme.terminal_light", "theme.terminal.help"),
}
FIRST = [t.name for t in SHIPPED] + ["ansi-light", "ansi-dark"]


def choices(names: list[str]) -> list[tuple[str, str, str]]:
    """(theme, what the picker shows, the line under it), in the order a coach wants them."""
    ordered = [n for n in FIRST if n in names] + sorted(n for n in names if n not in FIRST)
    shown = []
    for name in ordered:
        title, line = WORDS.get(name, ("", "theme.textual.help"))
        shown.append((name, f"{_(title)} ({name})" if title else name, _(line)))
    return shown


class CoachThemes(Provider):
    """The picker's entries; choosing one sets the theme, which the app remembers."""

    def _entries(self) -> list[tuple[str, str, Callable[[], None]]]:
        app = self.app

        def choose(name: str) -> None:
            app.theme = name

        return [
            (shown, line, partial(choose, name))
            for name, shown, line in choices(list(app.available_themes))
        ]

    async def discover(self) -> Hits:
        for shown, line, run in self._entries():
            yield DiscoveryHit(shown, run, help=line)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for shown, line, run in self._entries():
            score = max(matcher.match(shown), matcher.match(line) * 0.5)
            if score > 0:
                yield Hit(score, matcher.highlight(shown), run, help=line)
