"""Techniques and the meeting template, read from the coach-editable content files."""

from __future__ import annotations

import pytest

from plgtui.core.content import ContentError
from plgtui.core.model import BlockKind
from plgtui.core.techniques import (
    load_techniques,
    load_template,
    parse_step,
    parse_techniques,
    parse_template,
    suggested,
)

REQUIRED = {
    "vlg-brainstorm",
    "vlg-startup",
    "brainwriting",
    "1-2-4-all",
    "round-robin",
    "dot-voting",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_both_languages_hold_the_same_techniques(lang):
    techniques = load_techniques(lang)
    assert REQUIRED <= {t.id for t in techniques}
    assert [t.id for t in techniques] == [t.id for t in load_techniques("en")]
    one_two_four = next(t for t in techniques if t.id == "1-2-4-all")
    assert [s.minutes for s in one_two_four.steps] == [1, 2, 4, 5]
    assert next(t for t in techniques if t.id == "dot-voting").has_vote
    # the sources' ten minutes, then the ideas set beside research, as the workshop meant them
    startup = next(t for t in techniques if t.id == "vlg-startup")
    assert startup.minutes(4) == 13 and sum(s.minutes for s in startup.steps[:3]) == 10
    assert (
        next(t for t in techniques if t.id == "vlg-brainstorm").minutes(4) == 13
    )  # + set beside research


def test_a_per_person_step_lasts_for_everyone_in_turn():
    step = parse_step("- 1,5 min per persoon · om de beurt · Eén idee")
    assert step is not None and step.per_person and step.who == "om de beurt"
    assert step.seconds(8) == 720


def test_a_vote_step_is_marked():
    step = parse_step("- 4 min · iedereen · Verdeel je stippen. (stemmen)")
    assert step.vote and step.title == "Verdeel je stippen."


def test_suggestions_put_the_phase_first():
    techniques = load_techniques("nl")
    first = suggested(techniques, 4)[0]
    assert 4 in first.phases
    assert suggested(techniques, 5)[0].id == "round-robin"


BAD = """# W

## Mijn werkvorm

fasen: 3
- tien min · iedereen · x
"""


def test_mistakes_name_the_file_and_line():
    with pytest.raises(ContentError, match=r"mine.md, line 3: 'Mijn werkvorm' has no 'id:'"):
        parse_techniques(BAD, "mine.md")
    with pytest.raises(ContentError, match="line 7: a step must read"):
        parse_techniques(BAD.replace("fasen: 3", "id: mijn\nfasen: 3").replace("tien", "10 x"), "m")
    with pytest.raises(ContentError, match="phases are numbered 1 to 5"):
        parse_techniques("## A\n\nid: a\nfasen: 9\n- 1 min · x · y\n", "m")


def test_a_coach_can_add_her_own_technique():
    found = parse_techniques(
        "## Eigen\n\nid: eigen\nfasen: 4\n\nUitleg.\n\n- 3 min · alleen · Denk\n- Vraag?\n"
    )
    assert found[0].steps[0].minutes == 3
    assert found[0].prompts == ["Vraag?"]
    assert found[0].description == "Uitleg."


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_template_is_the_plg_skeleton(lang):
    blocks = load_template(lang)
    assert [b.kind for b in blocks][:2] == [BlockKind.WELCOME, BlockKind.FOLLOWUP]
    assert blocks[-1].kind is BlockKind.EVALUATION  # the opening and the closing
    assert sum(b.minutes for b in blocks) == 82  # the effects on pupils have a tick of their own


def test_template_refuses_unknown_kinds():
    with pytest.raises(ContentError, match="unknown kind 'feest'"):
        parse_template("- 5 min · feest · Taart", "t.md")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_protocols_run_as_a_flemish_adviser_knows_them(lang):
    techniques = {t.id: t for t in load_techniques(lang)}
    protocols = [t for t in techniques.values() if t.kind is BlockKind.DISCUSSION]
    assert len(protocols) >= 10
    debrief = {"nl": "Nabespreking", "en": "Debrief"}[lang]
    for protocol in protocols:  # each ends on the process, and says where it comes from
        assert protocol.steps[-1].title.startswith(debrief) and protocol.steps[-1].minutes <= 5, (
            protocol.id
        )
    assert all(t.origin for t in techniques.values())
    origins = " ".join(t.origin for t in protocols)
    for name in (
        "Project Zero",
        "School Reform Initiative",
        "Liberating Structures",
        "lesson study",
    ):
        assert name in origins
    assert 45 <= techniques["tuning"].minutes(6) <= 60
    assert 28 <= techniques["troika"].minutes(3) <= 32
    consultancy = techniques["consultancy"]
    assert 45 <= consultancy.minutes(6) <= 55 and consultancy.steps[2].minutes == 10  # probing
    assert consultancy.steps[3].who == consultancy.roles[0]  # the presenter restates the question
    assert 1 not in techniques["data-team"].phases
    assert (
        "lesson-study" in techniques
        and techniques["lesson-study"].phases == techniques["lesson-plan"].phases
    )
    visit = {"nl": "leervraag", "en": "research question"}[lang]
    assert (
        visit
        in techniques["visit-prepare"].description + techniques["visit-prepare"].steps[0].title
    )
    for chosen in ("consultancy", "intervision", "troika"):  # each says when to choose which
        others = {"consultancy", "intervisie", "troika"} - {
            chosen.replace("intervision", "intervisie")
        }
        assert all(word in techniques[chosen].description for word in others), chosen
