"""The keys of the screen along the bottom: Textual's Footer, drawn as one widget.

Textual's Footer builds a widget per key and rebuilds them all whenever the bindings change
(on every focus change); each new key is styled twice over, in every screen switch
(bench/stand_ins.py, bench/README.md). This bar reads the same active bindings and draws them
as one line of text, so a change of bindings costs one repaint.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

from plgtui.tui.commands import label
from plgtui.tui.keys_in_force import in_order, shown_key

SEPARATOR = "▏"
PINNED = {"help", "app.help"}  # kept on the right beside the palette, never left out
DIM = Style(dim=True)  # a key that does nothing here now (its check_action said so)
MORE = " …+{count}"  # keys left out for want of room; F1 lists them all


class Key(NamedTuple):
    key: str  # what pressing it sends, as Textual names keys
    label: str  # the key as shown
    enabled: bool


class Item(NamedTuple):
    keys: list[Key]  # one, or the keys of a binding group ("^PgUp ^PgDn Tabblad")
    description: str


class KeyBar(Widget):
    """One line: the keys the screen offers now, greyed when unavailable; a click presses one."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .key-bar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .key-bar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
    }
    """

    def __init__(self, *, show_command_palette: bool = True, id: str | None = None) -> None:
        super().__init__(id=id)
        self.show_command_palette = show_command_palette
        self._places: list[tuple[int, int, Key]] = []  # columns each key takes, for clicks

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        # As Textual's Footer does: the signal's entry for this bar would outlive it otherwise.
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        self.refresh()

    def items(self, short: bool = False) -> tuple[list[Item], list[Item]]:
        """What to show on the left, grouped as the Footer groups it, and on the right: help and
        the command palette, which stay in sight however narrow the window. `short`: the
        screen's note in its short form (signs without words), to leave room for keys."""
        active = self.screen.active_bindings
        left: list[Item] = []
        right: list[Item] = []
        actions: set[str] = set()
        grouped: dict[Binding.Group, Item] = {}
        for _node, binding, enabled, _tooltip in in_order(self.app, self.screen):
            if not binding.show or binding.action in actions:
                continue  # the Footer too shows one key per action
            actions.add(binding.action)
            key = self._key(binding, enabled)
            if binding.action in PINNED:
                right.append(Item([key], label(binding.description)))
                continue
            group = binding.group
            if group is not None and group in grouped:
                # together even when a keymap moved one key to the end of the bindings
                grouped[group].keys.append(key)
                continue
            description = group.description if group is not None else binding.description
            left.append(Item([key], label(description)))
            if group is not None:
                grouped[group] = left[-1]
        note = getattr(self.screen, "key_bar_note", None)  # a switch that is on (the live view)
        if note is not None and (said := note(short)):
            right.insert(0, Item([], said))
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            found = active.get(self.app.COMMAND_PALETTE_BINDING)
            if found is not None:
                key = self._key(found.binding, found.enabled)
                right.append(Item([key], label(found.binding.description)))
            elif (binding := self._palette_binding()) is not None:
                # A modal screen (a form) leaves the app's keys out of its bindings, yet the
                # palette's key is a priority one and works there too: show it.
                right.append(Item([self._key(binding, True)], label(binding.description)))
        return left, right

    def _palette_binding(self) -> Binding | None:
        for binding in self.app.BINDINGS:
            if isinstance(binding, Binding) and binding.priority:
                if self.app.COMMAND_PALETTE_BINDING in binding.key.split(","):
                    return binding
        return None

    def _key(self, binding: Binding, enabled: bool) -> Key:
        return Key(binding.key, shown_key(self.app, binding), enabled)

    def render(self) -> Text:
        styles = (
            self.get_component_rich_style("key-bar--key", partial=True),
            self.get_component_rich_style("key-bar--description", partial=True),
        )
        left, right, separator = self._laid_out(styles)
        line = Text(no_wrap=True, overflow="crop")
        self._places = []
        drawn_right = [self._draw(item, styles) for item in right]
        room = self._room(drawn_right, separator)
        drawn_left = [self._draw(item, styles) for item in left]
        shown = self._fitting(drawn_left, room)
        for part, places in drawn_left[:shown]:
            self._add(line, part, places)
        if shown < len(left):
            # None falls off unseen: the count says more keys are in the help (F1).
            line.append(MORE.format(count=len(left) - shown), styles[1] + DIM)
        if right:
            line.append(" " * max(0, room - line.cell_len))
            line.append(separator, DIM if separator == SEPARATOR else styles[1])
            for part, places in drawn_right:
                self._add(line, part, places)
        return line

    def _laid_out(self, styles: tuple[Style, Style]) -> tuple[list[Item], list[Item], str]:
        """The items and the separator. A screen's note in words gives way to keys: where its
        words would push a key out, its signs alone (♪ ») stand where the separator stood, so
        the live view keeps Space, i and z at 80 columns."""
        left, right = self.items()
        if not right or right[0].keys:
            return left, right, SEPARATOR
        short_left, short_right = self.items(short=True)
        signs, short_right = short_right[0].description.replace(" ", ""), short_right[1:]
        drawn = [self._draw(item, styles) for item in left]
        with_words = self._fitting(drawn, self._room([self._draw(i, styles) for i in right]))
        with_signs = self._fitting(
            drawn, self._room([self._draw(i, styles) for i in short_right], signs)
        )
        if with_signs > with_words:
            return short_left, short_right, signs
        return left, right, SEPARATOR

    def _room(self, drawn_right: list, separator: str = SEPARATOR) -> int:
        room = self.size.width - sum(part.cell_len for part, _ in drawn_right)
        return room - (Text(separator).cell_len if drawn_right else 0)

    @staticmethod
    def _fitting(drawn_left: list, room: int) -> int:
        """How many of the left items are shown whole, leaving room to count the rest."""
        fits = sum(part.cell_len for part, _ in drawn_left) <= room
        used = shown = 0
        for part, _places in drawn_left:
            after = len(drawn_left) - shown - 1
            # room to say how many are left out, as wide as that count (" …+9" or " …+10")
            more = 0 if fits or not after else len(MORE.format(count=after))
            if used + part.cell_len + more > room:
                break  # a key is shown whole or not at all
            used += part.cell_len
            shown += 1
        return shown

    def _add(self, line: Text, part: Text, places: list) -> None:
        self._places += [(line.cell_len + a, line.cell_len + b, key) for a, b, key in places]
        line.append_text(part)

    @staticmethod
    def _draw(item: Item, styles: tuple[Style, Style]) -> tuple[Text, list]:
        """The item as text, and the columns each of its keys takes in it."""
        key_style, text_style = styles
        text = Text()
        places = []
        for key in item.keys:
            start = text.cell_len
            text.append(f" {key.label}", key_style if key.enabled else key_style + DIM)
            places.append((start, text.cell_len, key))
        enabled = any(key.enabled for key in item.keys) or not item.keys
        text.append(f" {item.description} ", text_style if enabled else text_style + DIM)
        return text, places

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._places:
            if start <= event.x < end:
                if key.enabled:
                    self.app.simulate_key(key.key)
                else:
                    self.app.bell()
                return
