"""The garbage collector, told that a journey lives as long as the app; and the C library's
allocator, told to give large freed blocks back (`big_blocks_returned`).

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


M_MMAP_THRESHOLD = -3  # mallopt(3)
BIG = 256 * 1024  # bytes: a block this large is mapped on its own and unmapped when freed


def big_blocks_returned() -> bool:
    """Let the system have back each large block as soon as it is freed (glibc only).

    A save of a long journey makes a few texts of the file's size and frees
    them. glibc raises its threshold for mapping a block on its own each time such a block is
    freed, so from the second save on they come from the heap, and freed heap stays resident
    when anything lives above it, growing as the notes of a long journey are typed in
    (bench/README.md, "Startup and memory"). A fixed threshold keeps them mapped apart; a save
    costs no more CPU (measured). True when the C library took the setting."""
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        return bool(libc.mallopt(M_MMAP_THRESHOLD, BIG))
    except (OSError, AttributeError):  # not glibc (macOS, Windows, musl without mallopt)
        return False
