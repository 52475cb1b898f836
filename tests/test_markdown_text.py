"""Markdown on screen is drawn once per width and text, and drawn exactly as Rich draws it."""

from __future__ import annotations

from rich.console import Console
from rich.markdown import Markdown

from plgtui.tui.widgets import markdown_text
from plgtui.tui.widgets.markdown_text import RenderedOnce

NOTES = "# Verslag\n\n- *3B*: sterk\n- [x] getest\n\n| wie | wat |\n|---|---|\n| An | rubric |\n"


def lines(renderable, width: int) -> list[str]:
    console = Console(width=width, color_system=None, record=False)
    rendered = console.render_lines(renderable, console.options.update(width=width), pad=False)
    return ["".join(segment.text for segment in line) for line in rendered]


def test_the_same_lines_as_rich_at_every_width():
    once = RenderedOnce(NOTES)
    for width in (20, 60, 20):
        assert lines(once, width) == lines(Markdown(NOTES, hyperlinks=False), width)


def test_drawn_again_only_for_a_new_width_or_text(monkeypatch):
    parsed = []
    monkeypatch.setattr(markdown_text, "_DRAWN", {})
    monkeypatch.setattr(
        markdown_text, "parse", lambda source: parsed.append(source) or Markdown(source)
    )
    once = RenderedOnce(NOTES)
    for width in (40, 40, 40):
        lines(once, width)
    assert parsed == [NOTES]
    lines(once, 41)
    assert len(parsed) == 2
    lines(RenderedOnce(NOTES), 40)  # the same text in a new widget, as on a second visit
    assert len(parsed) == 2
    for n in range(markdown_text.KEEP):
        lines(RenderedOnce(f"tekst {n}"), 40)
    lines(RenderedOnce(NOTES), 40)  # pushed out by newer texts: drawn again
    assert len(parsed) == 3 + markdown_text.KEEP
