"""A table of rows to pick from, drawn a line at a time.

Textual's DataTable renders every cell through a Rich console and measures every row it holds;
on the ten-year journey that made opening the meetings list cost a third of a second. Our lists
only need rows of short cells, a row cursor and a header, so this widget keeps its cells as Rich
Text, measures them once when they are added, and draws only the lines on screen (Textual's
Line API). One column may be marked `flex`: it gives up width first, so a narrow terminal still
shows every column instead of hiding the last ones behind a horizontal scrollbar.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Offset, Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from plgtui.core.validate import strip_control

Row = tuple[Sequence["str | Text"], "str | None"]  # cells, key

MIN_FLEX = 16  # a flex column is never cut narrower than this (unless its text is shorter)
PAD = 1  # blank cells either side of a cell's text, as in DataTable


@dataclass
class Column:
    label: Text
    key: str | None
    flex: bool
    width: int  # the widest text in the column, label included


class ListTable(ScrollView, can_focus=True):
    """Rows of text cells with a row cursor; Enter or a second click selects a row."""

    COMPONENT_CLASSES = {"list-table--header", "list-table--cursor", "list-table--even-row"}

    DEFAULT_CSS = """
    ListTable {
        background: $surface;
        color: $foreground;
        height: auto;
        max-height: 100%;
        &:focus {
            background-tint: $foreground 5%;
            & > .list-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .list-table--header { background-tint: $foreground 5%; }
        }
        & > .list-table--header { text-style: bold; background: $panel; color: $foreground; }
        & > .list-table--even-row { background: $surface-lighten-1 50%; }
        &:dark > .list-table--even-row { background: $surface-darken-1 40%; }
        & > .list-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    # Moving in the list, as in any list: not shown, not in help or the palette (no label).
    BINDINGS = [
        Binding("enter", "select_cursor", show=False),
        Binding("up", "cursor_up", show=False),
        Binding("down", "cursor_down", show=False),
        Binding("pageup", "page_up", show=False),
        Binding("pagedown", "page_down", show=False),
        Binding("home,ctrl+home", "first", show=False),
        Binding("end,ctrl+end", "last", show=False),
    ]

    class _RowMessage(Message):
        def __init__(self, table: ListTable, row: int, key: str | None) -> None:
            super().__init__()
            self.table = table
            self.cursor_row = row
            self.row_key = key

        @property
        def control(self) -> ListTable:
            return self.table

    class RowHighlighted(_RowMessage):
        """The cursor moved to another row."""

    class RowSelected(_RowMessage):
        """Enter was pressed on a row, or it was clicked while it had the cursor."""

    def __init__(
        self, *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.columns: list[Column] = []
        self._rows: list[tuple[Text, ...]] = []
        self._keys: list[str | None] = []
        self._cursor = 0
        self._lines: dict[tuple, list[Segment]] = {}  # a row's cells at given widths
        self._styles: tuple[Style, Style, Style, Style] = (Style(),) * 4  # set for each drawing
        self._fitted: tuple[int, tuple[int, ...]] = (-1, ())  # available width, column widths

    # -- content -------------------------------------------------------------------------

    def add_column(self, label: str, key: str | None = None, flex: bool = False) -> None:
        text = Text(label)
        self.columns.append(Column(text, key, flex, cell_len(label)))
        self._changed()

    def add_row(self, *cells: str | Text, key: str | None = None) -> None:
        """Add a row. A plain string is shown as typed: it is never read as markup."""
        self.add_rows([(cells, key)])

    def add_rows(self, rows: Iterable[Row]) -> None:
        """Add (cells, key) rows, measuring and relaying out once for all of them."""
        columns = self.columns
        for cells, key in rows:
            row = tuple(_one_line(c if isinstance(c, Text) else Text(c)) for c in cells)
            row += (Text(),) * (len(columns) - len(row))  # a short row ends in blank cells
            for column, cell in zip(columns, row, strict=False):
                width = cell.cell_len
                if width > column.width:
                    column.width = width
            self._rows.append(row)
            self._keys.append(key)
        self._changed()

    def clear(self) -> None:
        """Remove every row (the columns stay) and put the cursor on the first."""
        self._rows.clear()
        self._keys.clear()
        for column in self.columns:
            column.width = column.label.cell_len
        self._cursor = 0
        self._changed()

    def _changed(self) -> None:
        self._lines.clear()
        self._fitted = (-1, ())
        self.virtual_size = Size(self._min_width(), len(self._rows) + 1)
        self.refresh()

    @property
    def row_count(self) -> int:
        return len(self._rows)

    def get_row_at(self, row: int) -> tuple[Text, ...]:
        return self._rows[row]

    def cut_text(self, row: int) -> str:
        """The full text of the row's flex cells that end in "…" at the current width, so a
        screen can show it elsewhere; "" when nothing is cut (or the table is not laid out)."""
        available = self.scrollable_content_region.width
        if not available or not 0 <= row < len(self._rows):
            return ""
        widths = self._fit(available)
        cells = zip(self.columns, self._rows[row], widths, strict=False)
        return " · ".join(cell.plain for column, cell, width in cells
                          if column.flex and cell.cell_len > width)  # fmt: skip

    # -- cursor --------------------------------------------------------------------------

    @property
    def cursor_row(self) -> int:
        return self._cursor

    @property
    def cursor_key(self) -> str | None:
        """The key of the row under the cursor, None when the table is empty."""
        return self._keys[self._cursor] if self._rows else None

    def move_cursor(self, *, row: int) -> None:
        row = max(0, min(row, len(self._rows) - 1))
        if row == self._cursor:
            self._scroll_to_cursor()
            return
        self._cursor = row
        self.refresh()
        self._scroll_to_cursor()
        self.post_message(self.RowHighlighted(self, row, self._keys[row]))

    def _scroll_to_cursor(self) -> None:
        visible = max(1, self.scrollable_content_region.height - 1)  # less the header
        top = round(self.scroll_y)
        if self._cursor < top:
            self.scroll_to(y=self._cursor, animate=False, immediate=True)
        elif self._cursor >= top + visible:
            self.scroll_to(y=self._cursor - visible + 1, animate=False, immediate=True)

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 2)

    def action_cursor_up(self) -> None:
        self.move_cursor(row=self._cursor - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(row=self._cursor + 1)

    def action_page_up(self) -> None:
        self.move_cursor(row=self._cursor - self._page())

    def action_page_down(self) -> None:
        self.move_cursor(row=self._cursor + self._page())

    def action_first(self) -> None:
        self.move_cursor(row=0)

    def action_last(self) -> None:
        self.move_cursor(row=len(self._rows) - 1)

    def action_select_cursor(self) -> None:
        if self._rows:
            self.post_message(self.RowSelected(self, self._cursor, self._keys[self._cursor]))

    def on_click(self, event: events.Click) -> None:
        row = event.y - 1 + round(self.scroll_y)
        if event.y < 1 or not 0 <= row < len(self._rows):
            return
        event.stop()
        if row == self._cursor:
            self.action_select_cursor()
        else:
            self.move_cursor(row=row)

    # -- drawing -------------------------------------------------------------------------

    def _min_width(self) -> int:
        total = 0
        for column in self.columns:
            width = min(column.width, MIN_FLEX) if column.flex else column.width
            total += width + 2 * PAD
        return total

    def _fit(self, available: int) -> tuple[int, ...]:
        """`_widths(available)`, worked out again only when the width or the rows change."""
        if self._fitted[0] != available:
            self._fitted = (available, self._widths(available))
        return self._fitted[1]

    def _widths(self, available: int) -> tuple[int, ...]:
        """Each column's text width: when they do not all fit, the widest flex column is cut
        first, down to the next widest, and so on, none below MIN_FLEX."""
        widths = [column.width for column in self.columns]
        excess = sum(widths) + 2 * PAD * len(widths) - available
        flex = [i for i, column in enumerate(self.columns) if column.flex]
        while excess > 0:
            cuttable = sorted((i for i in flex if widths[i] > MIN_FLEX), key=lambda i: -widths[i])
            if not cuttable:
                break
            widest = cuttable[0]
            floor = max([MIN_FLEX] + [widths[i] for i in cuttable[1:2]])
            cut = min(excess, widths[widest] - floor) or 1
            widths[widest] -= cut
            excess -= cut
        return tuple(widths)

    def _cells(self, row: int, cells: tuple[Text, ...], widths: tuple[int, ...]) -> list[Segment]:
        key = (row, widths)
        segments = self._lines.get(key)
        if segments is None:
            console = self.app.console
            segments = []
            pad = Segment(" " * PAD)
            for cell, width in zip(cells, widths, strict=False):
                text = cell.copy()
                text.no_wrap = True
                text.end = ""
                text.truncate(width, overflow="ellipsis", pad=True)
                segments.append(pad)
                segments.extend(text.render(console))
                segments.append(pad)
            self._lines[key] = segments
        return segments

    def render_lines(self, crop: Region) -> list[Strip]:
        # The styles are looked up once for all the lines drawn, not once per line.
        base = self.rich_style
        self._styles = (
            base,
            base + self.get_component_rich_style("list-table--header"),
            base + self.get_component_rich_style("list-table--even-row"),
            self.get_component_rich_style("list-table--cursor"),
        )
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        scroll_x, scroll_y = self.scroll_offset
        widths = self._fit(self.scrollable_content_region.width)  # less a vertical scrollbar
        base, header, even, cursor = self._styles
        if y == 0:
            labels = tuple(column.label for column in self.columns)
            return self._strip(self._cells(-1, labels, widths), scroll_x, width, header, None)
        row = scroll_y + y - 1
        if row >= len(self._rows):
            return Strip.blank(width, base)
        style = even if row % 2 == 0 else base
        over = cursor if row == self._cursor else None
        if over is not None and self.has_focus:
            # The terminal's own cursor goes to the row, as Textual's Input puts it at the
            # caret: a screen reader that follows the cursor reads the row under it.
            region = self.content_region
            self.app.cursor_position = Offset(region.x, region.y + y)
        return self._strip(self._cells(row, self._rows[row], widths), scroll_x, width, style, over)

    @staticmethod
    def _strip(
        segments: list[Segment], scroll_x: int, width: int, style: Style, over: Style | None
    ) -> Strip:
        strip = Strip(Segment.apply_style(segments, style, over))
        rest = style + over if over else style  # the cursor runs to the right edge
        return strip.crop(scroll_x, scroll_x + width).extend_cell_length(width, rest)


def _one_line(text: Text) -> Text:
    """The cell on one line, without control characters: typed text is cleaned when it is
    typed and when a file is read, but a bidi mark that reached a cell anyway would turn the
    rest of its row around."""
    plain = text.plain
    if (clean := strip_control(plain)) != plain:
        text = text.copy()
        text.plain = clean  # a style over the whole cell stays
    return Text(" ").join(text.split("\n")) if "\n" in text.plain else text
