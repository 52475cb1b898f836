"""Ending a meeting and the live view's words (tester's report): Ctrl+E says how many blocks
were not reached, and its words differ from Ctrl+Q's 'Stoppen'."""

from __future__ import annotations

from live_fixtures import live_app

from plgtui.core.end_question import end_question
from plgtui.core.i18n import _, set_language
from plgtui.core.live import LiveMeeting
from plgtui.core.timer import FakeClock


def started(workbook, clock):
    return LiveMeeting.start(workbook, workbook.journey.meetings[-1].id, clock)


def test_ending_at_the_first_block_says_three_were_not_reached(workbook):
    live = started(workbook, FakeClock())
    assert "3 blokken kwamen nog niet aan bod (blok 2–4 van 4)" in end_question(live)
    while live.state.block < 2:
        live.next()
    assert "Blok 4 (van 4) kwam nog niet aan bod" in end_question(live)
    set_language("en")
    try:
        assert "1 was not" not in end_question(live)
        assert "Block 4 (of 4) was not reached" in end_question(live)
    finally:
        set_language("nl")
    while live.next():
        pass
    assert "niet aan bod" not in end_question(live)


async def test_ctrl_e_in_the_live_view_asks_with_the_blocks_left(workbook):
    clock = FakeClock()
    started(workbook, clock)
    app = live_app(workbook, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert "3 blokken kwamen nog niet aan bod" in str(app.screen.question)


def test_words_a_coach_does_not_mix_up():
    assert (_("key.live_end"), _("cmd.end_live")) == ("Beëindigen", "Bijeenkomst beëindigen")
    assert _("key.reset") == "Klok opnieuw"
    assert _("key.fit") == "Inpassen"
    assert _("live.ahead", minutes=33) == "33 min voorsprong"
