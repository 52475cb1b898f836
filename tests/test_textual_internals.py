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


def test_the_checkbox_button_and_the_selection_gutter_are_where_ticks_replace_them():
    from textual.widgets import Checkbox, SelectionList

    assert any(isinstance(vars(b).get("_button"), property) for b in Checkbox.__mro__)
    assert callable(getattr(SelectionList, "_get_left_gutter_width", None))


def test_a_screen_resume_can_skip_the_restyle():
    assert ScreenResume(refresh_styles=False).refresh_styles is False


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
                if attr.startswith("_") and not attr.startswith("__") and attr not in MADE_BY_TEXTUAL:
                    if any(attr in vars(b) for b in bases):
                        overriding.append(f"{name}.{attr}")
    assert overriding == []
