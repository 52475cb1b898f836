"""Switching screens, searching and editing in the running app, on the ten-year journey.

    python bench/screens.py [JOURNEY] [--runs 5]

The app runs headless at 160x45 with a real clock, and is first left idle until it has prepared
the journey for saving and loaded its screens' code (as it does in the first seconds of use).
Each figure is from the key press to the last screen update it caused (the app's own output
calls are timed; the screen counts as settled after 250 ms without one), the median of `--runs`
tries and the first try (a screen's first visit), on the wall clock and in CPU time (which
leaves out the app's waiting, for timers or the next frame). Cursors do not blink here,
so every update is one the key caused. Two floors, measured the same way: a key bound to
nothing, and a screen with one label; each switch is also given as a multiple of that screen's
CPU time. Targets: a screen switch at most 150 ms, search results
at most 100 ms, an edit (typing in the minutes' notes, then the autosave) within one frame.
Search is also timed in the core alone, beside a plain scan of the same text (its floor).
Most screens are kept between visits (KeptScreens.show), so the first visit builds a screen and
the later ones show it again; each run ends by typing in one meeting's notes, which the kept
screens then catch up with on the next run.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from make_journey import journey_copy  # noqa: E402
from textual.screen import Screen  # noqa: E402
from textual.widgets import Footer, Header, Input, Static, TextArea  # noqa: E402

from plgtui.core.search import search  # noqa: E402
from plgtui.core.workbook import Workbook  # noqa: E402
from plgtui.tui.app import PlgApp  # noqa: E402

# (what, keys from the overview, keys back to it)
SWITCHES = [
    ("meetings (r)", ["r"], ["escape"]),
    ("read minutes (r, Enter)", ["r", "enter"], ["escape", "escape"]),
    ("write minutes (r, w)", ["r", "w"], ["escape", "escape"]),
    ("meeting plan (m)", ["m"], ["escape"]),
    ("phases (f)", ["f"], ["escape"]),
    ("research question (q)", ["q"], ["escape"]),
    ("agreements per member (p)", ["p"], ["escape"]),
    ("attendance (t)", ["t"], ["escape"]),
    ("search (/)", ["slash"], ["escape"]),
    ("help (F1)", ["f1"], ["escape"]),
]
QUERIES = ["feedback", "rubric toets", "zzz-nothing"]


class Bare(Screen):
    def compose(self):
        yield Header()
        yield Static("hello")
        yield Footer()


class BareText(Screen):
    def compose(self):
        yield TextArea("")


QUIET = 0.25
FLOOR = "floor: a screen with one label"
KEY_FLOOR = "floor: one key in a bare TextArea"
NOTES_KEY = "type one key in the notes"


Timing = tuple[float, float]  # wall-clock ms, CPU ms


class Paints:
    """Times of the app's screen updates, to see when what a key started has finished; each
    is stamped with the wall clock and the process's CPU time (the work, without the waits)."""

    def __init__(self, app: PlgApp) -> None:
        self.times: list[Timing] = []
        real = app._display

        def spy(screen, renderable) -> None:
            self.times.append((time.perf_counter(), time.process_time()))
            real(screen, renderable)

        app._display = spy

    async def settled(self, start: Timing) -> Timing:
        """Wall and CPU milliseconds from `start` to the last update, once updates stopped."""
        while True:
            await asyncio.sleep(0.02)
            last = self.times[-1] if self.times else start
            if time.perf_counter() - max(last[0], start[0]) > QUIET:
                if last[0] < start[0]:
                    return 0.0, 0.0
                return (last[0] - start[0]) * 1000, (last[1] - start[1]) * 1000


def now() -> Timing:
    return time.perf_counter(), time.process_time()


def since(start: Timing) -> Timing:
    return (time.perf_counter() - start[0]) * 1000, (time.process_time() - start[1]) * 1000


async def timed_keys(pilot, paints: Paints, *keys: str) -> Timing:
    start = now()
    await pilot.press(*keys)
    return await paints.settled(start)


@asynccontextmanager
async def idle_app(path: Path) -> AsyncIterator[tuple[PlgApp, object, Paints]]:
    """The app on `path`, headless at 160x45, left idle until it has prepared the journey for
    saving and loaded its screens' code (as after a minute's talk); yields app, pilot, paints."""
    Input.cursor_blink._default = False
    TextArea.cursor_blink._default = False
    book = Workbook.open(path)
    app = PlgApp(book, today=date.today)
    async with app.run_test(size=(160, 45)) as pilot:
        paints = Paints(app)
        while book.warm():
            pass
        while getattr(
            getattr(app, "warm_up", app), "preparing", False
        ):  # older versions load screens on first use
            await asyncio.sleep(0.05)
        await paints.settled(now())
        yield app, pilot, paints
    book.close()


