"""Bars measured from zero, one per meeting: Textual's Sparkline scales from the lowest value
to the highest, so attendance of 7 of 9 drew as an empty bar beside 8 of 9."""

from __future__ import annotations

from textual.content import Content

LEVELS = " ▁▂▃▄▅▆▇█"
WIDTH = 3  # cells per bar, with one between bars


def bars(values: list[int], top: int) -> Content:
    """Each value as a bar whose height is its share of `top`; nothing at all is a blank."""
    top = max(top, *values, 1) if values else max(top, 1)
    cells = []
    for value in values:
        level = 0 if value <= 0 else max(1, round(value / top * (len(LEVELS) - 1)))
        cells.append(LEVELS[level] * WIDTH)
    return Content(" ".join(cells)).stylize("$text-accent")
