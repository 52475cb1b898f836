"""Charts of what changed for the pupils, drawn by plotext (textual-plotext): each class over
time against the line from baseline to target, and a rubric's levels before and after.

Classes are told apart by their marker as well as their colour (a projector or a printout in
black and white loses the colours), every value is written beside its point, and the value axis
starts at zero so a small rise does not look like a large one. textual-plotext is imported here
only, and this module only when a chart is first shown: opening plgtui does not pay for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from textual.color import Color
from textual_plotext import PlotextPlot

from plgtui.core import labels
from plgtui.core.i18n import _, number
from plgtui.tui.textual_internals import plotext_in_order
from plgtui.tui.widgets import chart_labels
from plgtui.tui.widgets.chart_labels import Canvas, Label

# the same chart every time, whatever Python's hash seed (plotext's private part, fenced there)
plotext_in_order()

MARKERS = ("●", "▲", "■", "◆", "✚", "★")  # one per class, in the order the goal lists them
PLAN = "·"  # the straight line from baseline to target
# Colours that read on the dark and the light theme alike; the markers carry the difference too.
COLOURS = ((0, 130, 200), (230, 120, 0), (60, 160, 75), (170, 60, 190), (200, 50, 60))
PLAN_COLOUR = (128, 128, 128)
NARROW = 60  # columns below which a chart writes only the latest values
FILLS = ("█", "▒", "▓", "░")  # the rounds' bars, told apart without colour


@dataclass
class Line:
    """One class's readings, oldest first."""

    label: str
    points: list[tuple[date, float]] = field(default_factory=list)


@dataclass
class GoalPicture:
    """What a goal's chart shows; `unit` is written after values ('%' or '')."""

    lines: list[Line]
    baseline: tuple[date, float] | None = None
    target: tuple[date, float] | None = None
    unit: str = ""
    top: float | None = None  # the scale's top (100 for a percentage), else from the values


def marker(index: int) -> str:
    return MARKERS[index % len(MARKERS)]


def _short(day: date) -> str:
    return f"{day.day} {_(labels.MONTH_SHORT[str(day.month)])}"


def ground(widget: PlotextPlot) -> tuple[int, int, int]:
    """The plot's background, for written values: plotext would box them in white."""
    colour = Color.parse(widget.app.theme_variables.get("surface", "black"))
    return colour.r, colour.g, colour.b


def fitting(labels: list[tuple[float, str]]) -> set[str]:
    """The tick labels (at a column, centred) that fit side by side: the first and the last,
    then the others from the left where they leave a space on both sides."""
    if len(labels) <= 1:
        return {text for _at, text in labels}
    ends = [labels[0], labels[-1]]
    taken: list[tuple[float, float]] = []
    kept: set[str] = set()
    for at, text in ends + labels[1:-1]:
        span = (at - len(text) / 2 - 1, at + len(text) / 2 + 1)
        if all(span[1] <= a or span[0] >= b for a, b in taken):
            taken.append(span)
            kept.add(text)
    return kept


