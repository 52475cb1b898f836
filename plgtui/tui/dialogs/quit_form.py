"""Quitting while a form holds typing: save the form and stop, stop without it, or go back.
Ctrl+Q saved typing that waits for its autosave, but a form saves only on Ctrl+S, so its
typing was thrown away without a word."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App

from plgtui.core.i18n import _
from plgtui.core.validate import InputError
from plgtui.tui.base.form import FormScreen
from plgtui.tui.commands import command
from plgtui.tui.dialogs.confirm import ConfirmScreen

SAVE, WITHOUT = "save", "without"


class FormQuitScreen(ConfirmScreen, inherit_bindings=False):
    """Answers SAVE (save the forms, then stop), WITHOUT (stop, the typing is lost) or None."""

    BINDINGS = [
        command("ctrl+s", "answer('save')", "form_quit.save", priority=True),
        command("n", "answer('without')", "form_quit.without"),
        command("escape", "answer(None)", "quit.stay"),
        command("f1", "app.help", "key.help", show=False),
        command("left", "app.focus_previous", show=False),
        command("right", "app.focus_next", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(_("form_quit.question"))

    def choices(self) -> list[tuple[object, str, str]]:
        return [
            (WITHOUT, _("form_quit.without") + " (n)", "error"),
            (None, _("quit.stay") + " (Esc)", "default"),
            (SAVE, _("form_quit.save") + " (Ctrl+S)", "primary"),
        ]


def typed_forms(app: App) -> list[FormScreen]:
    """Open forms holding typing not saved, the top one first."""
    return [s for s in reversed(app.screen_stack) if isinstance(s, FormScreen) and s.has_typing()]


def ask_about_forms(app: App, quit: Callable[[], None]) -> bool:
    """Ask before quitting over typing in a form; True when asked (`quit` runs after the
    answer, if the answer is to stop)."""
    forms = typed_forms(app)
    if not forms:
        return False
    if isinstance(app.screen, FormQuitScreen):  # Ctrl+Q again while asked: still asked
        return True

    def answered(answer: str | None) -> None:
        if answer == SAVE:
            for form in forms:
                try:
                    form.save_on_quit()
                except InputError as exc:  # refused as Ctrl+S would be: say it, stay
                    form.show_error(str(exc))
                    app.notify(str(exc), severity="error", markup=False)
                    return
        if answer is not None:
            for form in forms:  # saved or let go: not asked about again
                form.forget_typing()
            quit()

    app.push_screen(FormQuitScreen(), answered)
    return True
