"""Typing is not lost: what a tester found typed into the wrong place or thrown away."""

from __future__ import annotations

from evidence_fixtures import app_for, live_at, with_evidence
from textual.app import App
from textual.widgets import Button

from plgtui.tui.dialogs.confirm import ConfirmScreen
from plgtui.tui.dialogs.evidence_forms import ScoreForm


async def test_after_no_to_a_name_the_cursor_is_back_on_the_field_with_the_name(tmp_path):
    book = with_evidence(tmp_path / "e.json")
    member = next(m for m in book.journey.members if len(m.name.split()) > 1).name
    live, clock = live_at(book, "assessment-conference")
    app = app_for(book, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("s")
        form = app.screen
        assert isinstance(form, ScoreForm)
        await pilot.press(*member, "tab", "tab", "2", "tab", "3", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is form
        assert form.focused is form.query_one("#sample")
        await pilot.press("ctrl+a", *"W11")  # typing goes to the code, the score stays
        assert form.query_one("#criterion-1").value == "3"


class _Asks(App):
    def __init__(self, **kw) -> None:
        super().__init__()
        self.kw = kw
        self.answer: object = "none yet"

    def on_mount(self) -> None:
        self.push_screen(ConfirmScreen("?", **self.kw), lambda a: setattr(self, "answer", a))


async def test_yes_comes_before_no_in_every_question_and_the_safe_one_has_focus():
    for kw, enter_means in (({}, False), ({"yes_first": True}, True)):
        app = _Asks(**kw)
        async with app.run_test() as pilot:
            await pilot.pause()
            labels = [str(b.label) for b in app.screen.query(Button)]
            assert labels[0].startswith("Ja") and labels[1].startswith("Nee"), labels
            await pilot.press("enter")
            await pilot.pause()
            assert app.answer is enter_means
