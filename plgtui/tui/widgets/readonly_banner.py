"""A line at the top of a screen that says the journey is open read-only, and why."""

from __future__ import annotations

from textual.widgets import Static

from plgtui.core import labels
from plgtui.core.i18n import _
from plgtui.tui.ui import UsesWorkbook


class ReadOnlyBanner(UsesWorkbook, Static):
    """Screens yield it only when the app's workbook is read-only."""

    DEFAULT_CSS = """
    ReadOnlyBanner {
        width: 1fr;
        padding: 0 1;
        background: $warning-muted;
        color: $text;
    }
    """

    def on_mount(self) -> None:
        self.update(_(labels.READ_ONLY[self.workbook.read_only_reason]))
