"""The sessions of `plgtui serve`: one plgtui process per browser tab, fed by the tab's websocket,
and ended with the tab, whatever the moment it goes.

textual-serve's own handler stops reading a session's output the moment its tab's websocket
fails. A tab closed while plgtui is still drawing (within a second of opening, say) then leaves
plgtui blocked writing to a pipe nobody reads, holding the journey's lock, so that every later
tab opened read-only. Here a session's output is read until its process has ended (and dropped
once the tab is gone); the process is asked to stop (it saves first), told harder after GRACE
seconds, and killed after as many again.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import WSMsgType, web

from plgtui.tui import textual_internals
from plgtui.tui.serve import DEFAULT_LIMIT

log = logging.getLogger("plgtui.serve")

GRACE = 5.0  # seconds a session has to save and stop once its tab is gone, before the next step
HEARTBEAT = 5.0  # seconds between pings: a tab that stops answering is gone within about two
LARGEST = (500, 200)  # columns and rows a tab may ask for: beyond any screen, within memory


def terminal_size(width: object, height: object) -> tuple[int, int]:
    """A size a tab asked for, within 10x5 and LARGEST (a default where it is no number)."""

    def within(value: object, default: int, low: int, high: int) -> int:
        try:
            number = int(str(value))
        except ValueError:
            return default
        return max(low, min(high, number))

    return within(width, 80, 10, LARGEST[0]), within(height, 24, 5, LARGEST[1])


class Sessions:
    """The sessions running now (or still ending: they may hold the lock), at most `limit`."""

    def __init__(self, command: str, limit: int = DEFAULT_LIMIT) -> None:
        self.command = command
        self.limit = limit
        self._running: set[Any] = set()

    @property
    def full(self) -> bool:
        return len(self._running) >= self.limit

    async def run(self, request: web.Request) -> web.WebSocketResponse:
        """A tab's websocket, from its opening until its plgtui has ended."""
        websocket = web.WebSocketResponse(heartbeat=HEARTBEAT)
        width, height = terminal_size(request.query.get("width"), request.query.get("height"))
        service = textual_internals.new_session(
            self.command,
            write_bytes=_to_tab(websocket, websocket.send_bytes),
            write_str=_to_tab(websocket, websocket.send_str),
            close=_to_tab(websocket, lambda: websocket.close()),
        )
        self._running.add(service)
        try:
            await websocket.prepare(request)
            await service.start(width, height)
            await relay(websocket, service)
        except Exception:  # a tab that went while starting, a process that could not start
            log.exception("session")
        finally:
            ending = asyncio.ensure_future(self._end(service))
            await asyncio.shield(ending)  # ends even when the server cancels this handler
        return websocket

    async def _end(self, service: Any) -> None:
        try:
            await end(service)
        finally:
            self._running.discard(service)

    async def end_all(self, app: web.Application | None = None) -> None:
        """The server stops (an aiohttp shutdown handler): every session saves and ends first."""
        await asyncio.gather(*(end(s) for s in list(self._running)), return_exceptions=True)


def _to_tab(websocket: web.WebSocketResponse, send: Callable[..., Awaitable[None]]):
    """Sends to the tab while it is there; after, drops what plgtui writes, so that it is read
    and plgtui is never blocked writing."""

    async def write(*args: Any) -> None:
        if websocket.closed:
            return
        try:
            await send(*args)
        except (ConnectionError, RuntimeError):
            pass

    return write


async def relay(websocket: web.WebSocketResponse, service: Any) -> None:
    """What the tab sends, to plgtui, until the tab is gone. Anything malformed is left out."""
    async for message in websocket:
        if message.type != WSMsgType.TEXT:
            continue
        try:
            kind, data = json.loads(message.data)
        except (ValueError, TypeError):
            continue
        if kind == "stdin" and isinstance(data, str):
            await service.send_bytes(data.encode("utf-8", "replace"))
        elif kind == "resize" and isinstance(data, dict):
            await service.set_terminal_size(*terminal_size(data.get("width"), data.get("height")))
        elif kind == "ping":
            await websocket.send_json(["pong", data])
        elif kind == "blur":
            await service.blur()
        elif kind == "focus":
            await service.focus()


async def end(service: Any, grace: float = GRACE) -> None:
    """End a session's plgtui: asked (it saves and stops), then SIGTERM, then SIGKILL, each after
    `grace` seconds; its output read to the end all the while."""
    process = textual_internals.session_process(service)
    if process is None:
        return
    draining = asyncio.ensure_future(_read_out(service, process))
    if process.returncode is None:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(service.send_meta({"type": "quit"}), 1)
    for harder in (None, process.terminate, process.kill):
        if process.returncode is not None:
            break
        if harder is not None:
            log.warning("session %s did not end when asked: %s", process.pid, harder.__name__)
            with contextlib.suppress(ProcessLookupError):
                harder()
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(process.wait(), grace)
    with contextlib.suppress(Exception):
        await asyncio.wait_for(draining, grace)


async def _read_out(service: Any, process: Any) -> None:
    """Wait for textual-serve's reader; should it have stopped while plgtui still runs, read and
    drop the rest here."""
    reader = textual_internals.session_reader(service)
    if reader is not None:
        with contextlib.suppress(Exception, asyncio.CancelledError):
            await asyncio.shield(reader)
    if process.stdout is not None:
        with contextlib.suppress(Exception):
            while await process.stdout.read(65536):
                pass
