"""The group's working agreements: written on the phase screen, in sight in the first block of
every meeting, reviewed with one key at the end, and kept in the minutes and the export."""

from __future__ import annotations

import pytest
from conftest import TODAY, journey_state
from live_fixtures import live_app
from test_snapshots import IDS, SIZES, fixed_app, keys
from textual.widgets import Input, Select, Static, TextArea

from plgtui.core.timer import FakeClock
from plgtui.core.validate import InputError
from plgtui.core.workbook import Workbook
from plgtui.export.journey import journey_markdown
from plgtui.export.minutes import meeting_markdown
from plgtui.tui.dialogs.phase_forms import NormsForm, NormsReviewForm
from plgtui.tui.screens.phases import PhasesScreen


def test_norms_and_their_review_are_checked_before_anything_changes(workbook):
    before = journey_state(workbook)
    with pytest.raises(InputError):
        workbook.group.update_group(norms=[f"afspraak {n}" for n in range(13)])
    meeting = workbook.journey.meetings[-1]
    with pytest.raises(InputError, match="grotendeels"):
        workbook.minutes.review_norms(meeting.id, "misschien")
    assert journey_state(workbook) == before
    group = workbook.group.update_group(norms=["  Op tijd  ", "", "Niemand onderbreekt"])
    assert group.norms == ["Op tijd", "Niemand onderbreekt"]


async def test_written_shown_at_the_start_and_reviewed_at_the_end(workbook):
    path = workbook.path
    clock = FakeClock()
    app = live_app(workbook, clock)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("f", "w")
        form = app.screen
        assert isinstance(form, NormsForm)
        form.query_one("#norms", TextArea).text = "Op tijd beginnen\nTelefoons weg"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PhasesScreen)
        assert workbook.journey.group.norms == ["Op tijd beginnen", "Telefoons weg"]

        meeting = workbook.journey.meetings[-1]
        await pilot.press("escape")
        app.open_live(meeting.id)  # as "s" on the plan does, without its question
        await pilot.pause()
        prompts = app.screen.query_one("#live-prompts", Static)
        assert "Telefoons weg" in str(prompts.render())  # the first block shows them
        assert prompts.border_title == "Onze werkafspraken"
        await pilot.press("k")
        review = app.screen
        assert isinstance(review, NormsReviewForm)
        review.query_one("#kept", Select).value = "mostly"
        review.query_one("#note", Input).value = "Twee telefoons"
        await pilot.press("ctrl+s")
        await pilot.pause()
    again = Workbook.open(path, read_only=True)
    try:
        held = again.journey.meeting(meeting.id)
        assert (held.norms_kept, held.norms_note) == ("mostly", "Twee telefoons")
        assert "Hielden we ons eraan? grotendeels: Twee telefoons" in meeting_markdown(
            again.journey, held, TODAY
        )
        assert "## Onze werkafspraken\n\n- Op tijd beginnen" in journey_markdown(again.journey)
    finally:
        again.close()


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_the_norms_form(snap_compare, workbook, size):
    assert snap_compare(fixed_app(workbook), terminal_size=size, run_before=keys("f", "w"))
