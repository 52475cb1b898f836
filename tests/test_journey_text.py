"""The file's text made again only where records changed: exactly the full dump, held once."""

from __future__ import annotations

import gc
import json
import random
import sys
import tracemalloc

from plgtui.core.atomic_storage import dump_json
from plgtui.core.journey_text import JourneyText


def _edit(rng: random.Random, data: dict, text: JourneyText) -> None:
    table = rng.choice([t for t in data if isinstance(data[t], dict)])
    records = data[table]
    roll = rng.random()
    if roll < 0.5 and records:
        key = rng.choice(list(records))
        text.touch(table, key)
        if isinstance(records[key], dict):
            records[key] = {**records[key], "note": 'é "q" \\ ' * rng.randint(0, 4)}
    elif roll < 0.75:
        key = str(rng.randint(1, 10**6))
        text.touch(table, key)
        records[key] = {"id": int(key), "text": "nieuw"}
    elif records:
        key = rng.choice(list(records))
        text.touch(table, key)
        del records[key]


def test_every_text_made_is_the_full_dump_whatever_was_prepared_or_changed(demo_path):
    data = json.loads(demo_path.read_text(encoding="utf-8"))
    rng = random.Random(33)
    text = JourneyText()
    for step in range(400):
        roll = rng.random()
        if roll < 0.6:
            _edit(rng, data, text)
        elif roll < 0.8:
            text.warm(data, rng.randint(0, 60))
        elif roll < 0.82:
            text.forget()
        if rng.random() < 0.4:
            assert text.render(data) == dump_json(data), step
    assert text.render(data) == dump_json(data)


def _held(build, data: dict) -> tuple[int, object]:
    """Bytes still allocated after `build` ran (its result kept), and the result."""
    JourneyText().render(data)  # what encoding allocates once for good (regexes, caches)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = build()
        gc.collect()  # the pure-Python encoder's closures are garbage in cycles
        return tracemalloc.get_traced_memory()[0] - before, kept
    finally:
        tracemalloc.stop()


def test_the_text_is_held_once_not_per_record_and_per_table_as_well(demo_path):
    """Each record's text and each table's text kept beside the file's held it three times."""
    data = json.loads(demo_path.read_text(encoding="utf-8"))
    meeting = next(iter(data["meetings"]))

    def prepared_and_saved_twice():
        text = JourneyText()
        while text.warm(data, 50):
            pass
        text.render(data)
        text.touch("meetings", meeting)
        data["meetings"][meeting] = {**data["meetings"][meeting], "notes": "Getypt"}
        return text, text.render(data)  # the storage keeps the last text as written

    held, (_text, last) = _held(prepared_and_saved_twice, data)
    assert held < 1.5 * sys.getsizeof(last), (held, sys.getsizeof(last))
