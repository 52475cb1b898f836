"""The terminal's cursor sits on the highlighted row of a focused list (issue 34), as Textual's
Input puts it at its caret, so a screen reader that follows the cursor reads that row."""

from __future__ import annotations

from conftest import TODAY

from plgtui.tui.app import PlgApp
from plgtui.tui.widgets.list_table import ListTable


async def test_the_cursor_follows_the_row_in_a_list(workbook):
    app = PlgApp(workbook, today=lambda: TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")  # the meetings: a list
        await pilot.pause()
        table = app.screen.query_one(ListTable)
        assert table.has_focus
        region = table.content_region
        first = app.cursor_position
        assert first.x == region.x and region.y < first.y < region.bottom
        await pilot.press("down", "down")
        await pilot.pause()
        assert app.cursor_position.y == first.y + 2
