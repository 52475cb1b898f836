"""A text field of one item a line."""

from __future__ import annotations

from textual.widgets import TextArea

from plgtui.tui.commands import command


class LinesBox(TextArea):
    """A text field of one item a line (a block's questions): Ctrl+K removes the whole line the
    cursor is on, where TextArea's Ctrl+K removes only what follows the cursor."""

    BINDINGS = [command("ctrl+k", "delete_line", "key.remove_line")]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
