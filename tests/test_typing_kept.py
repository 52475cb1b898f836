"""Typing is not lost: what a tester found typed into the wrong place or thrown away."""

from __future__ import annotations

from evidence_fixtures import app_for, live_at, with_evidence
from textual import events
from textual.app import App
from textual.widgets import Button

from plgtui.tui.dialogs.confirm import ConfirmScreen
from plgtui.tui.dialogs.evidence_forms import GoalForm, ScoreForm


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


async def _reading_typed(pilot, value: str) -> None:
    await pilot.press("q", "5", "m", "enter", "down", "enter", "tab", *value, "tab", "tab")
    await pilot.press(*"getypt voor ctrl-q")


async def test_ctrl_q_asks_before_a_form_s_typing_is_lost_and_saves_it(tmp_path):
    from plgtui.tui.dialogs.evidence_forms import ReadingForm
    from plgtui.tui.dialogs.quit_form import FormQuitScreen

    book = with_evidence(tmp_path / "e.json")
    app = app_for(book)
    async with app.run_test(size=(120, 40)) as pilot:
        await _reading_typed(pilot, "61")
        form = app.screen
        assert isinstance(form, ReadingForm)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, FormQuitScreen)  # asked, not gone
        await pilot.press("escape")  # back: the typing is still there
        await pilot.pause()
        assert app.screen is form and form.query_one("#note").value == "getypt voor ctrl-q"
        await pilot.press("ctrl+q", "ctrl+s")
        await pilot.pause()
    assert not app.is_running
    assert book.journey.readings[-1].note == "getypt voor ctrl-q"
    assert "getypt voor ctrl-q" in book.path.read_text("utf-8")


async def test_a_form_the_workbook_refuses_stays_open_on_ctrl_q_and_says_why(tmp_path):
    from plgtui.tui.dialogs.evidence_forms import ReadingForm

    book = with_evidence(tmp_path / "e.json")
    count = len(book.journey.readings)
    app = app_for(book)
    async with app.run_test(size=(120, 40)) as pilot:
        await _reading_typed(pilot, "610")  # not a percentage
        await pilot.press("ctrl+q", "ctrl+s")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ReadingForm)
        assert str(app.screen.query_one("#form-error").render())
        await pilot.press("ctrl+q", "n")  # quit without the form
        await pilot.pause()
    assert not app.is_running
    assert len(book.journey.readings) == count


async def _burst(pilot, *keys: str) -> None:
    """Keys as a terminal sends them when typed fast: all of them before any is handled
    (pilot.press waits until each key is handled, so it never shows the race)."""
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(pilot.app)
        pilot.app._driver.send_message(event)
    await pilot.pause()


async def _goal_form(pilot) -> GoalForm:
    await pilot.press("q", "5")
    await pilot.pause()
    await pilot.press("g")
    await pilot.pause()
    assert isinstance(pilot.app.screen, GoalForm)
    return pilot.app.screen


async def test_keys_typed_fast_after_enter_go_to_the_next_field(tmp_path):
    app = app_for(with_evidence(tmp_path / "e.json"))
    async with app.run_test(size=(120, 40)) as pilot:
        form = await _goal_form(pilot)
        await pilot.press(*"lezen", "tab", "tab")
        assert app.focused is form.query_one("#classes")
        await _burst(pilot, "3", "C", "enter", "1", "enter", "4")
        typed = [form.query_one(f"#{name}").value for name in ("classes", "low", "high")]
        assert typed == ["3C", "1", "4"]


async def test_enter_after_choosing_in_a_dropdown_goes_to_the_next_field(tmp_path):
    app = app_for(with_evidence(tmp_path / "e.json"))
    async with app.run_test(size=(120, 40)) as pilot:
        form = await _goal_form(pilot)
        kind = form.query_one("#kind")
        await pilot.press(*"lezen", "enter")
        assert app.focused is kind
        await pilot.press("enter")  # just arrived: Enter opens the list
        assert kind.expanded
        await pilot.press("down", "down", "enter")  # chosen
        assert not kind.expanded and app.focused is kind
        await pilot.press("enter")  # and on
        assert app.focused is form.query_one("#classes")
        await pilot.press("shift+tab", "enter")  # back on it later: Enter opens it again
        assert kind.expanded


async def test_f1_in_a_form_says_what_enter_does(tmp_path):
    from plgtui.tui.screens.help import HelpScreen

    app = app_for(with_evidence(tmp_path / "e.json"))
    async with app.run_test(size=(120, 40)) as pilot:
        await _goal_form(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = dict(app.screen.key_rows())
        assert "Volgend veld (in een keuzelijst: eerst kiezen, dan verder)" in rows.values(), rows
