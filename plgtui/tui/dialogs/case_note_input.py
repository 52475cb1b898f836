"""A one-line field over the live view for what an observer sees a case pupil do in the lesson.

The minute of the lesson is taken when the first letter of a note is typed (the moment seen,
not the moment Enter is pressed), from the live view's clock. Tab goes to the next case pupil,
Enter keeps the note and clears the field for the next, Escape closes (keeping what is typed).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Static

from plgtui.core.i18n import _
from plgtui.core.validate import InputError
from plgtui.tui.base.bottom_sheet import BottomSheet
from plgtui.tui.commands import command
from plgtui.tui.dialogs.privacy import ask_first
from plgtui.tui.ui import plain

PUPILS = ("A", "B", "C")
# (pupil, minute, text); raises InputError when the note cannot be kept
SaveNote = Callable[[str, int, str], None]


class CaseNoteInput(BottomSheet):
    BINDINGS = [
        # Up and Down too: Shift+Tab is the one key here that needs Shift
        command("tab,down", "pupil(1)", "key.case_next", priority=True),
        command("shift+tab,up", "pupil(-1)", "key.case_previous", priority=True, show=False),
        command("escape", "close", "key.close"),
        command("f1", "app.help", "key.help"),
    ]

    def __init__(self, minute: Callable[[], int], save: SaveNote, *,
                 names: Callable[[str], list[str]], pupil: str = "A") -> None:  # fmt: skip
        super().__init__()
        self.minute = minute
        self.save = save
        self.names = names  # the core's check: what in a text looks like a person's name
        self.pupil = pupil
        self.stamped: int | None = None  # the minute of the note being typed
        self.saved = 0

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(id="case-title")
            yield Input(id="case-note", max_length=1000)
            yield Static(id="case-error", classes="sheet-error")
            yield Static(_("case.hint"), id="case-hint", classes="sheet-hint")

    def on_mount(self) -> None:
        self._title()

    def _title(self) -> None:
        letters = [
            Content(f" {p} ").stylize("reverse bold") if p == self.pupil else Content(f" {p} ")
            for p in PUPILS
        ]
        minute = self.stamped if self.stamped is not None else self.minute()
        self.query_one("#case-title", Static).update(
            Content.assemble(
                plain(_("case.title"), "bold"), " ", *letters, "  ",
                Content(_("case.minute", minute=minute)).stylize("dim"),
            )
        )  # fmt: skip

    def action_pupil(self, delta: int) -> None:
        self.pupil = PUPILS[(PUPILS.index(self.pupil) + delta) % len(PUPILS)]
        self._title()

    def on_input_changed(self, event: Input.Changed) -> None:
        if not event.value.strip():
            self.stamped = None
        elif self.stamped is None:
            self.stamped = self.minute()
        self._title()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.dismiss(None)
            return
        self._keep(event.value)

    def action_close(self) -> None:
        text = self.query_one("#case-note", Input).value
        if text.strip():
            self._keep(text, then_close=True)
        else:
            self.dismiss(None)

    def _keep(self, text: str, then_close: bool = False) -> None:
        minute = self.stamped if self.stamped is not None else self.minute()

        def keep() -> None:
            try:
                self.save(self.pupil, minute, text)
            except InputError as exc:
                self.query_one("#case-error", Static).update(plain(str(exc)))
                return
            self.saved += 1
            self.stamped = None
            self.query_one("#case-note", Input).value = ""
            self.query_one("#case-error", Static).update(_("case.saved", saved=self.saved))
            self._title()
            if then_close:
                self.dismiss(None)

        ask_first(self, self.names(text), keep)
