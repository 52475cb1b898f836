"""The group's history in the core: each version kept, who saved it on which computer and what
it changed in words; a version or one record put back, and Ctrl+Z taking that back; a merge
undone in one step and listed as a version. Real saves, real files; no terminal."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest
from conftest import TODAY

from plgtui.cli import main
from plgtui.core import signature
from plgtui.core.atomic_storage import write_atomic
from plgtui.core.history import when_text, who
from plgtui.core.journey_data import journey_tables
from plgtui.core.model import AgreementKind, AgreementStatus
from plgtui.core.validate import InputError
from plgtui.core.workbook import Workbook


@pytest.fixture(autouse=True)
def an(monkeypatch):
    """Saves made here are An's, on her laptop (never this machine's name)."""
    monkeypatch.setattr(signature, "_person", "An")
    monkeypatch.setattr(signature, "_computer", "laptop-an")


def records(path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("meta")
    return data


def planned(book: Workbook):
    meeting = book.journey.meetings[-1]
    assert meeting.live is None and len(meeting.blocks) > 2
    return meeting


def test_each_save_says_who_on_which_computer_and_after_which_version(workbook):
    before = json.loads(workbook.path.read_text(encoding="utf-8"))["meta"]["1"]["revision"]
    workbook.group.update_group(name="PLG Leiestreek")
    saved = json.loads(workbook.path.read_text(encoding="utf-8"))["meta"]["1"]["saved"]
    assert saved == {"by": "An", "on": "laptop-an", "after": [before]}


def test_the_history_words_what_each_save_changed(workbook):
    meeting = planned(workbook)
    for text in ("Kaart in kleur", "Minder tekst", "Stappenplan"):
        workbook.ideas.add_idea(meeting.id, meeting.blocks[1].id, text)
    agreement = next(a for a in workbook.journey.agreements if a.is_open)
    workbook.agreements.set_agreement_status(agreement.id, AgreementStatus.DONE, on=TODAY)
    lines = workbook.versions.lines()
    assert [line.what for line in lines[:2]] == [
        "afspraak afgewerkt",
        f'3 ideeën toegevoegd in bijeenkomst "{meeting.title}"',
    ]
    assert lines[1].saves == 3  # three saves, one line
    assert who(lines[0].version) == "An (laptop-an)"
    assert lines[-1].what == "oudste versie die bewaard is"


def test_a_later_session_reads_the_history_from_the_backups(demo_path):
    book = Workbook.open(demo_path)
    book.agreements.add_agreement("Bronnen meebrengen", AgreementKind.SUPPORT)
    book.agreements.add_agreement("Toets delen", AgreementKind.FINISH)
    book.close()
    book = Workbook.open(demo_path, read_only=True)
    try:
        lines = book.versions.lines()
    finally:
        book.close()
    assert lines[0].what == "2 afspraken toegevoegd"  # since the backup of the first save
    assert who(lines[0].version) == "An (laptop-an)"


def test_a_file_from_before_who_was_kept_says_unknown(demo_path, monkeypatch):
    data = json.loads(demo_path.read_text(encoding="utf-8"))
    del data["meta"]["1"]["saved"]
    demo_path.write_text(json.dumps(data), encoding="utf-8")
    book = Workbook.open(demo_path)
    try:
        book.group.update_group(name="Nieuwe naam")
        lines = book.versions.lines()
    finally:
        book.close()
    assert who(lines[0].version) == "An (laptop-an)"
    assert who(lines[-1].version) == "onbekend"


def test_a_name_keeps_no_control_or_direction_character():
    assert signature.clean("An\u202e nitraM\x07\n") == "An nitraM"
    assert signature.clean(42) == ""


def test_moments_read_as_people_say_them():
    from datetime import datetime

    noon = datetime(2026, 5, 21, 14, 5).timestamp()
    assert when_text(noon, date(2026, 5, 21)) == "vandaag 14:05"
    assert when_text(noon, date(2026, 5, 22)) == "gisteren 14:05"
    assert when_text(noon, date(2026, 5, 30)) == "do 21 mei 2026 14:05"
    assert when_text(None, TODAY) == "onbekend"


def test_a_whole_version_is_put_back_and_ctrl_z_takes_that_back(workbook):
    meeting = planned(workbook)
    start = journey_tables(workbook.journey)
    oldest = workbook.versions.lines()[-1].version.revision
    workbook.ideas.add_idea(meeting.id, meeting.blocks[1].id, "Kaart in kleur")
    workbook.group.update_group(name="PLG Leiestreek")
    changed = journey_tables(workbook.journey)
    assert workbook.versions.restore(oldest) == "een vroegere versie teruggezet"
    assert journey_tables(workbook.journey) == start
    on_disk = Workbook.open(workbook.path, read_only=True)
    assert journey_tables(on_disk.journey) == start
    on_disk.close()
    assert (
        json.loads(workbook.path.read_text(encoding="utf-8"))["meta"]["1"]["saved"]["restored"]
        == oldest
    )
    assert workbook.versions.lines()[0].what.startswith("versie van")
    assert workbook.undo() == "een vroegere versie teruggezet"
    assert journey_tables(workbook.journey) == changed
    assert meeting.ideas[0].text == "Kaart in kleur"  # the same meeting, changed in place
    on_disk = Workbook.open(workbook.path, read_only=True)
    assert journey_tables(on_disk.journey) == changed
    on_disk.close()


def test_one_record_is_put_back_and_the_rest_stays(workbook):
    meeting = planned(workbook)
    oldest = workbook.versions.lines()[-1].version.revision
    workbook.ideas.add_idea(meeting.id, meeting.blocks[1].id, "Kaart in kleur")
    workbook.group.update_group(name="PLG Leiestreek")
    differs = {(d.table, d.how) for d in workbook.versions.differences(oldest)}
    assert differs == {("group", "changed"), ("meetings", "changed")}
    what = workbook.versions.restore_record(oldest, "group", "1")
    assert what == "Groep teruggezet uit een vroegere versie"
    assert workbook.journey.group.name != "PLG Leiestreek"
    assert [i.text for i in meeting.ideas] == ["Kaart in kleur"]
    assert records(workbook.path)["group"]["1"]["name"] == workbook.journey.group.name
    workbook.undo()
    assert workbook.journey.group.name == "PLG Leiestreek"


def test_a_removed_agreement_comes_back_from_the_version_before(workbook):
    gone = workbook.journey.agreements[0]
    before = workbook.versions.lines()[0].version.revision
    workbook.agreements.remove_agreement(gone.id, today=TODAY)
    assert workbook.versions.lines()[0].what == "afspraak verwijderd"
    workbook.versions.restore_record(before, "agreements", str(gone.id))
    assert workbook.journey.agreements[0].id == gone.id
    assert str(gone.id) in records(workbook.path)["agreements"]


def test_putting_back_what_is_there_already_or_is_gone_is_refused(workbook):
    now = workbook.versions.lines()[0].version.revision
    with pytest.raises(InputError, match="al zo"):
        workbook.versions.restore(now)
    with pytest.raises(InputError, match="niet meer bewaard"):
        workbook.versions.restore("0123456789abcdef")


def test_a_version_put_back_leaves_a_running_meeting_where_it_stands(workbook):
    from live_fixtures import running_meeting

    from plgtui.core.timer import FakeClock

    oldest = workbook.versions.lines()[-1].version.revision
    live = running_meeting(workbook, FakeClock(), 30)
    meeting = live.meeting
    block, step = meeting.live.block, meeting.live.step
    workbook.versions.restore(oldest)
    assert meeting.live is not None and (meeting.live.block, meeting.live.step) == (block, step)
    assert meeting.status.value == "live"


# -- merges ----------------------------------------------------------------------------------


def bert_copies(workbook, tmp_path):
    """Bert's laptop gets the journey as it is now (a sync service)."""
    laptop = tmp_path / "bert"
    laptop.mkdir(exist_ok=True)
    copy = laptop / workbook.path.name
    shutil.copy(workbook.path, copy)
    return copy


