"""The journey file: atomic writes, refusals that leave the file untouched, lock, backups."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import TODAY

from plgtui.core import journey_file as store_module
from plgtui.core import journey_parse as reading
from plgtui.core.backups import KEEP_BACKUPS, backup_folder, list_backups
from plgtui.core.journey_file import SCHEMA_VERSION, JourneyError, Store
from plgtui.core.model import AgreementKind
from plgtui.core.workbook import Workbook


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_saved_file_is_pretty_sorted_json_with_meta(workbook, demo_path):
    text = demo_path.read_text(encoding="utf-8")
    data = json.loads(text)
    meta = data["meta"]["1"]
    assert {k: meta[k] for k in ("app", "schema_version", "history")} == {
        "app": "plgtui",
        "schema_version": SCHEMA_VERSION,
        "history": [],
    }
    assert len(meta["revision"]) == 16
    assert text == json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    assert "Geschiedenis" in text  # not \u-escaped: readable in a diff


def test_failure_during_write_leaves_old_file_intact(workbook, demo_path, monkeypatch):
    before = _bytes(demo_path)

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    workbook.group.add_member("Nieuw Lid")  # no crash: the app hears of the problem and retries
    assert _bytes(demo_path) == before
    leftovers = [p for p in demo_path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    assert workbook.unsaved  # the change waits in memory for the next save


def test_failure_during_fsync_leaves_old_file_intact(workbook, demo_path, monkeypatch):
    before = _bytes(demo_path)
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(5, "I/O error")))
    member = workbook.group.add_member("Nieuw Lid")  # kept in memory, the app is told and retries
    assert _bytes(demo_path) == before
    assert member in workbook.journey.members and workbook.unsaved


@pytest.mark.parametrize(
    "content, key",
    [
        (b"", "file.empty"),
        (b'{"meta": {"1": {"app": "plgtui", "schema_version": 1}}, "members": {', "file.not_json"),
        (b'{"_default": {"1": {"name": "a todo app"}}}', "file.not_journey"),
        (b"[1, 2, 3]", "file.not_journey"),
        (b'{"meta": {"1": {"app": "plgtui", "schema_version": 99}}}', "file.newer"),
        (b"\xff\xfe\x00garbage", "file.not_text"),
    ],
)
def test_bad_files_are_refused_untouched(tmp_path, content, key):
    path = tmp_path / "journey.json"
    path.write_bytes(content)
    with pytest.raises(JourneyError) as caught:
        Store.open(path)
    assert caught.value.key == key
    assert str(path) in str(caught.value)
    assert _bytes(path) == content
    assert not backup_folder(path).exists()


def test_not_json_names_line_and_column(tmp_path):
    path = tmp_path / "journey.json"
    path.write_text('{\n  "meta": {\n    "1": oops\n', encoding="utf-8")
    with pytest.raises(JourneyError) as caught:
        Store.open(path)
    assert caught.value.params == {"line": 3, "column": 10}
    assert "regel 3, kolom 10" in str(caught.value)


def test_newer_file_says_upgrade(tmp_path):
    path = tmp_path / "journey.json"
    path.write_text('{"meta": {"1": {"app": "plgtui", "schema_version": 7}}}', encoding="utf-8")
    with pytest.raises(JourneyError, match="nieuwere plgtui"):
        Store.open(path)


def test_folder_is_refused(tmp_path):
    with pytest.raises(JourneyError) as caught:
        Store.open(tmp_path)
    assert caught.value.key == "file.is_folder"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_refused(demo_path):
    demo_path.chmod(0)
    try:
        with pytest.raises(JourneyError) as caught:
            Store.open(demo_path)
        assert caught.value.key == "file.permission"
    finally:
        demo_path.chmod(0o644)


def test_permission_error_is_reported(demo_path, monkeypatch):
    import os

    real_open = os.open

    def denied(path, *args, **kwargs):
        if str(path) == str(demo_path):  # as root, a chmod would not stop the read
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(JourneyError) as caught:
        Store.open(demo_path)
    assert caught.value.key == "file.permission"


def test_broken_file_points_to_a_backup_that_opens(workbook, demo_path):
    workbook.group.add_member("Eerste Wijziging")  # the first save keeps a backup of the demo
    workbook.close()
    good = list_backups(demo_path)[0]
    demo_path.write_text("{ broken", encoding="utf-8")
    with pytest.raises(JourneyError) as caught:
        Store.open(demo_path)
    assert caught.value.backup == good
    assert str(good) in str(caught.value)
    assert demo_path.read_text(encoding="utf-8") == "{ broken"


def test_second_instance_opens_read_only(workbook, demo_path):
    other = Store.open(demo_path)
    try:
        assert other.read_only and other.read_only_reason == "locked"
        with pytest.raises(PermissionError):
            with other.transaction():
                pass
    finally:
        other.close()
    workbook.close()
    again = Store.open(demo_path)
    assert not again.read_only
    again.close()


def test_read_only_flag_needs_no_lock(workbook, demo_path):
    reader = Store.open(demo_path, read_only=True)
    assert reader.read_only_reason == "flag"
    reader.close()


def test_older_schema_is_migrated_after_a_backup(demo_path, monkeypatch):
    data = json.loads(demo_path.read_text(encoding="utf-8"))
    data["meta"]["1"]["schema_version"] = SCHEMA_VERSION
    data["members"]["1"]["name"] = "oud"
    demo_path.write_text(json.dumps(data), encoding="utf-8")
    old_text = demo_path.read_text(encoding="utf-8")

    def rename_old_members(raw):
        for member in raw["members"].values():
            if member["name"] == "oud":
                member["name"] = "gemigreerd"

    monkeypatch.setattr(reading, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(reading.MIGRATIONS, SCHEMA_VERSION, rename_old_members)
    book = Workbook.open(demo_path)
    try:
        assert book.journey.members[0].name == "gemigreerd"
        saved = json.loads(demo_path.read_text(encoding="utf-8"))
        assert saved["meta"]["1"]["schema_version"] == SCHEMA_VERSION + 1
        backups = list_backups(demo_path)
        assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == old_text
    finally:
        book.close()


def test_read_only_open_migrates_in_memory_only(demo_path, monkeypatch):
    before = _bytes(demo_path)
    monkeypatch.setattr(reading, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(reading.MIGRATIONS, SCHEMA_VERSION, lambda raw: None)
    book = Workbook.open(demo_path, read_only=True)
    book.close()
    assert _bytes(demo_path) == before


def test_backups_rotate_and_keep_the_last_twenty(demo_path):
    clock = [1_700_000_000.0]
    store = Store.open(demo_path, clock=lambda: clock[0])
    try:
        for n in range(KEEP_BACKUPS + 5):
            clock[0] += store_module.BACKUP_INTERVAL_SECONDS + 1
            with store.transaction():
                store.put("members", {"id": 100, "name": f"lid {n}", "role": "member"})
        backups = list_backups(demo_path)
        assert len(backups) == KEEP_BACKUPS
        newest = json.loads(backups[0].read_text(encoding="utf-8"))
        assert newest["members"]["100"]["name"] == f"lid {KEEP_BACKUPS + 3}"
    finally:
        store.close()


def test_backups_are_not_made_on_every_keystroke(demo_path):
    clock = [1_700_000_000.0]
    store = Store.open(demo_path, clock=lambda: clock[0])
    try:
        for n in range(10):
            clock[0] += 5
            with store.transaction():
                store.put("members", {"id": 100, "name": f"lid {n}", "role": "member"})
        assert len(list_backups(demo_path)) == 1
    finally:
        store.close()


def test_transaction_is_one_write(workbook, demo_path, monkeypatch):
    writes = []
    real = store_module.write_atomic
    monkeypatch.setattr(
        "plgtui.core.atomic_storage.write_atomic",
        lambda p, t, **kw: writes.append(p) or real(p, t, **kw),
    )
    store = workbook._store
    with store.transaction():
        store.put("members", {"id": 50, "name": "a", "role": "member"})
        store.put("members", {"id": 51, "name": "b", "role": "member"})
    assert writes == [demo_path]


def test_failed_transaction_goes_back_to_before_it(workbook, demo_path):
    before = _bytes(demo_path)
    store = workbook._store
    first = dict(store.records("members")[0])
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.put("members", {"id": 50, "name": "half", "role": "member"})
            store.put("members", {**first, "name": "renamed halfway"})
            raise RuntimeError("boom")
    assert _bytes(demo_path) == before
    assert all(r["name"] not in ("half", "renamed halfway") for r in store.records("members"))
    assert store.records("members")[0] == first and not store.unsaved


def test_failed_transaction_keeps_what_an_earlier_refused_save_held(workbook, monkeypatch):
    """Going back after a failure must not drop changes still waiting for the disk."""
    store = workbook._store
    real = store_module.write_atomic
    monkeypatch.setattr("plgtui.core.atomic_storage.write_atomic", _refuse)
    with pytest.raises(OSError):  # the disk is full: the change waits in memory
        with store.transaction():  # as the workbook saves
            store.put("members", {"id": 60, "name": "waiting", "role": "member"})
    assert store.unsaved
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.put("members", {"id": 61, "name": "half", "role": "member"})
            raise RuntimeError("boom")
    names = {r["name"] for r in store.records("members")}
    assert "waiting" in names and "half" not in names and store.unsaved
    monkeypatch.setattr("plgtui.core.atomic_storage.write_atomic", real)
    store.save_pending()
    saved = workbook.path.read_text(encoding="utf-8")
    assert "waiting" in saved and "half" not in saved and not store.unsaved


def _refuse(*_args, **_kwargs):
    raise OSError(28, "No space left on device")


def test_a_save_writes_exactly_what_a_full_dump_would(workbook, demo_path):
    """Saves re-encode only the records that changed; the file must still be the full dump."""
    import json

    from plgtui.core.atomic_storage import dump_json

    meeting = workbook.journey.meetings[0]
    steps = [
        lambda: workbook.minutes.set_notes(meeting.id, 'Eerste\nregel — met "quotes" en \\ en é'),
        lambda: workbook.agreements.add_agreement("Nieuw", AgreementKind.FINISH),
        lambda: workbook.agreements.remove_agreement(
            workbook.journey.agreements[-1].id, today=TODAY
        ),
        lambda: workbook.group.update_group(name="Andere naam"),
        lambda: workbook.minutes.set_notes(meeting.id, ""),
    ]
    for step in steps:
        step()
        text = demo_path.read_text(encoding="utf-8")
        assert text == dump_json(json.loads(text))
        assert json.loads(text) == workbook._store.data


def test_a_new_record_put_on_its_own_lands_in_the_file(workbook, monkeypatch):
    writes = []
    real = store_module.write_atomic
    monkeypatch.setattr(
        "plgtui.core.atomic_storage.write_atomic",
        lambda p, t, **kw: writes.append(t) or real(p, t, **kw),
    )
    workbook._store.put("members", {"id": 70, "name": "Los Toegevoegd", "role": "member"})
    assert len(writes) == 1 and '"Los Toegevoegd"' in workbook.path.read_text(encoding="utf-8")
    workbook._store.remove("members", 70)
    assert len(writes) == 2 and '"Los Toegevoegd"' not in workbook.path.read_text(encoding="utf-8")


def test_backups_stay_spread_over_time(tmp_path):
    """The newest 20, then one a day for a month, then one a week: twenty quick restarts do
    not push out everything older."""
    import time as clock

    from plgtui.core.backups import backups_to_drop

    now = clock.mktime((2026, 11, 30, 12, 0, 0, 0, 0, -1))

    def named(seconds_ago: float) -> Path:
        stamp = clock.strftime("%Y%m%d-%H%M%S", clock.localtime(now - seconds_ago))
        return tmp_path / f"journey-{stamp}-000000.json"

    quick = [named(60 * n) for n in range(25)]  # 25 restarts in the last half hour
    daily = [named(86400 * d + h * 3600) for d in range(1, 40) for h in (1, 5)]
    backups = sorted(set(quick + daily), key=lambda p: p.name, reverse=True)
    dropped = set(backups_to_drop(backups, now))
    kept = [b for b in backups if b not in dropped]
    assert kept[:20] == backups[:20]
    assert named(86400 * 3 + 3600) in kept and named(86400 * 3 + 5 * 3600) in dropped
    older = [b for b in kept if b.name < named(86400 * 31).name]
    weeks = {
        clock.strftime(
            "%G%V", clock.localtime(clock.mktime(clock.strptime(b.name[8:23], "%Y%m%d-%H%M%S")))
        )
        for b in older
    }
    assert len(older) == len(weeks)  # one a week before the last month
    assert (tmp_path / "journey-notes.json") not in dropped
