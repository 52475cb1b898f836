"""Each home-made stand-in for a Textual widget beside Textual's own, in one run.

    python bench/stand_ins.py [--runs 7]

A screen is opened with plgtui's widget and, alternately, with the Textual widget it stands in
for, holding the same content; each figure is the CPU time from pushing the screen until it is
drawn (median of `--runs`), also as a multiple of a screen with one label (the floor of the
screen-switch targets: a first visit at most 3 times the floor, a later one at most 1.5).

- ListTable / DataTable: the meetings of ten years (500 rows, 5 columns).
- KeyBar / Footer: a screen with twelve keys.
- TabBar + ContentSwitcher / TabbedContent: four tabs of one label each.
- MarkdownText / Markdown: the notes of one long meeting.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from textual.app import App  # noqa: E402
from textual.binding import Binding  # noqa: E402
from textual.containers import Vertical  # noqa: E402
from textual.screen import Screen  # noqa: E402
from textual.widgets import (  # noqa: E402
    ContentSwitcher,
    DataTable,
    Footer,
    Markdown,
    Static,
    TabbedContent,
    TabPane,
)  # fmt: skip

from plgtui.tui.widgets.key_bar import KeyBar  # noqa: E402
from plgtui.tui.widgets.list_table import ListTable  # noqa: E402
from plgtui.tui.widgets.markdown_text import MarkdownText  # noqa: E402
from plgtui.tui.widgets.tab_bar import TabBar  # noqa: E402

ROWS = [(f"2026-{m % 12 + 1:02d}-{m % 28 + 1:02d}", f"Bijeenkomst {m} over feedback en évaluatie",
         "7/8", "3", "gesloten") for m in range(500)]  # fmt: skip
NOTES = "\n\n".join(
    f"## Punt {n}\n\nWe bespraken **feedback** bij leerlingen van het {n}de jaar: wat werkt, "
    f"wat niet.\n\n- Afspraak {n}: iedereen probeert het uit\n- Volgende keer: resultaten\n"
    for n in range(40)
)
KEYS = [Binding(k, "noop", f"Actie {k}") for k in "abcdefghijkl"]


def screen_with(make: Callable[[], list], bindings: list | None = None) -> Screen:
    class One(Screen):
        BINDINGS = bindings or []

        def compose(self):
            yield from make()

        def on_mount(self) -> None:
            for table in self.query(DataTable):
                table.add_columns("Datum", "Titel", "Aanw.", "Open", "Status")
                table.add_rows(ROWS)
            for table in self.query(ListTable):
                for column in ("Datum", "Titel", "Aanw.", "Open", "Status"):
                    table.add_column(column)
                for row in ROWS:
                    table.add_row(*row)

    return One()


class FourTabs(Vertical):
    def compose(self):
        with TabbedContent():
            for n in range(4):
                yield TabPane(f"Tab {n}", Static(f"pane {n}"))


CASES: dict[str, tuple[Callable[[], Screen], Callable[[], Screen]]] = {
    "list of 500 meetings: ListTable / DataTable": (
        lambda: screen_with(lambda: [ListTable()]),
        lambda: screen_with(lambda: [DataTable()]),
    ),
    "twelve keys: KeyBar / Footer": (
        lambda: screen_with(lambda: [Static("x"), KeyBar()], KEYS),
        lambda: screen_with(lambda: [Static("x"), Footer()], KEYS),
    ),
    "four tabs: TabBar / TabbedContent": (
        lambda: screen_with(
            lambda: [
                TabBar([(f"t{n}", f"Tab {n}") for n in range(4)], active="t0"),
                ContentSwitcher(*[Static(f"pane {n}", id=f"t{n}") for n in range(4)], initial="t0"),
            ]
        ),
        lambda: screen_with(lambda: [FourTabs()]),
    ),  # fmt: skip
    "a long meeting's notes: MarkdownText / Markdown": (
        lambda: screen_with(lambda: [MarkdownText(NOTES)]),
        lambda: screen_with(lambda: [Markdown(NOTES)]),
    ),
}
FLOOR = lambda: screen_with(lambda: [Static("hello")])  # noqa: E731


async def opened(app: App, pilot, make: Callable[[], Screen]) -> float:
    screen = make()
    start = time.process_time()
    await app.push_screen(screen)
    await pilot.pause()
    await pilot.pause()
    spent = time.process_time() - start
    await app.pop_screen()
    await pilot.pause()
    return spent * 1000


async def measure(runs: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {}
    app = App()
    async with app.run_test(size=(160, 45)) as pilot:
        for make in (FLOOR, *[m for pair in CASES.values() for m in pair]):
            await opened(app, pilot, make)  # imports and first styling out of the way
        for _ in range(runs):
            times.setdefault("floor", []).append(await opened(app, pilot, FLOOR))
            for name, (ours, theirs) in CASES.items():
                times.setdefault(f"{name} ours", []).append(await opened(app, pilot, ours))
                times.setdefault(f"{name} theirs", []).append(await opened(app, pilot, theirs))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    times = asyncio.run(measure(args.runs))
    floor = statistics.median(times["floor"])
    print(f"{args.runs} runs, CPU ms to open a screen (median), and as a multiple of the floor")
    print(f"  floor: a screen with one label {floor:7.1f}")
    for name in CASES:
        ours = statistics.median(times[f"{name} ours"])
        theirs = statistics.median(times[f"{name} theirs"])
        print(f"  {name:<48} ours {ours:7.1f} (x{ours / floor:4.1f})   "
              f"Textual's {theirs:7.1f} (x{theirs / floor:4.1f})   ratio {ours / theirs:4.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
