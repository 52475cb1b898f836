"""Merge speed: two copies of the ten-year journey, each with a few edits, merged three ways,
beside a plain json.load of the file.

    python bench/make_journey.py        # once, writes bench/out/ten-years.json
    python bench/merge.py [--runs 5] [JOURNEY]

Prints the median of each step and its ratio to json.load: the merge of the data alone (what the
app does when another computer saved), and `merge_paths`, which also reads and checks both files
and finds their common version among An's backups (what `plgtui merge` does). Both copies
change the last meeting's notes, so one conflict is expected.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from make_journey import journey_copy  # noqa: E402

from plgtui.core.merge import merge  # noqa: E402
from plgtui.core.merge_files import merge_paths  # noqa: E402
from plgtui.core.model import AgreementKind  # noqa: E402
from plgtui.core.workbook import Workbook  # noqa: E402


def timed(runs: int, step) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def edited(source: Path, target: Path, who: str) -> dict:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, target)
    book = Workbook.open(target)
    meeting = book.journey.meetings_by_date()[-1]
    book.minutes.set_notes(meeting.id, f"notities van {who}")
    book.agreements.add_agreement(f"afspraak van {who}", AgreementKind.FINISH)
    book.group.add_member(f"Lid {who}")
    book.close()
    return json.loads(target.read_text(encoding="utf-8"))


def main() -> None:
    with journey_copy(__doc__, runs=5) as (args, shared):
        folder = shared.parent
        base = json.loads(shared.read_text(encoding="utf-8"))
        ours = edited(shared, folder / "an" / "journey.json", "An")
        theirs = edited(shared, folder / "bert" / "journey.json", "Bert")
        load = timed(args.runs, lambda: json.loads(shared.read_text(encoding="utf-8")))
        data = timed(args.runs, lambda: merge(base, ours, theirs))
        pair = (folder / "an" / "journey.json", folder / "bert" / "journey.json")
        files = timed(args.runs, lambda: merge_paths(*pair))
        done = merge_paths(*pair)
        size = shared.stat().st_size / 1e6
    print(f"journey {size:.1f} MB; median of {args.runs} runs; "
          f"common version found: {done.base is not None}; conflicts: {len(done.merged.conflicts)}")  # fmt: skip
    print(f"  json.load                {load * 1000:8.1f} ms   ratio 1.00")
    print(f"  merge of the data        {data * 1000:8.1f} ms   ratio {data / load:.2f}")
    print(f"  plgtui merge (files)     {files * 1000:8.1f} ms   ratio {files / load:.2f}")


if __name__ == "__main__":
    main()
