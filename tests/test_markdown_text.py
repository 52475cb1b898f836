"""Markdown on screen is drawn once per width, and drawn exactly as Rich draws it."""

from __future__ import annotations

from rich.console import Console
from rich.markdown import Markdown

from plgtui.widgets.markdown_text import RenderedOnce

NOTES = "# Verslag\n\n- *3B*: sterk\n- [x] getest\n\n| wie | wat |\n|---|---|\n| An | rubric |\n"


class Counting(Markdown):
    calls = 0

    def __rich_console__(self, console, options):
        Counting.calls += 1
        yield from super().__rich_console__(console, options)


def lines(renderable, width: int) -> list[str]:
    console = Console(width=width, color_system=None, record=False)
    rendered = console.render_lines(renderable, console.options.update(width=width), pad=False)
    return ["".join(segment.text for segment in line) for line in rendered]


def test_the_same_lines_as_rich_at_every_width():
    once = RenderedOnce(Markdown(NOTES))
    for width in (20, 60, 20):
        assert lines(once, width) == lines(Markdown(NOTES), width)


def test_drawn_again_only_when_the_width_changes():
    Counting.calls = 0
    once = RenderedOnce(Counting(NOTES))
    for width in (40, 40, 40):
        lines(once, width)
    assert Counting.calls == 1
    lines(once, 41)
    assert Counting.calls == 2
