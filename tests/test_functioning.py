"""How are we doing as a PLG? A check apart from the nine conditions, scored over time, shown as
a trend on the phase screen, launched from an evaluation block, and in the export."""

from __future__ import annotations

import re

import pytest
from conftest import TODAY, journey_state
from live_fixtures import live_app
from test_snapshots import IDS, SIZES, fixed_app, keys
from textual.geometry import Region
from textual.widgets import Input, Static

from plgtui.core.live import LiveMeeting
from plgtui.core.model import BlockKind
from plgtui.core.timer import FakeClock
from plgtui.core.validate import InputError
from plgtui.export.journey import journey_markdown
from plgtui.tui.dialogs.phase_forms import FunctioningForm


def test_scores_are_checked_before_anything_changes(workbook):
    before = journey_state(workbook)
    for scores in ({"trust": 5}, {"ownership": 3}, {}):
        with pytest.raises(InputError):
            workbook.phases.add_functioning_check(on=TODAY, scores=scores)
    assert journey_state(workbook) == before
    check = workbook.phases.add_functioning_check(
        on=TODAY, scores={"trust": "4"}, notes={"trust": " Open gesprek ", "pupils": " "}
    )
    assert (check.scores, check.notes) == ({"trust": 4}, {"trust": "Open gesprek"})


async def test_from_the_phase_screen_to_the_trend_and_the_export(workbook):
    app = live_app(workbook, FakeClock())
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("f", "h")
        form = app.screen
        assert isinstance(form, FunctioningForm)
        assert form.query_one("#score-trust", Input).value == "4"  # the last scores to start from
        form.query_one("#score-dialogue", Input).value = "4"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+pageup")  # the progress tab
        await pilot.pause()
        trend = str(app.screen.query_one("#functioning", Static).render())
        assert "Reflectieve dialoog" in trend and "2 → 3 → 4" in trend
    assert len(workbook.journey.functioning) == 3
    assert "## Hoe werken we als PLG?" in journey_markdown(workbook.journey)


async def test_an_evaluation_block_launches_it(workbook):
    clock = FakeClock()
    meeting = workbook.journey.meetings[-1]
    live = LiveMeeting.start(workbook, meeting.id, clock)
    while live.block.kind is not BlockKind.EVALUATION:
        live.next()
    app = live_app(workbook, clock)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await pilot.press("h")
        assert isinstance(app.screen, FunctioningForm)
        await pilot.press("escape")
        await pilot.pause()
        app.ticker.live.previous()  # not in another block
        app.ticker.changed()
        await pilot.pause()
        await pilot.press("h")
        assert not isinstance(app.screen, FunctioningForm)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_the_functioning_form(snap_compare, workbook, size):
    assert snap_compare(fixed_app(workbook), terminal_size=size, run_before=keys("f", "h"))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_each_point_says_what_a_1_and_a_4_look_like_and_where_the_points_come_from(lang):
    from plgtui.core import labels
    from plgtui.core.i18n import CATALOGS
    from plgtui.core.model import FUNCTIONING_KEYS

    catalog = CATALOGS[lang]
    # shared vision and shared leadership are points; none overlaps another
    assert {"vision", "leadership"} <= set(FUNCTIONING_KEYS)
    assert not {"collaboration", "pupils"} & set(
        FUNCTIONING_KEYS
    )  # inside dialogue, responsibility
    for key in FUNCTIONING_KEYS:
        assert re.fullmatch(r"1: \S.+ · 4: \S.+", catalog[labels.FUNCTIONING_LEVELS[key]]), key
    assert (
        "Stoll" in catalog["functioning.form_note"] and "Hord" in catalog["functioning.form_note"]
    )


async def test_the_form_shows_the_levels_beside_each_score(workbook):
    app = live_app(workbook, FakeClock())
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("f", "h")
        assert str(app.screen.query(".score-meaning").first(Static).render()).startswith(
            "1: ieder heeft"
        )
        assert app.screen.query_one("#score-leadership", Input).value == "3"


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
async def test_the_forms_labels_and_levels_wrap_instead_of_being_cut(workbook, size):
    """ "1: … · 4: …" and "Shared responsibility for pupils' learning" are read whole: each
    wraps onto as many lines as it needs, at 80 columns and at 160."""
    app = live_app(workbook, FakeClock())
    async with app.run_test(size=size) as pilot:
        await pilot.press("f", "h")
        await pilot.pause()
        screen = app.screen
        for widget in [*screen.query(".score-meaning"), *screen.query(".form-row > Label")]:
            lines = widget.render_lines(Region(0, 0, *widget.outer_size))
            shown = " ".join(strip.text for strip in lines).split()
            assert shown == str(widget.render()).split(), shown
        assert len(screen.query(".score-meaning")) == 6
