"""Reading a journey with the garbage collector told the data is long-lived."""

from __future__ import annotations

import gc

from plgtui.memory import long_lived
from plgtui.workbook import Workbook


def test_a_journey_read_as_long_lived_is_frozen_and_the_collector_comes_back(demo_path):
    assert gc.isenabled()
    before = gc.get_freeze_count()
    try:
        with long_lived():
            assert not gc.isenabled()  # no collections while tens of thousands of objects arrive
            book = Workbook.open(demo_path, read_only=True)
        assert gc.isenabled()
        assert gc.get_freeze_count() > before + 1000
        assert book.journey.meetings  # still an ordinary, usable journey
        book.close()
    finally:
        gc.unfreeze()


def test_the_collector_stays_off_if_it_was_off(demo_path):
    gc.disable()
    try:
        with long_lived():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
