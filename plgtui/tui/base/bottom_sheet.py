"""A field along the bottom of the screen over the live view, which stays in sight above it.

QuickInput (ideas, decisions) and CaseNoteInput (what a case pupil does) are both this: a title,
one line to type in, a line for an error or what was saved, and a hint.
"""

from __future__ import annotations

from textual.screen import ModalScreen


class BottomSheet(ModalScreen[None]):
    SEE_THROUGH = True  # the screen beneath shows each saved line at once (JourneyScreen)
    DEFAULT_CSS = """
    BottomSheet { align: center bottom; background: $background 40%; }
    BottomSheet > Vertical {
        height: auto; width: 100%; padding: 0 1;
        border-top: thick $accent; background: $surface;
    }
    BottomSheet .sheet-error { color: $text-error; height: auto; }
    BottomSheet .sheet-hint { color: $text-muted; height: auto; }
    """
