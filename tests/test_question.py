"""The research question: guide content, versions and rounds, the cycle, quality, self-checks."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import TODAY

from plgtui.core.content import ContentError
from plgtui.core.question_guide import (
    CONDITION_KEYS,
    QUALITY_KEYS,
    load_guide,
    parse_guide,
)
from plgtui.core.validate import InputError
from plgtui.core.workbook import Workbook


def reopened(workbook: Workbook) -> Workbook:
    path = workbook.path
    workbook.close()
    return Workbook.open(path)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_guide_has_five_checks_two_examples_and_nine_conditions(lang):
    guide = load_guide(lang)
    assert [i.key for i in guide.quality] == list(QUALITY_KEYS)
    assert [i.key for i in guide.conditions] == list(CONDITION_KEYS)
    assert len(guide.examples) == 2


def test_a_malformed_guide_names_file_and_line():
    text = "## K\n\n- focused · Gericht\n\n## V\n\n### a\n\nx\n\n### b\n\ny\n\n## W\n"
    with pytest.raises(ContentError, match=r"g\.md, line 3: a line must read"):
        parse_guide(text, "g.md")


def test_versions_and_rounds(workbook):
    first_round = workbook.journey.current_question.round
    workbook.question.set_question("Hoe helpt de stappenkaart zwakke lezers?", "Na de lesobservaties",
                          on=TODAY)  # fmt: skip
    version = workbook.question.next_round("Hoe houden leerlingen de stappenkaart vol?", "Ronde 1 af",
                                  on=date(2026, 6, 1))  # fmt: skip
    assert version.round == first_round + 1 and workbook.question.inquiry.step == "grounding"
    with pytest.raises(InputError):
        workbook.question.next_round("Zonder reden", "", on=TODAY)
    again = reopened(workbook)
    rounds = [(q.round, q.reason) for q in again.journey.questions]
    assert rounds[-2:] == [(first_round, "Na de lesobservaties"), (first_round + 1, "Ronde 1 af")]
    assert again.question.inquiry.round == first_round + 1
    again.close()


def test_cycle_parts_steps_and_linked_agreements(blank_inquiry):
    workbook = blank_inquiry
    workbook.question.set_inquiry_items(
        "data", ["Rapportcijfers 2025 (vakgroep)", " ", "Leerlingengesprekken"]
    )
    workbook.question.set_inquiry_items("goals", ["80% analyseert een bron zelfstandig"])
    workbook.question.set_step("doing")
    workbook.question.set_results("Eerste meting in juni.")
    agreement = workbook.journey.open_agreements()[0]
    workbook.question.link_agreement(agreement.id)
    workbook.question.link_agreement(agreement.id)  # once is enough
    with pytest.raises(InputError):
        workbook.question.set_step("dansen")
    with pytest.raises(InputError):
        workbook.question.set_inquiry_items("wensen", ["x"])
    again = reopened(workbook)
    inquiry = again.question.inquiry
    assert inquiry.data == ["Rapportcijfers 2025 (vakgroep)", "Leerlingengesprekken"]
    assert (inquiry.step, inquiry.results, inquiry.agreement_ids) == (
        "doing",
        "Eerste meting in juni.",
        [agreement.id],
    )
    again.question.link_agreement(agreement.id, linked=False)
    assert again.question.inquiry.agreement_ids == []
    again.close()


def test_quality_ticks_and_selfchecks_keep_their_history(blank_inquiry):
    workbook = blank_inquiry
    workbook.question.tick_quality("grounded", "Rapportcijfers en gesprekken bekeken", on=TODAY)
    workbook.question.tick_quality("feasible", "", on=TODAY)
    workbook.question.tick_quality("feasible", None, on=TODAY)
    with pytest.raises(InputError):
        workbook.question.tick_quality("mooi", "x", on=TODAY)
    workbook.question.add_selfcheck(on=date(2026, 1, 10), scores={"ownership": 2, "duration": 1})
    workbook.question.add_selfcheck(
        on=TODAY, scores={"ownership": 4}, notes={"ownership": "Zelf gekozen"}
    )
    with pytest.raises(InputError, match="1 en 4|1 and 4|tussen"):
        workbook.question.add_selfcheck(on=TODAY, scores={"ownership": 5})
    with pytest.raises(InputError):
        workbook.question.add_selfcheck(on=TODAY, scores={"vrolijk": 3})
    again = reopened(workbook)
    assert again.question.inquiry.quality == {"grounded": "Rapportcijfers en gesprekken bekeken"}
    assert [c.scores for c in again.journey.selfchecks] == [
        {"ownership": 2, "duration": 1},
        {"ownership": 4},
    ]
    assert again.journey.selfchecks[1].notes == {"ownership": "Zelf gekozen"}
    again.close()
