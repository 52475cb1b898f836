"""A full disk during a save: the old file stays intact, the change stays in memory, and it is
written as soon as the disk takes it again."""

from __future__ import annotations

import errno

from conftest import TODAY

from plgtui.core import atomic_storage as storage
from plgtui.core.model import AgreementKind
from plgtui.core.timer import FakeClock
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp


def refuse(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_refused_save_is_kept_and_landed_later(workbook, monkeypatch):
    path = workbook.path
    before = path.read_bytes()
    changes = []
    workbook.subscribe(changes.append)
    real = storage.write_atomic
    monkeypatch.setattr(storage, "write_atomic", refuse)
    agreement = workbook.agreements.add_agreement("Schijf vol", AgreementKind.FINISH)
    assert path.read_bytes() == before  # the old file is intact
    assert agreement in workbook.journey.agreements and workbook.unsaved
    assert "de schijf is vol" in changes[-1].problem  # in the interface language
    assert "de schijf is vol" in workbook.retry_save()
    monkeypatch.setattr(storage, "write_atomic", real)
    assert workbook.retry_save() == ""
    path_text = path.read_text(encoding="utf-8")
    assert "Schijf vol" in path_text and not workbook.unsaved
    workbook.close()
    assert "Schijf vol" in {a.text for a in Workbook.open(path).journey.agreements}


async def test_the_app_warns_and_says_when_all_is_saved_again(workbook, monkeypatch):
    real = storage.write_atomic
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        monkeypatch.setattr(storage, "write_atomic", refuse)
        workbook.agreements.add_agreement("Schijf vol", AgreementKind.FINISH)
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("Niet bewaard" in m for m in messages)
        assert app.disk.retrying
        monkeypatch.setattr(storage, "write_atomic", real)
        app.disk.retry()
        await pilot.pause()
        assert not app.disk.retrying
        assert any("weer bewaard" in n.message for n in app._notifications)
