"""What Ctrl+E asks before the running meeting ends: ending at block 1 of 4 says that blocks
2 to 4 were not reached, so a coach who meant Ctrl+Q (stop plgtui) or another block notices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from plgtui.core.i18n import _, ngettext

if TYPE_CHECKING:
    from plgtui.core.live import LiveMeeting


def end_question(live: LiveMeeting | None) -> str:
    if live is None:
        return _("live.end_question")
    total = len(live.meeting.blocks)
    first = live.state.block + 2  # the first block not reached, counted from 1
    left = total - first + 1
    if left <= 0:
        return _("live.end_question")
    return ngettext("live.end_question.left", left, first=first, last=total, total=total)
