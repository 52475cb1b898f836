"""Two copies of one journey, edited apart through the workbook, merged: every change of both
is kept where they do not meet, every meeting of the two is listed, and the order of the two
copies and merging again change nothing."""

from __future__ import annotations

import json
import random
import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import TODAY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plgtui.core.journey_data import journey_from_data
from plgtui.core.merge import ABSENT, KEYED, merge
from plgtui.core.merge_choose import choose
from plgtui.core.model import AgreementKind, AgreementStatus, Presence
from plgtui.core.workbook import Workbook


def _meeting(book, rng):
    return rng.choice(book.journey.meetings)


def _notes(book, rng, n):
    meeting = _meeting(book, rng)
    book.minutes.set_notes(meeting.id, f"{meeting.notes[:40]} notitie {n}")


def _idea(book, rng, n):
    meeting = rng.choice([m for m in book.journey.meetings if m.blocks])
    book.ideas.add_idea(meeting.id, rng.choice(meeting.blocks).id, f"idee {n}")


def _vote(book, rng, n):
    meetings = [m for m in book.journey.meetings if m.ideas]
    if meetings:
        meeting = rng.choice(meetings)
        book.ideas.vote(meeting.id, rng.choice(meeting.ideas).id)


def _remove_idea(book, rng, n):
    meetings = [m for m in book.journey.meetings if m.ideas]
    if meetings:
        meeting = rng.choice(meetings)
        book.ideas.remove_idea(meeting.id, rng.choice(meeting.ideas).id)


def _agreement(book, rng, n):
    book.agreements.add_agreement(f"afspraak {n}", rng.choice(list(AgreementKind)))


def _done(book, rng, n):
    agreement = rng.choice(book.journey.agreements)
    status = rng.choice([AgreementStatus.DONE, AgreementStatus.OPEN])
    book.agreements.set_agreement_status(agreement.id, status, on=TODAY)


def _presence(book, rng, n):
    meeting = _meeting(book, rng)
    member = rng.choice(book.journey.members)
    book.meetings.set_presence(meeting.id, member.id, rng.choice([*Presence, None]))


def _member(book, rng, n):
    book.group.add_member(f"Lid {n} {rng.randrange(10**6)}")


def _decision(book, rng, n):
    book.minutes.add_decision(_meeting(book, rng).id, f"besluit {n}")


def _signal(book, rng, n):
    book.phases.tick_signal(rng.choice([1, 2, 3]), f"signaal {n % 3}", rng.choice([TODAY, None]))


def _move(book, rng, n):
    meetings = [m for m in book.journey.meetings if len(m.blocks) > 1 and m.live is None]
    if meetings:
        meeting = rng.choice(meetings)
        book.meetings.move_block(meeting.id, rng.choice(meeting.blocks).id, rng.choice([-1, 1]))


def _question(book, rng, n):
    book.question.set_question(f"Hoe leren onze leerlingen bronnen lezen? ({n})", on=TODAY)


def _phase(book, rng, n):
    book.phases.enter_phase(rng.choice([3, 4, 5]), on=TODAY)


EDITS = [_notes, _idea, _vote, _remove_idea, _agreement, _done, _presence, _member, _decision,
         _signal, _move, _question, _phase]  # fmt: skip