def bert_saves(workbook, copy, edit) -> None:
    """Bert edits his copy, which then lands on the journey's name (the sync service again)."""
    signature.set_person("Bert")
    signature.set_computer("laptop-bert")
    bert = Workbook.open(copy)
    edit(bert)
    bert.close()
    signature.set_person("An")
    signature.set_computer("laptop-an")
    write_atomic(workbook.path, copy.read_text(encoding="utf-8"))


def test_a_merge_from_disk_is_undone_in_one_step(workbook, tmp_path):
    meeting = planned(workbook)
    copy = bert_copies(workbook, tmp_path)
    workbook.ideas.add_idea(meeting.id, meeting.blocks[1].id, "Van An")
    bert_saves(workbook, copy, lambda b: b.group.add_member("Bert Nieuw"))
    ours = journey_tables(workbook.journey)
    done = workbook.merge_from_disk(conflicts_allowed=False)
    assert done.applied and any(m.name == "Bert Nieuw" for m in workbook.journey.members)
    line = workbook.versions.lines()[0]
    assert line.what == "samengevoegd met de versie van Bert (laptop-bert): lid toegevoegd"
    assert workbook.undo() == "het samenvoegen met een andere kopie"
    assert journey_tables(workbook.journey) == ours
    assert not any(m["name"] == "Bert Nieuw" for m in records(workbook.path)["members"].values())


