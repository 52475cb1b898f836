"""The private parts of Textual that plgtui.tui.textual_internals relies on are still there.

When one of these fails after a Textual upgrade, the work-around falls back to Textual's own
behaviour (nothing breaks, something gets slower): look again at what it was for.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.events import ScreenResume
from textual.screen import Screen
from textual.widgets import Header

from plgtui.tui.textual_internals import forget_closed_watchers


class Passing(Screen):
    def compose(self) -> ComposeResult:
        yield Header()


async def test_watch_entries_are_kept_on_the_watched_object_and_closing_widgets_are_marked():
    app = App()
    async with app.run_test() as pilot:
        await app.push_screen(Passing())
        table = getattr(app, "__watchers", None)
        assert isinstance(table, dict) and table  # the Header watches the app's title
        watchers = [w for entries in table.values() for w, _callback in entries]
        assert any(isinstance(w, Header) or isinstance(w.parent, Header) for w in watchers)
        header = app.screen.query_one(Header)
        assert getattr(header, "_closing") is False
        await app.pop_screen()
        await pilot.pause()
        assert getattr(header, "_closing") is True
        forget_closed_watchers(app)
        left = [w for entries in getattr(app, "__watchers").values() for w, _c in entries]
        assert all(not getattr(w, "_closing", False) for w in left)


async def test_an_app_is_told_before_textual_takes_its_screens_down():
    """ClosingFirst.before_close runs in App._shutdown while the screens are still there: the
    controllers stop their timers in it, so that none fires into an empty screen stack."""
    from plgtui.tui.textual_internals import ClosingFirst

    seen: list[int] = []

    class Told(ClosingFirst):
        def before_close(self) -> None:
            seen.append(len(self.screen_stack))

    app = Told()
    async with app.run_test():
        await app.push_screen(Passing())
    assert seen == [2] and not app.screen_stack


def test_the_checkbox_button_and_the_selection_gutter_are_where_ticks_replace_them():
    from textual.widgets import Checkbox, SelectionList

    assert any(isinstance(vars(b).get("_button"), property) for b in Checkbox.__mro__)
    assert callable(getattr(SelectionList, "_get_left_gutter_width", None))


def test_a_classes_bindings_and_a_normal_keymap_are_where_key_clashes_reads_them():
    """key_clashes.py finds a key keys.txt gives that another binding had through these."""
    from textual.binding import BindingsMap

    from plgtui.tui.textual_internals import class_bindings, normal_keymap

    class Bound(Screen):
        BINDINGS = [("x", "y", "z")]

    bindings = class_bindings(Bound)
    assert isinstance(bindings, BindingsMap) and "x" in bindings.key_to_bindings
    assert normal_keymap({"live.next": "n, pagedown"}) == {"live.next": "n,pagedown"}


def test_a_screen_resume_can_skip_the_restyle():
    assert ScreenResume(refresh_styles=False).refresh_styles is False


async def test_textual_counts_changes_of_the_css_on_the_app_and_on_the_screens_it_restyles():
    """StyledOnce restyles a kept screen shown again only when app_styles changed since."""
    from plgtui.tui.textual_internals import app_styles, restyled_for

    app = App()
    async with app.run_test() as pilot:
        await app.push_screen(Passing())
        before = app_styles(app)
        assert before is not None and isinstance(before[0], int)
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await pilot.pause()
        after = app_styles(app)
        assert after[0] > before[0] and after[1] != before[1]
        assert restyled_for(app.screen) == after[0]  # refresh_css restyled it, in the stack


def private_names(root, *, assigned_only: bool = False) -> set[str]:
    import re

    found: set[str] = set()
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r"self\.(_[a-z][a-z0-9_]*)\s*(?::[^=\n]*)?=", text))
        found |= set(re.findall(r"def (_[a-z][a-z0-9_]*)", text))
        found |= set(re.findall(r"^\s+(_[a-z][a-z0-9_]*)\s*(?::[^=\n]*)?=", text, re.M))
    return found


def test_no_other_module_reaches_into_textual():
    """A private name of Textual's that plgtui does not define itself is used only in
    textual_internals.py."""
    import re
    from pathlib import Path

    import textual

    import plgtui

    ours = private_names(Path(plgtui.__file__).parent)
    theirs = private_names(Path(textual.__file__).parent) - ours
    reaching = []
    for path in (Path(plgtui.__file__).parent / "tui").rglob("*.py"):
        if path.name == "textual_internals.py":
            continue
        text = path.read_text(encoding="utf-8")
        used = set(re.findall(r"\.(_[a-z][a-z0-9_]*)\b", text))
        used |= set(re.findall(r"getattr\([^,]+,\s*\"(_{1,2}[a-z][a-z0-9_]*)\"", text))
        reaching += [f"{path.name}: {name}" for name in sorted(used & (theirs | {"__watchers"}))]
    assert reaching == []


# Set on every class by Textual's metaclass, not overridden by hand.
MADE_BY_TEXTUAL = {
    "_decorated_handlers", "_reactives", "_inherit_css", "_inherit_bindings",
    "_inherit_component_classes", "_css_type_name", "_merged_bindings", "_css_type_names",
    "_computes",
    "_abc_impl",  # set by Python's ABCMeta on a class with abstract methods (a palette Provider)
}  # fmt: skip


def test_no_other_module_overrides_a_private_part_of_textual():
    """A class outside textual_internals.py defines no private name that a Textual class it
    derives from has: such an override breaks silently when Textual renames it."""
    import importlib
    import inspect
    import pkgutil

    import plgtui.tui

    overriding = []
    for info in pkgutil.walk_packages(plgtui.tui.__path__, "plgtui.tui."):
        if info.name.endswith("textual_internals"):
            continue
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            bases = [b for b in cls.__mro__[1:] if b.__module__.startswith("textual.")]
            for attr in vars(cls):
                if (
                    attr.startswith("_")
                    and not attr.startswith("__")
                    and attr not in MADE_BY_TEXTUAL
                ):
                    if any(attr in vars(b) for b in bases):
                        overriding.append(f"{name}.{attr}")
    assert overriding == []


# -- textual-serve ---------------------------------------------------------------------------


async def test_a_textual_serve_session_keeps_its_process_and_its_reader_where_plgtui_ends_them():
    """serve_sessions.py ends a session whose tab is gone through these (tab closed at once:
    without them its plgtui stays blocked, holding the journey's lock)."""
    import asyncio
    import contextlib

    from plgtui.tui.textual_internals import new_session, session_process, session_reader

    async def nowhere(*args) -> None:
        pass

    service = new_session("exit 0", write_bytes=nowhere, write_str=nowhere, close=nowhere)
    assert session_process(service) is None and session_reader(service) is None
    await service.start(80, 24)
    process, reader = session_process(service), session_reader(service)
    assert process is not None and hasattr(process, "terminate") and process.stdout is not None
    assert reader is not None and not isinstance(reader, bool)
    assert await process.wait() == 0
    with contextlib.suppress(asyncio.CancelledError):  # its stderr reader, cancelled unstarted
        await reader
    assert callable(service.send_meta) and callable(service.set_terminal_size)


def test_textual_serves_page_takes_what_plgtui_fills_in():
    from plgtui.tui.textual_internals import page_context, serve_files

    templates, statics = serve_files()
    page = (templates / "app_index.html").read_text(encoding="utf-8")
    for name in page_context("ws://x/ws/k", "/static/", "plgtui", 16):
        assert name in page
    for needed in ("{{ app_websocket_url }}", "{{ config.static.url }}", "{{ font_size }}"):
        assert needed in page
    assert (statics / "js" / "textual.js").is_file()


def test_no_other_module_reaches_into_textual_serve():
    """A private name of textual-serve's is used only in textual_internals.py."""
    import re
    from pathlib import Path

    import textual_serve

    import plgtui

    ours = private_names(Path(plgtui.__file__).parent)
    theirs = private_names(Path(textual_serve.__file__).parent) - ours
    assert {"_process", "_task"} <= private_names(Path(textual_serve.__file__).parent)
    reaching = []
    for path in Path(plgtui.__file__).parent.rglob("*.py"):
        if path.name == "textual_internals.py":
            continue
        text = path.read_text(encoding="utf-8")
        used = set(re.findall(r"\.(_[a-z][a-z0-9_]*)\b", text))
        used |= set(re.findall(r"getattr\([^,]+,\s*\"(_{1,2}[a-z][a-z0-9_]*)\"", text))
        reaching += [f"{path.name}: {name}" for name in sorted(used & theirs)]
        # Its modules other than the Server (its one documented part) are reached only here;
        # serve.py imports the server to learn whether textual-serve is installed.
        for module in re.findall(r"(?:from|import)\s+(textual_serve[\w.]*)", text):
            if module != "textual_serve.server":
                reaching.append(f"{path.name}: imports {module}")
    assert reaching == []


# -- plotext -----------------------------------------------------------------------------------


def test_plotexts_no_duplicates_is_what_plgtui_replaces_and_plotext_calls_it_by_name():
    """plotext_in_order replaces plotext._utility.no_duplicates: it must still be a function of
    one list there, and plotext's modules must look it up on that module at each call (a `from
    ._utility import no_duplicates` elsewhere would keep the set-based one)."""
    import ast
    from pathlib import Path

    import plotext

    from plgtui.tui.textual_internals import plotext_in_order

    root = Path(plotext.__file__).parent
    tree = ast.parse((root / "_utility.py").read_text(encoding="utf-8"))
    [found] = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "no_duplicates"]
    assert [a.arg for a in found.args.args] == ["data"] and not found.args.vararg
    calls = 0
    for path in root.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert "no_duplicates" not in {a.name for a in node.names}, path.name
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                calls += name == "no_duplicates"
    assert calls >= 2  # points (brush) and tick labels

    assert plotext_in_order()
    from plotext import _utility

    assert _utility.no_duplicates([3, 1, 3, 2, 1]) == [3, 1, 2]
    assert _utility.brush([5, 1, 5, 4], [2, 9, 2, 0]) == [[5, 1, 4], [2, 9, 0]]  # its own caller