def leaves(value, path=()):
    """Every value of a journey's data by where it is; blocks and ideas by their id. An empty
    dictionary or list of records holds no value (what went from it is told by its items)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, (*path, key))
    elif path and path[-1] in KEYED and isinstance(value, list):
        for item in value:
            yield from leaves({k: v for k, v in item.items()}, (*path, str(item["id"])))
    else:
        yield path, value


def flat(data):
    return dict(leaves({k: v for k, v in data.items() if k not in ("meta", "conflicts")}))


def _edited(base: Path, target: Path, steps: list[tuple[int, int]]) -> dict:
    shutil.copy(base, target)
    book = Workbook.open(target)
    try:
        for n, (edit, seed) in enumerate(steps):
            EDITS[edit](book, random.Random(seed), n)
    finally:
        book.close()
    return json.loads(target.read_text(encoding="utf-8"))


def _covered(path, conflict_paths) -> bool:
    return any(path[: len(c)] == c for c in conflict_paths)


STEPS = st.lists(st.tuples(st.integers(0, len(EDITS) - 1), st.integers(0, 2**16)), max_size=12)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ours_steps=STEPS, theirs_steps=STEPS)
def test_merge_keeps_both_sides_and_lists_what_meets(
    tmp_path_factory, demo_path, ours_steps, theirs_steps
):
    folder = tmp_path_factory.mktemp("copies")
    base = json.loads(demo_path.read_text(encoding="utf-8"))
    ours = _edited(demo_path, folder / "a.json", ours_steps)
    theirs = _edited(demo_path, folder / "b.json", theirs_steps)

    merged = merge(base, ours, theirs, ("a", "b"))
    conflict_paths = [tuple(c["path"]) for c in merged.conflicts]
    b, o, t, m = flat(base), flat(ours), flat(theirs), flat(merged.data)
    for side, other in ((o, t), (t, o)):
        for path in set(side) | set(b):
            mine, before = side.get(path, ABSENT), b.get(path, ABSENT)
            if mine == before:
                continue
            theirs_value = other.get(path, ABSENT)
            if all(isinstance(v, list) for v in (before, mine, theirs_value)) and all(
                set(before) <= set(v) for v in (mine, theirs_value)
            ):
                # Lines added on both sides (decisions): every line of both is kept.
                assert set(m.get(path, [])) >= set(mine) | set(theirs_value), path
                continue
            if theirs_value in (before, mine):
                # Only this side changed it (or both alike): the merge has it, unless it sits
                # in a record the other side removed or changed elsewhere (a conflict above it).
                assert m.get(path, ABSENT) == mine or _covered(path, conflict_paths), path
            else:
                assert _covered(path, conflict_paths), path
    # The agenda's order: the order the side that moved blocks chose.
    for key, meeting in merged.data["meetings"].items():
        orders = [
            [blk["id"] for blk in copy["meetings"].get(key, {}).get("blocks", [])]
            for copy in (base, ours, theirs)
        ]
        kept = [blk["id"] for blk in meeting["blocks"]]
        common = [[i for i in order if all(i in o for o in (*orders, kept))] for order in orders]
        mine = [i for i in kept if i in common[0]]
        if common[1] == common[0]:
            assert mine == common[2]
        elif common[2] == common[0] or common[1] == common[2]:
            assert mine == common[1]
    # Both values of each conflict are kept, the first stands in the journey.
    for conflict in merged.conflicts:
        assert len(conflict["choices"]) == 2
    journey_from_data(folder / "m.json", merged.data)  # it opens

    again = merge(base, theirs, ours, ("b", "a"))
    assert again.data == merged.data
    key = lambda c: json.dumps(c["path"])  # noqa: E731
    assert sorted(again.conflicts, key=key) == sorted(merged.conflicts, key=key)

    for side in (ours, theirs, merged.data):
        assert merge(base, merged.data, side).data == merged.data
        assert merge(base, side, merged.data).data == merged.data


def test_one_field_changed_on_both_sides_is_a_conflict_until_chosen(demo_path, tmp_path):
    base = json.loads(demo_path.read_text(encoding="utf-8"))
    meeting = min(base["meetings"], key=int)
    ours = _edited(demo_path, tmp_path / "a.json", [])
    theirs = json.loads(json.dumps(ours))
    ours["meetings"][meeting]["notes"] = "bij ons"
    theirs["meetings"][meeting]["notes"] = "bij hen"
    theirs["meetings"][meeting]["title"] = "Nieuwe titel"

    merged = merge(base, ours, theirs, ("laptop van An", "laptop van Bert"))
    [conflict] = merged.conflicts
    assert conflict["path"] == ["meetings", meeting, "notes"]
    assert [(c["value"], c["source"]) for c in conflict["choices"]] == [
        ("bij hen", "laptop van Bert"),
        ("bij ons", "laptop van An"),
    ]
    assert merged.data["meetings"][meeting]["title"] == "Nieuwe titel"  # not in conflict
    key = next(iter(merged.data["conflicts"]))
    choose(merged.data, key, 1)
    assert merged.data["meetings"][meeting]["notes"] == "bij ons"
    assert merged.data["conflicts"] == {}


def test_a_record_removed_on_one_side_and_changed_on_the_other_stays(demo_path, tmp_path):
    base = json.loads(demo_path.read_text(encoding="utf-8"))
    agreement = min(base["agreements"], key=int)
    ours = json.loads(json.dumps(base))
    theirs = json.loads(json.dumps(base))
    del ours["agreements"][agreement]
    theirs["agreements"][agreement]["text"] = "nog bezig"
    merged = merge(base, ours, theirs)
    assert merged.data["agreements"][agreement]["text"] == "nog bezig"
    [conflict] = merged.conflicts
    assert [c["removed"] for c in conflict["choices"]] == [False, True]
    choose(merged.data, next(iter(merged.data["conflicts"])), 1)
    assert agreement not in merged.data["agreements"]


def test_ideas_typed_on_two_laptops_in_one_block_are_all_kept(demo_path, tmp_path):
    base_book = Workbook.open(demo_path)
    meeting = next(m for m in base_book.journey.meetings if m.blocks)
    block = meeting.blocks[0].id
    base_book.close()
    ours = _edited(demo_path, tmp_path / "a.json", [])
    shutil.copy(demo_path, tmp_path / "b.json")
    for path, words in ((tmp_path / "a.json", ["één", "twee"]), (tmp_path / "b.json", ["drie"])):
        book = Workbook.open(path)
        for word in words:
            book.ideas.add_idea(meeting.id, block, word)
        book.close()
    ours = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    theirs = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    base = json.loads(demo_path.read_text(encoding="utf-8"))
    merged = merge(base, ours, theirs)
    assert merged.conflicts == []
    texts = [i["text"] for i in merged.data["meetings"][str(meeting.id)]["ideas"]]
    assert {"één", "twee", "drie"} <= set(texts)
    assert texts.index("één") < texts.index("twee")


def test_without_a_common_version_nothing_is_lost(demo_path, tmp_path):
    ours = json.loads(demo_path.read_text(encoding="utf-8"))
    theirs = json.loads(json.dumps(ours))
    agreement = min(theirs["agreements"], key=int)
    del theirs["agreements"][agreement]  # removed there, or never known here: cannot tell
    theirs["group"]["1"]["name"] = "Andere naam"
    merged = merge({}, ours, theirs)
    assert agreement in merged.data["agreements"]
    assert [c["path"] for c in merged.conflicts] == [["group", "1", "name"]]


@pytest.mark.parametrize("day", [date(2026, 1, 1)])
def test_workbook_chooses_and_saves(demo_path, tmp_path, day):
    base = json.loads(demo_path.read_text(encoding="utf-8"))
    ours = json.loads(json.dumps(base))
    theirs = json.loads(json.dumps(base))
    ours["group"]["1"]["name"] = "PLG Lezen"
    theirs["group"]["1"]["name"] = "PLG Begrijpend lezen"
    merged = merge(base, ours, theirs)
    target = tmp_path / "m.json"
    target.write_text(json.dumps(merged.data), encoding="utf-8")
    book = Workbook.open(target)
    try:
        [conflict] = book.journey.conflicts
        assert book.journey.group.name == "PLG Begrijpend lezen"  # the first choice, until chosen
        book.conflicts.choose(conflict.id, 1)
        assert book.journey.group.name == "PLG Lezen" and book.journey.conflicts == []
    finally:
        book.close()
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["group"]["1"]["name"] == "PLG Lezen" and saved["conflicts"] == {}


def test_a_block_moved_here_and_one_added_there_keep_the_agenda(demo_path, tmp_path):
    book = Workbook.open(demo_path)
    meeting = next(m for m in book.journey.meetings if len(m.blocks) >= 3 and m.live is None)
    first, second, third = (b.id for b in meeting.blocks[:3])
    book.close()
    shutil.copy(demo_path, tmp_path / "a.json")
    shutil.copy(demo_path, tmp_path / "b.json")
    with_move = Workbook.open(tmp_path / "a.json")
    with_move.meetings.move_block(meeting.id, first, 1)  # second, first, third
    with_move.close()
    with_new = Workbook.open(tmp_path / "b.json")
    added = with_new.meetings.add_block(meeting.id, "discussion", "Extra", 10, after=second).id
    with_new.close()
    base, ours, theirs = (
        json.loads(p.read_text(encoding="utf-8"))
        for p in (demo_path, tmp_path / "a.json", tmp_path / "b.json")
    )
    for one, other in ((ours, theirs), (theirs, ours)):
        merged = merge(base, one, other)
        order = [b["id"] for b in merged.data["meetings"][str(meeting.id)]["blocks"]]
        assert order[:4] == [second, added, first, third]


def test_notes_typed_on_two_laptops_can_both_stay(demo_path, tmp_path):
    from plgtui.core.merge_choose import BOTH

    base = json.loads(demo_path.read_text(encoding="utf-8"))
    meeting = min(base["meetings"], key=int)
    ours, theirs = json.loads(json.dumps(base)), json.loads(json.dumps(base))
    ours["meetings"][meeting]["notes"] = "An: de bronnenles eerst."
    theirs["meetings"][meeting]["notes"] = "Bert: eerst de rubric."
    ours["meetings"][meeting]["decisions"] = ["Bronnenles in mei"]
    theirs["meetings"][meeting]["decisions"] = ["Rubric tegen april", "Bronnenles in mei"]
    target = tmp_path / "m.json"
    target.write_text(json.dumps(merge(base, ours, theirs).data), encoding="utf-8")
    book = Workbook.open(target)
    try:
        for conflict in list(book.journey.conflicts):
            book.conflicts.choose(conflict.id, BOTH)
        kept = book.journey.meeting(int(meeting))
        assert kept.notes == "An: de bronnenles eerst.\n\nBert: eerst de rubric."
        assert kept.decisions == ["Bronnenles in mei", "Rubric tegen april"]
    finally:
        book.close()


def test_a_name_cannot_keep_both(demo_path, tmp_path):
    from plgtui.core.merge_choose import BOTH
    from plgtui.core.validate import InputError

    base = json.loads(demo_path.read_text(encoding="utf-8"))
    ours, theirs = json.loads(json.dumps(base)), json.loads(json.dumps(base))
    ours["group"]["1"]["name"], theirs["group"]["1"]["name"] = "PLG Lezen", "PLG Schrijven"
    target = tmp_path / "m.json"
    target.write_text(json.dumps(merge(base, ours, theirs).data), encoding="utf-8")
    book = Workbook.open(target)
    try:
        with pytest.raises(InputError):
            book.conflicts.choose(book.journey.conflicts[0].id, BOTH)
        assert book.journey.conflicts  # still there to choose
    finally:
        book.close()


def test_decisions_added_on_two_laptops_are_all_kept(demo_path, tmp_path):
    base = json.loads(demo_path.read_text(encoding="utf-8"))
    meeting = min(base["meetings"], key=int)
    before = base["meetings"][meeting]["decisions"]
    ours, theirs = json.loads(json.dumps(base)), json.loads(json.dumps(base))
    ours["meetings"][meeting]["decisions"] = [*before, "Rubric tegen april", "Toets in mei"]
    theirs["meetings"][meeting]["decisions"] = [*before, "Bronnenles eerst"]
    for one, other in ((ours, theirs), (theirs, ours)):
        merged = merge(base, one, other)
        assert merged.conflicts == []
        assert merged.data["meetings"][meeting]["decisions"] == [
            *before,
            "Bronnenles eerst",
            "Rubric tegen april",
            "Toets in mei",
        ]
    theirs["meetings"][meeting]["decisions"] = ["Bronnenles eerst"]  # the others removed there
    if before:
        assert merge(base, ours, theirs).conflicts


def test_two_new_wordings_of_the_question_are_for_the_group_to_choose(demo_path, tmp_path):
    from plgtui.core.conflict_text import choice_text, where

    ours = _edited(demo_path, tmp_path / "a.json", [])
    shutil.copy(demo_path, tmp_path / "b.json")
    for path, text in (
        (tmp_path / "a.json", "Wording van An"),
        (tmp_path / "b.json", "Wording van Bert"),
    ):
        book = Workbook.open(path)
        book.question.set_question(text, on=TODAY)
        book.close()
    base = json.loads(demo_path.read_text(encoding="utf-8"))
    ours, theirs = (
        json.loads((tmp_path / n).read_text(encoding="utf-8")) for n in ("a.json", "b.json")
    )
    merged = merge(base, ours, theirs, ("An", "Bert"))
    assert merge(base, theirs, ours, ("Bert", "An")).data == merged.data
    [conflict] = merged.conflicts
    assert conflict["current"] and conflict["path"][0] == "questions"
    target = tmp_path / "m.json"
    target.write_text(json.dumps(merged.data), encoding="utf-8")
    book = Workbook.open(target)
    try:
        texts = {q.text for q in book.journey.questions}
        assert {"Wording van An", "Wording van Bert"} <= texts  # both kept until chosen
        newer = book.journey.current_question.text
        [kept] = book.journey.conflicts
        assert "welke geldt nu" in where(book.journey, kept)
        shown = [choice_text(book.journey, c, kept) for c in kept.choices]
        assert newer in shown[0] and "verwijderd" not in shown[1]
        book.conflicts.choose(kept.id, 1)  # the other wording holds; the newer one goes
        assert book.journey.current_question.text != newer
        assert newer not in {q.text for q in book.journey.questions}
    finally:
        book.close()


def test_every_recent_save_can_be_rebuilt_exactly(demo_path):
    """What a merge starts from when a laptop copied one of this window's saves."""
    book = Workbook.open(demo_path)
    rng = random.Random(3)
    saved = {}
    try:
        for n in range(25):
            rng.choice(EDITS)(book, rng, n)
            text = demo_path.read_text(encoding="utf-8")
            data = json.loads(text)
            saved[data["meta"]["1"]["revision"]] = data
        for revision, data in saved.items():
            rebuilt = book._store.version(revision)
            assert {k: v for k, v in rebuilt.items() if k != "meta"} == {
                k: v for k, v in data.items() if k != "meta"
            }, revision
        assert book._store.version("ffffffffffff0000") is None  # never written here
    finally:
        book.close()
