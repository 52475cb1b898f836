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


HOLLOW_FROM = 3  # smaller, a hollow digit is a scribble; the word under it says it alone
NARROW = {"-": (".", ".", "#", ".", ".")}  # a minus that leaves the digits their size


def clock_pixels(text: str, width: int, height: int) -> tuple[list[str], int]:
    """The rows of pixels and the scale to draw them at. A time past zero is as large as the
    same time before it: the digits leave room for a narrow minus either way."""
    digits = pixels(text.lstrip("-"))
    columns = len(digits[0]) + 2  # a one-pixel minus and its gap
    scale = 0
    while columns * (scale + 1) <= width and (5 * (scale + 1) + 1) // 2 <= height:
        scale += 1
    if not text.startswith("-"):
        return digits, scale
    return [NARROW["-"][n] + "." + row for n, row in enumerate(digits)], scale


def hollow(rows: list[str]) -> list[str]:
    """Only the edge of each shape: a paused clock looks different, not only dimmer."""

    def on(r: int, c: int) -> bool:
        return 0 <= r < len(rows) and 0 <= c < len(rows[r]) and rows[r][c] == "#"

    return [
        "".join(
            "#"
            if on(r, c)
            and not all(on(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
            else "."
            for c in range(len(rows[r]))
        )
        for r in range(len(rows))
    ]


def draw(text: str, scale: int, rows: list[str] | None = None, outline: bool = False) -> list[str]:
    """Scale the bitmap by `scale` in both directions and fold pairs of rows into half blocks."""
    source = rows if rows is not None else pixels(text)
    rows = ["".join(px * scale for px in row) for row in source for _ in range(scale)]
    if outline and scale >= HOLLOW_FROM:
        rows = hollow(rows)
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
        text-align: center;
        text-wrap: nowrap;
        text-overflow: clip;
        text-style: bold;
    }
    """

    text: reactive[str] = reactive("0:00", layout=False)
    caption: reactive[str] = reactive("", layout=False)
    """Words under the digits ("over tijd · gepauzeerd"), so the stage and the pause read
    from the back of the room without colour."""
    outline: reactive[bool] = reactive(False, layout=False)
    """Hollow digits: paused."""

    def render(self) -> Content:
        width, height = self.content_region.size
        rows, scale = clock_pixels(self.text, width, height - (2 if self.caption else 0))
        if scale == 0:
            digits = Content(self.text)
        else:
            digits = Content("\n".join(draw(self.text, scale, rows, outline=self.outline)))
        if not self.caption:
            return digits
        return Content.assemble(digits, "\n\n", (f" {self.caption} ", "reverse"))
