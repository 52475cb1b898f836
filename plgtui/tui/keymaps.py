"""Keys for every keyboard: a preset and the coach's own keys, through Textual's keymaps.

Every key of the live view and the meeting plan has a binding id (`live-next`, `plan-run`,
commands.py). A Belgian AZERTY keyboard types the digits and `.`, `+`, `?` only with Shift, and
`[`, `]` only with AltGr; the screens already take its unshifted keys beside them (`é` for 2,
`=` for +, `;` for .). The AZERTY preset (`plgtui --keys azerty`, remembered in settings.json)
puts those first, so the key bar and help name the keys to press. `keys.txt` in the user data
folder changes any key, one line each, over the preset:

    # id = key[, another key]
    live-next = n, pagedown
    plan-run = enter

Textual applies it (App.set_keymap), so the key bar, F1 and the palette show the keys in force.
A line plgtui cannot use is named in a notice at the start; the rest still applies. So is a
key that takes another binding's key on the same screen (key_clashes.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from plgtui.core import settings
from plgtui.core.i18n import _

FILE = "keys.txt"
# The digits' keys on a Belgian AZERTY keyboard, unshifted (Textual's key names).
DIGIT_ROW = {
    1: "ampersand", 2: "é", 3: "quotation_mark", 4: "apostrophe", 5: "left_parenthesis",
    6: "section_sign", 7: "è", 8: "exclamation_mark", 9: "ç", 0: "à",
}  # fmt: skip
AZERTY_DIGITS = {n: DIGIT_ROW[n] for n in range(2, 9)}  # the live view's group sizes
# The screens whose tabs take 1..n (tabbed.py names their ids after the first tab).
TABBED = {"question": 5, "attendance": 5, "phases": 4}


def digit(number: int) -> str:
    """A digit's key with the same key unshifted on AZERTY beside it (`1,ampersand`)."""
    return f"{number},{DIGIT_ROW[number]}"


def unshifted_first(keys: str) -> str:
    """`1,ampersand` as `ampersand,1`: the key an AZERTY keyboard types without Shift first."""
    first, _sep, rest = keys.partition(",")
    return f"{rest},{first}"


PRESETS: dict[str, dict[str, str]] = {
    "standard": {},
    "azerty": {
        "live-minute-more": "equals_sign,plus",
        "live-minute-less": "minus,underscore",
        "plan-next-meeting": "semicolon,full_stop",
        **{f"live-group-size-{n}": f"{key},{n}" for n, key in AZERTY_DIGITS.items()},
        "room-dots-more": "equals_sign,plus",
        # capitals need Shift: the small letter beside each first
        "live-reshuffle": "d,G",
        "live-unvote": "u,V",
        "live-to-theme": "y,T",
        # `/` is Shift+`:`; `[` and `]` need AltGr; `.` is Shift+`;`
        "search": "colon,slash",
        "question-step-next": "semicolon,right_square_bracket",
        "question-step-previous": "comma,left_square_bracket",
        "minutes-next-meeting": "semicolon,full_stop",
        **{f"conflicts-choose-{n}": unshifted_first(digit(n)) for n in range(1, 10)},
        **{
            f"{first}-tab-{n}": unshifted_first(digit(n))
            for first, count in TABBED.items()
            for n in range(1, count + 1)
        },
    },
}


def preset_names() -> list[str]:
    return list(PRESETS)


def read_file(path: Path, known: set[str]) -> tuple[dict[str, str], list[str]]:
    """The keymap a keys.txt holds, and the lines it could not use (numbered)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, []
    except (OSError, UnicodeError) as exc:
        return {}, [f"{path}: {exc}"]
    keymap: dict[str, str] = {}
    problems: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        name, sep, keys = (part.strip() for part in line.partition("="))
        keys = ",".join(k.strip() for k in keys.split(",") if k.strip())
        if not sep or not keys or name not in known:
            problems.append(_("keymap.bad_line", n=number, line=raw.strip()[:60]))
            continue
        keymap[name] = keys
    return keymap, problems


def keymap(folder: Path | None) -> tuple[dict[str, str], list[str]]:
    """The preset chosen on this computer with the coach's own keys over it."""
    from plgtui.tui.commands import DECLARED

    if folder is None:
        return {}, []
    chosen = settings.load(folder).get("keys", "standard")
    if (folder / FILE).exists():  # the ids of the screens a coach changes keys of
        import plgtui.tui.screens.agenda  # noqa: F401
        import plgtui.tui.screens.live  # noqa: F401
    own, problems = read_file(folder / FILE, set(DECLARED))
    return {**PRESETS.get(chosen, {}), **own}, problems


def apply(app: Any, folder: Path | None) -> None:
    """Set the keys in force; a line that could not be used is said once the app runs."""
    chosen, problems = keymap(folder)
    if chosen:
        app.set_keymap(chosen)
    where = folder / FILE if folder else FILE
    said = []
    if problems:
        said.append(_("keymap.problems", file=where) + "\n" + "\n".join(problems))
    if folder is not None and (folder / FILE).exists():
        from plgtui.tui.key_clashes import clashes  # every screen, only for a coach's own keys

        if found := clashes(type(app), chosen):
            said.append(_("keymap.clashes", file=where) + "\n" + "\n".join(found))
    for message in said:
        app.call_later(app.notify, message, severity="warning", timeout=12, markup=False)
