import re
import string
from datetime import date
from pathlib import Path

import pytest

from plgtui.core import i18n
from plgtui.core.i18n import _, format_date, ngettext
from plgtui.core.locales import en, nl

PACKAGE = Path(i18n.__file__).parent
CODE = PACKAGE.parent  # plgtui/


def _fields(message: str) -> set[str]:
    return {f for _t, f, _s, _c in string.Formatter().parse(message) if f}


def test_catalogs_have_the_same_keys_and_placeholders():
    assert nl.MESSAGES.keys() == en.MESSAGES.keys()
    for key, message in nl.MESSAGES.items():
        assert _fields(message) == _fields(en.MESSAGES[key]), key


def source_trees():
    import ast

    for path in CODE.rglob("*.py"):
        if "locales" not in path.parts:
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def built_here(arg) -> bool:
    import ast

    if isinstance(arg, (ast.JoinedStr, ast.BinOp)):
        return True
    return isinstance(arg, ast.Call) and getattr(arg.func, "attr", "") in ("format", "join")


def test_no_message_key_is_built_at_run_time():
    """`_()` and `ngettext()` get a key written out in the source (or taken from core.labels),
    never one made of pieces, so the next test sees every key."""
    import ast

    built = []
    for path, tree in source_trees():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "ngettext")
                and node.args
                and built_here(node.args[0])
                and path.name != "i18n.py"  # ngettext adds .one or .many: checked in test_plurals
            ):
                built.append(f"{path.name}:{node.lineno}")
    assert built == []


def test_every_key_in_the_code_is_in_both_catalogs():
    """Every string in the code that reads as a message key exists in Dutch and English, so a
    missing key fails here instead of showing its name (or English) to someone."""
    import ast

    prefixes = {k.split(".", 1)[0] for k in nl.MESSAGES}
    plural = {k.rsplit(".", 1)[0] for k in nl.MESSAGES if k.endswith((".one", ".many"))}
    shape = re.compile(r"[a-z_]+(\.[a-z0-9_]+)+")
    used: dict[str, str] = {}
    for path, tree in source_trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if text.rsplit(".", 1)[-1] in ("md", "json", "py", "tcss", "html", "css", "js"):
                    continue  # a file's name
                if shape.fullmatch(text) and text.split(".", 1)[0] in prefixes:
                    used.setdefault(text, f"{path.name}:{node.lineno}")
    assert len(used) > 500
    for catalog in (nl.MESSAGES, en.MESSAGES):
        missing = sorted(
            f"{k} ({where})" for k, where in used.items() if k not in catalog and k not in plural
        )
        assert missing == [], missing


def test_dates_are_written_in_the_language():
    day = date(2026, 3, 4)
    assert format_date(day, weekday=True) == "woensdag 4 maart 2026"
    i18n.set_language("en")
    assert format_date(day) == "4 March 2026"


def test_plurals_and_parameters():
    assert ngettext("overview.member_count", 1) == "1 lid"
    assert ngettext("overview.member_count", 3) == "3 leden"
    assert _("input.required", field="{name}") == "{name} mag niet leeg zijn."


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="nl, en"):
        i18n.set_language("fr")
