"""Ticked and unticked shown plainly, ☑ and ☐, for a projector: Textual's Checkbox and
SelectionList draw a coloured X on a coloured block, and on a washed-out projector a ticked box
and an empty one look the same."""

from __future__ import annotations

from typing import Generic, TypeVar

from rich.segment import Segment
from textual.content import Content
from textual.strip import Strip
from textual.widgets import OptionList, SelectionList

from plgtui.tui.textual_internals import OwnButton, OwnGutter

TICKED, UNTICKED = "☑", "☐"
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

    def __init__(self, *selections, **kwargs) -> None:
        super().__init__(*(_as_text(s) for s in selections), **kwargs)

    def add_option(self, option=None):
        return super().add_option(_as_text(option))

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
