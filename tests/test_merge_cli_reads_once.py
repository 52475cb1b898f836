"""`plgtui merge` reads OURS once: for its group's language, as the merge's first side and as
the file it writes over. A file refused is refused as before, in the language as before; a save
made to OURS while the merge ran is not written over; the conflicts listed are the file's."""

from __future__ import annotations

import json
from pathlib import Path

from plgtui.cli import main
from plgtui.core import merge_files


def _demo(path: Path, lang: str) -> Path:
    assert main(["demo", str(path), "--no-open", "--lang", lang]) == 0
    return path


def _data(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def _with_long_meeting(path: Path, target: Path) -> Path:
    data = _data(path)
    data["meetings"][next(iter(data["meetings"]))]["length_minutes"] = 10**6
    return _write(target, data)


def test_a_bad_second_file_is_refused_in_the_groups_language(tmp_path, capsys):
    ours = _demo(tmp_path / "ours.json", "en")
    theirs = _with_long_meeting(ours, tmp_path / "theirs.json")
    before = ours.read_bytes()
    capsys.readouterr()
    assert main(["merge", str(ours), str(theirs)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"plgtui: cannot open {theirs}: meeting ") and "minutes" in err
    assert "Traceback" not in err and ours.read_bytes() == before


def test_a_first_file_refused_for_a_record_is_said_in_its_groups_language(tmp_path, capsys):
    """It is read again to be refused: its language comes from its JSON, as before."""
    english = _demo(tmp_path / "en.json", "en")
    ours = _with_long_meeting(english, tmp_path / "ours.json")
    capsys.readouterr()
    assert main(["merge", str(ours), str(english)]) == 2
    assert capsys.readouterr().err.startswith(f"plgtui: cannot open {ours}: meeting ")
    _write(ours, {"meta": {"1": {"app": "plgtui"}}, "group": "x"})  # no language to find
    assert main(["merge", str(ours), str(english)]) == 2
    assert capsys.readouterr().err.startswith(f"plgtui: kan {ours} niet openen")


def test_a_save_made_while_the_merge_ran_is_not_written_over(tmp_path, capsys, monkeypatch):
    ours = _demo(tmp_path / "ours.json", "en")
    theirs = tmp_path / "theirs.json"
    data = _data(ours)
    data["group"]["1"]["name"] = "Elsewhere"
    _write(theirs, data)
    merge_paths = merge_files.merge_paths

    def another_save_meanwhile(*args, **kwargs):
        done = merge_paths(*args, **kwargs)
        saved = _data(ours)
        saved["members"][next(iter(saved["members"]))]["name"] = "Saved meanwhile"
        _write(ours, saved)
        return done

    monkeypatch.setattr(merge_files, "merge_paths", another_save_meanwhile)
    capsys.readouterr()
    assert main(["merge", str(ours), str(theirs)]) == 2
    assert "changed by another program" in capsys.readouterr().err
    assert "Saved meanwhile" in ours.read_text(encoding="utf-8")


def test_the_conflicts_listed_after_a_merge_are_those_of_the_file_written(tmp_path, capsys):
    ours = _demo(tmp_path / "ours.json", "nl")
    theirs = tmp_path / "theirs.json"
    shared = _data(ours)["meta"]["1"]["revision"]  # both build on it; it is kept nowhere
    for path, name, n in ((theirs, "Hun naam", 2), (ours, "Onze naam", 1)):
        data = _data(ours)
        data["group"]["1"]["name"] = name
        data["meta"]["1"].update(revision=f"{shared[:12]}000{n}", history=[shared])
        _write(path, data)
    for target in (tmp_path / "nieuw.json", ours):
        capsys.readouterr()
        assert main(["merge", str(ours), str(theirs), "-o", str(target)]) == 1
        listed = capsys.readouterr().out
        assert main(["conflicts", str(target)]) == 1
        assert capsys.readouterr().out == listed and "Hun naam" in listed
