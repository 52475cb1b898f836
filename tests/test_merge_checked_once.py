"""A merge reads each file once and checks the second side, the common version and the result
beside what passed already (only the records that differ are decoded): what the checks of
opening refuse is still refused, with the same message, or not taken as the common version."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from plgtui.cli import main
from plgtui.core.backups import list_backups
from plgtui.core.journey_data import check_beside
from plgtui.core.journey_file import JourneyError
from plgtui.core.merge_files import load, merge_paths
from plgtui.core.workbook import Workbook


def _data(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def _meeting_with_blocks(data: dict) -> str:
    return next(k for k, m in data["meetings"].items() if len(m.get("blocks", [])) >= 2)


def _laptop(journey: Path, folder: Path, name: str) -> Path:
    folder.mkdir()
    copy = Path(shutil.copy(journey, folder / journey.name))
    book = Workbook.open(copy)
    book.group.add_member(name)
    book.close()
    return copy


def test_a_bad_record_in_the_second_file_is_refused_with_its_message(demo_path, capsys):
    theirs = demo_path.with_name("kopie.json")
    bad = _data(demo_path)
    bad["meetings"][_meeting_with_blocks(bad)]["length_minutes"] = 10**6  # a week is the most
    _write(theirs, bad)
    before = demo_path.read_bytes()
    capsys.readouterr()
    assert main(["merge", str(demo_path), str(theirs)]) == 2
    err = capsys.readouterr().err
    try:
        load(theirs)  # as opening it says it, in the same language
    except JourneyError as exc:
        expected = str(exc)
    assert err.strip() == expected and str(theirs) in err and "Traceback" not in err
    assert demo_path.read_bytes() == before


def test_a_merge_whose_result_would_not_open_is_refused(demo_path, capsys):
    """Each side opens: ours took a block away, theirs started the meeting at its last block.
    Merged, the meeting stands at a block it no longer has."""
    base = _data(demo_path)
    key = _meeting_with_blocks(base)
    ours = json.loads(json.dumps(base))
    ours["meetings"][key]["blocks"].pop()
    theirs = json.loads(json.dumps(base))
    last = len(base["meetings"][key]["blocks"]) - 1
    theirs["meetings"][key]["live"] = {"block": last, "step": 0}
    folder = demo_path.parent
    paths = [_write(folder / f"{n}.json", d) for n, d in (("o", ours), ("t", theirs))]
    for path in paths:
        Workbook.open(path, read_only=True).close()  # each side opens
    with pytest.raises(JourneyError) as refused:
        merge_paths(*paths, demo_path)
    assert refused.value.key == "file.bad_live" and refused.value.path == paths[0]
    before = paths[0].read_bytes()
    capsys.readouterr()
    assert main(["merge", *map(str, paths), "--base", str(demo_path)]) == 2
    err = capsys.readouterr().err
    assert str(paths[0]) in err and "Traceback" not in err
    assert paths[0].read_bytes() == before


def test_a_common_version_that_would_not_open_is_not_used(demo_path, tmp_path):
    ours = _laptop(demo_path, tmp_path / "an", "An")
    theirs = _laptop(demo_path, tmp_path / "bert", "Bert")
    assert merge_paths(ours, theirs).base is not None  # the backup of the shared version
    (backup,) = list_backups(ours)
    broken = _data(backup)
    broken["meetings"][_meeting_with_blocks(broken)]["length_minutes"] = 10**6
    _write(backup, broken)
    done = merge_paths(ours, theirs)
    assert done.base is None  # merged as copies without a common version
    assert {"An", "Bert"} <= {m["name"] for m in done.merged.data["members"].values()}


def test_a_record_equal_to_one_that_passed_is_not_decoded_again(demo_path):
    data = _data(demo_path)
    copy = json.loads(json.dumps(data))
    key = _meeting_with_blocks(copy)
    copy["meetings"][key]["length_minutes"] = 10**6
    # Beside a copy holding the same bad record (which passed nowhere) it goes unseen: what is
    # compared is only ever beside copies that passed, as the merge calls it.
    check_beside(demo_path, copy, copy)
    try:
        check_beside(demo_path, copy, data)
    except JourneyError as exc:
        assert exc.key == "file.bad_timing" and exc.params["meeting"] == int(key)
    else:
        raise AssertionError("a record that differs is checked")
