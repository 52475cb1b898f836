"""Countdown accuracy: a real block run in the app, compared with an independent clock.

    python bench/timer.py [--seconds 60] [--size 160x45]

The app runs headless with the real (boottime) clock. A one-block meeting is started with the
space key; from then on, every time the big countdown is painted, the script notes what it shows
and the true remaining time from `time.perf_counter`, which the app does not use. It prints:

- late: how far the painted second lags behind (or runs ahead of) the true time. The display
  shows whole seconds rounded up, so "0:59" is right while 58 < true <= 59; outside that
  window the distance is the error. Target: at most 100 ms at any paint.
- drift: the countdown's own remaining time minus the true one, at the end. Target: zero.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from plgtui.core.model import BlockKind  # noqa: E402
from plgtui.core.timer import Countdown, shown_seconds  # noqa: E402
from plgtui.core.workbook import Workbook  # noqa: E402
from plgtui.tui.app import PlgApp  # noqa: E402
from plgtui.tui.widgets.big_clock import BigClock  # noqa: E402


def parse_clock(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    parts = [int(p) for p in text.lstrip("-").split(":")]
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + part
    return sign * seconds


def lateness(shown: int, true_remaining: float) -> float:
    """0 when `shown` is the right whole second for `true_remaining`, else how far off."""
    if true_remaining > shown:
        return true_remaining - shown  # still showing a second that has passed... too low
    if true_remaining <= shown - 1:
        return (shown - 1) - true_remaining  # the display is behind: it should have ticked
    return 0.0


async def run(seconds: int, size: tuple[int, int]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="plgtui-bench-"))
    workbook = Workbook.start_group(
        folder / "bench.json", name="Bench", coach="Coach", members=["A", "B"], today=date.today()
    )
    meeting = workbook.meetings.add_meeting(date.today(), "Bench", 30, followup=False)
    workbook.meetings.add_block(meeting.id, BlockKind.DISCUSSION, "Block", 1)
    samples: list[tuple[float, str]] = []
    started: list[float] = []

    original_render = BigClock.render

    def render(self):
        samples.append((time.perf_counter(), self.text))
        return original_render(self)

    original_start = Countdown.start

    def start(self):
        # Note the true start in the same instant the deadline is set, before any saving.
        original_start(self)
        started.append(time.perf_counter())

    BigClock.render = render  # type: ignore[method-assign]
    Countdown.start = start  # type: ignore[method-assign]
    app = PlgApp(workbook)
    async with app.run_test(size=size) as pilot:
        await pilot.press("m", "s")
        await pilot.pause()
        extend = seconds - 60  # the block is one minute; stretch or shorten it
        samples.clear()
        await pilot.press("space")
        if extend:
            app.ticker.live.extend(extend / 60)
            app.ticker.changed()
        extended = time.perf_counter()
        await asyncio.sleep(seconds + 1.5)
        live = app.ticker.live
        end_true = seconds - (time.perf_counter() - started[0])
        drift = live.remaining() - end_true
    workbook.close()

    t0 = started[0]
    offs = [lateness(parse_clock(text), seconds - (t - t0)) for t, text in samples if t > extended]
    # Each new second should be painted the moment it becomes true: measure that lag too.
    lags = []
    previous = None
    for t, text in samples:
        if t <= extended:
            continue  # a shortened block jumps to its new length: no tick to time there
        if text != previous and previous is not None:
            lags.append((t - t0) - (seconds - parse_clock(text)))
        previous = text
    zero_at = next((t - t0 for t, text in samples if t > extended and text == "0:00"), None)
    print(f"block: {seconds} s, paints measured: {len(offs)}")
    print(
        f"late at a paint: max {max(offs) * 1000:.1f} ms, "
        f"median {statistics.median(offs) * 1000:.1f} ms (target <= 100 ms)"
    )
    if zero_at is not None:
        print(f"'0:00' painted {(zero_at - seconds) * 1000:+.1f} ms after the true moment")
    print(f"drift at the end: {drift * 1000:+.3f} ms (target 0)")
    print(
        f"new second painted after its true moment: max {max(lags) * 1000:.1f} ms, "
        f"median {statistics.median(lags) * 1000:.1f} ms, min {min(lags) * 1000:.1f} ms "
        f"({len(lags)} ticks)"
    )
    worst = max(max(offs), max(lags))
    print(f"worst error / target (100 ms): {worst / 0.1:.2f}")
    assert shown_seconds(end_true) <= 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--size", default="160x45")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    asyncio.run(run(args.seconds, (width, height)))


if __name__ == "__main__":
    main()