def nice_top(values: list[float]) -> tuple[float, list[float]]:
    """A scale from zero to a round number above every value, and its ticks."""
    high = max(values + [1.0]) * 1.15
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if high / step <= 5:
            break
    top = step * -(-high // step)
    return top, [step * n for n in range(int(top // step) + 1)]


class GoalChart(PlotextPlot):
    """Each class over time, the plan from baseline to target, values written."""

    DEFAULT_CSS = "GoalChart { height: 1fr; min-height: 10; }"

    def show(self, picture: GoalPicture | None) -> None:
        self.picture = picture
        self.refresh()

    def _draw(self) -> None:
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        picture = getattr(self, "picture", None)
        if picture is None or not (picture.lines or picture.baseline):
            plt.title(_("chart.empty"))
            return
        days = [d for line in picture.lines for d, _v in line.points]
        values = [v for line in picture.lines for _d, v in line.points]
        for end in (picture.baseline, picture.target):
            if end:
                days.append(end[0])
                values.append(end[1])
        first, last = min(days), max(days)

        def x(day: date) -> int:
            return (day - first).days

        if picture.top:
            top, ticks = nice_top([picture.top / 1.15])
        else:
            top, ticks = nice_top(values)
        plt.ylim(0, top)
        plt.yticks(ticks, [number(t) + picture.unit for t in ticks])
        lift = top / 14  # a value's label sits just above its point
        if picture.baseline and picture.target:
            (d0, v0), (d1, v1) = picture.baseline, picture.target
            plt.plot(
                [x(d0), x(d1)], [v0, v1], marker=PLAN, color=PLAN_COLOUR, label=_("chart.plan")
            )
        # A narrow chart writes only each class's latest value and leaves the ends' words to
        # the legend: more would be written over each other (the table beside has them all).
        narrow = self.size.width < NARROW
        written: list[tuple[Label, tuple[int, int, int]]] = []
        for end, key, side in () if narrow else ((picture.baseline, "chart.baseline", "left"),
                               (picture.target, "chart.target", "right")):  # fmt: skip
            if end:
                words = _(key, value=number(end[1]) + picture.unit)
                written.append((Label(words, x(end[0]), end[1] + lift, side, 0), PLAN_COLOUR))
        for n, line in enumerate(picture.lines):
            if not line.points:
                continue
            xs = [x(d) for d, _v in line.points]
            ys = [v for _d, v in line.points]
            colour = COLOURS[n % len(COLOURS)]
            plt.plot(xs, ys, marker="braille", color=colour)
            plt.scatter(xs, ys, marker=marker(n), color=colour, label=f"{line.label} {marker(n)}")
            points = list(zip(xs, ys))
            for age, (px, py) in enumerate(reversed(points[-1:] if narrow else points)):
                rank = 1 if age == 0 else 2 + age  # the latest of each class before older ones
                written.append((Label(number(py) + picture.unit, px, py - lift, rank=rank), colour))
        shown = sorted({first, last} | {d for line in picture.lines for d, _v in line.points[-1:]})
        low, high = -3, x(last) + 3
        plt.xlim(low, high)
        y_labels = max(len(number(t) + picture.unit) for t in ticks)
        canvas = Canvas(low, high, 0, top, self.size.width - y_labels - 2, self.size.height - 3)
        colours = {id(label): colour for label, colour in written}
        for label in chart_labels.kept([label for label, _c in written], canvas):
            plt.text(label.text, label.x, label.y, color=colours[id(label)],
                     alignment=label.alignment, background=ground(self))  # fmt: skip
        # Labels that would overlap are left out here: plotext chooses among overlapping ones
        # by the order of a set, which changes from one run to the next.
        width = max(1, self.size.width - 8)  # less the value axis and the frame
        kept = fitting([((x(d) - low) / (high - low) * width, _short(d)) for d in shown])
        plt.xticks(
            [x(d) for d in shown if _short(d) in kept],
            [_short(d) for d in shown if _short(d) in kept],
        )

    def render(self):
        self._draw()
        return super().render()


class RoundBars(PlotextPlot):
    """One round's counts per level as horizontal bars, each count written beside its bar."""

    DEFAULT_CSS = "RoundBars { height: 1fr; width: 1fr; min-height: 7; }"

    def __init__(self, title: str, levels: list[str], counts: list[int], most: int,
                 fill: str, colour: tuple[int, int, int], short: str = "", **kw) -> None:  # fmt: skip
        super().__init__(**kw)
        self.bar_title, self.levels, self.counts, self.most = title, levels, counts, most
        self.fill, self.colour, self.short_title = fill, colour, short

    def heading(self) -> str:
        """The round's title, or its short form where the title would not fit: plotext leaves
        out a title wider than the bars' area (four rounds side by side at 80 columns)."""
        room = self.size.width - max((len(level) for level in self.levels), default=0) - 2
        number = self.short_title.split()[-1] if self.short_title else ""
        for title in (self.bar_title, self.short_title, f"#{number}" if number else ""):
            if title and len(title) <= room:
                return title
        return ""

    def render(self):
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        plt.title(self.heading())
        rows = list(range(1, len(self.levels) + 1))
        plt.bar(rows, self.counts, orientation="horizontal", marker=self.fill,
                color=self.colour, width=0.5)  # fmt: skip
        plt.yticks(rows, self.levels)
        top = self.most + max(1, self.most // 3)
        step = max(1, -(-top // 5))
        plt.xlim(0, top)
        plt.xticks(list(range(0, top + 1, step)))
        for row, count in zip(rows, self.counts):
            plt.text(
                str(count),
                count + top * 0.03,
                row,
                color=self.colour,
                alignment="left",
                background=ground(self),
            )
        return super().render()
