"""How the countdown tells its stage without colour: a word under the digits and a frame.

Colour alone vanishes under NO_COLOR, on a washed-out projector and for red-green colour
blindness; so each stage past "plenty of time" also has its words ("tijd om af te ronden",
"nog 1 min", "over tijd") and its own frame around the clock (app.tcss: round, heavy, double).
The flash at zero follows Textual's animation level: with TEXTUAL_ANIMATIONS=none it does not
blink, and the words stay.
"""

from __future__ import annotations

from plgtui.core.i18n import _
from plgtui.core.live import LiveMeeting
from plgtui.core.stage_words import stage_word
from plgtui.core.timer import Stage, format_clock
from plgtui.tui.widgets.big_clock import BigClock


def show_clock(clock: BigClock, live: LiveMeeting) -> None:
    """The digits, the stage as a class (colour and frame) and the words under them."""
    clock.text = format_clock(live.remaining())
    current = live.stage()
    for stage in Stage:
        clock.set_class(stage is current, f"-{stage.value}")
    clock.set_class(not live.running, "-paused")
    clock.outline = not live.running
    words = [stage_word(live, current), "" if live.running else _("live.paused_caption")]
    clock.caption = " · ".join(w for w in words if w)


def may_flash(app) -> bool:
    """Blinking is an animation: none when the coach or the system asked for none."""
    return getattr(app, "animation_level", "full") != "none"
