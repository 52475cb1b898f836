"""The lock that lets one plgtui at a time change a journey; a second one opens it read-only.

On Linux and macOS this is the kernel's advisory lock (`flock`) on `.<journey>.lock`, which the
kernel also lets go when the process dies, however it dies. The filelock package does the same
there, but importing it was a noticeable part of every start (`python -X importtime`) for the
three calls used here; on Windows, where locking is subtler, filelock does the job.
"""

from __future__ import annotations

import os
from pathlib import Path


class Busy(Exception):
    """Another process (or another open journey in this one) holds the lock."""


class JourneyLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._other = None  # filelock's lock, where flock is missing

    def acquire(self) -> None:
        """Take the lock now or raise Busy; OSError when the lock file cannot be made."""
        try:
            import fcntl
        except ImportError:  # Windows
            self._acquire_with_filelock()
            return
        try:
            # Made writable for everyone the folder lets in (the umask still applies), so the
            # next person on a shared computer or folder can take the lock too.
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        except PermissionError:
            # The lock file belongs to someone else: the lock itself needs no write access to
            # it, only an open file (flock works on a file opened for reading).
            fd = os.open(self.path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise Busy(str(self.path)) from None
        except OSError:
            os.close(fd)
            raise
        self._fd = fd

    def _acquire_with_filelock(self) -> None:
        from filelock import FileLock, Timeout

        lock = FileLock(str(self.path), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise Busy(str(self.path)) from None
        self._other = lock

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the only descriptor lets go of the flock
            self._fd = None
        if self._other is not None:
            self._other.release()
            self._other = None
