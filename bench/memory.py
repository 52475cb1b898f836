"""Memory after visiting every screen of the ten-year journey, beside a bare app holding it.

    python bench/memory.py [JOURNEY] [--runs 3]

Each figure is the resident memory of a fresh process, after a full garbage collection:
- the floor: a bare Textual app with one label that opened the same journey through the
  workbook (the journey's records are what any app showing it must hold);
- plgtui after visiting every screen once (kept screens stay in memory by design) and coming
  back to the overview.
Target: plgtui at most 1.5 times the floor.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from make_journey import journey_copy  # noqa: E402

CHILD = """
import asyncio, gc, os, sys
from datetime import date
from pathlib import Path
from textual.app import App
from textual.widgets import Static
from plgtui.core.workbook import Workbook

def resident_mib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

path = Path(sys.argv[1])
KEYS = [["r"], ["r", "enter"], ["r", "w"], ["m"], ["f"], ["q"], ["p"], ["t"], ["slash"], ["f1"]]

async def main(kind):
    book = Workbook.open(path)
    if kind == "bare":
        class Bare(App):
            def compose(self):
                yield Static("hello")
        app = Bare()
        async with app.run_test(size=(160, 45)) as pilot:
            await pilot.pause(0.5)
            gc.collect()
            print(resident_mib())
        return
    from plgtui.tui.app import PlgApp
    app = PlgApp(book, today=lambda: date(2026, 6, 1))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause(2)
        for keys in KEYS:
            await pilot.press(*keys)
            await pilot.pause(0.3)
            while len(app.screen_stack) > 1:
                await pilot.press("escape")
                await pilot.pause(0.1)
        await pilot.pause(0.5)
        gc.collect()
        print(resident_mib())

asyncio.run(main(sys.argv[2]))
"""


def resident(path: Path, kind: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), kind],
        capture_output=True, text=True, check=True, cwd=HERE.parent,
    )  # fmt: skip
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    with journey_copy(__doc__, runs=3) as (args, path):
        bare = [resident(path, "bare") for _ in range(args.runs)]
        plgtui = [resident(path, "plgtui") for _ in range(args.runs)]
    floor, ours = statistics.median(bare), statistics.median(plgtui)
    print(f"{args.journey}, {args.runs} runs, resident MiB after a full collection (median)")
    print(f"  floor: a bare app holding the journey    {floor:6.1f}")
    print(f"  plgtui after visiting every screen       {ours:6.1f}")
    print(f"  ratio {ours / floor:4.2f} (target at most 1.5)")


if __name__ == "__main__":
    main()
