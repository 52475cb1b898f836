"""The question at the start when a sync service left copies of the journey beside it."""

from __future__ import annotations

from plgtui.core.i18n import _
from plgtui.tui.dialogs.confirm import ConfirmScreen


class CopiesScreen(ConfirmScreen):
    DEFAULT_CSS = """
    CopiesScreen > Vertical { width: 76; }
    """
    ROW = 72  # inside the border and padding (at 80 columns too)

    def choices(self) -> list[tuple[object, str, str]]:
        return [(False, _("copies.later"), "default"), (True, _("copies.merge"), "primary")]
