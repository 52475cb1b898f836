"""A reader that stopped reading (`plgtui status demo.json | head -3`) ends the command quietly.

Unix tools stop without a word when the pipe they write to closes. Python raises
BrokenPipeError instead, and again at exit when it flushes stdout; pointing stdout at
/dev/null after the first one keeps the second from printing "Exception ignored".
"""

from __future__ import annotations

import os
import sys


def quiet_stdout() -> None:
    """Send whatever is still buffered for stdout nowhere."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # no real stdout (a test's StringIO): nothing will be flushed at exit
