"""A primary school's team reads the phases in a version for primary schools (a team, not a
subject department): a setting of the group, kept in its file, switched with b on the phase
screen."""

from __future__ import annotations

import pytest
from conftest import TODAY, journey_state

from plgtui.core.phases import SECTIONS, load_phases
from plgtui.core.timer import FakeClock
from plgtui.core.validate import InputError
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp
from plgtui.tui.screens.phases import PhasesScreen
from plgtui.tui.widgets.markdown_text import MarkdownText


@pytest.mark.parametrize("lang, department", [("nl", "vakgroep"), ("en", "department")])
def test_the_primary_version_has_every_phase_and_speaks_of_a_team(lang, department):
    primary, problem = load_phases(lang, primary=True)
    secondary, _problem = load_phases(lang)
    assert problem == "" and sorted(primary) == sorted(secondary)
    for number, phase in primary.items():
        assert all(phase.sections[key].strip() for key in SECTIONS)
        assert phase.signals and phase.signals != secondary[number].signals
    assert primary[5].titles["ready"] == secondary[5].titles["ready"]  # anchored, no next phase
    everything = " ".join(s for p in primary.values() for s in p.sections.values())
    assert "team" in everything and department not in everything


def test_a_coachs_own_primary_copy_is_read_from_her_folder(tmp_path):
    from plgtui.core.content import read_text

    (tmp_path / "nl").mkdir()
    text = read_text("phases-primary", "nl").replace(
        "De directeur engageert", "Eigen: de directeur"
    )
    (tmp_path / "nl" / "phases-primary.md").write_text(text, encoding="utf-8")
    phases, problem = load_phases("nl", tmp_path, primary=True)
    assert problem == "" and phases[1].sections["traits"].startswith("Eigen:")


def test_the_setting_is_kept_in_the_file_and_only_on_or_off(workbook):
    assert workbook.journey.group.primary is False
    before = journey_state(workbook)
    with pytest.raises(InputError):
        workbook.group.set_primary("ja")
    assert journey_state(workbook) == before
    workbook.group.set_primary(True)
    path = workbook.path
    workbook.close()
    again = Workbook.open(path)
    try:
        assert again.journey.group.primary is True
    finally:
        again.close()


async def test_b_on_the_phase_screen_switches_the_texts(workbook):
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("f")
        assert isinstance(app.screen, PhasesScreen)
        shown = app.screen.query_one("#phase-text", MarkdownText)
        assert "bespreekt het team" not in shown.markdown
        await pilot.press("b")
        await pilot.pause()
        assert workbook.journey.group.primary is True
        assert "bespreekt het team" in shown.markdown  # phase 4, the demo's, in the primary version
        assert app.screen.texts[4].sections["traits"].startswith("Leraren werken over meerdere")
        await pilot.press("b")
        await pilot.pause()
        assert workbook.journey.group.primary is False
        assert app.screen.texts[4].sections["traits"].startswith("Leraren gaan samen")
