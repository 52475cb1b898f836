"""A QR code as text: two rows of modules per line of half blocks, for the projector.

Dark modules are drawn as the foreground of the characters, so the code must be shown dark on
light (the room screen colours it black on white, whatever the theme), as every phone's camera
expects; a quiet zone of two modules round it, and the white round it on screen, frame it.
"""

from __future__ import annotations

import segno

BORDER = 2
BLOCKS = {(True, True): "█", (True, False): "▀", (False, True): "▄", (False, False): " "}


def qr_lines(text: str, border: int = BORDER, scale: int = 1) -> list[str]:
    """`text` as a QR code, each line two rows of modules (`scale` cells a module each way)."""
    rows = [[bool(m) for m in row] for row in segno.make(text, micro=False).matrix_iter(
        scale=scale, border=border
    )]  # fmt: skip
    if len(rows) % 2:
        rows.append([False] * len(rows[0]))
    return [
        "".join(BLOCKS[top, bottom] for top, bottom in zip(rows[n], rows[n + 1]))
        for n in range(0, len(rows), 2)
    ]


def fitting_scale(text: str, width: int, height: int, border: int = BORDER) -> int:
    """The largest scale at which the code fits `width` columns and `height` lines (at least 1)."""
    side = segno.make(text, micro=False).symbol_size(scale=1, border=border)[0]
    scale = 1
    while side * (scale + 1) <= width and (side * (scale + 1) + 1) // 2 <= height:
        scale += 1
    return scale


def qr_matrix(lines: list[str]) -> list[list[bool]]:
    """The modules back from the lines (for tests: what a camera would read)."""
    matrix: list[list[bool]] = []
    for line in lines:
        matrix.append([c in "█▀" for c in line])
        matrix.append([c in "█▄" for c in line])
    return matrix
