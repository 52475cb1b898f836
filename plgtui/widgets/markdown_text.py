"""Markdown shown as one block of text.

Textual's Markdown widget builds a widget per block and per table cell; a meeting's minutes with
a follow-up table took about a second to lay out on a ten-year journey. Rich renders the same
text as one renderable in a few tens of milliseconds. Nothing is clickable here, which these
screens do not need.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.markdown import Markdown as RichMarkdown
from rich.measure import Measurement
from rich.segment import Segment
from textual.widgets import Static


class RenderedOnce:
    """A renderable drawn once per width and then repeated.

    While a new screen settles, Textual draws a widget's content five or six times (to measure
    its height, at two layouts and at each paint); for the minutes of a meeting that was 80 ms
    each time (bench/screens.py, read minutes).
    """

    def __init__(self, renderable: RichMarkdown) -> None:
        self.renderable = renderable
        self._key: tuple | None = None
        self._lines: list[list[Segment]] = []

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        options = options.update(height=None)
        key = (options.max_width, options.justify, options.no_wrap, options.overflow)
        if key != self._key:
            self._lines = console.render_lines(self.renderable, options, pad=False)
            self._key = key
        new_line = Segment.line()
        for line in self._lines:
            yield from line
            yield new_line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.renderable)


class MarkdownText(Static):
    DEFAULT_CSS = """
    MarkdownText { height: auto; padding: 0 1; }
    """

    def __init__(self, markdown: str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.markdown = ""
        self.update_markdown(markdown)

    def update_markdown(self, markdown: str) -> None:
        self.markdown = markdown
        self.update(RenderedOnce(RichMarkdown(markdown, hyperlinks=False)))
