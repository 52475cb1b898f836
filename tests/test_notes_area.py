"""NotesArea keeps rows it drew under what they show; it must draw exactly what Textual's own
TextArea draws, through typing, moving, selecting, scrolling, resizing and leaving."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Input, TextArea

from plgtui.tui.widgets.notes_area import NotesArea

PARAGRAPH = (
    "Op de bronvragen van de laatste klastoetsen gingen vijf klassen vooruit; het verschil "
    "met de nulmeting is het grootst bij de vragen over betrouwbaarheid van een bron. "
)
TEXT = "\n\n".join(f"## Deel {n}\n\n" + PARAGRAPH * (n % 3 + 1) for n in range(12))

STEPS = [
    ("end",),
    tuple("Nog een zin erbij, lang genoeg om de regel te laten omslaan."),
    ("enter", "enter", *"Nieuw stuk."),
    ("up", "up", "up"),
    ("home", *"Vooraan "),
    ("shift+right", "shift+right", "shift+down"),
    ("right",),
    ("pageup", "pageup"),
    ("backspace", "backspace", "delete"),
    ("ctrl+z",),
    ("pagedown",),
    ("tab",),  # the field is left: no cursor drawn
    ("shift+tab", "down", *"x"),
]


class Notes(App):
    def __init__(self, area: type[TextArea]) -> None:
        super().__init__()
        self.area = area

    def compose(self) -> ComposeResult:
        yield self.area(TEXT, id="notes", soft_wrap=True, tab_behavior="focus")
        yield Input(id="other")

    def on_mount(self) -> None:
        self.query_one("#notes").focus()


async def drawn(area: type[TextArea], size: tuple[int, int]) -> list[list[tuple]]:
    """What the field shows after each step: each row's segments, text and style."""
    app = Notes(area)
    shown = []
    async with app.run_test(size=size) as pilot:
        notes = app.query_one("#notes", TextArea)
        for n, keys in enumerate(STEPS):
            if n == 6:
                await pilot.resize_terminal(size[0] - 17, size[1])
            if n == 10:
                app.theme = "textual-light"
            await pilot.press(*keys)
            await pilot.pause()
            notes.cursor_blink = False  # a blink between two runs is not a difference
            shown.append(
                [
                    [(seg.text, seg.style) for seg in notes.render_line(y)]
                    for y in range(notes.size.height)
                ]
            )
    return shown


async def test_notes_area_draws_what_textuals_text_area_draws():
    for size in ((80, 24), (60, 30)):
        ours, textuals = await drawn(NotesArea, size), await drawn(TextArea, size)
        for step, (mine, theirs) in enumerate(zip(ours, textuals)):
            assert mine == theirs, f"{size}, after step {step}: {STEPS[step]}"


async def test_notes_area_draws_a_row_once_while_typing_elsewhere():
    drawn_rows = []

    class Counted(NotesArea):
        def _row_key(self, y):
            key = super()._row_key(y)
            if key is not None and key not in self._rows:
                drawn_rows.append(y)
            return key

    app = Notes(Counted)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("end", "enter")
        await pilot.pause()
        drawn_rows.clear()
        await pilot.press(*"abc")
        await pilot.pause()
        assert drawn_rows == []  # only the cursor's row, which Textual draws
