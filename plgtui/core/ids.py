"""Record ids that two copies of a journey, edited apart, do not both hand out.

An id is the time it was made in milliseconds, shifted left, with ten random bits below: two
laptops would have to add a record in the same millisecond and draw the same bits. Ids stay in
the order records were made, which the journey relies on (the latest question, the last self-check),
and below 2**53, so any JSON reader keeps them exact. A copy whose clock is behind the ids it
already holds counts on from the highest, with a random step, so two such copies still differ.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

EPOCH = 1_577_836_800  # 2020-01-01 UTC: keeps ids to 15 digits for the next centuries
RANDOM_BITS = 10
STEP_BITS = 20
# The highest id a file may hold: the ids made after it, at most 2**STEP_BITS apart, then stay
# below 2**53 for billions of records, and a file plgtui saves always opens again. Ids made
# from the clock reach it around 2159.
ID_LIMIT = 2**52
NUMBER_LIMIT = 2**53  # the largest whole number a file may hold: exact in any JSON reader
_random = random.Random()


def new_id(taken: Iterable[int], now: float) -> int:
    """An id above every id in `taken`, made from the time `now` (seconds since the epoch)."""
    stamp = (max(int((now - EPOCH) * 1000), 0) << RANDOM_BITS) | _random.getrandbits(RANDOM_BITS)
    top = max(taken, default=0)
    if stamp > top:
        return stamp
    return top + 1 + _random.getrandbits(STEP_BITS)


def seed(value: int) -> None:
    """Make the random part repeatable (tests and the demo)."""
    _random.seed(value)
