"""Ticked and unticked read plainly (☑ / ☐) in boxes and lists, not as a coloured X."""

from __future__ import annotations

from textual.app import App, ComposeResult

from plgtui.tui.widgets.ticks import TickBox, TickList


class Ticks(App[None]):
    def compose(self) -> ComposeResult:
        yield TickBox("Volgens het sjabloon", True, id="box")
        yield TickList[int](("An", 1), ("[b]Bert[/b]", 2, True), id="list")


def lines(app: App) -> list[str]:
    return ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]


async def test_ticks_are_shown_as_ticked_and_unticked_boxes():
    app = Ticks()
    async with app.run_test(size=(40, 8)) as pilot:
        shown = "\n".join(lines(app))
        assert "☑ Volgens het sjabloon" in shown
        assert "☐ An" in shown and "☑ [b]Bert[/b]" in shown  # typed text stays text
        assert "X" not in shown
        app.query_one("#list", TickList).focus()
        await pilot.press("space")  # the first option: An
        app.query_one("#box", TickBox).toggle()
        await pilot.pause()
        shown = "\n".join(lines(app))
        assert "☑ An" in shown and "☐ Volgens het sjabloon" in shown
