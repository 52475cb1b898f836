"""The floor for bench/user_speed.py: a bare Textual app, run as its own process.

    python bench/bare_app.py [--journey PATH] [--notes PATH]
    python bench/bare_app.py --floors PATH      # the floor screens of floor_screens.py

One label; `s` pushes a screen with one label, `a` a screen with a TextArea holding the text of
`--notes` (focused, cursor at the end, as plgtui's notes), `Escape` pops. With `--journey` it opens
the file through the workbook first, so its memory holds what any app showing the journey holds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Label, TextArea

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


class OneLabel(Screen):
    BINDINGS = [("escape", "app.pop_screen", "back")]

    def compose(self) -> ComposeResult:
        yield Label("one label")


class Notes(Screen):
    BINDINGS = [("escape", "app.pop_screen", "back")]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield TextArea(self.text, soft_wrap=True, tab_behavior="focus")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)


class Bare(App):
    BINDINGS = [("s", "one_label", "push"), ("a", "notes", "notes")]

    def __init__(self, notes: str, book: object) -> None:
        super().__init__()
        self.notes, self.book = notes, book  # the book is held, as plgtui holds it

    def compose(self) -> ComposeResult:
        yield Label("hello")

    def action_one_label(self) -> None:
        self.push_screen(OneLabel())

    def action_notes(self) -> None:
        self.push_screen(Notes(self.notes))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--journey", type=Path)
    parser.add_argument("--notes", type=Path)
    parser.add_argument("--floors", type=Path, help="a journey: its floor screens (r f q g t m)")
    args = parser.parse_args()
    if args.floors:  # a mode of its own: the figures above stay those of the plain bare app
        from floor_data import prepare
        from floor_screens import FloorApp

        FloorApp(prepare(args.floors)).run()
        return
    book = None
    if args.journey:
        from plgtui.core.workbook import Workbook

        book = Workbook.open(args.journey)
    notes = args.notes.read_text(encoding="utf-8") if args.notes else ""
    Bare(notes, book).run()


if __name__ == "__main__":
    main()
