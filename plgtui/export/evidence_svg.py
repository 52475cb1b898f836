"""A goal's chart for the HTML export, as inline SVG: each class over time against the baseline,
the target and the straight line between them.

Nothing in it runs (no script, no event attribute, no link): it is drawn shapes and text, the
typed text escaped as HTML escapes it. The value axis starts at zero, so a small rise does not
look like a large one; every value is written beside its point; classes differ by their marker's
shape and their line's dashes as well as their colour, so a printout in black and white or a
reader who does not see colours tells them apart. Sized to the width of an A4 page.
"""

from __future__ import annotations

import html
import math
from datetime import date

from plgtui.core.evidence import Goal
from plgtui.core.evidence_checks import goal_range, reading_value
from plgtui.core.i18n import _, format_date, format_short_date, number
from plgtui.core.model import Journey
from plgtui.core.on_track import readings_of, unit

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 46, 120, 14, 36
COLOURS = ("#1f5f99", "#b35900", "#2e7d32", "#7b3fa0", "#b0263b", "#4d4d4d")
DASHES = ("", "7 4", "2 3", "10 3 2 3", "4 2", "1 4")
MARKERS = ("circle", "triangle", "square", "diamond", "cross", "star")  # shapes, in order
PLAN = "#808080"


class Chart(str):
    """A chart among an export's lines: nothing in the Markdown (an empty line), its SVG in the
    HTML (html_body.body)."""

    svg: str

    def __new__(cls, svg: str) -> Chart:
        chart = super().__new__(cls, "")
        chart.svg = svg
        return chart


def goal_chart(journey: Journey, goal: Goal) -> Chart | None:
    """The goal's chart; None when there is nothing to draw (no reading, no baseline)."""
    lines = []
    for code in goal.classes:
        points = [(r.on, v) for r in readings_of(journey, goal, code)
                  if (v := reading_value(journey, goal, r)) is not None]  # fmt: skip
        lines.append((code, points))
    days = [d for _c, pts in lines for d, _v in pts]
    days += [d for d in (goal.baseline_on, goal.target_on) if d is not None]
    if not any(pts for _c, pts in lines) and goal.baseline is None:
        return None
    values = [v for _c, pts in lines for _d, v in pts]
    values += [v for v in (goal.baseline, goal.target) if v is not None]
    return Chart(_svg(goal, lines, min(days), max(days), _top(goal, values)))


def _top(goal: Goal, values: list[float]) -> float:
    """The axis' top: the scale's own top, else a round number above every value."""
    high = goal_range(goal)[1]
    if high is not None:
        return high
    biggest = max(values, default=1.0) * 1.1 or 1.0
    step = 10 ** math.floor(math.log10(biggest))
    return math.ceil(biggest / step) * step


def _svg(goal: Goal, lines: list, first: date, last: date, top: float) -> str:
    span = max((last - first).days, 1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    sign = unit(goal)

    def x(day: date) -> float:
        return round(LEFT + plot_w * (day - first).days / span, 1)

    def y(value: float) -> float:
        return round(TOP + plot_h * (1 - value / top), 1)

    title = _("export.chart_title", what=goal.what)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="100%" role="img" aria-label="{html.escape(title)}" '
        'font-family="system-ui, sans-serif" font-size="11">',
        f"<title>{html.escape(title)}</title>",
        f"<desc>{html.escape(_description(goal, lines))}</desc>",
    ]
    for n in range(6):  # the value axis, from zero
        value = top * n / 5
        out.append(f'<line x1="{LEFT}" y1="{y(value)}" x2="{LEFT + plot_w}" y2="{y(value)}" '
                   f'stroke="#dddddd" stroke-width="1"/>')  # fmt: skip
        out.append(f'<text x="{LEFT - 6}" y="{y(value) + 4}" text-anchor="end">'
                   f"{html.escape(number(value, 1) + sign)}</text>")  # fmt: skip
    out.append(f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_h}" stroke="#333333"/>')
    out.append(
        f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{LEFT + plot_w}" y2="{TOP + plot_h}" stroke="#333333"/>'
    )
    for day in _ticks(first, last):
        out.append(f'<text x="{x(day)}" y="{TOP + plot_h + 16}" text-anchor="middle">'
                   f"{html.escape(_month(day))}</text>")  # fmt: skip
    out += _plan_lines(goal, x, y, sign, LEFT + plot_w)
    legend_y = TOP + 8
    for n, (code, points) in enumerate(lines):
        colour, dash = COLOURS[n % len(COLOURS)], DASHES[n % len(DASHES)]
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        if len(points) > 1:
            path = " ".join(f"{x(d)},{y(v)}" for d, v in points)
            out.append(
                f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"{dashed}/>'
            )
        for d, v in points:
            out.append(_marker(n, x(d), y(v), colour))
            # below the point when another class stands higher near that day: no two values
            # written over each other
            below = any(abs((d2 - d).days) * plot_w / span < 30 and (v2, m) > (v, n)
                        for m, (_c, pts) in enumerate(lines) if m != n for d2, v2 in pts)  # fmt: skip
            out.append(f'<text x="{x(d)}" y="{y(v) + (17 if below else -8)}" text-anchor="middle" '
                       f'fill="{colour}">{html.escape(number(v, 1) + sign)}</text>')  # fmt: skip
        lx = LEFT + plot_w + 14
        out.append(f'<line x1="{lx}" y1="{legend_y}" x2="{lx + 26}" y2="{legend_y}" '
                   f'stroke="{colour}" stroke-width="2"{dashed}/>')  # fmt: skip
        out.append(_marker(n, lx + 13, legend_y, colour))
        out.append(f'<text x="{lx + 32}" y="{legend_y + 4}">{html.escape(code)}</text>')
        legend_y += 18
    out.append("</svg>")
    return '<figure class="chart">\n' + "\n".join(out) + "\n</figure>"


