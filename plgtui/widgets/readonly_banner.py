"""A line at the top of a screen that says the journey is open read-only, and why."""

from __future__ import annotations

from textual.widgets import Static

from plgtui.i18n import _


class ReadOnlyBanner(Static):
    """Hidden unless the app's workbook is read-only."""

    DEFAULT_CSS = """
    ReadOnlyBanner {
        display: none;
        width: 1fr;
        padding: 0 1;
        background: $warning-muted;
        color: $text;
    }
    ReadOnlyBanner.-shown { display: block; }
    """

    def on_mount(self) -> None:
        workbook = self.app.workbook
        if workbook is not None and workbook.read_only:
            self.update(_(f"readonly.{workbook.read_only_reason}"))
            self.add_class("-shown")
