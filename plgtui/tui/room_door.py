"""Opening the room from the live view (one key, which shows its QR code again while it is
open, for a latecomer), and closing it from the room's screen or the palette, inside the coach's
app.

The room's server lives as long as a worker of the app. Closing the room, or the end of the
meeting, makes it answer "closed" to the phones still polling for GRACE seconds, so each phone
says the room closed instead of losing the connection; then the worker ends and the server with
it (at once when the app closes). A fresh key for every opening, so an address from an earlier
meeting lets nobody in.
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
GRACE = 60.0  # seconds a closed room still tells the phones it closed (they poll every second)


def current_live(app: Any) -> LiveMeeting | None:
    """The app's running meeting (the one whose countdown the projector shows), or None."""
    ticker = getattr(app, "ticker", None)
    return ticker.live if ticker is not None else None


class RoomDoor:
    def __init__(self, app: Any, server: Any) -> None:
        self.app = app
        self.server = server
        self._shut = asyncio.Event()
        self._gone = asyncio.Event()  # stop now, without the grace (a new room takes the port)

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
            try:
                await asyncio.wait_for(self._gone.wait(), GRACE)
            except TimeoutError:
                pass
        finally:
            await self.server.stop()

    def close(self) -> None:
        """Every phone hears "closed" from now on; the server stops GRACE seconds later."""
        self.room.close()
        self._shut.set()

    async def stop_now(self) -> None:
        self.close()
        self._gone.set()
        await self.server.stop()

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


async def room_key(app: Any) -> None:
    """Open the room and show its address and code; when it is open, show them again (nobody
    is cut off: the key stays the same)."""
    if door_of(app) is not None:
        show_room(app)
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
    old = DOORS.get(app)
    if old is not None and old.server.running:
        await old.stop_now()  # still telling phones it closed: the new room takes its port
    room = Room(lambda: current_live(app), live.meeting_id)
    server = RoomServer(room, LISTEN, DEFAULT_PORT if PORT is None else PORT)
    try:
        await server.start()
    except OSError as exc:
        app.notify(_("room.failed", problem=os_problem(exc)), severity="error", markup=False)
        return
    door = DOORS[app] = RoomDoor(app, server)
    app.run_worker(door.keep(), name="room", group="room", exit_on_error=False)
    app.journey_changed.subscribe(app, door.follow)
    show_room(app)
    redraw(app)  # no notice: the room's screen shows the address, and its own keys at the bottom


def show_room(app: Any) -> None:
    from plgtui.tui.screens.room import RoomScreen

    door = door_of(app)
    if door is not None:
        app.push_screen(RoomScreen(door))


def close_room_asked(app: Any) -> None:
    """Close the room; with phones in it, after a question (their members lose the page)."""
    door = door_of(app)
    if door is None:
        return
    phones = door.room.present()
    if not phones:
        close_room(app)
        return
    from plgtui.core.i18n import ngettext
    from plgtui.tui.dialogs.confirm import ConfirmScreen

    ask = ConfirmScreen(ngettext("room.close_question", phones))
    app.push_screen(ask, lambda yes: close_room(app) if yes else None)


def close_room(app: Any) -> None:
    from plgtui.tui.screens.room import RoomScreen

    door = door_of(app)
    if door is None:
        return
    door.close()
    if isinstance(app.screen, RoomScreen):
        app.pop_screen()
    app.notify(_("room.closed_note"))
    redraw(app)
