"""Textual's TextArea, styled once per change of its styles instead of at every paint.

TextArea works out its theme's fallback colours from the CSS (`TextAreaTheme.apply_css`, a
dozen component styles and the background through all its ancestors) each time it draws. While
a screen opens that is several draws per field, a good part of opening the research question's
seven fields (bench/stand_ins.py). The colours can only change when Textual
restyles the widget (focus, a class, the app's theme), which it announces through
`notify_style_update`; it also clears the style caches the fallbacks are read from there, so
working them out in between could only give the same answer.
"""

from __future__ import annotations

from textual.geometry import Region
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import TextArea

from plgtui.tui.commands import command
from plgtui.tui.textual_internals import text_area_theme


class TextBox(TextArea):
    _styled_theme: object = None  # the theme object last given this widget's colours

    def notify_style_update(self) -> None:
        self._styled_theme = None
        super().notify_style_update()

    def render_lines(self, crop: Region) -> list[Strip]:
        theme = text_area_theme(self)
        if theme is None:  # not the TextArea this was written against: do as it does
            return super().render_lines(crop)
        if theme is not self._styled_theme:  # a new theme object, or restyled since
            theme.apply_css(self)
            self._styled_theme = theme
        return ScrollView.render_lines(self, crop)


class LinesBox(TextBox):
    """A text field of one item a line (a block's questions): Ctrl+K removes the whole line the
    cursor is on, where TextArea's Ctrl+K removes only what follows the cursor."""

    BINDINGS = [command("ctrl+k", "delete_line", "key.remove_line")]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
