"""Help: what plgtui is for and every key that works on the screen it was opened from."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Header

from plgtui.core import content
from plgtui.core.i18n import _, language
from plgtui.tui.base.styled_once import StyledOnce
from plgtui.tui.commands import command, label
from plgtui.tui.keys_in_force import in_order, shown_key
from plgtui.tui.widgets.key_bar import KeyBar
from plgtui.tui.widgets.list_table import ListTable
from plgtui.tui.widgets.markdown_text import MarkdownText


class HelpScreen(StyledOnce, ModalScreen[None]):
    """A modal in place of the screen it explains; Escape or F1 closes it."""

    BINDINGS = [
        command("escape", "dismiss", "key.close"),
        command("f1", "dismiss", "key.close", show=False),
        command("question_mark", "dismiss", "key.close", show=False),
    ]

    def __init__(self, under: Screen) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="help-body") as body:
            body.border_title = _("help.title")
            yield ListTable(id="help-keys")
            yield MarkdownText(content.read_text("help", language()), id="help-text")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(ListTable)
        table.add_column(_("help.key"))
        table.add_column(_("help.action"), flex=True)
        for key, action in self.key_rows():
            table.add_row(Text(key), Text(action))

    def key_rows(self) -> list[tuple[str, str]]:
        """Every key of the screen below and of the app, once each, as shown to people."""
        rows: dict[str, str] = {}
        for active in in_order(self.app, self.under):  # steady, the keymap's first key first
            binding = active.binding
            # Textual's own widget keys (scrolling, editing) carry English labels; ours are
            # declared on screens and the app.
            if not isinstance(active.node, (Screen, App)) or not binding.description:
                continue
            if binding.key.startswith("super+"):
                continue  # the Mac's command key: a terminal keeps it for itself
            shown = shown_key(self.app, binding)
            words = label(binding.description)
            rows.setdefault(words, shown)
            if shown not in rows[words].split(" / "):
                rows[words] += f" / {shown}"
        return [(keys, description) for description, keys in rows.items()]
