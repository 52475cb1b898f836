"""A technique's steps stretched or shrunk to the length the coach gives its block.

The rule (README, "Planning a meeting"): every step keeps its share of the block as closely as
whole minutes allow, none gets less than one minute, and a step that lasts "per person" stays per
person (its minutes are per turn). The minutes left over after rounding go to the steps that lost
the most in rounding, steps for the whole group before per-person ones, so the block lasts what
the coach asked whenever whole minutes can make it.
"""

from __future__ import annotations

import math
from dataclasses import replace

from plgtui.core.model import Step


def _weight(step: Step, turns: int) -> int:
    return turns if step.per_person else 1


def total_minutes(steps: list[Step], turns: int) -> float:
    return sum(s.minutes * _weight(s, turns) for s in steps)


def scale_steps(steps: list[Step], minutes: int, turns: int) -> list[Step]:
    """The steps, in whole minutes, lasting `minutes` for `turns` people taking turns (or as
    close as whole minutes of at least one allow: never less than one minute a step)."""
    if not steps:
        return []
    turns = max(turns, 1)
    weights = [_weight(s, turns) for s in steps]
    current = total_minutes(steps, turns)
    ideal = [s.minutes * minutes / current if current else minutes / len(steps) for s in steps]
    new = [max(1, math.floor(x)) for x in ideal]
    left = minutes - sum(n * w for n, w in zip(new, weights))
    # Largest remainder first; the whole group's steps absorb single minutes more exactly.
    order = sorted(range(len(steps)), key=lambda i: (weights[i] > 1, -(ideal[i] - new[i]), i))
    for _round in range(minutes + sum(new) + len(steps)):  # each round moves `left` to 0
        if left > 0:
            step = next((i for i in order if weights[i] <= left), None)
            if step is None:
                break
            new[step] += 1
            left -= weights[step]
            order.append(order.pop(order.index(step)))  # the next minute goes elsewhere first
        elif left < 0:
            # Rounding up to one minute overshot: take from the steps furthest above their share.
            giving = [i for i in range(len(steps)) if new[i] > 1]
            if not giving:
                break
            step = max(giving, key=lambda i: ((new[i] - ideal[i]) * weights[i], new[i]))
            new[step] -= 1
            left += weights[step]
        else:
            break
    return [replace(s, minutes=float(n)) for s, n in zip(steps, new)]


def fitted_minutes(steps: list[Step], turns: int) -> int:
    return round(total_minutes(steps, turns))
