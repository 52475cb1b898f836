"""A few SIGKILLs in the middle of saving on every test run (bench/crash.py does 200)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "crash.py"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("merge", [False, True])
def test_killing_a_saving_process_never_loses_a_returned_save(merge):
    spec = importlib.util.spec_from_file_location("crash_bench", BENCH)
    crash = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(crash)
    # With merges, kills go on until one merge has returned: how many saves and merges fit
    # between two kills depends on how busy the machine is, not on plgtui.
    figures = crash.run(kills=12, seed=7, quiet=True, merge=merge, least_merges=int(merge))
    assert figures["lost"] == 0 and figures["saves"] > 0
    assert figures["orphans"] == 0  # killed saves leave temp files; opening removes them
    if merge:
        assert figures["merges"] > 0  # merges landed between the kills, and none was lost
