"""The short form that starts a new journey when the file does not exist yet."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Header, Input, Label, Static, TextArea

from plgtui.core.i18n import _, language, os_problem
from plgtui.core.validate import InputError
from plgtui.core.workbook import Workbook
from plgtui.tui.commands import command
from plgtui.tui.ui import plain
from plgtui.tui.widgets.key_bar import KeyBar


class NewGroupScreen(ModalScreen[Workbook | None]):
    """Group name, subject, coach and members; everything else can follow later.

    A modal over the (still empty) overview, opaque, so that finishing it simply reveals the
    overview of the new journey.
    """

    DEFAULT_CSS = """
    NewGroupScreen { background: $background; }
    """

    BINDINGS = [
        command("ctrl+s", "create", "key.create", priority=True),
        command("escape", "cancel", "key.cancel"),
        # A modal hides the app's own keys; help must stay reachable here too.
        command("f1", "app.help", "key.help"),
    ]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="new-group"):
            yield Static(_("new.intro"), id="new-intro")
            with Grid(id="new-fields"):
                yield Label(_("field.group_name"))
                yield Input(id="name", placeholder=_("new.name_hint"))
                yield Label(_("field.subject"))
                yield Input(id="subject", placeholder=_("new.subject_hint"))
                yield Label(_("field.coach"))
                yield Input(id="coach")
                yield Label(_("new.members_label"))
                yield TextArea(id="members", soft_wrap=True, tab_behavior="focus")
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
                today=self.app.today(),
            )
        except InputError as exc:
            error.update(plain(str(exc)))
            return
        except OSError as exc:
            error.update(plain(_("new.cannot_write", path=self.path, problem=os_problem(exc))))
            return
        self.dismiss(workbook)
