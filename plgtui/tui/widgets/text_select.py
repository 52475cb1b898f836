"""Textual's Select, with prompts given as strings shown as plain text.

Select reads a string prompt as markup, so a member called "Piet [/]" crashed the screen that
listed the members, "[@click=app.quit]Klik[/]" quit the app when clicked and "Els [ICT]" showed
as "Els". Names, theme titles and the coach's technique titles are text someone typed.

The prompts are Rich `Text`, not Textual `Content`: Select's type-to-search reads only `str` and
`Text` prompts, so with `Content` typing part of a name found nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.text import Text
from textual.widgets import Select


def as_text(options: Iterable[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    return [(Text(p) if isinstance(p, str) else p, v) for p, v in options]


class TextSelect(Select):
    def __init__(self, options: Iterable[tuple[Any, Any]], **kwargs: Any) -> None:
        super().__init__(as_text(options), **kwargs)

    def set_options(self, options: Iterable[tuple[Any, Any]]) -> None:
        super().set_options(as_text(options))