def test_no_other_module_reaches_into_plotext():
    """plotext's private modules (plotext._utility...) are named only in textual_internals.py."""
    import re
    from pathlib import Path

    import plgtui

    reaching = [
        path.name
        for path in Path(plgtui.__file__).parent.rglob("*.py")
        if path.name != "textual_internals.py"
        and re.search(r"plotext\._|from plotext import _", path.read_text(encoding="utf-8"))
    ]
    assert reaching == []


async def test_an_app_opens_with_its_theme_without_a_second_parse_of_its_styles(monkeypatch):
    """open_with_theme does what Textual's theme watcher does before the app runs, less the
    `refresh_css` it queues (a re-parse of every style). `_refresh_truecolor_filter` is the
    private part it calls; without it, it sets `app.theme` as Textual would."""
    from textual.color import Color

    from plgtui.tui.textual_internals import open_with_theme

    assert callable(getattr(App, "_refresh_truecolor_filter", None))
    refreshed: list[bool] = []
    monkeypatch.setattr(App, "refresh_css", lambda self, animate=True: refreshed.append(True))
    app = App()
    open_with_theme(app, "textual-light")
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.current_theme.name == "textual-light"
        assert app.has_class("-theme-textual-light", "-light-mode")
        assert not app.has_class("-dark-mode")
        light = Color.parse(app.current_theme.background)
        assert app.screen.styles.background.rgb == light.rgb  # the first parse had its colours
    assert not refreshed


async def test_a_wrapped_text_areas_rows_are_kept_as_textual_keeps_them():
    """wrapped_row reads Textual's list of (paragraph, wrapped row); its fallback asks the public
    offset_to_location. Both answers agree, and the list is where wrapped_row looks."""
    from bisect import bisect_right

    from textual.geometry import Offset
    from textual.widgets import TextArea

    from plgtui.tui.textual_internals import wrapped_row

    class Wrapped(App):
        def compose(self) -> ComposeResult:
            yield TextArea(
                "een twee drie vier vijf zes zeven acht " * 9 + "\n\nnegen", soft_wrap=True
            )

    app = Wrapped()
    async with app.run_test(size=(40, 20)):
        wrapped = app.query_one(TextArea).wrapped_document
        assert isinstance(getattr(wrapped, "_offset_to_line_info", None), list)
        assert wrapped.height > 3
        for row in range(wrapped.height):
            line_index, column = wrapped.offset_to_location(Offset(0, row))
            section = bisect_right(wrapped.get_offsets(line_index), column)
            assert wrapped_row(wrapped, row) == (line_index, section)
