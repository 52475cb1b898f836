"""Counts follow the plural rule in both languages ("1 stem", "2 stemmen"), and numbers use the
language's decimal separator ("1,5" in Dutch)."""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

import pytest

from plgtui.core import i18n
from plgtui.core.i18n import CATALOGS, ngettext, number
from plgtui.export.minutes import meeting_markdown

PACKAGE = Path(__file__).parent.parent / "plgtui"


def plural_keys(catalog: dict[str, str]) -> set[str]:
    return {k.rsplit(".", 1)[0] for k in catalog if k.endswith((".one", ".many"))}


@pytest.mark.parametrize("lang", CATALOGS)
def test_a_count_is_only_shown_through_the_plural_rule(lang):
    catalog = CATALOGS[lang]
    loose = [k for k, v in catalog.items() if "{count}" in v and not k.endswith((".one", ".many"))]
    assert loose == []
    for key in plural_keys(catalog):
        assert f"{key}.one" in catalog and f"{key}.many" in catalog, key


def test_every_counted_string_in_the_code_has_both_forms_in_both_languages():
    used = set()
    for path in PACKAGE.rglob("*.py"):
        used |= set(re.findall(r'ngettext\(\s*"([\w.]+)"', path.read_text(encoding="utf-8")))
    assert len(used) > 10
    for lang, catalog in CATALOGS.items():
        missing = [k for k in used if f"{k}.one" not in catalog or f"{k}.many" not in catalog]
        assert missing == [], lang


@pytest.mark.parametrize("lang", CATALOGS)
def test_every_counted_string_reads_for_one_and_for_more(lang):
    i18n.set_language(lang)
    for key in sorted(plural_keys(CATALOGS[lang])):
        names = {f for _t, f, _s, _c in Formatter().parse(CATALOGS[lang][f"{key}.many"]) if f}
        params = {name: "X" for name in names - {"count"}}
        one, two = ngettext(key, 1, **params), ngettext(key, 2, **params)
        assert "{" not in one + two and "2" in two, (key, one, two)  # "gisteren" is fine
    if lang == "nl":
        assert (
            ngettext("minutes.votes", 1) == "1 stem" and ngettext("minutes.votes", 3) == "3 stemmen"
        )
        assert ngettext("agenda.followup_more", 1) == "… en nog 1 open afspraak"


def test_numbers_use_the_languages_decimal_separator(workbook):
    assert number(1.5) == "1,5" and number(12.0) == "12" and number(0.25, 2) == "0,25"
    meeting = workbook.journey.meetings[0]
    meeting.blocks[0].actual_minutes = 12.5
    assert "| 12,5 |" in meeting_markdown(workbook.journey, meeting, None)
    i18n.set_language("en")
    assert number(1.5) == "1.5"
    assert "| 12.5 |" in meeting_markdown(workbook.journey, meeting, None)


@pytest.mark.parametrize("lang", CATALOGS)
def test_a_counted_string_counts_one_thing(lang):
    """One count per key: the plural rule picks the words for {count} only, so a second number
    before a word ("{meetings} bijeenkomsten") would read wrong for one; a date, a name or
    "{done} van {count}" and "{minutes} min" are fine."""
    catalog = CATALOGS[lang]
    for key in sorted(plural_keys(catalog)):
        one, many = catalog[f"{key}.one"], catalog[f"{key}.many"]
        fields = [f for _t, f, _s, _c in Formatter().parse(many) if f]
        assert fields.count("count") == 1, key
        others = {f for _t, f, _s, _c in Formatter().parse(one) if f} - {"count"}
        assert others <= set(fields), key
        for text in (one, many):
            for name in set(fields) - {"count", "name", "names", "title", "what", "path", "date"}:
                after = re.search(r"\{" + name + r"\} (\w+)", text)
                assert after is None or after.group(1) in {"van", "of", "min"}, (key, text)


@pytest.mark.parametrize("lang", CATALOGS)
def test_one_of_something_owned_is_not_counted_as_a_number(lang):
    """ "samen met zijn 1 meting" reads badly: the one form says "de ene meting ervan"."""
    clumsy = re.compile(r"\b(zijn|haar|hun|its|their|de|het|the) \{count\}")
    found = [k for k, v in CATALOGS[lang].items() if k.endswith(".one") and clumsy.search(v)]
    assert found == []
