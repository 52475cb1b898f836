"""A small modal form: labelled fields in a grid, Ctrl+S saves, Escape cancels, errors shown.

The form covers the screen it was opened from instead of dimming it: blending the screen
beneath into a backdrop was a large part of opening a form (bench/switch_work.py and
bench/screens.py, the meeting plan), and on a projector a form alone
on a plain background reads better from the back of the room.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.validation import Integer
from textual.widget import Widget
from textual.widgets import Checkbox, Header, Input, Label, SelectionList, Static, TextArea

from plgtui.core.i18n import _
from plgtui.core.validate import InputError
from plgtui.tui.base.form_enter import EnterMovesOn
from plgtui.tui.base.styled_once import StyledOnce
from plgtui.tui.commands import command
from plgtui.tui.ui import UsesWorkbook, plain
from plgtui.tui.widgets.key_bar import KeyBar

T = TypeVar("T")


def number_input(value: str, *, id: str, label: str, low: int, high: int, **kw) -> Input:
    """A field for a whole number that takes every key and says when it is not one, where
    Textual's `type="integer"` drops other keys without a word (a date typed into the length
    field became "120261130")."""
    hint = _("input.number_hint", field=label, low=low, high=high)
    return Input(
        value, id=id, classes="number", validate_on=["changed"],
        validators=[Integer(minimum=low, maximum=high, failure_description=hint)], **kw,
    )  # fmt: skip


class FormScreen(EnterMovesOn, UsesWorkbook, StyledOnce, ModalScreen[T], Generic[T]):
    DEFAULT_CSS = """
    FormScreen { align: center middle; background: $background; }
    FormScreen > VerticalScroll {
        width: 90; max-width: 100%; height: auto; max-height: 100%;
        border: thick $accent; background: $surface; padding: 0 1;
        border-title-color: $text-accent; border-title-style: bold;
    }
    FormScreen .form-row { height: auto; }
    FormScreen .form-row > Label { width: 16; height: 3; content-align: left middle; text-style: bold; }
    FormScreen .form-row > * { width: 1fr; }
    FormScreen .form-row > Label { width: 16; }
    FormScreen TextArea { height: 5; }
    FormScreen .form-note { color: $text-muted; height: auto; padding-left: 16; }
    FormScreen #form-error { color: $text-error; height: auto; }
    """

    BINDINGS = [
        command("ctrl+s", "save", "key.save", priority=True),
        command("escape", "cancel", "key.cancel"),
        command("f1", "app.help", "key.help"),
        # base/form_enter.py; F1 names it, the key bar has no room.
        command("enter", "next_field", "key.next_field", priority=True, show=False, palette=False),
    ]

    title_text = ""

    def fields(self) -> list[tuple[str, Widget]]:
        """(label, widget) pairs, in order; a label '' lets the widget span the row."""
        raise NotImplementedError

    def save(self) -> T:
        """Apply the form through the workbook; raise InputError to show a problem."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll() as box:
            box.border_title = self.title_text
            for label, widget in self.fields():
                if label:
                    with Horizontal(classes="form-row"):
                        yield Label(label)
                        yield widget
                else:
                    yield widget
            yield Static(id="form-error")
        yield KeyBar()

    def on_input_changed(self, event: Input.Changed) -> None:
        """A number field that holds something else says so at once, below the form."""
        result = event.validation_result
        if result is None or not event.input.has_class("number"):
            return
        error = self.query_one("#form-error", Static)
        if not result.is_valid:
            error.update(plain(result.failure_descriptions[0]))
            self._number_problem = True
        elif getattr(self, "_number_problem", False):  # leave other problems in sight
            error.update("")
            self._number_problem = False

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in a one-line field goes on to the next field, as in the first-run form;
        Ctrl+S saves."""
        event.stop()
        self.focus_next()

    def action_save(self) -> None:
        try:
            result = self.save()
        except InputError as exc:
            self.show_error(str(exc))
            return
        self.dismiss(result)

    def show_error(self, message: str) -> None:
        self.query_one("#form-error", Static).update(plain(message))

    def save_on_quit(self) -> None:
        """Save as Ctrl+S would, as plgtui stops (dialogs/quit_form.py); InputError if refused."""
        self.save()

    def has_typing(self) -> bool:
        """Whether a field holds what was typed since the form opened."""
        return self._values() != getattr(self, "_opened_with", None)

    def forget_typing(self) -> None:
        self._remember_values()

    def on_mount(self) -> None:
        # After the first refresh: the forms fill some fields from others as they open.
        self.call_after_refresh(self._remember_values)

    def _remember_values(self) -> None:
        self._opened_with = self._values()
        self._opened_on = self.focused

    def as_opened(self, refill: bool = False) -> None:
        """The fields back as the form opened, for a form kept between visits
        (KeptScreens.form): what was typed before Escape is not offered again. `refill`: as a
        new form would open now (the journey changed since: another usual place, a day taken),
        filled again from `fields()`, whose widgets are made but not shown."""
        if not hasattr(self, "_opened_with"):
            return  # shown before its first refresh: nothing typed yet
        shown = list(self._fields())
        if refill:
            made = {widget.id: widget for _label, widget in self.fields() if widget.id}
            for field in shown:
                if isinstance(field, Checkbox) and field.id in made:
                    field.label = made[field.id].label  # "follow up 3 agreements"
            self._opened_with = [
                _value(made[field.id]) if field.id in made else value
                for field, value in zip(shown, self._opened_with)
            ]
        for field, value in zip(shown, self._opened_with):
            _set(field, value)
        self.show_error("")
        self._number_problem = False
        self._chosen_in = None
        self.query_one(VerticalScroll).scroll_home(animate=False)
        if self._opened_on is not None:
            self.set_focus(self._opened_on, scroll_visible=False)

    def _fields(self):
        return self.query("Input, TextArea, Select, ToggleButton, SelectionList")

    def _values(self) -> list[object]:
        """What every field holds now."""
        return [_value(field) for field in self._fields()]

    def action_cancel(self) -> None:
        """Escape closes the form; after typing, only once the person says so."""
        if not self.has_typing():
            self.dismiss(None)
            return
        from plgtui.tui.dialogs.confirm import ConfirmScreen

        self.app.push_screen(
            ConfirmScreen(_("form.discard")), lambda yes: self.dismiss(None) if yes else None
        )


def _value(field: Widget) -> object:
    """What a field holds, as has_typing compares it."""
    if isinstance(field, TextArea):
        return field.text
    if isinstance(field, SelectionList):
        return sorted(map(str, field.selected))
    return getattr(field, "value", None)


def _set(field: Widget, value) -> None:
    """A field made to hold `value` (one of `_value`'s)."""
    if isinstance(field, TextArea):
        field.text = value
    elif isinstance(field, Input):
        field.value = value
        field.cursor_position = len(value)
    elif isinstance(field, SelectionList):
        field.deselect_all()
        for n in range(field.option_count):
            if str(field.get_option_at_index(n).value) in value:
                field.select(field.get_option_at_index(n))
    else:
        field.value = value
