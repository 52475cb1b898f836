"""One edit saved durably, on the ten-year journey, beside the floor in the same run.

    python bench/edit.py [JOURNEY] [--runs 30]

The floor is the least any durable save of the same data costs: json.dump of the journey's data,
flush, fsync, os.replace. plgtui's edit is what the notes field does while a coach types: set one
meeting's notes through the workbook, which validates, saves atomically (with fsync of file and
folder) and tells the app. An edit on the UI thread should stay within one frame (16.7 ms at
60 Hz) so typing never stalls. Prints medians, the slowest run and the ratio.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from make_journey import journey_copy  # noqa: E402

from plgtui.core.workbook import Workbook  # noqa: E402

FRAME_MS = 1000 / 60


def floor_save(data: dict, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def timed(fn, runs: int) -> list[float]:
    times = []
    for i in range(runs):
        start = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    with journey_copy(__doc__, runs=30) as (args, path):
        tmp = path.parent
        data = json.loads(path.read_text(encoding="utf-8"))
        floor = timed(lambda i: floor_save(data, tmp / "floor.json"), args.runs)
        book = Workbook.open(path)
        meeting = book.journey.meetings[-1].id
        cold = timed(
            lambda i: book.minutes.set_notes(meeting, "Before the app prepared anything"), 1
        )[0]
        book.close()
        book = Workbook.open(path)
        slices = 0
        start = time.perf_counter()
        while book.warm():  # what the app does in 50 ms pauses after the first screen
            slices += 1
        warm_ms = (time.perf_counter() - start) * 1000
        edit = timed(
            lambda i: book.minutes.set_notes(meeting, f"Notes typed so far: {i}"), args.runs
        )
        book.close()
        size = path.stat().st_size / 1e6
    f, e = statistics.median(floor), statistics.median(edit)
    print(f"journey: {args.journey} ({size:.1f} MB), {args.runs} runs each")
    print(f"floor  json.dump + fsync + replace: median {f:7.1f} ms, slowest {max(floor):7.1f} ms")
    print(f"plgtui one edit saved durably:      median {e:7.1f} ms, slowest {max(edit):7.1f} ms")
    print(
        f"  (preparing the records when idle: {slices + 1} slices, {warm_ms:.0f} ms in all, "
        f"{warm_ms / (slices + 1):.1f} ms each; an edit before that: {cold:.0f} ms)"
    )
    print(
        f"ratio {e / f:.2f}; one frame is {FRAME_MS:.1f} ms: "
        f"{'within' if e <= FRAME_MS else 'over'} it at the median"
    )


if __name__ == "__main__":
    main()
