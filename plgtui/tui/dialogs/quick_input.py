"""A one-line input over the live view, for capturing ideas while people speak.

Enter saves and clears for the next idea; Escape closes, and saves what is still typed rather
than throwing it away.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static

from plgtui.core.i18n import _
from plgtui.core.validate import InputError
from plgtui.tui.base.bottom_sheet import BottomSheet
from plgtui.tui.commands import command
from plgtui.tui.ui import plain

Save = Callable[[str], None]  # raises InputError when the text cannot be saved


class QuickInput(BottomSheet):
    BINDINGS = [
        command("escape", "close", "key.close"),
        command("f1", "app.help", "key.help"),
    ]

    def __init__(self, title: str, save: Save, *, value: str = "", repeat: bool = True) -> None:
        super().__init__()
        self.title_text = title
        self.save = save
        self.value = value
        self.repeat = repeat
        self.saved = 0

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(self.title_text, "bold"))
            yield Input(value=self.value, id="quick", max_length=1000)
            yield Static(id="quick-error", classes="sheet-error")
            yield Static(
                _("quick.hint_repeat" if self.repeat else "quick.hint_once"),
                id="quick-hint",
                classes="sheet-hint",
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.dismiss(None)
            return
        if self._save(event.value) and not self.repeat:
            self.dismiss(None)

    def action_close(self) -> None:
        text = self.query_one("#quick", Input).value
        if text.strip() and text != self.value and not self._save(text):
            return  # the error is on screen; the text stays in the box
        self.dismiss(None)

    def _save(self, text: str) -> bool:
        box = self.query_one("#quick", Input)
        error = self.query_one("#quick-error", Static)
        try:
            self.save(text)
        except InputError as exc:
            error.update(plain(str(exc)))
            return False
        self.saved += 1
        self.value = ""
        box.value = ""
        error.update(_("quick.saved", saved=self.saved) if self.repeat else "")
        return True
