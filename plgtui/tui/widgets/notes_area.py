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

from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import TextArea

from plgtui.tui.textual_internals import wrapped_row

KEPT = 2048  # rows: a few screens' worth, at a few widths


class NotesArea(TextArea):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._rows: dict[tuple, Strip] = {}
        self._frame: tuple | None = None  # what every row of one drawing shares

    def notify_style_update(self) -> None:
        self._rows.clear()  # colours, focus, theme: every row looks different
        super().notify_style_update()

    def render_lines(self, crop: Region) -> list[Strip]:
        self._frame = self._frame_now()
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

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

    def _frame_now(self) -> tuple | None:
        if not self.soft_wrap or self.language is not None or self.show_line_numbers:
            return None
        selection = self.selection
        (top, _), (bottom, _) = sorted(selection)
        if selection.is_empty:
            top, bottom = -1, -2  # nothing selected: no paragraph is
        cursor = selection.end
        bracket = self.matching_bracket_location
        looks = (
            self.highlight_cursor_line,
            self.read_only,
            self.show_cursor,
            self.scrollable_content_region.width,
            self.size,
            self.scroll_offset.x,
            self.indent_width,
            self.theme,
            self.has_focus,
        )
        cursor_row = self.wrapped_document.location_to_offset(cursor).y
        return top, bottom, cursor[0], cursor_row, bracket[0] if bracket else -1, looks

    def _row_key(self, y: int) -> tuple | None:
        """What row y shows, as a key; None when it depends on more (cursor, selection...)."""
        frame = self._frame if self._frame is not None else self._frame_now()
        if frame is None:
            return None
        top, bottom, cursor_line, cursor_row, bracket_line, looks = frame
        wrapped = self.wrapped_document
        row = self.scroll_offset.y + y
        if row >= wrapped.height or row == cursor_row:
            return None  # below the text, or the cursor's row
        line_index, section = wrapped_row(wrapped, row)
        if top <= line_index <= bottom or line_index == bracket_line:
            return None  # a selected paragraph, or one with a bracket matched
        return (
            line_index == cursor_line,  # the cursor's paragraph's other rows are highlighted
            self.document.get_line(line_index),
            tuple(wrapped.get_offsets(line_index)),  # as wrapped when drawn, not as last kept
            section,
            looks,
        )
