"""Someone else changed the journey file: offer to read it again, then show what was not saved."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

from plgtui.core.i18n import _, ngettext
from plgtui.core.workbook import Rescued
from plgtui.tui.commands import command
from plgtui.tui.ui import plain

CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{
    width: 80; max-width: 95%; height: auto; max-height: 90%; padding: 1 2;
    border: thick $warning; background: $surface;
}}
{name} Horizontal {{ height: auto; margin-top: 1; }}
{name} Button {{ margin-right: 2; }}
{name} .title {{ text-style: bold; margin-bottom: 1; }}
{name} TextArea {{ height: 1fr; min-height: 5; max-height: 20; margin-top: 1; }}
"""


class ReloadScreen(ModalScreen["str | None"]):
    """Asked when what another computer saved and what changed here meet: merge and choose
    afterwards ("merge"), take their version ("reload"), or later (None: nothing is saved)."""

    DEFAULT_CSS = CSS.format(name="ReloadScreen")
    BINDINGS = [
        command("m,enter", "answer('merge')", "key.merge"),
        command("r", "answer('reload')", "key.reload"),
        command("escape,l", "answer(None)", "key.later"),
        command("f1", "app.help", "key.help", show=False),
    ]

    def __init__(self, unsaved: bool, conflicts: int = 0) -> None:
        super().__init__()
        self.unsaved = unsaved
        self.conflicts = conflicts

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(_("reload.title")), classes="title")
            yield Static(plain(_("reload.explain")))
            yield Static(plain(ngettext("reload.conflicts", self.conflicts)))
            if self.unsaved:
                yield Static(plain(_("reload.unsaved")))
            with Horizontal():
                yield Button(_("reload.merge"), id="merge", variant="primary")
                yield Button(_("reload.now"), id="reload", variant="warning")
                yield Button(_("reload.later"), id="later")

    def on_mount(self) -> None:
        self.query_one("#merge", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id if event.button.id in ("merge", "reload") else None)

    def action_answer(self, answer: str | None) -> None:
        self.dismiss(answer)


class UnsavedScreen(ModalScreen[None]):
    """What was typed here but not saved, as text to select and copy, and where it was kept."""

    DEFAULT_CSS = CSS.format(name="UnsavedScreen")
    BINDINGS = [
        command("escape", "close", "key.close"),
        command("f1", "app.help", "key.help", show=False),
    ]

    def __init__(self, rescued: Rescued) -> None:
        super().__init__()
        self.rescued = rescued

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(_("reload.rescued_title")), classes="title")
            if self.rescued.path is not None:
                yield Static(plain(_("reload.rescued_file", path=self.rescued.path)))
            else:
                yield Static(plain(_("reload.rescued_nofile")))
            yield TextArea(self.rescued.text, read_only=True, soft_wrap=True, id="unsaved")
            with Horizontal():
                yield Button(_("reload.close"), id="close")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss()

    def action_close(self) -> None:
        self.dismiss()
