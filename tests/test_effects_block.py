"""The block on effects on pupils is known by its purpose, not by a word in its title: renamed,
it still gathers readings; a block called "Effectief feedback geven" does not; a file saved
before blocks had a purpose still finds its effects blocks by their exact title."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from conftest import TODAY

from plgtui.core import codec, i18n
from plgtui.core.agenda import EFFECTS, effects_block, is_effects_block
from plgtui.core.demo import build_demo
from plgtui.core.model import Block, BlockKind
from plgtui.core.workbook import Workbook
from plgtui.tui.screens.live_evidence import evidence_kind


def test_the_standing_block_has_a_purpose_that_outlives_a_new_title():
    block = effects_block(7)
    assert block.purpose == EFFECTS and is_effects_block(block)
    renamed = replace(block, title="Wat zien we bij onze leerlingen?")
    assert is_effects_block(renamed)
    assert evidence_kind(renamed) == "effects"


@pytest.mark.parametrize("title", ["Effectief feedback geven", "Effecten bij leerlingen", ""])
def test_a_word_in_a_title_is_no_effects_block(title):
    block = Block(3, BlockKind.DISCUSSION, title, 20)
    assert not is_effects_block(block)
    assert evidence_kind(block) == ""


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_old_files_block_without_a_purpose_loads_and_is_known_by_its_exact_title(lang):
    title = i18n.CATALOGS[lang]["agenda.effects_title"]
    old = {"id": 4, "kind": "discussion", "title": title, "minutes": 15}  # no "purpose" yet
    block = codec.decode(Block, old)
    assert block.purpose == "" and is_effects_block(block)
    assert codec.decode_fast(Block, old) == block
    made_from_a_technique = codec.decode(Block, {**old, "technique": "tuning"})
    assert not is_effects_block(made_from_a_technique)


def test_the_purpose_is_saved_and_a_renamed_block_keeps_it(tmp_path):
    path = tmp_path / "group.plg.json"
    journey = build_demo(TODAY, "nl")
    Workbook.create(path, journey).close()
    book = Workbook.open(path)
    try:
        meeting = book.meetings.add_meeting(date(2026, 6, 3), "Juni")
        [block] = [b for b in meeting.blocks if is_effects_block(b)]
        assert codec.encode(block)["purpose"] == EFFECTS
        book.meetings.update_block(meeting.id, block.id, kind=block.kind, title="Leerwinst",
                                   minutes=block.minutes, prompts=block.prompts)  # fmt: skip
    finally:
        book.close()
    again = Workbook.open(path)
    try:
        [kept] = [b for b in again.journey.meeting(meeting.id).blocks if b.id == block.id]
        assert kept.title == "Leerwinst" and is_effects_block(kept)
    finally:
        again.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_demos_effects_blocks_carry_the_purpose(lang):
    journey = build_demo(TODAY, lang)
    marked = [(m.id, b.title) for m in journey.meetings for b in m.blocks if b.purpose == EFFECTS]
    assert len(marked) == 2
    assert all(
        is_effects_block(b) == (b.purpose == EFFECTS) for m in journey.meetings for b in m.blocks
    )