def _plan_lines(goal: Goal, x, y, sign: str, right: float) -> list[str]:
    """The baseline and the target as level lines, named at the right, and the straight line
    from one to the other that 'on track' is measured against."""
    out = []
    if goal.baseline is not None and goal.baseline_on is not None:
        at = y(goal.baseline)
        out.append(f'<line x1="{LEFT}" y1="{at}" x2="{right}" y2="{at}" '
                   f'stroke="{PLAN}" stroke-width="1" stroke-dasharray="2 3"/>')  # fmt: skip
        words = _("export.chart_baseline", value=number(goal.baseline, 1) + sign)
        out.append(f'<text x="{right + 4}" y="{at + 4}" fill="#555555">{html.escape(words)}</text>')
    if goal.target is not None and goal.target_on is not None:
        at = y(goal.target)
        out.append(f'<line x1="{LEFT}" y1="{at}" x2="{right}" y2="{at}" '
                   f'stroke="{PLAN}" stroke-width="2" stroke-dasharray="8 4"/>')  # fmt: skip
        words = _("export.chart_target", value=number(goal.target, 1) + sign)
        out.append(f'<text x="{right + 4}" y="{at + 4}" fill="#555555">{html.escape(words)}</text>')
        if goal.baseline is not None and goal.baseline_on is not None:
            out.append(f'<line x1="{x(goal.baseline_on)}" y1="{y(goal.baseline)}" '
                       f'x2="{x(goal.target_on)}" y2="{at}" stroke="{PLAN}" stroke-width="1" '
                       'stroke-dasharray="1 3"/>')  # fmt: skip
    return out


def _marker(n: int, cx: float, cy: float, colour: str) -> str:
    shape = MARKERS[n % len(MARKERS)]
    if shape == "circle":
        return f'<circle cx="{cx}" cy="{cy}" r="4" fill="{colour}"/>'
    if shape == "square":
        return f'<rect x="{cx - 4}" y="{cy - 4}" width="8" height="8" fill="{colour}"/>'
    points = {
        "triangle": [(0, -5), (5, 4), (-5, 4)],
        "diamond": [(0, -5), (5, 0), (0, 5), (-5, 0)],
        "cross": [(-1.5, -5), (1.5, -5), (1.5, -1.5), (5, -1.5), (5, 1.5), (1.5, 1.5), (1.5, 5),
                  (-1.5, 5), (-1.5, 1.5), (-5, 1.5), (-5, -1.5), (-1.5, -1.5)],
        "star": [(0, -5), (1.5, -1.5), (5, -1.5), (2, 1), (3, 5), (0, 2.5), (-3, 5), (-2, 1),
                 (-5, -1.5), (-1.5, -1.5)],
    }[shape]  # fmt: skip
    path = " ".join(f"{round(cx + dx, 1)},{round(cy + dy, 1)}" for dx, dy in points)
    return f'<polygon points="{path}" fill="{colour}"/>'


def _ticks(first: date, last: date) -> list[date]:
    """The first of the months between, at most eight of them."""
    months = []
    day = date(first.year, first.month, 1)
    while day <= last:
        if day >= first:
            months.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    step = max(1, math.ceil(len(months) / 8))
    return months[::step]


def _month(day: date) -> str:
    """'sep 2025': the short date without the day."""
    return format_short_date(day).split(" ", 1)[1]


def _description(goal: Goal, lines: list) -> str:
    """The chart in words, for a screen reader."""
    parts = [f"{code}: " + ", ".join(f"{format_date(d)} {number(v, 1)}{unit(goal)}" for d, v in pts)
             for code, pts in lines if pts]  # fmt: skip
    return "; ".join(parts)
