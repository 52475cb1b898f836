"""F1 at 80x24 (tester's report): the live view's key list was a box of its own that did not
scroll, ending at 'f Projector'; every key can now be brought into view with the keys."""

from __future__ import annotations

from live_fixtures import live_app, running_meeting

from plgtui.core.timer import FakeClock
from plgtui.tui.widgets.list_table import ListTable


def last_key_in_sight(screen) -> bool:
    table = screen.query_one(ListTable)
    body = screen.query_one("#help-body").content_region
    rows = len(screen.key_rows())
    y = table.region.y + 1 + (rows - 1) - round(table.scroll_offset.y)  # one header line
    return body.y <= y < min(body.bottom, table.region.bottom)


async def test_every_key_of_the_live_view_can_be_brought_into_view(workbook):
    clock = FakeClock()
    running_meeting(workbook, clock, 170)
    app = live_app(workbook, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert len(app.screen.key_rows()) > 20  # more than the box shows at once
        assert not last_key_in_sight(app.screen)
        seen = False
        for _ in range(6):
            await pilot.press("pagedown")
            await pilot.pause()
            seen = seen or last_key_in_sight(app.screen)
        assert seen
