"""Properties over what people type and what the clock can read."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from plgtui.core.model import Idea
from plgtui.core.timer import format_clock
from plgtui.core.validate import InputError, line
from plgtui.tui.widgets.big_clock import draw, pixels, scale_for
from plgtui.tui.widgets.live_panels import idea_line


def seconds_of(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    total = 0
    for part in text.lstrip("-").split(":"):
        total = total * 60 + int(part)
    return sign * total


@given(st.floats(min_value=-36_000, max_value=36_000, allow_nan=False))
def test_the_clock_shows_the_remaining_time_rounded_up(remaining):
    assert seconds_of(format_clock(remaining)) == math.ceil(round(remaining, 6))


@given(st.text(max_size=200))
@settings(max_examples=200)
def test_a_typed_idea_is_shown_as_typed(text):
    try:
        cleaned = line(text, "idee", limit=1000)
    except InputError:
        return
    shown = idea_line(Idea(id=1, block_id=1, text=cleaned, votes=3), votes=True, marked=False)
    assert shown.plain.endswith(cleaned)


@given(
    st.text(alphabet="0123456789:-", min_size=1, max_size=9),
    st.integers(min_value=1, max_value=300),
    st.integers(min_value=1, max_value=100),
)
def test_big_digits_always_fit_their_box(text, width, height):
    scale = scale_for(text, width, height)
    if scale:
        rows = draw(text, scale)
        assert len(rows) <= height and all(len(r) <= width for r in rows)
        assert len(rows[0]) == len(pixels(text)[0]) * scale


@given(
    st.integers(min_value=0, max_value=5999),
    st.integers(min_value=10, max_value=300),
    st.integers(min_value=3, max_value=100),
)
def test_time_past_zero_is_as_large_as_before_it_and_fits(seconds, width, height):
    from plgtui.core.timer import format_clock
    from plgtui.tui.widgets.big_clock import clock_pixels

    before, after = format_clock(seconds), format_clock(-seconds - 1)
    rows_before, scale_before = clock_pixels(before, width, height)
    rows_after, scale_after = clock_pixels(after, width, height)
    assert after.startswith("-") and scale_after == scale_before
    if scale_after:
        drawn = draw(after, scale_after, rows_after)
        assert len(drawn) <= height and all(len(r) <= width for r in drawn)


def test_a_paused_clock_is_drawn_hollow():
    from plgtui.tui.widgets.big_clock import clock_pixels

    rows, scale = clock_pixels("12:00", 80, 20)
    solid, hollow = draw("12:00", scale, rows), draw("12:00", scale, rows, outline=True)
    assert scale >= 3 and solid != hollow
    assert sum(r.count("█") for r in hollow) < sum(r.count("█") for r in solid)
