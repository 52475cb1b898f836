"""Conflicts a merge left: a badge in the header of every screen until they are chosen, and the
held conflict's versions side by side with the words that differ marked (not by colour alone)."""

from __future__ import annotations

from conftest import TODAY
from test_snapshots_reload import merged  # noqa: F401  (the fixture)
from textual.widgets import Static

from plgtui.core.timer import FakeClock
from plgtui.core.word_diff import marked
from plgtui.tui.app import PlgApp
from plgtui.tui.screens.conflicts import MARK, ConflictsScreen


def test_only_the_words_that_differ_are_marked():
    ours, theirs = marked(
        "Rubric voor bronnenanalyse afwerken tegen mei",
        "Rubric voor bronanalyse afwerken tegen juni",
    )
    assert [text for text, differs in ours if differs] == ["bronnenanalyse", "mei"]
    assert [text for text, differs in theirs if differs] == ["bronanalyse", "juni"]
    assert "".join(text for text, _d in ours) == "Rubric voor bronnenanalyse afwerken tegen mei"


def test_words_that_differ_side_by_side_are_one_mark():
    ours, theirs = marked("a b c d", "a x y d")
    assert ours == [("a ", False), ("b c", True), (" d", False)]
    assert theirs == [("a ", False), ("x y", True), (" d", False)]
    assert marked("", "nieuw") == ([], [("nieuw", True)])


def badge(app) -> str:
    return app.sub_title.split(" · ")[0]


async def test_the_badge_is_on_every_screen_until_all_are_chosen(merged):  # noqa: F811
    app = PlgApp(merged, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert badge(app) == "3 botsingen te kiezen"
        await pilot.press("r")  # the meetings: no banner there, the header says it
        await pilot.pause()
        header = app.screen.query_one("HeaderTitle")
        assert "3 botsingen te kiezen" in str(header.render())
        await pilot.press("escape", "k")
        await pilot.pause()
        assert isinstance(app.screen, ConflictsScreen)
        await pilot.press("1")
        await pilot.pause()
        assert badge(app) == "2 botsingen te kiezen"
        await pilot.press("1", "1")
        await pilot.pause()
        assert "botsing" not in app.sub_title


async def test_the_held_conflict_shows_both_versions_with_what_differs_marked(merged):  # noqa: F811
    app = PlgApp(merged, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("k", "down")  # the agreement: changed on one laptop, removed on the other
        await pilot.pause()
        sides = list(app.screen.query(".conflict-side").results(Static))
        assert len(sides) == 2
        first = sides[0].visual
        assert str(first) == "Rubric voor bronnenanalyse afwerken tegen mei"
        assert {first.plain[s.start : s.end] for s in first.spans if s.style == MARK} == {
            "Rubric voor bronnenanalyse afwerken tegen mei"
        }  # against "(verwijderd)" every word differs
        await pilot.press("down")  # the group's name
        await pilot.pause()
        sides = list(app.screen.query(".conflict-side").results(Static))
        texts = [
            {s.visual.plain[span.start : span.end] for span in s.visual.spans if span.style == MARK}
            for s in sides
        ]
        assert texts == [{"Leergroep"}, {"PLG", "Leiestreek"}]
