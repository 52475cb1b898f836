"""Quitting while something is not saved: say where it was written down, and offer to try
saving once more before plgtui stops."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from plgtui.i18n import _
from plgtui.ui import plain, translate_bindings

SAVE, QUIT = "save", "quit"


class QuitScreen(ModalScreen[str | None]):
    """Answers SAVE (try again, then stop), QUIT (stop; the rescue file stays) or None."""

    DEFAULT_CSS = """
    QuitScreen { align: center middle; }
    QuitScreen > Vertical {
        width: 70; max-width: 95%; height: auto; padding: 1 2;
        border: thick $error; background: $surface;
    }
    QuitScreen Horizontal { height: auto; margin-top: 1; }
    QuitScreen Button { margin-right: 2; }
    """

    BINDINGS = [
        Binding("r", "answer('save')", "quit.save"),
        Binding("s", "answer('quit')", "quit.quit"),
        Binding("escape", "answer(None)", "quit.stay"),
    ]

    def __init__(self, problem: str, rescued: str) -> None:
        super().__init__()
        translate_bindings(self)
        self.problem = problem
        self.rescued = rescued

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(_("quit.question", problem=self.problem)))
            yield Static(plain(self.rescued), id="rescued")
            with Horizontal():
                yield Button(_("quit.save") + " (r)", id=SAVE, variant="primary")
                yield Button(_("quit.quit") + " (s)", id=QUIT, variant="error")
                yield Button(_("quit.stay") + " (Esc)", id="stay")

    def on_mount(self) -> None:
        self.query_one(f"#{SAVE}", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id if event.button.id in (SAVE, QUIT) else None)

    def action_answer(self, answer: str | None) -> None:
        self.dismiss(answer)
