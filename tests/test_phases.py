"""Phases: the content file, the group's moves, signals, themes and output."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import TODAY

from plgtui.core.changes.phases import theme_size_warning
from plgtui.core.content import ContentError
from plgtui.core.model import PHASES
from plgtui.core.phases import SECTIONS, load_phases, parse_phases
from plgtui.core.validate import InputError
from plgtui.core.workbook import Workbook
from plgtui.tui.screens.phases import days_in_phases


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_phase_has_every_section_and_signals(lang):
    phases, problem = load_phases(lang)
    assert problem == "" and sorted(phases) == list(PHASES)
    for phase in phases.values():
        assert all(phase.sections[key].strip() for key in SECTIONS)
        assert len(phase.signals) >= 2
    # the last phase has no next one: its signals say the work is anchored
    assert [phases[n].titles["ready"] for n in (4, 5)] == {
        "nl": ["Klaar voor de volgende fase", "Verankerd voor de lange termijn"],
        "en": ["Ready for the next phase", "Anchored for the long term"],
    }[lang]
    assert "volgende fase" not in phases[5].sections["traits"] + phases[5].sections["ready"]


def test_a_broken_own_copy_is_reported_and_the_shipped_text_used(tmp_path):
    own = tmp_path / "nl"
    own.mkdir()
    (own / "phases.md").write_text("## Fase 1\n\n### Kenmerken\n\nx\n\n### Onzin\n\ny\n")
    phases, problem = load_phases("nl", tmp_path)
    assert "phases.md, line 7: unknown section 'Onzin'" in problem
    assert phases[1].signals == load_phases("nl")[0][1].signals


def test_a_good_own_copy_wins(tmp_path):
    shipped = load_phases("nl")[0]
    text = (
        "".join(
            f"## Fase {n}\n\n"
            + "".join(f"### {t}\n\n- eigen {n}\n\n" for t in (
                "Kenmerken", "Wat helpt", "Let op", "Klaar voor de volgende fase",
                "Wat schoolleiders kunnen doen"))
            for n in PHASES
        )
    )  # fmt: skip
    (tmp_path / "nl").mkdir()
    (tmp_path / "nl" / "phases.md").write_text(text)
    phases, problem = load_phases("nl", tmp_path)
    assert problem == "" and phases[3].signals == ["eigen 3"] != shipped[3].signals


def test_missing_phases_are_named():
    with pytest.raises(ContentError, match="no text for phase 2, 3, 4, 5"):
        parse_phases(
            "## Fase 1\n\n" + "".join(f"### {t}\n\nx\n\n" for t in (
                "Kenmerken", "Wat helpt", "Let op", "Klaar voor de volgende fase",
                "Wat schoolleiders kunnen doen")),
            "f.md",
        )  # fmt: skip


def reopened(workbook: Workbook) -> Workbook:
    path = workbook.path
    workbook.close()
    return Workbook.open(path)


def test_moves_back_and_forth_are_kept_with_days_per_phase(workbook):
    journey = workbook.journey
    before = days_in_phases(journey, TODAY)
    workbook.phases.enter_phase(3, on=date(2026, 5, 21), reason="Thema te breed, opnieuw kiezen")
    workbook.phases.enter_phase(4, on=date(2026, 6, 10), reason="Nieuw thema gekozen")
    with pytest.raises(InputError):
        workbook.phases.enter_phase(5, on=date(2026, 1, 1))
    spent = days_in_phases(journey, date(2026, 6, 20))
    assert spent[3] == before[3] + 20 and spent[4] == before[4] + 10
    again = reopened(workbook)
    assert [p.phase for p in again.journey.phases][-3:] == [4, 3, 4]
    assert again.journey.phases[-2].reason == "Thema te breed, opnieuw kiezen"
    again.close()


def test_signals_are_ticked_with_a_date_and_notes_kept(workbook):
    assert 5 not in {n.id for n in workbook.journey.phase_notes}  # the demo is in phase 4
    workbook.phases.tick_signal(5, "Het materiaal wordt ook buiten de groep gebruikt.", TODAY)
    workbook.phases.tick_signal(5, "Er is een interne PLG-begeleider.", TODAY)
    workbook.phases.tick_signal(5, "Er is een interne PLG-begeleider.", None)
    workbook.phases.set_phase_notes(5, "Bewijs: de eerste graad gebruikt de kaart ook.")
    note = next(n for n in reopened(workbook).journey.phase_notes if n.id == 5)
    assert note.signals == {"Het materiaal wordt ook buiten de groep gebruikt.": TODAY}
    assert note.notes.startswith("Bewijs")


def test_a_large_theme_hears_of_sub_groups_a_small_one_of_nothing_and_output_is_linked(workbook):
    journey = workbook.journey
    small = workbook.phases.add_theme("Digitale bronnen", [2, 3])
    assert theme_size_warning(small) == ""  # four to six is advice with room, not a minimum
    workbook.phases.update_theme(small.id, title="Digitale bronnen", member_ids=[2, 3, 4, 5, 6, 7, 8],
                          notes="Uitwisseling met subgroep 2 in maart")  # fmt: skip
    assert "subgroepen" in theme_size_warning(small) and "aangeraden" not in theme_size_warning(
        small
    )
    workbook.phases.update_theme(small.id, title="Digitale bronnen", member_ids=[2, 3, 4, 5])
    assert theme_size_warning(small) == ""
    with pytest.raises(InputError, match="al een thema"):
        workbook.phases.update_theme(small.id, title=journey.themes[0].title, member_ids=[])
    output = workbook.phases.add_output("Bronnenmap", theme_id=small.id, shown_at="Vakgroep")
    workbook.phases.update_output(output.id, title="Bronnenmap v2", theme_id=small.id,
                           tried_in_class=True, shown_at="Studiedag")  # fmt: skip
    again = reopened(workbook)
    saved = again.journey.outputs[-1]
    assert (saved.title, saved.theme_id, saved.tried_in_class, saved.shown_at) == (
        "Bronnenmap v2",
        small.id,
        True,
        "Studiedag",
    )
    again.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_phase_says_what_the_plg_coach_can_do(lang):
    from plgtui.core.phases import load_phases

    phases, problem = load_phases(lang)
    assert problem == ""
    for number, text in phases.items():
        assert len(text.sections["coach"].split()) >= 20, number
        assert text.sections["leaders"], number


def test_a_coachs_own_copy_without_the_coach_section_still_opens():
    from plgtui.core.phases import parse_phases

    sections = "\n".join(
        f"### {title}\n\nx\n"
        for title in ("Kenmerken", "Wat helpt", "Let op", "Klaar voor de volgende fase",
                      "Wat schoolleiders kunnen doen")
    )  # fmt: skip
    text = "\n".join(f"## Fase {n}\n\n{sections}" for n in range(1, 6))
    phases = parse_phases(text)
    assert "coach" not in phases[1].sections
