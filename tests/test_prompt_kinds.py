"""The lines beside the live clock say what they are (tester's report): in the first block the
group's working agreements and the open agreements to follow up are neither 'Vraag:' in
`plgtui status` nor listed together under 'Onze werkafspraken' in the live view."""

from __future__ import annotations

import io

from live_fixtures import live_app

from plgtui import cli_status
from plgtui.core.live import LiveMeeting
from plgtui.core.timer import FakeClock


def first_block(workbook, clock):
    live = LiveMeeting.start(workbook, workbook.journey.meetings[-1].id, clock)
    assert live.norms_shown() and live.block.prompts  # both kinds are there
    return live


def test_status_labels_each_kind(workbook):
    clock = FakeClock()
    live = first_block(workbook, clock)
    out = io.StringIO()
    cli_status.report(workbook.path, out, follow=False, clock=clock)
    lines = out.getvalue().splitlines()
    norms = [f"Werkafspraak: {n}" for n in live.norms_shown()]
    follow = [f"Afspraak om op te volgen: {p}" for p in live.block.prompts]
    assert lines[-len(norms) - len(follow) :] == norms + follow
    assert not any(line.startswith("Vraag:") for line in lines)


def test_later_blocks_still_ask_questions(workbook):
    clock = FakeClock()
    live = first_block(workbook, clock)
    live.next()
    out = io.StringIO()
    cli_status.report(workbook.path, out, follow=False, clock=clock)
    assert [f"Vraag: {q}" for q in live.block.prompts] == out.getvalue().splitlines()[4:]


async def test_the_live_view_heads_the_follow_up_apart(workbook):
    clock = FakeClock()
    live = first_block(workbook, clock)
    app = live_app(workbook, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        panel = app.screen.query_one("#live-prompts")
        assert panel.border_title == "Onze werkafspraken"
        text = str(panel.render())
        heading = text.index("Open afspraken om op te volgen")
        assert text.index(live.norms_shown()[-1]) < heading < text.index(live.block.prompts[0])
