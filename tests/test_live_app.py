"""Pilot tests of planning and running a meeting, driven by keys as the coach would."""

from __future__ import annotations

from conftest import TODAY
from live_fixtures import live_app, running_meeting
from textual.widgets import Input, OptionList, Select

from plgtui.core.model import BlockKind, MeetingStatus
from plgtui.core.timer import FakeClock
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp
from plgtui.tui.dialogs.confirm import ConfirmScreen
from plgtui.tui.dialogs.meeting_forms import BlockForm, NewMeetingForm
from plgtui.tui.dialogs.start_questions import PlanDoesNotFit
from plgtui.tui.screens.agenda import AgendaScreen
from plgtui.tui.screens.live import LiveScreen
from plgtui.tui.widgets.big_clock import BigClock
from plgtui.tui.widgets.list_table import ListTable


def make_app(workbook, clock) -> PlgApp:
    return PlgApp(workbook, today=lambda: TODAY, clock=clock)


async def test_plan_run_and_end_a_meeting_with_one_two_four_all(workbook):
    clock = FakeClock()
    path = workbook.path
    app = make_app(workbook, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        assert isinstance(app.screen, NewMeetingForm)
        assert app.screen.focused.id == "date"  # the form opens on the date
        await pilot.press("tab", *"Werkbijeenkomst", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, AgendaScreen)
        meeting = app.screen.meeting
        assert meeting.title == "Werkbijeenkomst" and meeting.blocks[0].kind is BlockKind.WELCOME

        # A 1-2-4-all block after the welcome, chosen from the technique list.
        await pilot.press("a")
        assert isinstance(app.screen, BlockForm)
        assert app.screen.focused.id == "technique"  # the form opens on the technique
        await pilot.press("enter", *"1-2-4", "enter")  # found by typing part of its name
        await pilot.pause()
        assert app.screen.query_one("#technique", Select).value == "1-2-4-all"
        assert app.screen.query_one("#title", Input).value == "1-2-4-allen"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, AgendaScreen)
        assert [b.technique for b in meeting.blocks][:2] == ["", "1-2-4-all"]
        assert app.screen.query_one(ListTable).cursor_row == 1

        # Run it: the plan is longer than the meeting and it was planned for next week, so it
        # asks twice (start as it is; hold it today); then the welcome, then PageDown to the
        # 1-2-4-all block.
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, PlanDoesNotFit)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Vandaag houden?" in app.screen.question
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        assert meeting.date == TODAY  # held today, dated today
        await pilot.press("space")
        clock.advance(5 * 60)
        await pilot.press("pagedown")
        await pilot.pause()
        assert app.ticker.live.block.technique == "1-2-4-all"
        assert app.screen.query_one(BigClock).text == "1:00"

        # Three ideas, typed as people speak; Escape keeps the last one too.
        await pilot.press("i", *"Bronnen uit de krant", "enter")
        await pilot.pause()
        # on the panel behind the input as soon as it is saved, not after Escape
        assert app.screen_stack[-2].query_one("#ideas", OptionList).option_count == 1
        await pilot.press(*"[b]Tijdlijn[/b]", "enter")
        await pilot.press(*"Kaart in kleur", "escape")
        await pilot.pause()
        ideas = app.screen.query_one("#ideas", OptionList)
        assert ideas.option_count == 3
        assert "[b]Tijdlijn[/b]" in str(ideas.get_option_at_index(1).prompt)

        # Two votes for the second idea, one for the first.
        await pilot.press("v", "down", "v", "v")
        clock.advance(60)
        for _ in range(4):  # the four steps of 1-2-4-all, then the next block
            await pilot.press("pagedown")
        await pilot.pause()
        assert app.ticker.live.block.kind is BlockKind.FOLLOWUP

        await pilot.press("ctrl+e", "y")
        await pilot.pause()
        assert app.ticker is None
        assert not isinstance(app.screen, LiveScreen)

    workbook.close()
    again = Workbook.open(path)
    saved = again.journey.meetings[-1]
    assert saved.status is MeetingStatus.CLOSED and saved.live is None
    block = saved.blocks[1]
    assert block.technique == "1-2-4-all" and [s.minutes for s in block.steps] == [1, 2, 4, 5]
    assert saved.blocks[0].actual_minutes == 5.0 and block.actual_minutes == 1.0
    assert [(i.text, i.votes) for i in saved.ideas] == [
        ("Bronnen uit de krant", 1),
        ("[b]Tijdlijn[/b]", 2),
        ("Kaart in kleur", 0),
    ]
    again.close()


