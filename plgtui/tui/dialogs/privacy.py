"""Pupils appear only as codes: before typed text about pupils is kept, a name in it is asked
about. What counts as a name (a member's, or what looks like a full personal name) is the
core's to say; the interface only asks and, on no, keeps nothing."""

from __future__ import annotations

from collections.abc import Callable

from textual.dom import DOMNode

from plgtui.core.i18n import _


def ask_first(
    node: DOMNode,
    found: list[str],
    keep: Callable[[], None],
    refused: Callable[[], None] = lambda: None,
) -> None:
    """Run `keep` at once when nothing looks like a name; otherwise only after a yes, and
    `refused` after a no (to put the cursor back where the name is)."""
    if not found:
        keep()
        return
    from plgtui.tui.dialogs.confirm import ConfirmScreen

    question = ConfirmScreen(
        _("privacy.question", names=", ".join(dict.fromkeys(found))), _("privacy.detail")
    )
    node.app.push_screen(question, lambda yes: keep() if yes else refused())