def test_a_merge_is_a_version_the_history_can_undo_later(workbook, tmp_path):
    copy = bert_copies(workbook, tmp_path)
    workbook.agreements.add_agreement("Van An", AgreementKind.FINISH)
    bert_saves(workbook, copy, lambda b: b.group.add_member("Bert Nieuw"))
    ours = journey_tables(workbook.journey)
    workbook.merge_from_disk(conflicts_allowed=False)
    workbook.agreements.add_agreement("Daarna", AgreementKind.FINISH)
    workbook.close()
    book = Workbook.open(workbook.path)  # another day: nothing left to Ctrl+Z
    try:
        lines = book.versions.lines()
        merge = next(n for n, line in enumerate(lines) if line.what.startswith("samengevoegd"))
        assert [(line.version.by, line.what) for line in lines[merge + 1 : merge + 3]] == [
            ("Bert", "lid toegevoegd"),
            ("An", "afspraak toegevoegd"),
        ]  # each laptop's version, from the version both started from
        before = lines[merge + 2]
        book.versions.restore(before.version.revision)
        assert journey_tables(book.journey) == ours
    finally:
        book.close()


def test_a_merge_on_the_command_line_is_in_the_history(demo_path, tmp_path, capsys, data_dir):
    from plgtui.core import settings

    settings.save(data_dir, name="Carla")  # the name set on the laptop that merges
    ours, theirs = tmp_path / "an" / "demo.json", tmp_path / "bert" / "demo.json"
    for path in (ours, theirs):
        path.parent.mkdir()
        shutil.copy(demo_path, path)
    book = Workbook.open(theirs)
    book.group.add_member("Bert Nieuw")
    book.close()
    before = records(ours)
    assert main(["merge", str(ours), str(theirs)]) == 0
    assert "geschiedenis" in capsys.readouterr().err
    book = Workbook.open(ours)
    try:
        lines = book.versions.lines()
        assert lines[0].what == "samengevoegd met een andere kopie: lid toegevoegd"
        assert lines[0].version.by == "Carla"
        book.versions.restore(lines[1].version.revision)
    finally:
        book.close()
    assert records(ours) == before


