"""The countdown's stages read without colour: under NO_COLOR and Textual's ANSI themes each
stage is found by its words and the shape of the clock's frame (issue 34)."""

from __future__ import annotations

import pytest
from live_fixtures import live_app, running_meeting

from plgtui.core.timer import FakeClock
from plgtui.tui.widgets.big_clock import BigClock

# A five-minute step: wrap up from 100 s left, its last stretch from 50 s (a sixth).
STAGES = [
    (88, "", None),
    (210, "tijd om af te ronden", "╭"),
    (258, "bijna om", "┏"),
    (365, "over tijd", "╔"),
]
CORNERS = "╭┏╔"


def clock_text(app) -> str:
    """What the clock's box shows, character by character, without any colour."""
    region = app.screen.query_one(BigClock).region
    strips = app.screen._compositor.render_strips()
    lines = ["".join(seg.text for seg in strip) for strip in strips]
    return "\n".join(line[region.x : region.right] for line in lines[region.y : region.bottom])


@pytest.mark.parametrize("look", ["no_color", "ansi-dark", "ansi-light"])
@pytest.mark.parametrize(
    "seconds_in, words, corner", STAGES, ids=[s[1] or "plenty" for s in STAGES]
)
async def test_every_stage_reads_without_colour(
    workbook, monkeypatch, look, seconds_in, words, corner
):
    if look == "no_color":
        monkeypatch.setenv("NO_COLOR", "1")
    clock = FakeClock()
    running_meeting(workbook, clock, seconds_in)
    app = live_app(workbook, clock)
    if look != "no_color":
        app.theme = look
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.no_color is (look == "no_color")
        shown = clock_text(app)
        flat = " ".join(shown.split())
        if words:
            assert words in flat
            assert corner in shown and not set(CORNERS.replace(corner, "")) & set(shown)
        else:  # plenty of time: no words, no frame
            assert not set(CORNERS) & set(shown)
            for other in ("af te ronden", "bijna om", "over tijd", "nog 1 min"):
                assert other not in flat


async def test_a_full_last_minute_says_so_and_a_pause_keeps_the_stage(workbook):
    clock = FakeClock()
    running_meeting(workbook, clock, 0)
    app = live_app(workbook, clock)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press(*["plus"] * 5)  # a ten-minute step: its last stretch is a minute
        clock.advance(10 * 60 - 40)
        app.ticker.changed()
        await pilot.pause()
        assert "nog 1 min" in " ".join(clock_text(app).split())
        await pilot.press("space")
        flat = " ".join(clock_text(app).split())
        assert "nog 1 min · GEPAUZEERD" in flat and "┏" in clock_text(app)


@pytest.mark.parametrize("level, blinks", [("none", False), ("full", True)])
async def test_the_flash_at_zero_follows_reduced_animations(workbook, level, blinks):
    clock = FakeClock()
    running_meeting(workbook, clock, 365)
    app = live_app(workbook, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.animation_level = level
        await pilot.pause()
        app.live_flash()
        assert (app.screen._flashes > 0) is blinks  # blinks still to come
        assert not app.screen.query_one(BigClock).has_class("-flash")
        assert "over tijd" in " ".join(clock_text(app).split())