async def measure(path: Path, runs: int) -> dict[str, list[Timing]]:
    times: dict[str, list[Timing]] = {}

    def note(name: str, value: Timing) -> None:
        times.setdefault(name, []).append(value)

    async with idle_app(path) as (app, pilot, paints):
        for _ in range(runs):
            note("floor: a key bound to nothing", await timed_keys(pilot, paints, "f12"))
            start = now()
            app.push_screen(Bare())
            note(FLOOR, await paints.settled(start))
            app.pop_screen()
            await paints.settled(now())
            app.push_screen(BareText())
            await paints.settled(now())
            note(KEY_FLOOR, await timed_keys(pilot, paints, "x"))
            app.pop_screen()
            await paints.settled(now())
            for name, keys, back in SWITCHES:
                if keys[:-1]:
                    await timed_keys(pilot, paints, *keys[:-1])
                note(name, await timed_keys(pilot, paints, keys[-1]))
                await timed_keys(pilot, paints, *back)
            await timed_keys(pilot, paints, "slash")
            for query in QUERIES:
                await timed_keys(pilot, paints, *query[:-1])
                note(f"search in the app: {query!r}", await timed_keys(pilot, paints, query[-1]))
                await timed_keys(pilot, paints, *["backspace"] * len(query))
            await timed_keys(pilot, paints, "escape", "r", "w", "2")  # into the notes
            note(NOTES_KEY, await timed_keys(pilot, paints, "x"))
            start = now()
            app.screen.flush()
            note("autosave of the notes", since(start))
            await timed_keys(pilot, paints, "escape", "escape", "escape")
    return times


def core_search(path: Path, runs: int) -> dict[str, list[Timing]]:
    book = Workbook.open(path, read_only=True)
    journey = book.journey
    corpus = [m.notes for m in journey.meetings] + [a.text for a in journey.agreements]
    times: dict[str, list[float]] = {}
    for _ in range(runs):
        for query in QUERIES:
            start = now()
            search(journey, query)
            times.setdefault(f"search in the core: {query!r}", []).append(since(start))
        start = now()
        sum(text.casefold().count("feedback") for text in corpus)
        times.setdefault("floor: casefold+count over notes and agreements", []).append(since(start))
    book.close()
    return times


def main() -> None:
    with journey_copy(__doc__, runs=5) as (args, path):
        times = core_search(path, args.runs)
        times.update(asyncio.run(measure(path, args.runs)))
    print(f"{args.journey}, {args.runs} runs, ms: wall clock median (first run), CPU median;")
    print("for screen switches, the CPU medians of the later visits and of the first visit as")
    print("multiples of the one-label floor's CPU median (the clock here drifts, CPU time less)")
    floor = statistics.median(c for _w, c in times[FLOOR])
    switches = {name for name, _keys, _back in SWITCHES}
    for name, values in times.items():
        wall = [w for w, _cpu in values]
        cpus = [c for _w, c in values]
        cpu = statistics.median(cpus)
        line = f"  {name:<48} {statistics.median(wall):7.1f}  ({wall[0]:7.1f})  {cpu:7.1f}"
        if name in switches:
            later = statistics.median(cpus[1:]) if len(cpus) > 1 else cpus[0]
            line += f"   x{later / floor:4.1f} (first x{cpus[0] / floor:4.1f})"
        print(line)
    later_all = sorted(c for n in switches for _w, c in times[n][1:])
    firsts = [times[n][0][1] / floor for n in switches]
    p90 = statistics.quantiles(later_all, n=10)[-1] if len(later_all) > 1 else later_all[0]
    key = statistics.median(c for _w, c in times[NOTES_KEY])
    key_floor = statistics.median(c for _w, c in times[KEY_FLOOR])
    print("targets, as multiples of floors measured in this run (CPU time):")
    print(f"  first visits, worst {max(firsts):4.1f} (target at most 3)")
    later = [statistics.median(c for _w, c in times[n][1:]) / floor for n in switches]
    print(f"  later visits, worst median {max(later):4.1f} (target at most 1.5)")
    print(f"  later visits, 90th percentile of all {p90 / floor:4.1f} (target at most 2)")
    print(
        f"  a key in the notes over a key in a bare TextArea {key / key_floor:4.1f} (target at most 2)"
    )


if __name__ == "__main__":
    main()
