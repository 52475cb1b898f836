"""Copies of a journey on disk: sync services' conflict copies, the common version found among
the backups, an older file upgraded alike on two laptops, the command line and git."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from plgtui.cli import main
from plgtui.core import journey_file
from plgtui.core.backups import list_backups
from plgtui.core.journey_file import SCHEMA_VERSION
from plgtui.core.lineage import content_revision
from plgtui.core.merge_files import conflict_copies, merge_paths, service_of
from plgtui.core.workbook import Workbook

SYNC_NAMES = {
    "syncthing": "journey.sync-conflict-20261130-101500-ABCDEF7.json",
    "dropbox": "journey (An's conflicted copy 2026-11-30).json",
    "onedrive": "journey-LAPTOP-AN.json",
    "google_drive": "journey (1).json",
}


def _laptop(journey: Path, folder: Path, edit) -> Path:
    """A copy of the journey edited on 'another laptop' (its own folder, its own backups)."""
    folder.mkdir(exist_ok=True)
    copy = folder / journey.name
    shutil.copy(journey, copy)
    book = Workbook.open(copy)
    try:
        edit(book)
    finally:
        book.close()
    return copy


def _first_meeting(book):
    return book.journey.meetings_by_date()[0]


@pytest.fixture
def journey(demo_path, tmp_path) -> Path:
    path = tmp_path / "shared" / "journey.json"
    path.parent.mkdir()
    shutil.copy(demo_path, path)
    return path


@pytest.mark.parametrize("service", sorted(SYNC_NAMES))
def test_each_sync_services_conflict_copy_is_found_and_merged_in(journey, tmp_path, service):
    theirs = _laptop(
        journey, tmp_path / "bert", lambda b: b.minutes.set_notes(_first_meeting(b).id, "van Bert")
    )
    book = Workbook.open(journey)  # this laptop opens the shared file and changes something
    book.group.add_member("Zoë")
    copy = journey.with_name(SYNC_NAMES[service])
    shutil.copy(theirs, copy)
    (journey.parent / "journey-notes.txt").write_text("no journey", encoding="utf-8")
    assert service_of(journey, copy) == service
    assert conflict_copies(journey) == [copy]

    done = book.take_in([copy])
    try:
        assert done.applied and done.conflicts == 0 and not done.problem
        assert _first_meeting(book).notes == "van Bert"
        assert any(m.name == "Zoë" for m in book.journey.members)
        assert not copy.exists() and done.put_away[0].exists()  # moved, never deleted
    finally:
        book.close()
    assert conflict_copies(journey) == []
    saved = Workbook.open(journey, read_only=True)
    assert _first_meeting(saved).notes == "van Bert"
    saved.close()


def test_another_groups_journey_with_a_copy_name_is_left_alone(journey, tmp_path):
    other = tmp_path / "other.json"
    Workbook.start_group(
        other, name="Andere groep", today=__import__("datetime").date(2026, 1, 5)
    ).close()
    shutil.copy(other, journey.with_name("journey (1).json"))
    assert conflict_copies(journey) == []


def test_the_common_version_is_found_among_the_backups(journey, tmp_path):
    theirs = _laptop(journey, tmp_path / "bert", lambda b: b.group.add_member("Bert"))
    ours = _laptop(journey, tmp_path / "an", lambda b: b.group.add_member("An"))
    done = merge_paths(ours, theirs)
    assert done.base is not None and done.base.parent.name == "journey.backups"
    names = {m["name"] for m in done.merged.data["members"].values()}
    assert {"An", "Bert"} <= names and done.merged.conflicts == []


def _as_version_1(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["meta"]["1"] = {"app": "plgtui", "schema_version": 1}
    data.pop("conflicts", None)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def test_a_version_1_file_is_upgraded_alike_on_two_laptops_and_merges(journey, tmp_path):
    _as_version_1(journey)
    old = journey.read_bytes()
    first = _laptop(journey, tmp_path / "an", lambda b: b.group.add_member("An"))
    second = _laptop(journey, tmp_path / "bert", lambda b: b.group.add_member("Bert"))
    metas = [json.loads(p.read_text(encoding="utf-8"))["meta"]["1"] for p in (first, second)]
    assert all(m["schema_version"] == SCHEMA_VERSION == 2 for m in metas)
    upgraded_from = content_revision(json.loads(old))
    assert all(upgraded_from in m["history"] for m in metas)  # both build on the same version
    assert list_backups(first)[-1].read_bytes() == old  # the old file kept before the upgrade
    done = merge_paths(first, second)
    assert done.base is not None and done.base.read_bytes() == old
    assert done.merged.conflicts == []


def test_merge_on_the_command_line_lists_conflicts_and_chooses(journey, tmp_path, capsys):
    ours = _laptop(
        journey, tmp_path / "an", lambda b: b.minutes.set_notes(_first_meeting(b).id, "An")
    )
    theirs = _laptop(
        journey, tmp_path / "bert", lambda b: b.minutes.set_notes(_first_meeting(b).id, "Bert")
    )
    assert main(["merge", str(ours), str(theirs)]) == 1
    out = capsys.readouterr().out
    assert "1 botsing om te kiezen" in out and "Notities" in out and "Bert" in out
    assert main(["conflicts", str(ours), "--choose", "1", "2"]) == 0
    book = Workbook.open(ours, read_only=True)
    assert _first_meeting(book).notes == "Bert" and not book.journey.conflicts
    book.close()
    assert main(["conflicts", str(ours), "--choose", "1", "1"]) == 2  # nothing left to choose


def test_merge_refuses_to_write_over_what_is_no_journey(journey, tmp_path, capsys):
    text = tmp_path / "notes.md"
    text.write_text("# notes\n", encoding="utf-8")
    assert main(["merge", str(journey), str(journey), "-o", str(text)]) == 2
    assert text.read_text(encoding="utf-8") == "# notes\n"
    assert "geen groepsbestand" in capsys.readouterr().err


def _git(folder: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@x"}  # fmt: skip
    done = subprocess.run(["git", *args], cwd=folder, env=env, capture_output=True, text=True)
    return done.stdout + done.stderr


def _repo(journey: Path) -> Path:
    repo = journey.parent
    driver = f"{sys.executable} -m plgtui merge-driver %O %A %B %P"
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "merge.plgtui.driver", driver)
    (repo / ".gitattributes").write_text("*.json merge=plgtui\n", encoding="utf-8")
    (repo / ".gitignore").write_text("*.backups/\n.*.lock\n", encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "start")
    return repo


def _branches(repo: Path, journey: Path, bert, an) -> str:
    _git(repo, "checkout", "-qb", "bert")
    _laptop_here(journey, bert)
    _git(repo, "commit", "-qam", "Bert")
    _git(repo, "checkout", "-q", "main")
    _laptop_here(journey, an)
    _git(repo, "commit", "-qam", "An")
    return _git(repo, "merge", "-q", "bert", "-m", "samen")


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_merges_two_branches_through_the_driver(journey, tmp_path):
    repo = _repo(journey)
    out = _branches(
        repo, journey, lambda b: b.group.add_member("Bert"), lambda b: b.group.add_member("An")
    )
    assert "CONFLICT" not in out, out
    book = Workbook.open(journey, read_only=True)
    names = {m.name for m in book.journey.members}
    book.close()
    assert {"An", "Bert"} <= names
    assert _git(repo, "status", "--porcelain").strip() == ""


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_leaves_a_journey_to_choose_in_when_both_branches_changed_one_thing(journey):
    repo = _repo(journey)
    notes = lambda text: lambda b: b.minutes.set_notes(_first_meeting(b).id, text)  # noqa: E731
    out = _branches(repo, journey, notes("Bert schreef dit"), notes("An schreef dit"))
    assert "CONFLICT" in out and "1 botsing" in out
    book = Workbook.open(journey)  # a journey, not a file full of <<<<<<< lines
    [conflict] = book.journey.conflicts
    assert {c.source for c in conflict.choices} == {"deze tak", "samengevoegde tak"}
    book.conflicts.choose(conflict.id, 0)
    book.close()
    _git(repo, "add", "journey.json")
    _git(repo, "commit", "-qm", "gekozen")
    assert _git(repo, "status", "--porcelain").strip() == ""


def _laptop_here(journey: Path, edit) -> None:
    book = Workbook.open(journey)
    try:
        edit(book)
    finally:
        book.close()


def test_the_crash_test_holds_during_a_merge(journey, tmp_path, monkeypatch):
    """A merge is written like any save: killed before the rename, the journey is as it was."""
    theirs = _laptop(journey, tmp_path / "bert", lambda b: b.group.add_member("Bert"))
    before = journey.read_bytes()

    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # stands for the process dying between write and rename

    monkeypatch.setattr(journey_file.os, "link", killed, raising=False)
    monkeypatch.setattr("plgtui.core.atomic_storage.os.replace", killed)
    with pytest.raises(KeyboardInterrupt):
        main(["merge", str(journey), str(theirs)])
    assert journey.read_bytes() == before
    assert not list(journey.parent.glob(".journey.json.*.tmp"))


def test_keep_both_notes_on_the_command_line(journey, tmp_path, capsys):
    ours = _laptop(
        journey, tmp_path / "an", lambda b: b.minutes.set_notes(_first_meeting(b).id, "An")
    )
    theirs = _laptop(
        journey, tmp_path / "bert", lambda b: b.minutes.set_notes(_first_meeting(b).id, "Bert")
    )
    assert main(["merge", str(ours), str(theirs)]) == 1
    assert "b) beide houden" in capsys.readouterr().out
    assert main(["conflicts", str(ours), "--choose", "1", "x"]) == 2
    assert main(["conflicts", str(ours), "--choose", "1", "b"]) == 0
    book = Workbook.open(ours, read_only=True)
    assert _first_meeting(book).notes == "An\n\nBert"
    book.close()


def test_where_names_the_copies_a_sync_service_left(journey, tmp_path, capsys):
    theirs = _laptop(journey, tmp_path / "bert", lambda b: b.group.add_member("Bert"))
    shutil.copy(theirs, journey.with_name(SYNC_NAMES["syncthing"]))
    assert main(["where", str(journey)]) == 0
    assert SYNC_NAMES["syncthing"] in capsys.readouterr().out


def test_an_export_says_when_choices_are_still_open(journey, tmp_path, capsys):
    ours = _laptop(
        journey, tmp_path / "an", lambda b: b.minutes.set_notes(_first_meeting(b).id, "An")
    )
    theirs = _laptop(
        journey, tmp_path / "bert", lambda b: b.minutes.set_notes(_first_meeting(b).id, "Bert")
    )
    main(["export", str(ours)])
    assert "keuze" not in capsys.readouterr().out
    main(["merge", str(ours), str(theirs)])
    capsys.readouterr()
    for audience in ([], ["--for", "leaders"], ["--last"]):
        main(["export", str(ours), *audience])
        assert "nog 1 keuze open" in capsys.readouterr().out
