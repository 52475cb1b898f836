"""Startup: launch to first screen, plgtui beside a bare Textual app, in the same run.

    python bench/startup.py [--runs 9]

Each run is a fresh process (imports included) in Textual's headless mode. The child notes the
wall-clock time when its content widget has been laid out on the first screen, then exits; the
parent takes launch-to-shown. Prints medians and the ratios. A third floor is the bare app that
first opens the ten-year journey through the workbook (imports, read, parse, checks): what any
first screen showing that journey costs at least, before it draws a thing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Both children stop the clock the same way: once the widget that shows their content has been
# laid out (it has a place on the screen), polled every millisecond after Textual says "ready".
WAIT = """
import asyncio, time

async def shown(pilot, selector):
    while True:
        found = pilot.app.screen.query(selector)
        if found and found.first().region.height > 0:
            print(time.time(), time.process_time(), flush=True)
            break
        await asyncio.sleep(0.001)
    await pilot.pause()
    pilot.app.exit()
"""

BARE = (
    WAIT
    + """
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("hello", id="hello")
        yield Footer()

async def ready(pilot):
    await shown(pilot, "#hello")

Bare().run(headless=True, size=(160, 45), auto_pilot=ready)
"""
)

# The bare app again, but opening the journey (as plgtui does) before it shows its label: the
# least any first screen that shows the journey can cost.
BARE_OPEN = BARE.replace(
    "Bare().run(",
    "from pathlib import Path\nimport sys\nfrom plgtui.core.workbook import Workbook\n"
    "book = Workbook.open(Path(sys.argv[1]), read_only=True)\nBare().run(",
)

PLGTUI = (
    WAIT
    + """
import sys
from plgtui import cli

async def ready(pilot):
    await shown(pilot, "#agreements")

app = cli.prepare(cli.build_parser(None).parse_args([sys.argv[1]]))
app.run(headless=True, size=(160, 45), auto_pilot=ready)
"""
)


# Compiled modules are cached as an installed package's are; without this a checkout would
# recompile plgtui on every launch where PYTHONDONTWRITEBYTECODE is set.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def launch(code: str, *args: str) -> tuple[float, float]:
    """Seconds from launch to the first screen, on the wall clock and in the child's CPU time."""
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, env=ENV
    )
    shown, cpu = map(float, out.stdout.strip().splitlines()[-1].split())
    return shown - started, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from make_journey import build

    from plgtui.core.demo import build_demo
    from plgtui.core.workbook import Workbook

    with tempfile.TemporaryDirectory() as folder:
        demo, big = Path(folder, "demo.json"), Path(folder, "ten-years.json")
        from datetime import date

        Workbook.create(demo, build_demo(date.today())).close()
        Workbook.create(big, build()).close()
        cases = {
            "bare Textual app": (BARE,),
            "plgtui, demo": (PLGTUI, str(demo)),
            "bare app + open ten years": (BARE_OPEN, str(big)),
            "plgtui, ten-year journey": (PLGTUI, str(big)),
        }
        for case in cases.values():  # warm the file cache and .pyc files once
            launch(*case)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, case in cases.items():  # interleaved, so drift hits every case alike
                times[name].append(launch(*case))
        size = big.stat().st_size / 1e6
    walls = {name: [wall for wall, _cpu in values] for name, values in times.items()}
    cpus = {name: [cpu for _wall, cpu in values] for name, values in times.items()}
    floor = statistics.median(walls["bare Textual app"])
    fastest = min(walls["bare Textual app"])
    cpu_floor = statistics.median(cpus["bare Textual app"])
    print(f"startup to first screen, median of {args.runs} runs (ten-year file: {size:.1f} MB);")
    print("the fastest runs show the work with the least noise; the child's CPU time (imports")
    print("included) beside its wall clock shows whether a start waits for anything.")
    for name in times:
        median, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        print(
            f"  {name:<26} {median:6.3f} s   ratio {median / floor:4.2f}   "
            f"min {min(walls[name]):.3f} (ratio {min(walls[name]) / fastest:4.2f})   "
            f"CPU {cpu:.3f} s (ratio {cpu / cpu_floor:4.2f})"
        )
    opened = statistics.median(walls["bare app + open ten years"])
    print(
        f"plgtui on ten years over the bare app that opens the same file: "
        f"{statistics.median(walls['plgtui, ten-year journey']) / opened:4.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
