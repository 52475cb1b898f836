"""Snapshots of the research-question screen at 80x24 and 160x45 for the demo journey."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import TODAY
from test_snapshots import IDS, SIZES, fixed_app, keys

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
    workbook.question.set_inquiry_items("data", ["Rapportcijfers 2025 (vakgroep)", "Leerlingengesprekken"])
    workbook.question.set_inquiry_items("goals", ["80% van de leerlingen analyseert een bron zelfstandig"])
    workbook.question.set_step("doing")
    workbook.question.tick_quality("grounded", "Rapportcijfers en gesprekken bekeken", on=TODAY)
    workbook.question.add_selfcheck(on=date(2026, 1, 10), scores={"ownership": 2, "duration": 1})
    workbook.question.add_selfcheck(on=TODAY, scores={"ownership": 4, "duration": 2},
                           notes={"ownership": "Zelf gekozen"})  # fmt: skip

    assert snap_compare(fixed_app(workbook), terminal_size=size, run_before=keys(*CASES[case]))
