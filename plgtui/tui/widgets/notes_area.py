"""A TextArea that draws a row again only when what the row shows changed.

Textual's TextArea keeps its drawn rows, but with soft wrap each row is kept under the whole
selection, and every edit forgets them all; so each key in a meeting's notes drew every visible
row again, and a wrapped row costs more the longer its paragraph (each row divides the whole
paragraph; half a 160-column terminal beside the preview wraps it often). Here a row is kept under
what it shows: its paragraph's text, where in it the row starts, and the width. Rows of the
cursor's row, of a selection and of a matching bracket are left to Textual, as is a text with
syntax highlighting.
"""

from __future__ import annotations

from textual.strip import Strip
from textual.widgets import TextArea

from plgtui.tui.textual_internals import wrapped_row

KEPT = 2048  # rows: a few screens' worth, at a few widths


class NotesArea(TextArea):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._rows: dict[tuple, Strip] = {}

    def notify_style_update(self) -> None:
        self._rows.clear()  # colours, focus, theme: every row looks different
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        key = self._row_key(y)
        if key is None:
            return super().render_line(y)
        row = self._rows.get(key)
        if row is None:
            if len(self._rows) >= KEPT:
                self._rows.clear()
            row = self._rows[key] = super().render_line(y)
        return row

    def _row_key(self, y: int) -> tuple | None:
        """What row y shows, as a key; None when it depends on more (cursor, selection...)."""
        if not self.soft_wrap or self.language is not None or self.show_line_numbers:
            return None
        wrapped = self.wrapped_document
        scroll_x, scroll_y = self.scroll_offset
        row = scroll_y + y
        if row >= wrapped.height:
            return None
        line_index, section = wrapped_row(wrapped, row)
        selection = self.selection
        (top, _), (bottom, _) = sorted(selection)
        if top <= line_index <= bottom and not selection.is_empty:
            return None  # a selected paragraph
        cursor_line = line_index == selection.end[0]
        if cursor_line and wrapped.location_to_offset(selection.end).y == row:
            return None  # the cursor's row
        bracket = self.matching_bracket_location
        if bracket is not None and bracket[0] == line_index:
            return None
        return (
            cursor_line,  # the other rows of the cursor's paragraph are highlighted
            self.highlight_cursor_line,
            self.read_only,
            self.show_cursor,
            self.document.get_line(line_index),
            tuple(wrapped.get_offsets(line_index)),  # as wrapped when drawn, not as last kept
            section,
            self.scrollable_content_region.width,
            self.size,
            scroll_x,
            self.indent_width,
            self.theme,
            self.has_focus,
        )
