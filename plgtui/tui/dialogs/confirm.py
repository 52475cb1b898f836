"""A question before something that cannot be taken back: yes or no, or a few named choices."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from plgtui.core.i18n import _
from plgtui.tui.commands import command
from plgtui.tui.ui import plain


class ConfirmScreen(ModalScreen):
    """Answers True (yes) or False (no, Escape); a subclass names other `choices`."""

    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical {
        width: 60; max-width: 95%; height: auto; padding: 1 2;
        border: thick $warning; background: $surface;
    }
    ConfirmScreen Horizontal { height: auto; margin-top: 1; }
    ConfirmScreen Button { margin-right: 2; }
    ConfirmScreen Vertical.stacked { height: auto; margin-top: 1; padding: 0; border: none; }
    ConfirmScreen Vertical.stacked Button { width: 100%; margin: 0; }
    """
    ROW = 56  # the dialog's width inside its border and padding: the buttons' row holds this much

    BINDINGS = [
        command("y,j", "answer(True)", "key.yes"),
        command("n,escape", "answer(False)", "key.no"),
        command("f1", "app.help", "key.help", show=False),
        # Arrows move between the buttons, as people expect of a row of buttons.
        command("left", "app.focus_previous", show=False),
        command("right", "app.focus_next", show=False),
    ]

    def __init__(self, question: str, detail: str = "", *, yes_first: bool = False) -> None:
        super().__init__()
        self.question = question
        self.detail = detail
        # Whether Enter means yes: for a question whose yes is the way on (hold the meeting
        # today), not for one whose yes throws something away.
        self.yes_first = yes_first

    def choices(self) -> list[tuple[object, str, str]]:
        """(answer, label, variant) for each button. Each label names its key: the dialog has
        no key bar of its own. Yes comes before no in every question, whichever has focus."""
        yes = (True, f"{_('confirm.yes')} ({_('confirm.yes_key')})", "warning")
        no = (False, f"{_('confirm.no')} ({_('confirm.no_key')})", "default")
        return [yes, no]

    def focused_first(self) -> object:
        """The answer whose button has focus as the dialog opens: the safe one, or yes where
        yes is the way on. A subclass with its own choices focuses its last button."""
        return self.yes_first if type(self).choices is ConfirmScreen.choices else None

    def compose(self) -> ComposeResult:
        self._answers = {f"answer-{n}": answer for n, (answer, _l, _v) in enumerate(self.choices())}
        with Vertical():
            yield Static(plain(self.question))
            if self.detail:
                yield Static(plain(self.detail), id="detail")
            choices = self.choices()
            # Buttons that would not fit side by side are stacked: a row cut at the dialog's edge
            # hid the last choice, the one that saves (a button is its label, padding and
            # border, and the gap after it).
            wide = sum(len(label) + 6 for _answer, label, _variant in choices) > self.ROW
            with Vertical(classes="stacked") if wide else Horizontal():
                for n, (_answer, label, variant) in enumerate(choices):
                    yield Button(label, id=f"answer-{n}", variant=variant)

    def on_mount(self) -> None:
        first = self.focused_first()
        buttons = [b for b in self.query(Button) if self._answers.get(b.id or "") == first]
        (buttons[0] if first is not None and buttons else self.query(Button).last()).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(self._answers[event.button.id or ""])

    def action_answer(self, answer: object) -> None:
        self.dismiss(answer)
