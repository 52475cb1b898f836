"""Every text on the live view reads at 4.5:1 or more (WCAG AA) in each theme plgtui ships, in
every stage of the countdown and on the projector; and app.tcss takes every colour from the
theme, so any Textual theme can be chosen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from contrast import worst
from live_fixtures import live_app, running_meeting
from textual.color import Color, ColorParseError

from plgtui.core.timer import FakeClock
from plgtui.tui.themes import SHIPPED

AA = 4.5
# Seconds into the 5-minute last step of 1-2-4-all: running, wrap-up, the last minute,
# overtime, and overtime paused.
STAGES = {"running": 10, "wrap-up": 200, "last-minute": 250, "overtime": 330, "paused": 400}


async def lowest(workbook, theme: str, seconds: float, size, projector=False):
    clock = FakeClock()
    live = running_meeting(workbook, clock, seconds)
    workbook.ideas.vote(live.meeting_id, live.meeting.ideas[0].id)  # votes shown, a row highlighted
    app = live_app(workbook, clock, projector=projector)
    app.theme = theme
    async with app.run_test(size=size) as pilot:
        if seconds >= STAGES["paused"]:
            await pilot.press("space")
        app.ticker.changed()
        await pilot.pause()
        return worst(app.screen._compositor.render_strips())[:3]


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("theme", [t.name for t in SHIPPED])
async def test_live_view_text_reaches_aa_contrast(workbook, theme, stage):
    found = await lowest(workbook, theme, STAGES[stage], (80, 24))
    assert found[0][0] >= AA, found


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
@pytest.mark.parametrize("theme", [t.name for t in SHIPPED])
async def test_projector_text_reaches_aa_contrast(workbook, theme, size):
    found = await lowest(workbook, theme, STAGES["last-minute"], size, projector=True)
    assert found[0][0] >= AA, found


def test_the_stylesheet_takes_every_colour_from_the_theme():
    css = (Path(__file__).parent.parent / "plgtui" / "tui" / "app.tcss").read_text(encoding="utf-8")
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    literal = []
    for name, value in re.findall(r"([\w-]+)\s*:\s*([^;{}]+);", css):
        if not any(part in name for part in ("color", "background", "border", "tint", "outline")):
            continue
        for token in value.split():
            if token.startswith("$") or token.endswith("%") or token in ("none", "initial"):
                continue
            try:
                Color.parse(token)
            except ColorParseError:
                continue
            literal.append(f"{name}: {value.strip()}")
    assert literal == []
