"""Search as Flemish teachers type: without the accents (a dead key on AZERTY, often left out),
and a list that says when it stops at its limit instead of passing that off as the count (both
found by a tester on a ten-year journey: 'cooperatief' found nothing, '200 resultaten' read as
the total)."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import TODAY
from textual.widgets import OptionList

from plgtui.core.search import LIMIT, search, word_pattern
from plgtui.core.timer import FakeClock
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp


def test_words_typed_without_accents_find_them_and_the_other_way_round(workbook):
    meeting = workbook.journey.last_meeting(TODAY)
    workbook.minutes.set_notes(meeting.id, "Het coöperatief leren in 3B liep goed.\nZoë las voor.")
    for query in ("cooperatief", "COÖPERATIEF", "zoe", "Zoë las"):
        hits = search(workbook.journey, query)
        assert [h.meeting_id for h in hits][:1] == [meeting.id], query
    hit = search(workbook.journey, "cooperatief leren", context=5)[0]
    assert hit.text == "Het coöperatief lere…"  # cut around the word itself
    workbook.minutes.set_notes(meeting.id, "cafe zonder accent")
    assert search(workbook.journey, "café")[0].meeting_id == meeting.id


def test_a_word_finds_its_letters_with_and_without_accents():
    text = "Émile, Zoë en François: coöperatief, ça va, één keer".casefold()
    for word in ("emile", "ÉMILE", "zoe", "francois", "cooperatief", "coöperatief", "ca", "een"):
        assert word_pattern(word).search(text), word
    assert not word_pattern("zoo").search(text)
    assert word_pattern("a.b").search("a.b") and not word_pattern("a.b").search("axb")


async def test_the_list_says_when_there_are_more_than_it_shows(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from make_journey import build

    path = tmp_path / "groot.json"
    Workbook.create(path, build(meetings=80, members=6)).close()
    book = Workbook.open(path)
    app = PlgApp(book, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", "e")
        await pilot.pause()
        listing = app.screen.query_one(OptionList)
        assert listing.option_count == LIMIT
        assert str(listing.border_title) == f"Meer dan {LIMIT} resultaten: typ een woord meer"
        await pilot.press(*"zzz-niets")
        await pilot.pause()
        assert str(listing.border_title) == "0 resultaten"
    book.close()
