"""Textual's Select, with prompts given as strings shown as plain text.

Select reads a string prompt as markup, so a member called "Piet [/]" crashed the screen that
listed the members, "[@click=app.quit]Klik[/]" quit the app when clicked and "Els [ICT]" showed
as "Els". Names, theme titles and the coach's technique titles are text someone typed.
"""

from __future__ import annotations

from typing import Any, Iterable

from textual.content import Content
from textual.widgets import Select


def as_text(options: Iterable[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    return [(Content(p) if isinstance(p, str) else p, v) for p, v in options]


class TextSelect(Select):
    def __init__(self, options: Iterable[tuple[Any, Any]], **kwargs: Any) -> None:
        super().__init__(as_text(options), **kwargs)

    def set_options(self, options: Iterable[tuple[Any, Any]]) -> None:
        super().set_options(as_text(options))
