"""The room's address on the projector: a QR code, the short address, and how this block takes
part (ideas with or without names, dots per person). Over the live view, which goes on showing
the ideas as phones send them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from plgtui.core.i18n import _, ngettext
from plgtui.core.room import dots_of
from plgtui.core.validate import InputError
from plgtui.tui.commands import command
from plgtui.tui.room_qr import fitting_scale, qr_lines

if TYPE_CHECKING:
    from plgtui.tui.room_door import RoomDoor

# The words' column, the frame, the padding and the QR code's own: what is not the code.
WORDS_WIDTH = 40 + 2 + 2 + 2 + 2


class RoomScreen(ModalScreen):
    SEE_THROUGH = True  # the live view beneath shows each idea as it comes in

    # The code on the left, the words beside it: it fits 80 x 24, the smallest projector.
    DEFAULT_CSS = """
    RoomScreen { align: center middle; }
    RoomScreen > Horizontal {
        width: auto; max-width: 100%; height: auto; max-height: 100%; padding: 0 1;
        overflow: hidden;
        border: thick $accent; background: $surface;
    }
    RoomScreen #room-qr { width: auto; background: white; color: black; padding: 0 1; }
    RoomScreen #room-words { width: 40; height: auto; padding-left: 2; }
    RoomScreen #room-words Static { margin-bottom: 1; }
    RoomScreen #room-address { text-style: bold; }
    """

    BINDINGS = [
        # Closing cuts the phones off: its own key here (the live view's `z` only shows this
        # screen again), with a question while phones are in the room (room_door.py).
        command("s", "close_room", "key.room_close", id="room-close", palette=False),
        command("escape,z", "dismiss", "key.back", id="room-back"),
        command("n", "named", show=False),
        command("plus,equals_sign", "dots(1)", show=False, key_display="+", id="room-dots-more"),
        command("minus,underscore", "dots(-1)", show=False, key_display="-"),
    ]

    def __init__(self, door: RoomDoor) -> None:
        super().__init__()
        self.door = door

    def compose(self) -> ComposeResult:
        address = self.door.server.address
        with Horizontal() as frame:
            frame.border_title = _("room.screen_title")
            yield Static(id="room-qr")
            with Vertical(id="room-words"):
                yield Static(_("room.scan"))
                yield Static(address, id="room-address", markup=False)
                yield Static(id="room-rules", markup=False)
                yield Static(id="room-hint", markup=False)

    def hint(self) -> str:
        """The keys of this screen as they are in force (a keymap may have changed them)."""
        from plgtui.tui.keys_in_force import first_key

        return _(
            "room.hint",
            close=first_key(self.app, self, "room-close"),
            back=first_key(self.app, self, "room-back"),
        )

    def on_mount(self) -> None:
        self.show_rules()
        self.query_one("#room-hint", Static).update(self.hint())
        self.draw_qr()

    def on_resize(self) -> None:
        self.draw_qr()

    def draw_qr(self) -> None:
        """As large as the screen lets it be beside the words: a phone at the back of the
        room reads it from further away."""
        address = self.door.server.address
        width, height = self.app.size
        scale = fitting_scale(address, width - WORDS_WIDTH, height - 4)
        qr = Text("\n".join(qr_lines(address, scale=scale)), style="black on white", no_wrap=True)
        self.query_one("#room-qr", Static).update(qr)

    def show_rules(self) -> None:
        live = self.door.room.live()
        block = live.block
        named = _("room.rules_named" if block.ideas_named else "room.rules_anonymous")
        dots = ngettext("room.rules_dots", dots_of(block.dots))
        self.query_one("#room-rules", Static).update(f"{block.title}\n{named}\n{dots}")

    def _rules(self, **change: object) -> None:
        live = self.door.room.live()
        try:
            self.app.workbook.ideas.set_room_rules(live.meeting_id, live.block.id, **change)
        except InputError as exc:
            self.notify(str(exc), severity="warning", markup=False)
        self.show_rules()

    def action_named(self) -> None:
        self._rules(named=not self.door.room.live().block.ideas_named)

    def action_dots(self, delta: int) -> None:
        self._rules(dots=dots_of(self.door.room.live().block.dots) + delta)

    def action_close_room(self) -> None:
        from plgtui.tui.room_door import close_room_asked

        close_room_asked(self.app)
