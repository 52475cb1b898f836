import re
import string
from datetime import date
from pathlib import Path

import pytest

from plgtui.core import i18n
from plgtui.core.i18n import _, format_date, ngettext
from plgtui.core.locales import en, nl

PACKAGE = Path(i18n.__file__).parent


def _fields(message: str) -> set[str]:
    return {f for _t, f, _s, _c in string.Formatter().parse(message) if f}


def test_catalogs_have_the_same_keys_and_placeholders():
    assert nl.MESSAGES.keys() == en.MESSAGES.keys()
    for key, message in nl.MESSAGES.items():
        assert _fields(message) == _fields(en.MESSAGES[key]), key


def test_every_literal_key_in_the_code_is_in_the_catalog():
    pattern = re.compile(r'(?:\b_|ngettext)\(\s*"([a-z_.0-9]+)"|"((?:key|readonly)\.[a-z_.]+)"')
    used = set()
    for path in PACKAGE.rglob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            used.add(match.group(1) or match.group(2))
    plural = {k.rsplit(".", 1)[0] for k in nl.MESSAGES if k.endswith((".one", ".many"))}
    missing = sorted(k for k in used if k not in nl.MESSAGES and k not in plural)
    assert missing == []


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
