"""Small helpers every screen uses: translated key labels, typed text shown as text, the workbook."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from textual.color import Color
from textual.content import Content
from textual.dom import DOMNode

from plgtui.core.validate import InputError, strip_control

if TYPE_CHECKING:
    from plgtui.core.workbook import Workbook

T = TypeVar("T")

WIDE = 110  # columns from which the overview and live view use two columns, minutes a preview
# Only the screens that style by width carry breakpoints: on any other screen, Textual would add
# the class after the first layout and restyle every widget on it once more.
BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]


def take_width_class(screen: DOMNode) -> None:
    """Set the width class before the first layout, so it is not laid out twice."""
    wide = screen.app.size.width >= WIDE
    screen.set_class(wide, "-wide")
    screen.set_class(not wide, "-narrow")


def plain(text: str, style: str = "") -> Content:
    """Typed text as literal text: `[bold]Jo[/]` stays `[bold]Jo[/]`, control codes dropped."""
    content = Content(strip_control(text))
    return content.stylize(style) if style else content


def attempt(node: DOMNode, change: Callable[[], T]) -> T | None:
    """Run a workbook change; a refused one is told to the person as a notification."""
    try:
        return change()
    except InputError as exc:
        node.notify(str(exc), severity="error", markup=False)
        return None


class UsesWorkbook:
    """The app's open workbook, typed, for screens and widgets."""

    app: object

    @property
    def workbook(self) -> Workbook:
        return self.app.workbook  # type: ignore[attr-defined]


def tones(node: DOMNode) -> dict[str, str]:
    """The theme's colours for states drawn as Rich text in tables and lists, which cannot read
    CSS variables: error, warning, success, and muted (the text half faded)."""
    theme = node.app.current_theme
    text = Color.parse(theme.foreground or "#e0e0e0")
    ground = Color.parse(theme.background or "#121212")
    return {
        "error": theme.error or "red",
        "warning": theme.warning or "yellow",
        "success": theme.success or "green",
        "muted": ground.blend(text, 0.5).hex,
    }
