"""Quitting while something is not saved: say where it was written down, and offer to try
saving once more before plgtui stops."""

from __future__ import annotations

from plgtui.core.i18n import _
from plgtui.tui.commands import command
from plgtui.tui.dialogs.confirm import ConfirmScreen

SAVE, QUIT = "save", "quit"


class QuitScreen(ConfirmScreen, inherit_bindings=False):
    """Answers SAVE (try again, then stop), QUIT (stop; the rescue file stays) or None."""

    DEFAULT_CSS = """
    QuitScreen > Vertical { width: 70; border: thick $error; }
    """
    ROW = 66  # inside the border and padding (at 80 columns too)

    BINDINGS = [
        command("r", "answer('save')", "quit.save"),
        command("s", "answer('quit')", "quit.quit"),
        command("escape", "answer(None)", "quit.stay"),
        command("f1", "app.help", "key.help", show=False),
    ]

    def __init__(self, problem: str, rescued: str) -> None:
        super().__init__(_("quit.question", problem=problem), rescued)
        self.rescued = rescued

    def choices(self) -> list[tuple[object, str, str]]:
        return [
            (QUIT, _("quit.quit") + " (s)", "error"),
            (None, _("quit.stay") + " (Esc)", "default"),
            (SAVE, _("quit.save") + " (r)", "primary"),
        ]
