"""The garbage collector, told that a journey lives as long as the app.

A long journey is a great many objects that stay until the app closes. Python's cyclic
collector would walk all of them again and again while the journey is read and in every full
collection later, landing in the middle of a screen switch (bench/README.md). Moving them out of its sight (`gc.freeze`) ends both; the objects are still freed by
reference counting, which is how a journey's records are freed anyway (they hold no cycles).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived() -> Iterator[None]:
    """Build objects that live as long as the process without collecting, then freeze them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
