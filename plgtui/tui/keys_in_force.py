"""The keys in force, in a steady order and written the same way everywhere (the key bar, F1,
the palette, and the texts that name a key).

A keymap (keymaps.py: the AZERTY preset, keys.txt) makes Textual replace a binding by a copy
per new key, added at the end of the bindings and without its `key_display`. Read as Textual
hands them over, a remapped key would leave its place in the key bar, F1 would list a key's
two names in whatever order the bindings came, and PgDn would be shown as Textual names it
("pgdn"). Here each binding takes back the place its screen declares it in, its keys come in
the keymap's order (the preset's first key first), and a key without its own display is
written as the screen writes it.
"""

from __future__ import annotations

from typing import Any

from textual.binding import Binding

from plgtui.tui.textual_internals import class_bindings, keymap_in_force

# How the screens write keys that Textual writes otherwise (their bindings' key_display).
KEY_NAMES = {"pagedown": "PgDn", "pageup": "PgUp"}


def shown_key(app: Any, binding: Binding) -> str:
    """A binding's key as the key bar shows it, also after a keymap dropped its display."""
    if binding.key_display is None and binding.key in KEY_NAMES:
        return KEY_NAMES[binding.key]
    return app.get_key_display(binding)


def _declared(node: Any) -> dict[object, int]:
    """Each binding's place in its node's class, by id (and by key and action without one)."""
    places: dict[object, int] = {}
    try:
        bound = class_bindings(type(node)).key_to_bindings
    except AttributeError:
        return places
    for n, binding in enumerate(b for bindings in bound.values() for b in bindings):
        places.setdefault(binding.id or (binding.key, binding.action), n)
    return places


def in_order(app: Any, screen: Any) -> list[Any]:
    """The screen's active bindings (Textual's ActiveBinding) in Textual's order, except that
    a binding a keymap changed goes back where its class declares it, its keys in the keymap's
    order."""
    keymap = keymap_in_force(app)
    found = list(screen.active_bindings.values())
    if not keymap:
        return found
    places: dict[int, dict[object, int]] = {}

    def place(active: Any) -> int:
        if id(active.node) not in places:
            places[id(active.node)] = _declared(active.node)
        declared = places[id(active.node)]
        return declared.get(active.binding.id or (active.binding.key, active.binding.action), -1)

    def within(active: Any) -> int:
        keys = keymap[active.binding.id].split(",")
        return keys.index(active.binding.key) if active.binding.key in keys else len(keys)

    kept = [a for a in found if a.binding.id not in keymap]
    moved = sorted(
        (a for a in found if a.binding.id in keymap), key=lambda a: (place(a), within(a))
    )
    for active in moved:
        at = place(active)
        later = (n for n, a in enumerate(kept) if a.node is active.node and place(a) > at)
        same = [n for n, a in enumerate(kept) if a.node is active.node]
        kept.insert(next(later, same[-1] + 1 if same else len(kept)), active)
    return kept


def first_key(app: Any, screen: Any, binding_id: str) -> str:
    """The first key in force of a binding of the screen, as shown; "" when it has none."""
    for active in in_order(app, screen):
        if active.binding.id == binding_id:
            return shown_key(app, active.binding)
    return ""


def groups_hint(screen: Any) -> str:
    """The live view's groups panel: its keys as they are in force (`d` and `é`…`!` on AZERTY)."""
    from plgtui.core.i18n import _

    app = screen.app
    smallest = first_key(app, screen, "live-group-size-2")
    largest = first_key(app, screen, "live-group-size-8")
    between = "-" if (smallest + largest).isdigit() else "…"
    return _(
        "live.groups_hint",
        reshuffle=first_key(app, screen, "live-reshuffle"),
        sizes=f"{smallest}{between}{largest}",
        back=first_key(app, screen, "live-groups"),
    )


def cycle_hint(screen: Any) -> str:
    """The question screen's line under the inquiry cycle, with its step keys in force (`;` and
    `,` on AZERTY, where `]` and `[` need AltGr)."""
    from plgtui.core.i18n import _

    app = screen.app
    return _(
        "question.cycle_hint",
        next=first_key(app, screen, "question-step-next"),
        previous=first_key(app, screen, "question-step-previous"),
    )
