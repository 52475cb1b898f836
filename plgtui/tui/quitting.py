"""Quitting without losing anything: typing is saved first; what the disk refused is written down
beside the backups, and plgtui asks before it stops."""

from __future__ import annotations

from typing import TYPE_CHECKING

from plgtui.core.i18n import _

if TYPE_CHECKING:
    from textual.app import App  # any app with an open `workbook` and `disk_watch`


def quit_keeping_work(app: App) -> None:
    """Stop, after saving what is typed. With changes the disk refused or a conflict left
    for later, they are written down first, and plgtui asks before it stops."""
    app.flush_screens()
    workbook = app.workbook
    if workbook is None or not workbook.unsaved or workbook.read_only:
        app.exit()
        return
    from plgtui.tui.screens.quit import SAVE, QuitScreen

    conflict = app.disk_watch is not None and app.disk_watch.conflict
    problem = _("save.conflict") if conflict else workbook.retry_save()
    if not problem:  # the disk takes it now
        app.exit()
        return
    rescued = workbook.keep_unsaved()  # written down before anything is asked
    app.rescued_to = rescued.path
    where = (
        _("quit.rescued", path=rescued.path) if rescued.path else _("quit.not_rescued")
    )

    def answered(answer: str | None) -> None:
        if answer == SAVE:
            still = workbook.retry_save()
            if still:
                app.notify(still, title=_("save.title"), severity="error", markup=False)
                return
        if answer is not None:
            app.exit()

    app.push_screen(QuitScreen(problem, where), answered)
