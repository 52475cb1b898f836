"""The work of each screen switch, counted in Python function calls, on the ten-year journey.

    python bench/switch_work.py [JOURNEY] [--runs 3]

The same switches as bench/screens.py, in the same headless app, each run under cProfile; the
figure is how many Python function calls happened from the key press until the screen settled,
for the first visit and the median of the later ones. Times on this machine drift by half
within minutes; the number of calls does not (it changes by a few hundred between runs), so
this is the bench to compare two versions of the code with. It is blind to work done in C and
to imports (a module's code counts as one call), and the profiler makes each switch several
times slower, so it prints no times. To compare with an older commit, check it out elsewhere
(`git worktree add /tmp/old REV`), copy this file and bench/screens.py into its bench/ and
run it there.
"""

from __future__ import annotations

import asyncio
import cProfile
import pstats
import statistics
from pathlib import Path

from make_journey import journey_copy
from screens import SWITCHES, idle_app, timed_keys


async def count(path: Path, runs: int) -> dict[str, list[int]]:
    calls: dict[str, list[int]] = {}
    async with idle_app(path) as (_app, pilot, paints):
        for _ in range(runs):
            for name, keys, back in SWITCHES:
                if keys[:-1]:
                    await timed_keys(pilot, paints, *keys[:-1])
                profile = cProfile.Profile()
                profile.enable()
                await timed_keys(pilot, paints, keys[-1])
                profile.disable()
                calls.setdefault(name, []).append(pstats.Stats(profile).total_calls)
                await timed_keys(pilot, paints, *back)
    return calls


def main() -> None:
    with journey_copy(__doc__, runs=3) as (args, path):
        calls = asyncio.run(count(path, args.runs))
    print(f"{args.journey}: Python function calls per screen switch, first visit and the median")
    print(f"of the {args.runs - 1} visits after it")
    for name, values in calls.items():
        later = statistics.median(values[1:]) if len(values) > 1 else values[0]
        print(f"  {name:<32} {values[0]:9,}  {later:11,.0f}")


if __name__ == "__main__":
    main()
