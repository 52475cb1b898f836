"""Quitting never drops what was typed: with a save the disk refused, or a conflict left for
later, the changes are written to a rescue file first and plgtui asks before it stops."""

from __future__ import annotations

import errno

from conftest import TODAY

from plgtui.core import atomic_storage as storage
from plgtui.core.model import AgreementKind
from plgtui.core.timer import FakeClock
from plgtui.tui.app import PlgApp
from plgtui.tui.dialogs.quit import QuitScreen


def refuse(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


async def test_quitting_with_a_refused_save_writes_it_down_and_asks(workbook, monkeypatch):
    real = storage.write_atomic
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        monkeypatch.setattr(storage, "write_atomic", refuse)
        workbook.agreements.add_agreement("Schijf vol bij het stoppen", AgreementKind.FINISH)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)  # not gone
        rescued = app.rescued_to
        assert rescued is not None and "Schijf vol bij het stoppen" in rescued.read_text("utf-8")
        assert str(rescued) in app.screen.rescued
        await pilot.press("y", "n")  # a yes or no of another question does nothing here
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)
        await pilot.press("r")  # save again: still refused, so it stays
        await pilot.pause()
        assert app.is_running
        monkeypatch.setattr(storage, "write_atomic", real)
        await pilot.press("ctrl+q")  # the disk takes it now: it saves and stops
        await pilot.pause()
    assert "Schijf vol bij het stoppen" in workbook.path.read_text(encoding="utf-8")


async def test_quit_anyway_keeps_the_rescue_file(workbook, monkeypatch):
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        monkeypatch.setattr(storage, "write_atomic", refuse)
        workbook.agreements.add_agreement("Toch gestopt", AgreementKind.FINISH)
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
    assert app.rescued_to is not None and "Toch gestopt" in app.rescued_to.read_text("utf-8")


async def test_nothing_unsaved_quits_at_once(workbook):
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not isinstance(app.screen, QuitScreen)
    assert app.rescued_to is None
