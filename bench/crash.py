"""Crash test: a child keeps changing a journey through the workbook while this script kills it
with SIGKILL at random moments. After every kill the file must open, hold every change whose save
had returned, and every backup must parse.

    python bench/crash.py [--kills 200] [--seed 1] [--merge]

With --merge the child also merges in, every few changes, a conflict copy that adds a member
(as a sync service would leave it beside the journey); a merge whose call returned must hold.

tests/test_crash.py runs the same with a few kills on every test run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from plgtui.core.atomic_storage import temp_files  # noqa: E402
from plgtui.core.backups import list_backups  # noqa: E402
from plgtui.core.workbook import Workbook  # noqa: E402

# The child reports each change only after its save returned, so the parent knows what must be there.
CHILD = """
import sys
from plgtui.core.model import AgreementKind
from plgtui.core.workbook import Workbook
import json
from pathlib import Path
path = Path(sys.argv[1])
book = Workbook.open(path)
n = int(sys.argv[2])
merging = sys.argv[3] == "merge"
print("ready", flush=True)
while True:
    n += 1
    book.agreements.add_agreement(f"change {n}", AgreementKind.FINISH)
    print(n, flush=True)
    if merging and n % 4 == 0:
        copy = json.loads(path.read_text(encoding="utf-8"))
        copy["members"][str(10**12 + n)] = {"name": f"copy {n}", "role": "member"}
        copy["meta"]["1"]["revision"] = f"ffffffffffff{n % 65536:04x}"
        sibling = path.with_name(path.stem + " (1).json")
        sibling.write_text(json.dumps(copy), encoding="utf-8")
        book.take_in([sibling])
        print(f"copy {n}", flush=True)
"""


def run(
    kills: int, seed: int, quiet: bool = False, merge: bool = False, least_merges: int = 0
) -> dict[str, float]:
    """`kills` kills, and more (up to twenty times as many) until `least_merges` merges have
    returned: on a busy machine a child may be killed before its first merge many times."""
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="plgtui-crash-"))
    path = folder / "journey.json"
    Workbook.start_group(path, name="Crash", members=["A"], today=date(2026, 1, 1)).close()
    confirmed = 0
    lost = 0
    saves = 0
    merged: list[str] = []  # conflict copies whose merge had returned
    orphans = 0  # temp files of killed saves still there after the journey was opened again
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    kill = 0
    while kill < kills or (len(merged) < least_merges and kill < 20 * kills):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(confirmed), "merge" if merge else "-"],
            stdout=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.005, 0.25)
        os.set_blocking(child.stdout.fileno(), False)
        seen: list[int] = []
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if line.strip().isdigit():
                seen.append(int(line))
            elif line.startswith("copy "):
                merged.append(line.strip())
        child.send_signal(signal.SIGKILL)
        child.wait()
        rest = child.stdout.read() or ""
        seen += [int(x) for x in rest.split() if x.isdigit()]
        merged += [line.strip() for line in rest.splitlines() if line.startswith("copy ")]
        saves += len(seen)
        if seen:
            confirmed = seen[-1]
        book = Workbook.open(path)  # must parse; raises if the file is broken
        orphans += len(temp_files(path))  # opening with the lock held removes them
        texts = {a.text for a in book.journey.agreements}
        names = {m.name for m in book.journey.members}
        book.close()
        assert set(merged) <= names, f"kill {kill}: lost merges {sorted(set(merged) - names)[:5]}"
        missing = [n for n in range(1, confirmed + 1) if f"change {n}" not in texts]
        lost += len(missing)
        assert not missing, f"kill {kill}: lost changes {missing[:5]}"
        for backup in list_backups(path):
            json.loads(backup.read_text(encoding="utf-8"))
        # What was saved but not yet reported also counts from here on.
        confirmed = max([confirmed] + [int(t.split()[1]) for t in texts if t.startswith("change ")])
        if not quiet and (kill + 1) % 50 == 0:
            print(f"  {kill + 1} kills, {confirmed} changes confirmed", flush=True)
        kill += 1
    return {
        "merges": len(merged),
        "kills": kill,
        "saves": saves,
        "lost": lost,
        "orphans": orphans,
        "backups": len(list_backups(path)),
        "seconds": time.perf_counter() - started,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--merge", action="store_true", help="merge conflict copies in as well")
    args = parser.parse_args()
    figures = run(args.kills, args.seed, merge=args.merge)
    print(
        f"{figures['kills']} SIGKILLs, {figures['saves']} saves reported before a kill, "
        f"{figures['lost']} lost; file opened after every kill, "
        f"{figures['orphans']} temp files left after opening; "
        f"{figures['backups']} backups kept, all parse; {figures['merges']} merges returned, "
        f"none lost; {figures['seconds']:.0f} s"
    )


if __name__ == "__main__":
    main()
