"""The countdown's stage in words, one rule for the projector's clock and `plgtui status`.

Both ask the running meeting for its stage (`LiveMeeting.stage`, which follows the step's length
as it now is, after + and -, through `timer.warning_points`) and then these words, so a
screen reader beside the room hears what the projector shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from plgtui.core.i18n import _
from plgtui.core.timer import LAST_MINUTE, Stage

if TYPE_CHECKING:
    from plgtui.core.live import LiveMeeting

WORDS = {
    Stage.WRAP_UP: "live.stage.wrap_up",
    Stage.LAST_MINUTE: "live.stage.last_minute",
    Stage.OVERTIME: "live.stage.overtime",
}


def stage_word(live: LiveMeeting, current: Stage | None = None) -> str:
    """The stage in words, '' while there is plenty of time. A short step reaches its last
    stretch with less than a minute left: it is 'bijna om' then, never a wrong 'nog 1 min'."""
    current = live.stage() if current is None else current
    if current is Stage.LAST_MINUTE and live.warning_points()[1] < LAST_MINUTE:
        return _("live.stage.almost")
    key = WORDS.get(current)
    return _(key) if key else ""
