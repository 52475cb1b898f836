"""Merging what should not be merged: another group's file is refused as the app refuses it,
copies of one group with nothing in common merge without a crash, a hand-edited copy merges or
is refused with a message, never a traceback; the git driver speaks the group's language."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plgtui.cli import main
from plgtui.core.merge import merge


def demo(path: Path, lang: str) -> Path:
    assert main(["demo", str(path), "--no-open", "--lang", lang]) == 0
    return path


def data(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_a_dutch_and_an_english_demo_are_two_groups_and_not_merged(tmp_path, capsys):
    ours, theirs = demo(tmp_path / "nl.json", "nl"), demo(tmp_path / "en.json", "en")
    before = ours.read_bytes()
    capsys.readouterr()
    assert main(["merge", str(ours), str(theirs)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"plgtui: {theirs} lijkt van een andere groep") and "Traceback" not in err
    assert '"Leie Valley History Group"' in err and ours.read_bytes() == before
    assert main(["merge", str(ours), str(theirs), "-o", str(tmp_path / "uit.json")]) == 2
    assert not (tmp_path / "uit.json").exists()


def test_one_group_in_two_languages_without_a_common_version_merges(tmp_path, capsys):
    """The English demo renamed as the Dutch group: both added phases under the same keys on
    the same days, worded apart (this ended in a TypeError)."""
    ours, theirs = demo(tmp_path / "nl.json", "nl"), demo(tmp_path / "en.json", "en")
    english = data(theirs)
    english["group"]["1"]["name"] = data(ours)["group"]["1"]["name"]
    theirs.write_text(json.dumps(english), encoding="utf-8")
    capsys.readouterr()
    assert main(["merge", str(ours), str(theirs)]) == 1  # merged, with much to choose
    assert "Traceback" not in capsys.readouterr().err
    assert main(["conflicts", str(ours)]) == 1


def test_two_phases_alike_in_key_and_day_are_merged_field_by_field():
    meta = {"1": {"app": "plgtui", "schema_version": 2, "revision": "019b9a3f00000001"}}
    mine = {"meta": meta, "phases": {"7": {"phase": 2, "entered": "2026-01-07", "reason": "a"}}}
    yours = json.loads(json.dumps(mine))
    yours["meta"]["1"]["revision"] = "019b9a3f00000002"
    yours["phases"]["7"]["reason"] = "b"
    merged = merge({}, mine, yours)
    assert [c["path"] for c in merged.conflicts] == [["phases", "7", "reason"]]


@pytest.mark.parametrize("revision", ["xyz", "zzzzzzzzzzzzzzzz", "12345678901g"])
def test_a_revision_edited_by_hand_merges(demo_path, revision, capsys):
    theirs = demo_path.with_name("kopie.json")
    edited = data(demo_path)
    edited["meta"]["1"]["revision"] = revision
    edited["members"]["1"]["school"] = "Elders"
    theirs.write_text(json.dumps(edited), encoding="utf-8")
    assert main(["merge", str(demo_path), str(theirs)]) in (0, 1)
    assert "Traceback" not in capsys.readouterr().err


def test_the_git_driver_speaks_the_groups_language(tmp_path, capsys):
    base = demo(tmp_path / "base.json", "en")
    ours, theirs = (shutil.copy(base, tmp_path / name) for name in ("ours.json", "theirs.json"))
    for path, name in ((ours, "Our name"), (theirs, "Their name")):
        changed = data(path)
        changed["group"]["1"]["name"] = name
        Path(path).write_text(json.dumps(changed), encoding="utf-8")
    capsys.readouterr()
    assert main(["merge-driver", str(base), str(ours), str(theirs), "journey.json"]) == 1
    assert "1 conflict in journey.json" in capsys.readouterr().err
    other = demo(tmp_path / "andere.json", "nl")
    assert main(["merge-driver", str(base), str(ours), str(other), "journey.json"]) == 2
    assert "seems to be another group's file" in capsys.readouterr().err
    assert main(["merge-driver", str(base), str(ours), str(theirs), "--lang", "nl"]) == 1
    assert "botsing" in capsys.readouterr().err


values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=6,
)


def places(tree, prefix=()):
    yield prefix
    if isinstance(tree, dict):
        for key, value in tree.items():
            yield from places(value, (*prefix, key))
    elif isinstance(tree, list):
        for n, value in enumerate(tree):
            yield from places(value, (*prefix, n))


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_a_hand_edited_copy_merges_or_is_refused_never_a_traceback(demo_path, capsys, drawn):
    original = data(demo_path)
    spots = [p for p in places(original) if p]
    where = drawn.draw(st.sampled_from(spots))
    broken = json.loads(json.dumps(original))
    node = broken
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = drawn.draw(values)
    theirs = demo_path.with_name("kopie.json")
    theirs.write_text(json.dumps(broken), encoding="utf-8")
    out = demo_path.with_name("uit.json")
    out.unlink(missing_ok=True)
    code = main(["merge", str(demo_path), str(theirs), "-o", str(out)])
    err = capsys.readouterr().err
    assert code in (0, 1, 2) and "Traceback" not in err
    assert code != 2 or err.startswith("plgtui: ")
