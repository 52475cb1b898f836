"""A countdown in block digits that grow with the space they get, for the back of the room.

Textual's Digits are always three rows tall; on a projector that is too small. Here each digit
is a 3x5 bitmap scaled by the largest whole factor that fits, drawn with half blocks so a
scaled pixel stays roughly square.
"""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

FONT = {
    "0": ("###", "#.#", "#.#", "#.#", "###"),
    "1": (".#.", "##.", ".#.", ".#.", "###"),
    "2": ("###", "..#", "###", "#..", "###"),
    "3": ("###", "..#", ".##", "..#", "###"),
    "4": ("#.#", "#.#", "###", "..#", "..#"),
    "5": ("###", "#..", "###", "..#", "###"),
    "6": ("###", "#..", "###", "#.#", "###"),
    "7": ("###", "..#", ".#.", ".#.", ".#."),
    "8": ("###", "#.#", "###", "#.#", "###"),
    "9": ("###", "#.#", "###", "..#", "###"),
    ":": (".", "#", ".", "#", "."),
    "-": ("...", "...", "###", "...", "..."),
    " ": ("...", "...", "...", "...", "..."),
}
HALF = {
    (False, False): " ",
    (True, False): "▀",
    (False, True): "▄",
    (True, True): "█",
}


def pixels(text: str) -> list[str]:
    """The text as five rows of '#' and '.', one blank column between glyphs."""
    glyphs = [FONT.get(ch, FONT[" "]) for ch in text]
    return [".".join(g[row] for g in glyphs) for row in range(5)]


def scale_for(text: str, width: int, height: int) -> int:
    """The largest factor at which `text` fits in width x height cells; 0 if none does."""
    columns = len(pixels(text)[0])
    scale = 0
    while columns * (scale + 1) <= width and (5 * (scale + 1) + 1) // 2 <= height:
        scale += 1
    return scale


def draw(text: str, scale: int) -> list[str]:
    """Scale the bitmap by `scale` in both directions and fold pairs of rows into half blocks."""
    rows = ["".join(px * scale for px in row) for row in pixels(text) for _ in range(scale)]
    if len(rows) % 2:
        rows.append("." * len(rows[0]))
    return [
        "".join(HALF[(a == "#", b == "#")] for a, b in zip(rows[i], rows[i + 1], strict=True))
        for i in range(0, len(rows), 2)
    ]


class BigClock(Widget):
    """Shows `text` (like `12:34`) as large as its box allows."""

    DEFAULT_CSS = """
    BigClock {
        width: 1fr;
        height: 1fr;
        content-align: center middle;
        text-wrap: nowrap;
        text-overflow: clip;
        text-style: bold;
    }
    """

    text: reactive[str] = reactive("0:00", layout=False)

    def render(self) -> Content:
        width, height = self.content_region.size
        scale = scale_for(self.text, width, height)
        if scale == 0:
            return Content(self.text)
        return Content("\n".join(draw(self.text, scale)))
