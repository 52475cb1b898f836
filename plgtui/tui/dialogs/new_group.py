"""The short form that starts a new journey when the file does not exist yet.

It is the first thing a new coach sees, so it says how to stop and how to switch language, and
the language chosen here changes the interface at once.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Header, Input, Label, Select, Static, TextArea

from plgtui.core.changes.group import LENGTH_HIGH, LENGTH_LOW
from plgtui.core.i18n import _, language, os_problem, set_language
from plgtui.core.validate import InputError
from plgtui.core.workbook import Workbook
from plgtui.tui.base.form import number_input
from plgtui.tui.commands import command
from plgtui.tui.dialogs.group_forms import language_options
from plgtui.tui.ui import plain
from plgtui.tui.widgets.key_bar import KeyBar

USUAL_LENGTH = 120  # minutes: what a new group's meetings start from until it says otherwise


class NewGroupScreen(ModalScreen[Workbook | None]):
    """Language, group name, subject, coach, members and working agreements; everything else
    can follow later.

    A modal over the (still empty) overview, opaque, so that finishing it simply reveals the
    overview of the new journey.
    """

    DEFAULT_CSS = """
    NewGroupScreen { background: $background; }
    """

    BINDINGS = [
        command("ctrl+s", "create", "key.create", priority=True),
        command("escape", "cancel", "key.cancel"),
        # A modal hides the app's own keys: help, and how to stop, must be in sight here too.
        command("ctrl+q", "app.quit", "key.quit"),
        command("f1", "app.help", "key.help"),
    ]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="new-group"):
            yield Static(_("new.intro") + "\n" + _("new.keys_hint"), id="new-intro")
            with Grid(id="new-fields"):
                yield Label(_("new.language_label"))
                yield Select(language_options(), value=language(), allow_blank=False, id="language")
                yield Label(_("field.group_name"))
                yield Input(id="name", placeholder=_("new.name_hint"))
                yield Label(_("field.subject"))
                yield Input(id="subject", placeholder=_("new.subject_hint"))
                yield Label(_("field.coach"))
                yield Input(id="coach")
                yield Label(_("new.length_label"))
                # What every new meeting's length starts from; typing over it replaces it.
                yield number_input(
                    str(USUAL_LENGTH), id="length", label=_("field.usual_length"),
                    low=LENGTH_LOW, high=LENGTH_HIGH,
                )  # fmt: skip
                yield Label(_("new.members_label"))
                yield TextArea(id="members", soft_wrap=True, tab_behavior="focus")
                yield Label(_("new.norms_label"))
                # Examples as a placeholder only: nothing is saved that the group did not type.
                yield TextArea(
                    id="norms",
                    soft_wrap=True,
                    tab_behavior="focus",
                    placeholder=_("new.norms_hint"),
                )
            yield Static(id="form-error")
            with Horizontal(id="new-buttons"):
                yield Button(_("new.create"), id="create", variant="primary")
                yield Button(_("new.cancel"), id="cancel")
        yield KeyBar()

    def on_mount(self) -> None:
        self.app.title = _("new.title")
        self.app.sub_title = ""
        self.query_one("#name", Input).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "create":
            self.action_create()
        else:
            self.action_cancel()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.focus_next()

    async def on_select_changed(self, event: Select.Changed) -> None:
        """Another language: every word of this form, and of the screens after it, in that one."""
        if event.select.id != "language" or event.value in (Select.BLANK, language()):
            return
        typed = {
            field.id: _typed(field)
            for field in self.query("#new-fields Input, #new-fields TextArea")
        }
        set_language(str(event.value))
        await self.recompose()
        for field in self.query("#new-fields Input, #new-fields TextArea"):
            if typed.get(field.id):
                if isinstance(field, TextArea):
                    field.text = typed[field.id]
                else:
                    field.value = typed[field.id]
        self.app.title = _("new.title")
        self.query_one("#language", Select).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_create(self) -> None:
        members = self.query_one("#members", TextArea).text.splitlines()
        error = self.query_one("#form-error", Static)
        try:
            workbook = Workbook.start_group(
                self.path,
                name=self.query_one("#name", Input).value,
                subject=self.query_one("#subject", Input).value,
                coach=self.query_one("#coach", Input).value,
                members=members,
                language=language(),
                norms=self.query_one("#norms", TextArea).text.splitlines(),
                usual_length=self.query_one("#length", Input).value,
                today=self.app.today(),
            )
        except InputError as exc:
            error.update(plain(str(exc)))
            return
        except OSError as exc:
            error.update(plain(_("new.cannot_write", path=self.path, problem=os_problem(exc))))
            return
        self.dismiss(workbook)


def _typed(field: Input | TextArea) -> str:
    return field.text if isinstance(field, TextArea) else field.value
