"""Markdown shown as one block of text.

Textual's Markdown widget builds a widget per block and per table cell; a meeting's minutes with
a follow-up table took about a second to lay out on a ten-year journey. Rich renders the same
text as one renderable in a few tens of milliseconds. Nothing is clickable here, which these
screens do not need.
"""

from __future__ import annotations

from rich.markdown import Markdown as RichMarkdown
from textual.widgets import Static


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
        self.update(RichMarkdown(markdown, hyperlinks=False))