async def test_keys_move_the_clock_and_switching_screens_never_stops_it(workbook):
    clock = FakeClock()
    running_meeting(workbook, clock, 88)
    app = live_app(workbook, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)  # a running meeting resumes at start
        big = app.screen.query_one(BigClock)
        assert big.text == "3:32"
        await pilot.press("plus", "plus", "minus")
        assert big.text == "4:32"
        await pilot.press("space")
        clock.advance(30)
        await pilot.press("r")
        assert big.text == "5:00" and not app.ticker.live.running
        await pilot.press("space", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, LiveScreen)
        clock.advance(61)
        app.ticker.changed()
        assert app.sub_title.startswith("● 3:59")
        keys = app.screen.query_one("KeyBar").render().plain
        assert keys.startswith(" l Terug naar live"), keys  # first, while the meeting runs
        await pilot.press("l")
        assert isinstance(app.screen, LiveScreen)
        assert app.screen.query_one(BigClock).text == "3:59"


async def test_a_tick_while_the_app_closes_finds_no_screen_and_stops(workbook):
    """Textual takes the screens down while the app's timers may still fire; a tick then must
    neither show the status (there is no screen) nor plan another one."""
    clock = FakeClock()
    running_meeting(workbook, clock, 88)
    app = live_app(workbook, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        ticker = app.ticker
        assert ticker._timer is not None
    assert not app.screen_stack
    ticker._tick()  # as a timer that fired during the shutdown would
    assert ticker._timer is None and not ticker._beeps


async def test_the_meeting_stops_before_the_screens_come_down(workbook):
    """The app stops the countdown, its beeps and the header's status before Textual takes the
    screens down (the live view's last status update used to find none: ScreenStackError)."""
    clock = FakeClock()
    running_meeting(workbook, clock, 88)
    app = live_app(workbook, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        ticker = app.ticker
        assert ticker._timer is not None
        app.before_close()  # what closing does first, the screens still there
        app.sub_title = "as it was"
        clock.advance(10)
        ticker._tick()  # a timer that fired all the same
        app.show_live_status()  # the live view's call_later as it is taken down
        assert ticker._timer is None and not ticker._beeps and app.sub_title == "as it was"


async def test_cues_ring_and_flash_at_zero(workbook, monkeypatch):
    workbook.group.set_time_up(signal=True)  # the group asked for the bell (off by default)
    clock = FakeClock()
    running_meeting(workbook, clock, 170)
    app = live_app(workbook, clock)
    beeps = []
    async with app.run_test(size=(80, 24)) as pilot:
        monkeypatch.setattr(app, "bell", lambda: beeps.append(1))
        await pilot.pause()
        big = app.screen.query_one(BigClock)
        assert big.has_class("-normal")
        # A five-minute step: wrap up at 100 s (a third), last stretch at 50 s (a sixth).
        clock.advance(35)  # 95 s left
        app.ticker._tick()
        await pilot.pause(0.1)
        assert big.has_class("-wrap-up") and len(beeps) == 1
        clock.advance(50)  # 45 s left
        app.ticker._tick()
        await pilot.pause(0.5)
        assert big.has_class("-last-minute") and len(beeps) == 3
        clock.advance(50)
        app.ticker._tick()
        await pilot.pause(0.9)
        assert big.has_class("-overtime") and len(beeps) == 6
        assert big.text == "-0:05"


async def test_groups_and_turns(workbook):
    clock = FakeClock()
    live = running_meeting(workbook, clock, 10)
    app = live_app(workbook, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        groups = live.meeting.groups
        assert sorted(len(g) for g in groups) == [4, 4]  # the 8 teachers, not the coach
        await pilot.press("3")
        assert sorted(len(g) for g in live.meeting.groups) == [2, 3, 3]
        shown = app.screen.query_one("#groups").visual.plain
        assert "Groepje 3:" in shown and "Annelies Peeters" in shown
        assert "Katrien Goossens" not in shown
        await pilot.press("t", "enter", "enter")
        await pilot.pause()
        assert len(live.state.spoken) == 2
        turns = app.screen.query_one("#turns", OptionList)
        assert "2 van 8" in str(turns.border_title)


async def test_projector_key_hides_all_but_block_questions_and_clock(workbook):
    clock = FakeClock()
    running_meeting(workbook, clock, 10)
    app = live_app(workbook, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        side = app.screen.query_one("#live-side")
        assert side.display
        await pilot.press("f")
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()  # the new layout lands a refresh later on a busy machine
        assert not side.display and app.screen.query_one("#live-prompts").display
        assert app.screen.query_one(BigClock).size.width == 78  # the clock fills the width
        await pilot.press("escape")
        assert isinstance(app.screen, LiveScreen) and side.display


async def test_a_broken_techniques_file_is_reported_not_fatal(workbook, tmp_path, monkeypatch):
    import shutil

    from plgtui.core import content

    root = tmp_path / "content"
    shutil.copytree(content.content_root(), root)
    (root / "nl" / "techniques.md").write_text("## Kapot\n\nfasen: 4\n- 3 min · x · y\n")
    monkeypatch.setattr(content, "content_root", lambda: root)
    app = make_app(workbook, FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        total = app.screen.query_one("#agenda-total").visual.plain
        assert "techniques.md, line 1: 'Kapot' has no 'id:'" in total
        await pilot.press("a")
        assert "has no 'id:'" in app.screen.query_one("#form-error").visual.plain
        await pilot.press("escape", "n", "tab", *"Met sjabloon")
        app.screen.query_one("#template").toggle()  # its brainstorm needs the techniques
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NewMeetingForm)
        assert "has no 'id:'" in app.screen.query_one("#form-error").visual.plain


async def test_a_members_tick_from_another_laptop_lands_during_the_live_meeting(workbook):
    """The coach runs the meeting on the projector; meanwhile Bert ticks his agreement done on
    his own laptop and the shared folder brings his file over. The meeting goes on where it
    was, the idea typed just now stays, and his tick is in."""
    import json

    from plgtui.core.atomic_storage import dump_json, write_atomic

    clock = FakeClock()
    live = running_meeting(workbook, clock, seconds_in=30)
    block, step = live.state.block, live.state.step
    open_one = next(a for a in workbook.journey.agreements if a.is_open)
    app = make_app(workbook, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        data = json.loads(workbook.path.read_text(encoding="utf-8"))  # Bert's copy, from now
        await pilot.press("i", *"Bronnen uit de krant", "enter", "escape")
        await pilot.pause()
        data["agreements"][str(open_one.id)]["status"] = "done"  # Bert's laptop, saved apart
        data["agreements"][str(open_one.id)]["status_changed"] = TODAY.isoformat()
        write_atomic(workbook.path, dump_json(data))
        app.disk.check()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)  # the meeting opened again where it was
        assert (app.ticker.live.state.block, app.ticker.live.state.step) == (block, step)
        assert any("samengevoegd" in n.message for n in app._notifications)
        meeting = workbook.journey.meeting(live.meeting.id)
        assert "Bronnen uit de krant" in [i.text for i in meeting.ideas]
        saved = json.loads(workbook.path.read_text(encoding="utf-8"))
        assert saved["agreements"][str(open_one.id)]["status"] == "done"
        assert "Bronnen uit de krant" in [
            i["text"] for i in saved["meetings"][str(meeting.id)]["ideas"]
        ]
