"""Small helpers every screen uses: translated key labels, typed text shown as text, the workbook."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Callable, TypeVar

from textual.content import Content
from textual.dom import DOMNode

from plgtui.core.i18n import _
from plgtui.core.validate import InputError, strip_control

if TYPE_CHECKING:
    from plgtui.core.workbook import Workbook

T = TypeVar("T")

WIDE = 110  # columns from which the overview and live view use two columns, minutes a preview
# Only the screens that style by width carry breakpoints: on any other screen, Textual would add
# the class after the first layout and restyle every widget on it once more (~40 ms a switch).
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


# Keys that Textual's own classes declare, with their English labels, mapped to our catalog.
TEXTUAL_LABELS = {
    "Focus Next": "key.focus_next",
    "Focus Previous": "key.focus_previous",
    "Copy selected text": "key.copy",
    "Dismiss menu": "key.dismiss_menu",  # an open Select
    "Exit the command palette": "key.close",
    "Open link": "key.open_link",
}


def textual_label(description: str) -> str:
    """A key label that Textual's own widgets declare in English, in the interface language."""
    key = TEXTUAL_LABELS.get(description)
    return _(key) if key else description


def _label(description: str) -> str:
    return _(TEXTUAL_LABELS.get(description, description)) if description else ""


def translate_bindings(node: DOMNode) -> None:
    """Turn the i18n keys in a node's BINDINGS descriptions into the current language.

    Descriptions are class attributes, fixed at import; the language is chosen at run time, so
    each instance gets its own translated copy.
    """
    table = node._bindings.key_to_bindings
    for key, bindings in table.items():
        table[key] = [
            replace(
                b,
                description=_label(b.description),
                tooltip=_label(b.tooltip),
                group=replace(b.group, description=_label(b.group.description))
                if b.group
                else None,
            )
            for b in bindings
        ]


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
