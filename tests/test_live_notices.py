"""Notices on the live view never cover the countdown's digits, at 80x24 and 160x45, with the
side panel and on the projector."""

from __future__ import annotations

import pytest
from live_fixtures import live_app, running_meeting
from textual.geometry import Region
from textual.widgets._toast import Toast

from plgtui.core.timer import FakeClock
from plgtui.tui.widgets.big_clock import BigClock, draw, scale_for

LONG = "De aanwezigheid veranderde: de groepjes zijn opnieuw verdeeld. " * 2


def digits(clock: BigClock) -> Region:
    """Where the digits are drawn: the drawing, centred in the clock's content region."""
    box = clock.content_region
    lines = draw(clock.text, scale_for(clock.text, box.width, box.height))
    width, height = len(lines[0]), len(lines)
    return Region(
        box.x + (box.width - width) // 2, box.y + (box.height - height) // 2, width, height
    )


@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
async def test_notices_leave_the_digits_free(workbook, size, projector):
    clock = FakeClock()
    running_meeting(workbook, clock, 30)
    app = live_app(workbook, clock, projector=projector)
    async with app.run_test(size=size, notifications=True) as pilot:
        app.notify("Het idee staat nu bij de afspraken.")
        app.notify(LONG)
        await pilot.pause()
        await pilot.pause(0.2)
        toasts = list(app.screen.query(Toast))
        assert len(toasts) >= 2
        drawn = digits(app.screen.query_one(BigClock))
        for toast in toasts:
            assert not toast.region.overlaps(drawn), (toast.region, drawn)
