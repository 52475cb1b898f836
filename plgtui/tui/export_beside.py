"""An export written beside the journey from inside the app, in a thread, saying where it went."""

from __future__ import annotations

from typing import TYPE_CHECKING

from plgtui.core.i18n import _

if TYPE_CHECKING:
    from textual.app import App  # any app with an open `workbook`


def export_beside(
    app: App,
    meeting_id: int | None = None,
    fmt: str = "",  # "": the audience's own (plain text for members)
    leaders: bool = False,
    members: bool = False,
) -> None:
    """Write an export beside the journey and say where; never half a file. The message to
    members, plain text, also goes to the clipboard to paste into an e-mail."""
    from plgtui.export import writing

    request = writing.Request(meeting_id=meeting_id, fmt=fmt, leaders=leaders, members=members)
    journey = app.workbook.journey
    try:
        path = writing.default_name(app.workbook.path, journey, request)
        lines, title = writing.render_lines(journey, request)
    except writing.ExportError as exc:
        app.notify(str(exc), severity="error", markup=False)
        return
    if request.fmt == "html":
        app.notify(_("export.busy"), timeout=3)

    def finish() -> None:
        # In a thread: HTML of a long journey takes seconds; the journey is not touched here.
        try:
            text = writing.finish(lines, title, request.fmt)
            writing.write(path, text)
        except writing.ExportError as exc:
            app.call_from_thread(app.notify, str(exc), severity="error", markup=False)
            return
        if members:
            app.call_from_thread(app.copy_to_clipboard, text)
        said = _("members.copied", path=path) if members else _("export.written", path=path)
        app.call_from_thread(app.notify, said, title=_("export.done"), markup=False, timeout=8)

    app.run_worker(finish, thread=True, group="export", exit_on_error=False)
