"""Memory: the journey read as long-lived data, and closed screens let go."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest
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


FREED_BIG = """
from plgtui.core.memory import big_blocks_returned
def resident():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096
assert big_blocks_returned()
kept = []
before = resident()
for n in range(5):
    text = str(n) * (5 * 2**20)  # a save's text of a ten-year file
    kept.append(bytearray(4000))  # something small made after it, that stays
    del text
print((resident() - before) / 2**20)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt, /proc")
def test_a_saves_large_texts_go_back_to_the_system_once_freed():
    """Without the fixed threshold glibc serves the second large text from its heap, and it
    stays resident below the small object made after it (bench/README.md for a long journey). In a fresh process: pytest's own allocations would move the threshold."""
    out = subprocess.run([sys.executable, "-c", FREED_BIG], capture_output=True, text=True)
    if "AssertionError" in out.stderr:
        pytest.skip("not glibc: no mallopt")
    assert out.returncode == 0, out.stderr
    assert float(out.stdout) < 2
