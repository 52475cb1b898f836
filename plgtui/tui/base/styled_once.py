"""Screens that skip Textual's whole-screen restyle when they are shown again unchanged."""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.screen import Screen

from plgtui.tui.textual_internals import app_styles, restyled_for


class StyledOnce(Screen):
    """Textual restyles every widget of a screen each time the screen is pushed, in case the
    app's styles changed while it was out of the stack (a theme chosen elsewhere). On the first
    push of a screen just mounted they were all styled a moment before; on a kept screen shown
    again (kept_screens.py) nothing changed since it was last shown, unless the theme, the CSS
    or the app's classes did. Doing it anyway was a good part of opening the tabbed screens and
    half of every later visit of one (bench/README.md). So the restyle runs only when the app's
    styles differ from those this screen was last styled with. Not for a modal screen that dims
    the screen beneath (confirmations, quick input): that backdrop is set up by the pass (their
    snapshots lost it without). Forms and help cover the screen, so they can use it."""

    _resumed = False
    _styled_with: tuple[object, ...] | None = None  # the app's styles at the last full styling

    def post_message(self, message: Message) -> bool:
        if isinstance(message, events.ScreenResume) and message.refresh_styles:
            now = app_styles(self.app)
            if not self._resumed or self._still_styled(now):
                message.refresh_styles = False
            self._resumed = True
            self._styled_with = now
        return super().post_message(message)

    def _still_styled(self, now: tuple[object, ...] | None) -> bool:
        """Whether this screen is styled for the app's styles `now`: as it was when last
        shown, or restyled for them by Textual while it stayed in the stack."""
        then = self._styled_with
        if now is None or then is None:
            return False  # Textual no longer says: restyle, as Textual does
        return then == now or (then[1:] == now[1:] and restyled_for(self) == now[0])
