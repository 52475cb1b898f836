"""Merge speed: two copies of the ten-year journey, each with a few edits, merged three ways,
beside a plain json.load of the file.

    python bench/make_journey.py        # once, writes bench/out/ten-years.json
    python bench/merge.py [--runs 5] [JOURNEY]
    PLGTUI_BENCH_CPU=1 python bench/merge.py ...   # CPU time: steadier on a busy machine

Prints the median of each step and its ratio to json.load: the merge of the data alone (what the
app does when another computer saved), `merge_paths`, which also reads and checks both files
and finds their common version among An's backups, and the whole command `plgtui merge AN BERT`
(which also writes the merge over An's copy and lists the conflict): in this process, and as a
user runs it, a new process beside a new process that only loads the file with json. Both
copies change the last meeting's notes, so one conflict is expected.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from make_journey import journey_copy  # noqa: E402

from plgtui.cli import main as plgtui  # noqa: E402
from plgtui.core.merge import merge  # noqa: E402
from plgtui.core.merge_files import merge_paths  # noqa: E402
from plgtui.core.model import AgreementKind  # noqa: E402
from plgtui.core.workbook import Workbook  # noqa: E402

CPU = bool(os.environ.get("PLGTUI_BENCH_CPU"))
clock = time.process_time if CPU else time.perf_counter


def timed(runs: int, step, before=lambda: None) -> float:
    times = []
    for _ in range(runs):
        before()
        start = clock()
        step()
        times.append(clock() - start)
    return statistics.median(times)


def spawned(runs: int, argv: list[str], before=lambda: None) -> float:
    """A new process, as a user starts it: its wall time, or the CPU it used."""
    times = []
    for _ in range(runs):
        before()
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        # This checkout's plgtui, whichever is installed.
        env = {**os.environ, "PYTHONPATH": str(HERE.parent)}
        subprocess.run(argv, check=False, capture_output=True, env=env)
        wall = time.perf_counter() - start
        now = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = now.ru_utime + now.ru_stime - used.ru_utime - used.ru_stime
        times.append(cpu if CPU else wall)
    return statistics.median(times)


def quietly(argv: list[str]) -> int:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return plgtui(argv)


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
        # The command writes over An's copy (and keeps backups): each run starts from it again.
        an, kept = pair[0], folder / "an-kept.json"
        shutil.copy(an, kept)
        backups = sorted(an.parent.joinpath("journey.backups").iterdir())

        def again() -> None:
            shutil.copy(kept, an)
            for made in set(an.parent.joinpath("journey.backups").iterdir()) - set(backups):
                made.unlink()

        argv = ["merge", *map(str, pair)]
        command = timed(args.runs, lambda: quietly(argv), again)
        again()
        status = quietly(argv)
        loads = "import json, sys; json.load(open(sys.argv[1], encoding='utf-8'))"
        bare = spawned(args.runs, [sys.executable, "-c", loads, str(shared)])
        started = spawned(args.runs, [sys.executable, "-m", "plgtui", *argv], again)
    clocked = "CPU" if CPU else "wall clock"
    print(f"journey {size:.1f} MB; median of {args.runs} runs, {clocked}; "
          f"common version found: {done.base is not None}; conflicts: {len(done.merged.conflicts)}; "
          f"plgtui merge exits {status}")  # fmt: skip
    print(f"  json.load                {load * 1000:8.1f} ms   ratio 1.00")
    print(f"  merge of the data        {data * 1000:8.1f} ms   ratio {data / load:.2f}")
    print(f"  plgtui merge (files)     {files * 1000:8.1f} ms   ratio {files / load:.2f}")
    print(f"  plgtui merge (command)   {command * 1000:8.1f} ms   ratio {command / load:.2f}")
    print(f"  a new process:  python -c json.load {bare * 1000:6.1f} ms;  plgtui merge "
          f"{started * 1000:6.1f} ms   ratio {started / bare:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
