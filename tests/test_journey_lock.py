"""The journey's lock: one holder at a time, let go on release and when its process dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from plgtui.core.journey_file import try_lock
from plgtui.core.journey_lock import Busy, JourneyLock

HOLD = """
import sys, time
from pathlib import Path
from plgtui.core.journey_lock import JourneyLock
JourneyLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
time.sleep(60)
"""


def test_one_holder_at_a_time_in_this_process(tmp_path):
    first, second = JourneyLock(tmp_path / ".j.lock"), JourneyLock(tmp_path / ".j.lock")
    first.acquire()
    with pytest.raises(Busy):
        second.acquire()
    first.release()
    second.acquire()  # free again once released
    second.release()
    second.release()  # releasing twice does no harm


def test_a_killed_holder_lets_go(tmp_path):
    path = tmp_path / ".j.lock"
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE,
                             text=True)  # fmt: skip
    try:
        assert child.stdout.readline().strip() == "held"
        with pytest.raises(Busy):
            JourneyLock(path).acquire()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    lock = JourneyLock(path)
    lock.acquire()  # the kernel let go of the dead process's lock
    lock.release()


def test_a_folder_that_refuses_the_lock_file_opens_read_only(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")  # a read-only share; root is never refused

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(OSError):
        JourneyLock(tmp_path / ".j.lock").acquire()
    assert try_lock(tmp_path / "j.json") == ("folder_read_only", None)


@pytest.mark.filterwarnings("ignore:only soft file lock")  # this machine has no Windows lock
def test_without_flock_filelock_does_the_job(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "fcntl", None)  # as on Windows: `import fcntl` fails
    first, second = JourneyLock(tmp_path / ".j.lock"), JourneyLock(tmp_path / ".j.lock")
    first.acquire()
    with pytest.raises(Busy):
        second.acquire()
    first.release()
    second.acquire()
    second.release()


def test_a_lock_file_another_user_made_still_locks(tmp_path, monkeypatch):
    """The lock file is someone else's and not writable for us: the lock still works."""
    import os

    from plgtui.core.journey_lock import Busy, JourneyLock

    path = tmp_path / ".journey.json.lock"
    path.write_text("", encoding="utf-8")
    real_open = os.open

    def not_ours(name, flags, *args):
        if str(name) == str(path) and flags & os.O_RDWR:
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, flags, *args)

    monkeypatch.setattr(os, "open", not_ours)
    first = JourneyLock(path)
    first.acquire()
    with pytest.raises(Busy):
        JourneyLock(path).acquire()  # a second plgtui opens read-only, as before
    first.release()
