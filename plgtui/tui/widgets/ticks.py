"""Ticked and unticked shown plainly, ☑ and ☐, for a projector: Textual's Checkbox and
SelectionList draw a coloured X on a coloured block, and on a washed-out projector a ticked box
and an empty one look the same."""

from __future__ import annotations

import time
from typing import Generic, TypeVar

from rich.segment import Segment
from textual import events
from textual.content import Content
from textual.strip import Strip
from textual.widgets import OptionList, SelectionList

from plgtui.tui.textual_internals import OwnButton, OwnGutter

TICKED, UNTICKED = "☑", "☐"
SEARCH_PAUSE = 0.7  # seconds after which typing starts a new search, as in Textual's Select
V = TypeVar("V")


def mark(ticked: bool) -> str:
    return TICKED if ticked else UNTICKED


class TickBox(OwnButton):
    """Textual's Checkbox with ☑ / ☐ in place of its coloured button."""

    def button(self) -> Content:
        return Content(mark(self.value)).stylize(self.get_visual_style("toggle--label"))


def _as_text(selection):
    """A prompt given as a string is text someone typed (a name), never markup."""
    if isinstance(selection, tuple) and selection and isinstance(selection[0], str):
        return (Content(selection[0]), *selection[1:])
    return selection


class TickList(OwnGutter, SelectionList[V], Generic[V]):
    """Textual's SelectionList with ☑ / ☐ before each option; string prompts are plain text
    (SelectionList reads them as markup, so a member called "[b]Jo[/b]" showed bold)."""

    def __init__(self, *selections, type_to_search: bool = False, **kwargs) -> None:
        super().__init__(*(_as_text(s) for s in selections), **kwargs)
        # Off where the screen's own letters must work while the list has focus (the phases).
        self.type_to_search = type_to_search

    def add_option(self, option=None):
        return super().add_option(_as_text(option))

    def on_key(self, event: events.Key) -> None:
        """Typing part of a name moves to it, as Select does (Space still ticks)."""
        character = event.character
        if (
            not self.type_to_search
            or not character
            or not character.isprintable()
            or character == " "
        ):
            return
        event.stop()
        event.prevent_default()
        now = time.monotonic()
        if now - self._typed_at > SEARCH_PAUSE:
            self._typed = ""
        self._typed, self._typed_at = self._typed + character.casefold(), now
        found = find_typed(
            [str(self.get_option_at_index(i).prompt) for i in range(self.option_count)], self._typed
        )
        if found is not None:
            self.highlighted = found

    _typed = ""
    _typed_at = 0.0

    def render_line(self, y: int) -> Strip:
        line = OptionList.render_line(self, y)  # the option itself, without Textual's button
        index = self.scroll_offset.y + y
        try:
            option = self.get_option_at_index(index)
        except Exception:  # below the last option
            return line
        style = next(iter(line)).style if line.cell_length else self.rich_style
        ticked = option.value in self.selected
        return Strip([Segment(f"{mark(ticked)} ", style), *line])


def find_typed(prompts: list[str], typed: str) -> int | None:
    """The first prompt that starts with what was typed, else the first that holds it."""
    lowered = [p.casefold() for p in prompts]
    starts = [i for i, p in enumerate(lowered) if p.startswith(typed)]
    if starts:
        return starts[0]
    return next((i for i, p in enumerate(lowered) if typed in p), None)
