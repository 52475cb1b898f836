"""Opening and closing the room from the live view (one key), inside the coach's app.

The room's server lives as long as a worker of the app: the key that closes the room, the end
of the meeting and the app closing all end that worker, and the server with it. A fresh key for
every opening, so an address from an earlier meeting lets nobody in.
"""

from __future__ import annotations

import asyncio
from typing import Any
from weakref import WeakKeyDictionary

from textual.content import Content

from plgtui.core.i18n import _, os_problem
from plgtui.core.live import LiveMeeting
from plgtui.core.room import Room

LISTEN = "0.0.0.0"  # the meeting's network: the phones are on it (tests listen on 127.0.0.1)
PORT: int | None = None  # None: room_server.DEFAULT_PORT


def current_live(app: Any) -> LiveMeeting | None:
    """The app's running meeting (the one whose countdown the projector shows), or None."""
    ticker = getattr(app, "ticker", None)
    return ticker.live if ticker is not None else None


class RoomDoor:
    def __init__(self, app: Any, server: Any) -> None:
        self.app = app
        self.server = server
        self._shut = asyncio.Event()

    @property
    def room(self) -> Room:
        return self.server.room

    @property
    def is_open(self) -> bool:
        return self.server.running and self.room.is_open

    async def keep(self) -> None:
        """Runs as the app's worker: until closed, or cancelled as the app closes."""
        try:
            await self._shut.wait()
        finally:
            await self.server.stop()

    def close(self) -> None:
        """No phone gets an answer from now on; the server stops right after."""
        self.room.close()
        self._shut.set()

    def follow(self, _change: object) -> None:
        """After every saved change: the meeting ended (or another began), the room closes."""
        if not self._shut.is_set() and not self.room.is_open:
            self.close()
            from plgtui.tui.screens.room import RoomScreen

            if self.app.screen_stack and isinstance(self.app.screen, RoomScreen):
                self.app.pop_screen()
            redraw(self.app)


DOORS: WeakKeyDictionary[Any, RoomDoor] = WeakKeyDictionary()


def door_of(app: Any) -> RoomDoor | None:
    door = DOORS.get(app)
    return door if door is not None and door.is_open else None


def with_room(app: Any, head: Content) -> Content:
    """The live view's head, with the room's address under it while the room is open, for
    whoever comes in late (the projector shows the head, also in projector mode)."""
    door = door_of(app)
    if door is None:
        return head
    return Content("\n").join([head, Content(_("room.head", address=door.server.address))])


def redraw(app: Any) -> None:
    ticker = getattr(app, "ticker", None)
    if ticker is not None:
        ticker.changed()


async def toggle_room(app: Any) -> None:
    """Open the room and show its address and code; or, when it is open, close it."""
    door = door_of(app)
    if door is not None:
        door.close()
        app.notify(_("room.closed_note"))
        redraw(app)
        return
    live = current_live(app)
    if live is None:
        return
    if app.workbook.read_only:
        app.notify(_("room.read_only"), severity="warning")
        return
    try:
        from plgtui.tui.room_server import DEFAULT_PORT, RoomServer
    except ImportError:
        app.notify(_("room.missing"), severity="error")
        return
    room = Room(lambda: current_live(app), live.meeting_id)
    server = RoomServer(room, LISTEN, DEFAULT_PORT if PORT is None else PORT)
    try:
        address = await server.start()
    except OSError as exc:
        app.notify(_("room.failed", problem=os_problem(exc)), severity="error", markup=False)
        return
    door = DOORS[app] = RoomDoor(app, server)
    app.run_worker(door.keep(), name="room", group="room", exit_on_error=False)
    app.journey_changed.subscribe(app, door.follow)
    show_room(app)
    redraw(app)
    app.notify(_("room.opened", url=address), markup=False)


def show_room(app: Any) -> None:
    from plgtui.tui.screens.room import RoomScreen

    door = door_of(app)
    if door is not None:
        app.push_screen(RoomScreen(door))
