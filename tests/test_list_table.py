"""The list table on its own: keys, clicks, narrow widths and text shown as typed."""

from __future__ import annotations

from textual.app import App, ComposeResult

from plgtui.tui.widgets.list_table import MIN_FLEX, ListTable


class TableApp(App):
    def __init__(self, rows: int = 30) -> None:
        super().__init__()
        self.rows = rows
        self.seen: list[tuple[str, str | None]] = []

    def compose(self) -> ComposeResult:
        table = ListTable()
        table.add_column("Datum")
        table.add_column("Titel", flex=True)
        table.add_column("Stand")
        table.add_rows(
            ((f"{n:02d}/01", f"Bijeenkomst {n} " + "over feedback " * 4, "open"), str(n))
            for n in range(self.rows)
        )
        yield table

    def on_list_table_row_highlighted(self, event: ListTable.RowHighlighted) -> None:
        self.seen.append(("highlighted", event.row_key))

    def on_list_table_row_selected(self, event: ListTable.RowSelected) -> None:
        self.seen.append(("selected", event.row_key))


def line(table: ListTable, y: int) -> str:
    return table.render_line(y).text


async def test_keys_move_the_cursor_and_enter_selects():
    app = TableApp()
    async with app.run_test(size=(100, 12)) as pilot:
        table = app.query_one(ListTable)
        table.focus()
        await pilot.press("down", "down", "up")
        assert table.cursor_row == 1 and table.cursor_key == "1"
        await pilot.press("end")
        assert table.cursor_row == 29
        await pilot.pause()
        assert "Bijeenkomst 29" in line(table, table.size.height - 1)  # scrolled into view
        await pilot.press("pageup")
        assert table.cursor_row == 29 - (table.size.height - 2)
        await pilot.press("home", "enter")
        assert app.seen[-2:] == [("highlighted", "0"), ("selected", "0")]
        await pilot.press("up")  # already at the top: nothing moves, nothing is said
        assert app.seen[-1] == ("selected", "0")


async def test_a_click_highlights_and_a_second_click_selects():
    app = TableApp()
    async with app.run_test(size=(100, 12)) as pilot:
        table = app.query_one(ListTable)
        await pilot.click(ListTable, offset=(5, 3))  # header, row 0, row 1, row 2
        assert table.cursor_row == 2 and app.seen == [("highlighted", "2")]
        await pilot.click(ListTable, offset=(5, 3))
        assert app.seen[-1] == ("selected", "2")
        await pilot.click(ListTable, offset=(5, 0))  # the header does nothing
        assert table.cursor_row == 2 and len(app.seen) == 2


async def test_a_narrow_table_cuts_the_flex_column_and_keeps_the_others():
    app = TableApp(rows=3)
    async with app.run_test(size=(50, 10)) as pilot:
        await pilot.pause()
        table = app.query_one(ListTable)
        header, first = line(table, 0), line(table, 1)
        assert "Datum" in header and header.rstrip().endswith("Stand")
        assert first.rstrip().endswith("open") and "…" in first
        assert len(first) == 50
        assert table.max_scroll_x == 0  # nothing hidden to the right
    app = TableApp(rows=30)  # a scrollbar too: the columns fit beside it
    async with app.run_test(size=(50, 10)) as pilot:
        await pilot.pause()
        table = app.query_one(ListTable)
        room = table.scrollable_content_region.width
        assert room < 50
        assert line(table, 0)[:room].rstrip().endswith("Stand")
        assert line(table, 1)[:room].rstrip().endswith("open")
    app = TableApp(rows=3)
    async with app.run_test(size=(20, 10)) as pilot:  # too narrow even at MIN_FLEX: scrolls
        await pilot.pause()
        table = app.query_one(ListTable)
        assert table.virtual_size.width == 5 + 2 + MIN_FLEX + 2 + 5 + 2


async def test_typed_text_is_shown_as_typed_on_one_line():
    app = TableApp(rows=0)
    async with app.run_test(size=(100, 10)) as pilot:
        table = app.query_one(ListTable)
        table.add_row("[b]vet[/b]", "twee\nregels", "[@click=app.quit]x[/]", key="k")
        await pilot.pause()
        shown = line(table, 1)
        assert "[b]vet[/b]" in shown and "twee regels" in shown and "[@click=app.quit]x[/]" in shown
        table.clear()
        assert table.row_count == 0 and table.cursor_key is None
        await pilot.press("enter", "down")  # on an empty table: no message, no error
        assert app.seen == []
