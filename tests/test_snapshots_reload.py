"""Snapshots of the two dialogs shown when the journey file changed elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_snapshots import IDS, SIZES, make_app, steady

from plgtui.core.workbook import Rescued
from plgtui.tui.dialogs.reload import ReloadScreen, UnsavedScreen

RESCUED = Rescued(
    "Afspraak 11 (nieuw)\n  kind: finish\n  text: Toetsen van 2de jaar delen\n\n"
    "Bijeenkomst 3 (gewijzigd)\n  notes: We bespraken de feedbackronde.\n    Volgende keer: rubric.",
    Path("demo.backups/demo-unsaved-20260520-101500.txt"),
)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_reload_question(snap_compare, workbook, size):
    async def ask(pilot):
        pilot.app.push_screen(ReloadScreen(unsaved=True, conflicts=2))
        await steady(pilot)

    assert snap_compare(make_app(workbook), terminal_size=size, run_before=ask)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_unsaved_after_reload(snap_compare, workbook, size):
    async def show(pilot):
        pilot.app.push_screen(UnsavedScreen(RESCUED))
        await pilot.pause()
        await steady(pilot)

    assert snap_compare(make_app(workbook), terminal_size=size, run_before=show)


@pytest.fixture
def merged(demo_path):
    """The demo after a merge that left three conflicts: the group's name, a meeting's notes,
    and an agreement one laptop removed while the other changed it."""
    import json

    from plgtui.core.merge import merge
    from plgtui.core.workbook import Workbook

    base = json.loads(demo_path.read_text(encoding="utf-8"))
    ours, theirs = json.loads(json.dumps(base)), json.loads(json.dumps(base))
    meeting = min(base["meetings"], key=int)
    agreement = min(base["agreements"], key=int)
    ours["group"]["1"]["name"] = "PLG Geschiedenis Leiestreek"
    theirs["group"]["1"]["name"] = "Leergroep Geschiedenis"
    ours["meetings"][meeting]["notes"] = "We kozen de bronnenles als eerste.\nAn neemt foto's."
    theirs["meetings"][meeting]["notes"] = "Bronnenles eerst; [b]Bert[/b] maakt het draaiboek."
    del ours["agreements"][agreement]
    theirs["agreements"][agreement]["text"] = "Rubric voor bronnenanalyse afwerken tegen mei"
    data = merge(base, ours, theirs, ("journey-LAPTOP-AN.json", "journey.json")).data
    demo_path.write_text(json.dumps(data), encoding="utf-8")
    book = Workbook.open(demo_path)
    yield book
    book.close()


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_conflicts_to_choose(snap_compare, merged, size):
    async def open_conflicts(pilot):
        await pilot.press("k")
        await steady(pilot)

    assert snap_compare(make_app(merged), terminal_size=size, run_before=open_conflicts)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_overview_says_conflicts_are_left(snap_compare, merged, size):
    assert snap_compare(make_app(merged), terminal_size=size, run_before=steady)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_copies_question(snap_compare, workbook, size):
    from plgtui.tui.dialogs.copies import CopiesScreen

    async def ask(pilot):
        pilot.app.push_screen(CopiesScreen(
            "Naast het groepsbestand staat een kopie die een synchronisatiedienst maakte toen "
            "twee computers tegelijk bewaarden: journey (An's conflicted copy 2026-05-20).json. "
            "Samenvoegen?",
            "Wat er in een kopie veranderde, komt erbij; waar het groepsbestand en de kopie "
            "hetzelfde anders veranderden, kies je nadien. Daarna verhuist plgtui de kopie naar "
            "demo.backups/merged-copies: niets wordt gewist.",
        ))  # fmt: skip
        await steady(pilot)

    assert snap_compare(make_app(workbook), terminal_size=size, run_before=ask)
