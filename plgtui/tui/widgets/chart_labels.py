"""Which values a chart writes beside its points, so that no two labels run into each other.

plotext writes every text where it is told, over whatever is there: two values close in time
and size came out as "39%40%" or "nulmeting 4053%". Labels are taken in order of importance
(the baseline's and the target's words, then each class's latest value, then the older ones,
newest first) and one that would come within a space of a label already kept is left out;
the table beside the chart has every value.
"""

from __future__ import annotations

from dataclasses import dataclass

ROW_MARGIN = 1.2  # rows apart, as fractions: closer than one row may round to the same row
GAP = 2  # columns between two labels, one space plus one for rounding


@dataclass(frozen=True)
class Label:
    text: str
    x: float  # in the chart's units
    y: float
    alignment: str = "center"  # plotext's: "left" starts at x, "right" ends there
    rank: int = 0  # lower is kept first


@dataclass(frozen=True)
class Canvas:
    """Where the chart's units land: its x and y ranges over its columns and rows."""

    x_low: float
    x_high: float
    y_low: float
    y_high: float
    columns: int
    rows: int

    def at(self, x: float, y: float) -> tuple[float, float]:
        width, height = max(self.columns - 1, 1), max(self.rows - 1, 1)
        column = (x - self.x_low) / ((self.x_high - self.x_low) or 1) * width
        row = (y - self.y_low) / ((self.y_high - self.y_low) or 1) * height
        return column, row


def _span(label: Label, canvas: Canvas) -> tuple[float, float, float]:
    column, row = canvas.at(label.x, label.y)
    size = len(label.text)
    if label.alignment == "left":
        start = column
    elif label.alignment == "right":
        start = column - size + 1
    else:
        start = column - size // 2
    return row, start, start + size


def kept(labels: list[Label], canvas: Canvas) -> list[Label]:
    """The labels to write, in the order given, each at least a space from every other."""
    placed: list[tuple[float, float, float]] = []
    chosen: set[int] = set()
    for n in sorted(range(len(labels)), key=lambda i: (labels[i].rank, i)):
        row, start, end = _span(labels[n], canvas)
        if all(
            abs(row - r) >= ROW_MARGIN or start >= e + GAP or end + GAP <= s for r, s, e in placed
        ):
            placed.append((row, start, end))
            chosen.add(n)
    return [label for n, label in enumerate(labels) if n in chosen]
