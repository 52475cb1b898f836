"""Long tables filled a page at a time.

Textual's DataTable measures every cell of every row it holds; five hundred meetings took half a
second to show. The first page is shown at once and the next one is added when the cursor comes
near the end, so a table of any length opens as fast as a short one.
"""

from __future__ import annotations

from itertools import islice
from typing import Iterable, Iterator

from rich.console import RenderableType
from textual.widgets import DataTable

PAGE = 60
NEAR = 10  # rows from the end at which the next page is added

Row = tuple[tuple[RenderableType, ...], str]  # cells, key


class RowFeed:
    def __init__(self, table: DataTable) -> None:
        self.table = table
        self._rest: Iterator[Row] = iter(())
        self.more_left = False

    def fill(self, rows: Iterable[Row], keep_row: int = 0) -> None:
        """Show `rows` from the top, with enough of them to put the cursor back on `keep_row`."""
        self.table.clear()
        self._rest = iter(rows)
        self.more_left = True
        self.more(max(PAGE, keep_row + NEAR + 1))
        if self.table.row_count:
            self.table.move_cursor(row=min(keep_row, self.table.row_count - 1))

    def more(self, count: int = PAGE) -> None:
        page = list(islice(self._rest, count))
        for cells, key in page:
            self.table.add_row(*cells, key=key)
        self.more_left = len(page) == count

    def cursor_moved(self) -> None:
        """Call on every highlighted row: adds the next page when the end comes near."""
        if self.more_left and self.table.cursor_row >= self.table.row_count - NEAR:
            self.more()
