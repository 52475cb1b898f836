"""The floors of bench/user_speed.py (bench/floor_screens.py) show what plgtui's screens show:
the same rows, lists, fields and Markdown, so a ratio against them compares like with like."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from conftest import TODAY
from textual.app import App
from textual.widgets import DataTable, Input, OptionList, TextArea

from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp
from plgtui.tui.widgets.list_table import ListTable
from plgtui.tui.widgets.markdown_text import MarkdownText

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from floor_data import prepare  # noqa: E402
from floor_screens import FloorApp, MarkdownStatic  # noqa: E402

VISITS = [["r"], ["r", "enter"], ["r", "w"], ["f"], ["q"], ["g"], ["t"], ["m"]]


def shown(app: App) -> Counter:
    """Rows, options and fields on the screen on top, and its Markdown's source."""
    seen: Counter = Counter()
    for widget in app.screen.query("*"):
        if isinstance(widget, (ListTable, DataTable)):
            seen["rows"] += widget.row_count
        elif isinstance(widget, OptionList):  # and SelectionList
            seen["options"] += widget.option_count
        elif isinstance(widget, (TextArea, Input)):
            seen["fields"] += 1
        elif isinstance(widget, MarkdownText):
            seen[widget.markdown] += 1
        elif isinstance(widget, MarkdownStatic):
            seen[widget.source] += 1
    return seen


async def each_visit(app: App) -> list[Counter]:
    found = []
    async with app.run_test(size=(160, 45)) as pilot:
        for keys in VISITS:
            await pilot.press(*keys)
            await pilot.pause(0.1)
            found.append(shown(app))
            while len(app.screen_stack) > 1:
                app.pop_screen()
            await pilot.pause()
    return found


async def test_each_floor_shows_what_its_screen_shows(demo_path):
    book = Workbook.open(demo_path)
    try:
        ours = await each_visit(PlgApp(book, today=lambda: TODAY))
    finally:
        book.close()
    floors = await each_visit(FloorApp(prepare(demo_path, TODAY)))
    for keys, mine, floor in zip(VISITS, ours, floors, strict=True):
        assert sum(mine.values()) > 0, keys
        assert floor == mine, keys
