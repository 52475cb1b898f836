"""Memory: the journey read as long-lived data, and closed screens let go."""

from __future__ import annotations

import gc

from conftest import TODAY
from textual.screen import Screen
from textual.widgets import Header

from plgtui.core.memory import long_lived
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp


def test_long_lived_objects_are_frozen_and_the_collector_comes_back():
    assert gc.isenabled()
    before = gc.get_freeze_count()
    with long_lived():
        assert not gc.isenabled()  # no collections while tens of thousands of objects arrive
        kept = [[n] for n in range(2000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + len(kept)


def test_an_opened_or_reloaded_journey_is_frozen(demo_path):
    """Every way in (command line, reload, web, benches) goes through the workbook."""
    before = gc.get_freeze_count()
    book = Workbook.open(demo_path)
    assert gc.get_freeze_count() > before + 1000
    assert book.journey.meetings  # still an ordinary, usable journey
    gc.unfreeze()
    book.reload()
    assert gc.get_freeze_count() > 1000
    assert gc.isenabled()
    book.close()


def test_the_collector_stays_off_if_it_was_off(demo_path):
    gc.disable()
    try:
        with long_lived():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


async def test_visited_screens_are_let_go(workbook):
    """Textual #6666: a Header or TextArea watching the app kept every closed screen alive."""
    app = PlgApp(workbook, today=lambda: TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("r", "q", "p", "f1", "r", "q"):
            await pilot.press(key)
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("r")  # a push lets go of the screens popped before it
        await pilot.pause()
        gc.collect()
        alive = [o for o in gc.get_objects() if isinstance(o, Screen) and o.app is app]
        headers = [o for o in gc.get_objects() if isinstance(o, Header)]
        # Open or kept for the next visit (one of each kind), and at most one on its way out.
        wanted = {*app.screen_stack, *app.kept.screens()}
        assert len(alive) <= len(wanted) + 1, alive
        assert len(headers) <= len(wanted) + 1
        assert len(app.kept.screens()) == 3  # meetings, question, per member: none twice
