"""Every use of a private part of Textual (and of textual-serve and plotext), in one place, each checked by
tests/test_textual_internals.py so that an upgrade which moves one fails there, loudly, instead of
silently slowing plgtui down. Each has a fallback that does what Textual does without it.

Letting go of closed screens (a work-around for Textual issue #6666): a widget that watches an
object living longer than itself (the Header watching the app's title, a TextArea the theme, each key of a Footer its Footer) leaves an entry on that object, and
Textual removes it only when the watched value next changes. Until then every screen once shown
stays in memory, walked again by each full garbage collection, which made screen switches
slower the longer the app ran (bench/README.md).
"""

from __future__ import annotations

from textual.app import App
from textual.content import Content
from textual.screen import Screen


def forget_closed_watchers(app: App) -> None:
    """Drop the watch entries of widgets that have closed, from the app and its live screens."""
    nodes = [app]
    for screen in app.screen_stack:
        nodes.extend(screen.walk_children(with_self=True))
    for node in nodes:
        # Textual's own (private) store; if a later version keeps it elsewhere, this does nothing.
        table = getattr(node, "__watchers", None)
        if not isinstance(table, dict):
            continue
        for entries in table.values():
            entries[:] = [
                (watcher, callback)
                for watcher, callback in entries
                if not getattr(watcher, "_closing", False)
            ]


class ClosingFirst(App):
    """An App told before Textual takes its screens down (`before_close`), which lets the
    screens it popped go (`forget_closed_watchers`). Textual's `_shutdown` removes every screen
    while the app's timers and `call_later`s can still run, and has no public hook before that:
    a countdown tick or a header update then finds no screen (ScreenStackError)."""

    def before_close(self) -> None:
        """Stop what runs over time; the screens are still there."""

    async def _shutdown(self) -> None:
        self.before_close()
        await super()._shutdown()

    def push_screen(self, *args, **kwargs):
        forget_closed_watchers(self)  # lets the screens popped before this one go
        return super().push_screen(*args, **kwargs)


def class_bindings(cls: type):
    """The bindings of a Screen or App class with those of its bases, before any keymap: what
    Textual builds once per class (`_merged_bindings`) and copies for each instance."""
    return cls._merged_bindings


def open_with_theme(app: App, name: str) -> None:
    """The theme an app opens with, set before it runs without a second parse of every style.

    `app.theme = name` runs Textual's watcher, which queues `refresh_css`: a re-parse of all
    CSS and a restyle of every widget right after the first parse (bench/README.md, "Startup
    and memory"). Before the app runs, nothing is styled yet: the classes the watcher
    sets, the ANSI filter it refreshes and the stylesheet's variables are all it must do. A
    theme changed while the app runs goes through Textual's own watcher as ever."""
    refresh_filter = getattr(app, "_refresh_truecolor_filter", None)
    if app.is_running or not callable(refresh_filter):
        app.theme = name
        return
    app.set_reactive(App.theme, name)
    dark = app.current_theme.dark
    classes = {c: False for c in app.classes if c.startswith("-theme-")}
    app.update_classes({**classes, f"-theme-{name}": True, "-dark-mode": dark,
                        "-light-mode": not dark}, update=False)  # fmt: skip
    refresh_filter(app.ansi_theme)
    app.stylesheet.set_variables(app.get_css_variables())


# -- a kept screen shown again without restyling it ----------------------------------------------
# Textual restyles a whole screen at each push, for styles changed while it was out of the stack:
# `App._css_update_count` counts each change of the CSS (a theme, a reload), and `refresh_css`
# stores it in `Screen._css_update_count` of each screen in the stack as it restyles them.


def app_styles(app: App) -> tuple[object, ...] | None:
    """What a screen's styles follow from the app: the count of CSS changes, then the app's
    classes (the theme's) and pseudo-classes (focus, dark). None when Textual keeps no count."""
    count = getattr(app, "_css_update_count", None)
    if not isinstance(count, int):
        return None
    return count, frozenset(app.classes), frozenset(app.get_pseudo_classes())


def restyled_for(screen: Screen) -> int | None:
    """The count of CSS changes Textual last restyled `screen` for, while it was in the stack."""
    count = getattr(screen, "_css_update_count", None)
    return count if isinstance(count, int) else None


def keymap_in_force(app: App) -> dict[str, str]:
    """The keymap Textual applies to every binding (App.set_keymap keeps it in `_keymap`)."""
    keymap = getattr(app, "_keymap", None)
    return keymap if isinstance(keymap, dict) else {}


def normal_keymap(keymap: dict[str, str]) -> dict[str, str]:
    """A keymap as Textual applies it (`App._normalize_keymap`: the keys' spaces dropped)."""
    return App._normalize_keymap(keymap)


