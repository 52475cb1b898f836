"""Contrast of what is on screen: every cell with text, its colour against its background.

WCAG 2 relative luminance and contrast ratio; dim text counts as its colour halfway to the
background, as terminals draw it.
"""

from __future__ import annotations

from rich.color import Color
from rich.style import Style

# Lines and frames (box drawing, the eighth blocks of Textual's borders) are not text.
# The scrollbar's thumb is drawn with the other blocks; the countdown only uses █ ▀ ▄.
FRAMES = set(range(0x2500, 0x2580)) | {ord(c) for c in "▁▂▃▅▆▇▔▏▕▎▍▊▋▌▐ "}


def luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _rgb(color: Color | None, fallback: tuple[int, int, int]) -> tuple[int, int, int]:
    if color is None or color.triplet is None:
        return fallback
    return tuple(color.triplet)  # type: ignore[return-value]


def cells(strips) -> list[tuple[str, tuple, tuple, Style]]:
    """(text, colour, background, style) of every segment that holds text."""
    found = []
    for strip in strips:
        for segment in strip:
            text, style = segment.text, segment.style or Style()
            if not any(ord(ch) not in FRAMES and not ch.isspace() for ch in text):
                continue
            fore, back = style.color, style.bgcolor
            if style.reverse:
                fore, back = back, fore
            bg = _rgb(back, (0, 0, 0))
            fg = _rgb(fore, (255, 255, 255))
            if style.dim:
                fg = tuple((f + b) // 2 for f, b in zip(fg, bg))
            found.append((text, fg, bg, style))
    return found


def worst(strips) -> list[tuple[float, str]]:
    """Each text segment's contrast ratio, lowest first."""
    return sorted((ratio(fg, bg), text) for text, fg, bg, _s in cells(strips))
