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
from textual.visual import visualize
from textual.widgets import Static


class RenderedOnce:
    """Markdown drawn once per width and then repeated.

    While a new screen settles, Textual draws a widget's content five or six times (to measure
    its height, at two layouts and at each paint), and Markdown is parsed and drawn by Rich
    each time (bench/stand_ins.py, bench/README.md). The drawn lines are also kept for the last few
    texts, so help, a phase's text or minutes read a moment ago come back without parsing or
    drawing them again.
    """

    def __init__(self, source: str) -> None:
        self.source = source

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        options = options.update(height=None)
        key = (self.source, options.max_width, options.justify, options.no_wrap, options.overflow)
        lines = _DRAWN.pop(key, None)
        if lines is None:
            lines = console.render_lines(parse(self.source), options, pad=False)
        _DRAWN[key] = lines  # most recently used last
        while len(_DRAWN) > KEEP:
            del _DRAWN[next(iter(_DRAWN))]
        new_line = Segment.line()
        for line in lines:
            yield from line
            yield new_line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(0, options.max_width)  # what Rich reports for its Markdown too


KEEP = 16  # drawn texts kept, at one width each mostly
_DRAWN: dict[tuple, list[list[Segment]]] = {}


def parse(source: str) -> RichMarkdown:
    return RichMarkdown(source, hyperlinks=False)


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
        drawn = RenderedOnce(markdown)
        self.clear_cached_dimensions()
        self.update(drawn, layout=not self._as_high(drawn))

    def _as_high(self, drawn: RenderedOnce) -> bool:
        """Whether the new text takes as many lines as the one shown, at the width it is shown:
        then only this widget is drawn again. A layout redraws the whole screen, which beside
        the notes was most of what an autosave cost. Measured the way Textual measures a
        widget's height; the lines drawn to measure are the ones painted next (`_DRAWN`)."""
        width, height = self.content_size
        if not width or not self.styles.height or not self.styles.height.is_auto:
            return False
        return visualize(self, drawn).get_height(self.styles, width) == height
