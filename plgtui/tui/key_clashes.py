"""A key in keys.txt that another binding of the same screen already has.

Textual gives the key to the binding the keymap names and drops the other one's binding for it
without a word (App.handle_bindings_clash does nothing), so a coach who writes `live-idea = n`
loses the reading's only key and never learns why. Here every screen's bindings get the keymap
once, at the start, and each clash becomes a line of the notice: which key, which action keeps
it, which loses it, and the key that one still has, if any (Textual keeps its other keys).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator

from textual.binding import Binding, BindingsMap
from textual.screen import Screen

from plgtui.core.i18n import _


def _screens() -> Iterator[type]:
    import plgtui.tui.screens

    for found in pkgutil.iter_modules(plgtui.tui.screens.__path__, "plgtui.tui.screens."):
        importlib.import_module(found.name)

    def below(cls: type) -> Iterator[type]:
        for sub in cls.__subclasses__():
            yield sub
            yield from below(sub)

    yield from (c for c in below(Screen) if c.__module__.startswith("plgtui."))


def _name(binding: Binding) -> str:
    from plgtui.tui.commands import DECLARED, label

    found = DECLARED.get(binding.id or "")
    return label(binding.description) or (
        _(found.title) if found and found.title else binding.action
    )


def clashes(app_class: type, keymap: dict[str, str]) -> list[str]:
    """A line per key that hides another binding of a screen, each said once."""
    from plgtui.tui.textual_internals import class_bindings, normal_keymap

    lines: dict[str, None] = {}
    normal = normal_keymap(keymap)
    for cls in [app_class, *_screens()]:
        before = class_bindings(cls).key_to_bindings
        named = {b.id: b for bound in before.values() for b in bound if b.id in normal}
        after = class_bindings(cls).copy()
        after.apply_keymap(normal)  # Textual's own list of clashes leaves out bindings with ids
        given: dict[str, Binding] = {}  # key -> the binding keys.txt gave it, on this screen
        for id, binding in named.items():
            for key in normal[id].split(","):
                others = [b for b in before.get(key, []) if b.id not in normal]
                if key in given:
                    others.append(given[key])
                given.setdefault(key, binding)
                for hidden in others:
                    if hidden.action != binding.action:
                        lines.setdefault(_line(key, binding, hidden, after), None)
    return list(lines)


def _line(key: str, kept: Binding, hidden: Binding, after: BindingsMap) -> str:
    left = [
        k
        for k, bound in after.key_to_bindings.items()
        if any(b.action == hidden.action for b in bound)
    ]
    words = dict(pressed=key, kept=_name(kept), hidden=_name(hidden))
    if left:
        return _("keymap.clash", **words, other=", ".join(left))
    return _("keymap.clash_lost", **words)
