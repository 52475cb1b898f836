"""Conflict copies a sync service left beside the journey, offered for merging at the start."""

from __future__ import annotations

from typing import Any

from plgtui.core.i18n import _, ngettext
from plgtui.core.merge_files import conflict_copies, put_away_folder


def offer_copies(app: Any) -> None:
    """Ask once per start; 'later' leaves them where they are."""
    copies = conflict_copies(app.workbook.path)
    if not copies:
        return
    from plgtui.tui.screens.copies import CopiesScreen

    names = ", ".join(c.name for c in copies)
    question = ngettext("copies.question", len(copies), names=names)
    detail = _("copies.detail", folder=put_away_folder(app.workbook.path))

    def answered(merge: bool | None) -> None:
        if merge:
            app.run_worker(take_in(app, copies), exclusive=True, group="reload")

    app.push_screen(CopiesScreen(question, detail), answered)


async def take_in(app: Any, copies: list) -> None:
    """Merge them in as a reload does: every screen closed first, the overview after."""
    outcome = await app.disk_watch.start_again(lambda: app.workbook.take_in(copies))
    if outcome is None:
        return  # a copy could not be read: said by start_again
    if outcome.problem:
        app.notify(outcome.problem, title=_("copies.title"), severity="error", markup=False)
        return
    names = ", ".join(c.name for c in copies)
    app.notify(
        _("copies.done", names=names, folder=put_away_folder(app.workbook.path)),
        title=_("copies.title"), markup=False,
    )  # fmt: skip
    if outcome.conflicts:
        app.action_conflicts()
