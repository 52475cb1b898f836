"""Snapshots of the research-question screen at 80x24 and 160x45 for the demo journey."""

from __future__ import annotations

from datetime import date

import pytest

from plgtui.app import PlgApp
from plgtui.timer import FakeClock

from conftest import TODAY
from test_snapshots import SIZES, steady

IDS = [f"{w}x{h}" for w, h in SIZES]
CASES = {
    "question": ("q",),
    "versions": ("q", "ctrl+pagedown"),
    "quality": ("q", "ctrl+pageup", "ctrl+pageup"),
    "conditions": ("q", "ctrl+pageup"),
    "selfcheck_form": ("q", "s"),
}


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("case", list(CASES))
def test_question_screens(snap_compare, workbook, case, size):
    workbook.set_inquiry_items("data", ["Rapportcijfers 2025 (vakgroep)", "Leerlingengesprekken"])
    workbook.set_inquiry_items("goals", ["80% van de leerlingen analyseert een bron zelfstandig"])
    workbook.set_step("doing")
    workbook.tick_quality("grounded", "Rapportcijfers en gesprekken bekeken", on=TODAY)
    workbook.add_selfcheck(on=date(2026, 1, 10), scores={"ownership": 2, "duration": 1})
    workbook.add_selfcheck(on=TODAY, scores={"ownership": 4, "duration": 2},
                           notes={"ownership": "Zelf gekozen"})  # fmt: skip

    async def run(pilot):
        await pilot.press(*CASES[case])
        await pilot.pause()
        await steady(pilot)

    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    assert snap_compare(app, terminal_size=size, run_before=run)
