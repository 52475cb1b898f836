"""Enter in a form goes on to the next field, also while typing fast and from a dropdown.

Enter used to move on from Input.Submitted, a message handled after the keys typed next were
already sent to the field Enter was pressed in: typed in one burst, "3C" Enter "1" gave
"3C1". As a priority binding the focus moves while Enter itself is handled, before the next
key is given to a widget. On a dropdown (Select) Enter opens the list; once something is
chosen from it (Enter in the open list), Enter on the closed dropdown goes on."""

from __future__ import annotations

from textual import events
from textual.actions import SkipAction
from textual.widgets import Input, Select


class EnterMovesOn:
    """For FormScreen, which binds Enter to `next_field` with priority."""

    _chosen_in: Select | None = None

    def action_next_field(self) -> None:
        focused = self.focused  # type: ignore[attr-defined]
        if isinstance(focused.parent, Select) and not isinstance(focused, Select):
            self._chosen_in = focused.parent  # Enter in the open list chooses
            raise SkipAction()
        if isinstance(focused, Input) or (
            isinstance(focused, Select) and focused is self._chosen_in
        ):
            self._chosen_in = None
            self.focus_next()  # type: ignore[attr-defined]
            return
        raise SkipAction()  # a text area's new line, a dropdown opened, a button pressed

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Coming back to a dropdown later, Enter opens it again."""
        chosen = self._chosen_in
        if chosen is not None and chosen not in (event.widget, event.widget.parent):
            self._chosen_in = None
