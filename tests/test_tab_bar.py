"""TabBar: tab titles and their underline as one widget; a click chooses a tab."""

from __future__ import annotations

from textual.app import App

from plgtui.tui.widgets.tab_bar import TabBar


class Bar(App):
    def __init__(self) -> None:
        super().__init__()
        self.chosen: list[str] = []

    def compose(self):
        yield TabBar([("tab-a", "Eerste"), ("tab-b", "[b]Twee[/b]")], active="tab-a")

    def on_tab_bar_chosen(self, event: TabBar.Chosen) -> None:
        self.chosen.append(event.tab)


async def test_titles_underlined_under_the_active_one_and_a_click_chooses():
    app = Bar()
    async with app.run_test(size=(40, 4)) as pilot:
        bar = app.query_one(TabBar)
        assert bar.render_line(0).text.rstrip() == " Eerste  [b]Twee[/b]"  # typed, not markup
        underline = bar.render_line(1).text
        assert underline[0] == "╸" and underline[7] == "╺"  # the highlight spans "Eerste"
        assert bar.spans() == [(0, 8, "tab-a"), (8, 21, "tab-b")]
        await pilot.click(TabBar, offset=(10, 0))
        await pilot.click(TabBar, offset=(30, 1))  # beyond the titles: nothing
        assert app.chosen == ["tab-b"]
        bar.show("tab-b")
        await pilot.pause()
        assert bar.render_line(1).text[8] == "╸"