def test_a_sync_services_copy_taken_in_is_undone_in_one_step(workbook, tmp_path):
    laptop = tmp_path / "bert"
    laptop.mkdir()
    shutil.copy(workbook.path, laptop / "demo.json")
    bert = Workbook.open(laptop / "demo.json")
    bert.group.add_member("Bert Nieuw")
    bert.close()
    copy = workbook.path.with_name("demo (Bert's conflicted copy 2026-05-20).json")
    shutil.copy(laptop / "demo.json", copy)
    ours = journey_tables(workbook.journey)
    workbook.take_in([copy])
    assert any(m.name == "Bert Nieuw" for m in workbook.journey.members)
    assert workbook.undo() == "het samenvoegen met een andere kopie"
    assert journey_tables(workbook.journey) == ours


def test_each_recent_save_keeps_its_own_who(workbook):
    """A laptop shared by two teachers: each save says who made it, also among the recent
    saves kept in memory (the meta as each save left it, not as the last one did)."""
    workbook.group.update_group(name="Van An")
    signature.set_person("Bert")
    workbook.agreements.add_agreement("Van Bert", AgreementKind.FINISH)
    lines = workbook.versions.lines()
    assert [(line.version.by, line.what) for line in lines[:2]] == [
        ("Bert", "afspraak toegevoegd"),
        ("An", "groep gewijzigd"),
    ]


def test_this_windows_saves_before_a_merge_stay_in_the_history(workbook, tmp_path):
    meeting = planned(workbook)
    copy = bert_copies(workbook, tmp_path)
    for text in ("Kaart in kleur", "Minder tekst"):
        workbook.ideas.add_idea(meeting.id, meeting.blocks[1].id, text)
    workbook.group.update_group(name="PLG Leiestreek")
    bert_saves(workbook, copy, lambda b: b.group.add_member("Bert Nieuw"))
    workbook.merge_from_disk(conflicts_allowed=False)
    said = [(line.version.by, line.what) for line in workbook.versions.lines()]
    assert said[:4] == [
        ("An", "samengevoegd met de versie van Bert (laptop-bert): lid toegevoegd"),
        ("Bert", "lid toegevoegd"),
        ("An", "groep gewijzigd"),
        ("An", f'2 ideeën toegevoegd in bijeenkomst "{meeting.title}"'),
    ]


def test_the_same_change_to_several_records_is_counted():
    from plgtui.core.history_words import changes

    old = {"themes": {"1": {"title": "A"}, "2": {"title": "B"}}, "group": {"1": {"name": "G"}}}
    new = {"themes": {"1": {"title": "A2"}, "2": {"title": "B2"}}, "group": {"1": {"name": "G"}}}
    assert changes(old, new) == ["thema gewijzigd (2×)"]


def test_a_hand_edited_backup_puts_no_control_character_on_screen(workbook):
    from plgtui.core.backups import backup_folder

    data = json.loads(workbook.path.read_text(encoding="utf-8"))
    meeting = min(data["meetings"], key=int)
    data["meetings"][meeting]["ideas"] = [{"id": 1, "block_id": 1, "text": "x"}]
    data["meetings"][meeting]["title"] = "Titel\x1b[2J met escape"
    data["meta"]["1"]["saved"] = {"by": "An\x1b]0;pwnd\x07", "on": "pc", "after": []}
    data["meta"]["1"]["revision"] = (
        "000000000001abcd"  # the oldest: every later one compares with it
    )
    folder = backup_folder(workbook.path)
    folder.mkdir(exist_ok=True)
    (folder / "demo-20200101-000000-000000.json").write_text(json.dumps(data), encoding="utf-8")
    workbook.group.update_group(name="Daarna")
    lines = workbook.versions.lines()
    shown = " ".join(f"{who(line.version)} {line.what}" for line in lines)
    assert "\x1b" not in shown and "\x07" not in shown
    assert any(line.version.by == "An]0;pwnd" for line in lines)
    from plgtui.core.history_words import changes, record_label

    newer = json.loads(json.dumps(data))
    newer["meetings"][meeting]["ideas"] = []
    said = changes(data, newer) + [record_label("meetings", meeting, data["meetings"][meeting])]
    assert said[0].startswith("idee verwijderd") and not any("\x1b" in s for s in said)
