"""The key bar along the bottom: the screen's keys as the Footer shows them, cheaper to draw."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from plgtui.tui.widgets.key_bar import KeyBar

TABS = Binding.Group("Tabs")


class Keys(App[None]):
    BINDINGS = [
        Binding("a", "note('a')", "Add"),
        Binding("left_square_bracket", "note('prev')", "Previous", group=TABS, key_display="["),
        Binding("right_square_bracket", "note('next')", "Next", group=TABS, key_display="]"),
        Binding("d", "note('d')", "Delete"),
        Binding("h", "note('h')", "Hidden", show=False),
        Binding("z", "note('z')", "Gone"),
        Binding("f1", "help", "Help"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.notes: list[str] = []
        self.bells = 0

    def compose(self):
        yield KeyBar()

    def check_action(self, action: str, parameters) -> bool | None:
        if parameters == ("d",):
            return None  # shown, greyed, does nothing
        if parameters == ("z",):
            return False  # not shown at all
        return True

    def action_help(self) -> None:
        self.notes.append("help")

    def action_note(self, what: str) -> None:
        self.notes.append(what)

    def bell(self) -> None:
        self.bells += 1


def line(app: App) -> str:
    bar = app.screen.query_one(KeyBar)
    return bar.render().plain


async def test_shows_the_keys_grouped_and_the_palette_on_the_right():
    app = Keys()
    async with app.run_test(size=(100, 5)) as pilot:
        await pilot.pause()
        text = line(app)
        assert text.startswith(" a Add  [ ] Tabs  d Delete ")
        assert "Hidden" not in text and "Gone" not in text
        assert text.endswith("▏ f1 Help  ^p palette ")
        assert len(text) == 100


async def test_a_greyed_key_is_dim_and_only_rings_when_clicked():
    app = Keys()
    async with app.run_test(size=(100, 5)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        rendered = bar.render()
        start = rendered.plain.index("d Delete")
        dims = [span for span in rendered.spans if span.style.dim]
        assert any(span.start <= start < span.end for span in dims)
        assert not any(span.start <= 1 < span.end for span in dims)  # "a" is not dim
        await pilot.click(KeyBar, offset=(start, 0))
        await pilot.click(KeyBar, offset=(1, 0))
        await pilot.click(KeyBar, offset=(rendered.plain.index("]"), 0))
        await pilot.click(KeyBar, offset=(rendered.plain.index("f1"), 0))
        await pilot.pause()
        assert app.notes == ["a", "next", "help"]
        assert app.bells == 1


async def test_keys_are_shown_whole_or_not_at_all_when_narrow():
    app = Keys()
    async with app.run_test(size=(45, 5)) as pilot:
        await pilot.pause()
        text = line(app)
        assert len(text) == 45
        assert text.startswith(" a Add  [ ] Tabs ")
        assert "Delete" not in text and " d " not in text
        assert text.endswith("▏ f1 Help  ^p palette ")  # help and palette stay in sight


class Field(Static, can_focus=True):
    BINDINGS = [Binding("x", "app.bell", "Field key")]


class Focusing(Screen):
    BINDINGS = [Binding("s", "app.focus_next", "Screen key")]

    def compose(self):
        yield Field("one")
        yield KeyBar(show_command_palette=False)


class FocusApp(App[None]):
    def on_mount(self) -> None:
        self.push_screen(Focusing())


async def test_follows_the_bindings_as_focus_moves():
    app = FocusApp()
    async with app.run_test(size=(80, 5)) as pilot:
        await pilot.pause()
        assert line(app) == " x Field key  s Screen key "  # the field has focus; no palette
        app.screen.set_focus(None)
        await pilot.pause()
        assert line(app).startswith(" s Screen key ") and "Field key" not in line(app)
        await pilot.press("s")
        await pilot.pause()
        assert line(app).startswith(" x Field key ")


async def test_keys_left_out_for_want_of_room_are_counted_never_dropped_unseen():
    app = Keys()
    async with app.run_test(size=(40, 5)) as pilot:
        await pilot.pause()
        text = line(app)
        assert "…+" in text and "f1 Help" in text, text
        shown = sum(label in text for label in ("Add", "Previous", "Delete"))
        assert text.split("…+")[1].split()[0] == str(3 - shown)
    wide = Keys()
    async with wide.run_test(size=(120, 5)) as pilot:
        await pilot.pause()
        assert "…+" not in line(wide)  # all in sight


async def test_a_form_shows_the_palettes_key_too(workbook):
    """Ctrl+P works in a modal form (a priority key); the bar says so there as everywhere."""
    from conftest import TODAY

    from plgtui.tui.app import PlgApp

    app = PlgApp(workbook, today=lambda: TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert type(app.screen).__name__ == "NewMeetingForm"
        assert "^p" in line(app), line(app)