def __getattr__(name: str) -> type:
    """`OwnButton` and `OwnGutter`, made when a form first needs them: Textual's checkbox and
    selection list are not on the way to the first screen (bench/README.md)."""
    if name not in ("OwnButton", "OwnGutter"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from textual.widgets import Checkbox, SelectionList

    class OwnButton(Checkbox):
        """A Checkbox that draws its button with `button()` (Textual draws it in `_button`)."""

        def button(self) -> Content:
            raise NotImplementedError

        @property
        def _button(self) -> Content:
            return self.button()

    class OwnGutter(SelectionList):
        """A SelectionList whose subclass draws its own mark before each option in
        `render_line`: the room Textual keeps for its button (`_get_left_gutter_width`) is
        `GUTTER` columns."""

        GUTTER = 2

        def _get_left_gutter_width(self) -> int:
            return self.GUTTER

    for made in (OwnButton, OwnGutter):
        made.__qualname__ = made.__name__
        globals()[made.__name__] = made
    return globals()[name]


# -- textual-serve (`plgtui serve`), imported only there -----------------------------------------
# plgtui runs its own web server (tui/serve_web.py) around textual-serve's AppService, which
# starts one plgtui per browser tab and relays its output. Its process and the task reading the
# process's output are private: plgtui needs them to end a session whose tab is gone, and to go
# on reading (and dropping) that output until it has, since a plgtui writing to a pipe nobody
# reads blocks for good, keeping the journey's lock.


def new_session(command: str, *, write_bytes, write_str, close):
    """A textual-serve AppService: one plgtui started by `command` for one tab, its output
    handed to `write_bytes` and `write_str`, `close` called when it ends. AppService is what
    textual-serve's own Server builds per websocket; it is not documented for use outside it."""
    from textual_serve.app_service import AppService
    from textual_serve.download_manager import DownloadManager

    return AppService(
        command, write_bytes=write_bytes, write_str=write_str, close=close,
        download_manager=DownloadManager(),
    )  # fmt: skip


def session_process(service: object):
    """The plgtui process of a textual-serve AppService (an asyncio Process), None before it
    started."""
    return getattr(service, "_process", None)


def session_reader(service: object):
    """The task of an AppService that reads its process's output, None when not running."""
    return getattr(service, "_task", None)


def serve_files():
    """textual-serve's page template folder and its static files (xterm.js and its fonts)."""
    from pathlib import Path

    import textual_serve

    root = Path(textual_serve.__file__).parent
    return root / "templates", root / "static"


def page_context(websocket_url: str, static_url: str, title: str, font_size: int) -> dict:
    """What textual-serve's `app_index.html` fills in: the websocket of the session, where the
    static files are, the page's title and the font size (as its own `Server.handle_index`)."""
    return {
        "font_size": font_size,
        "app_websocket_url": websocket_url,
        "config": {"static": {"url": static_url}},
        "application": {"name": title},
    }


# -- plotext ---------------------------------------------------------------------------------
# The charts (widgets/evidence_chart.py) are drawn by plotext, through textual-plotext. plotext
# drops repeated points (its `brush`) and tick labels through `_utility.no_duplicates`, which
# goes through a set: the order points are drawn in, and which of two crowded tick labels
# stays, changed with Python's hash seed, and a chart's snapshot with it. plotext's own source
# keeps the order-keeping version beside it, commented out ("it takes double time": a chart
# has a few dozen points). plotext has no public setting for it.


def plotext_in_order() -> bool:
    """Make plotext keep the first of repeated points and tick labels, in order. Called when
    the chart module is first imported (plotext is not loaded at start-up). False when plotext
    no longer has the function: charts then draw as plotext does, only less steadily."""
    import plotext._utility as utility

    if not callable(getattr(utility, "no_duplicates", None)):
        return False
    utility.no_duplicates = _in_order
    return True


def _in_order(data) -> list:
    return list(dict.fromkeys(data))


# -- the command palette's "No matches found" ----------------------------------------------------
# Textual's CommandPalette writes "No matches found" in English in `_start_no_matches_countdown`
# and takes no argument for it; a Dutch interface says it in Dutch. The method below is Textual's
# own (0.8x to 6.x) with the words given; when Textual no longer has the method, nor the names it
# uses, the palette is Textual's unchanged (English words, nothing broken).
_WORDED: list[type] = []


def worded_palette(no_matches: str, **kwargs):
    """Textual's CommandPalette (kwargs as its own), saying `no_matches` when nothing matches."""
    from textual.command import CommandPalette

    if not _WORDED:
        _WORDED.append(_worded_class(CommandPalette))
    palette = _WORDED[0](**kwargs)
    palette.no_matches = no_matches
    return palette


def palette_words_fit(palette_class: type) -> bool:
    """Whether Textual's palette still has what the worded one replaces and uses."""
    return all(
        hasattr(palette_class, name)
        for name in (
            "_start_no_matches_countdown", "_stop_no_matches_countdown", "_NO_MATCHES",
            "_NO_MATCHES_COUNTDOWN", "_list_visible",
        )
    )  # fmt: skip


def _worded_class(palette_class: type) -> type:
    if not palette_words_fit(palette_class):
        return palette_class
    from rich.align import Align
    from rich.text import Text
    from textual.command import CommandList
    from textual.widgets.option_list import Option

    class WordedPalette(palette_class):  # type: ignore[misc, valid-type]
        no_matches = "No matches found"

        def _start_no_matches_countdown(self, search_value: str) -> None:
            self._stop_no_matches_countdown()

            def _show_no_matches() -> None:
                if search_value:
                    self.query_one(CommandList).add_option(
                        Option(
                            Align.center(Text(self.no_matches, style="not bold")),
                            disabled=True,
                            id=self._NO_MATCHES,
                        )
                    )
                    self._list_visible = True
                else:
                    self._list_visible = False

            self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, _show_no_matches)

    return WordedPalette


def wrapped_row(wrapped, row: int) -> tuple[int, int]:
    """The paragraph and which of its wrapped rows a soft-wrapped TextArea shows at `row`, from
    the list Textual keeps (`_offset_to_line_info`); its public `offset_to_location` divides the
    whole paragraph to answer, which costs more than drawing the row."""
    rows = getattr(wrapped, "_offset_to_line_info", None)
    if isinstance(rows, list) and 0 <= row < len(rows) and isinstance(rows[row], tuple):
        return rows[row]
    from bisect import bisect_right

    from textual.geometry import Offset

    line_index, column = wrapped.offset_to_location(Offset(0, row))
    return line_index, bisect_right(wrapped.get_offsets(line_index), column)
