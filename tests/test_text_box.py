"""TextBox: TextArea's colours, worked out once per restyle instead of at every draw."""

from __future__ import annotations

from textual._text_area_theme import TextAreaTheme
from textual.app import App
from textual.widgets import TextArea

from plgtui.tui.widgets.text_box import TextBox

STYLES = ("base_style", "cursor_style", "cursor_line_style", "gutter_style", "selection_style")


class Pair(App):
    CSS = "TextArea { height: 5; }"

    def compose(self):
        yield TextArea("een\ntwee", id="plain")
        yield TextBox("een\ntwee", id="box")


def colours(area: TextArea) -> tuple:
    return tuple(getattr(area._theme, name) for name in STYLES)


async def drawn(pilot, *areas: TextArea) -> None:
    for area in areas:
        area.refresh()
    await pilot.pause()


async def test_it_has_the_colours_textarea_has_through_focus_and_theme_changes():
    app = Pair()
    async with app.run_test(size=(60, 14)) as pilot:
        plain, box = app.query_one("#plain"), app.query_one("#box")
        await drawn(pilot, plain, box)
        dark = colours(plain)
        assert colours(box) == dark
        plain.focus()
        await drawn(pilot, plain, box)
        focused = colours(plain)
        box.focus()
        await drawn(pilot, plain, box)
        assert colours(box) == focused
        app.theme = "textual-light"
        app.set_focus(None)
        await drawn(pilot, plain, box)
        assert colours(plain) != dark
        assert colours(box) == colours(plain)


async def test_drawing_again_without_a_restyle_skips_the_colour_work(monkeypatch):
    applied = []
    real = TextAreaTheme.apply_css
    monkeypatch.setattr(
        TextAreaTheme, "apply_css", lambda self, area: (applied.append(area.id), real(self, area))
    )
    app = Pair()
    async with app.run_test(size=(60, 14)) as pilot:
        await pilot.pause()
        box, plain = app.query_one("#box"), app.query_one("#plain")
        applied.clear()
        for _ in range(3):
            box.refresh()
            plain.refresh()
            await pilot.pause()
        assert applied.count("plain") >= 3
        assert applied.count("box") == 0
        box.focus()  # a restyle: worked out again
        await pilot.pause()
        assert applied.count("box") >= 1
