"""A screen shown again costs about what pushing a one-label screen costs (issue 33): what a later
visit used to redo, and that it still shows what it must."""

from __future__ import annotations

from conftest import TODAY

from plgtui.core.timer import FakeClock
from plgtui.tui.app import PlgApp
from plgtui.tui.base.form import _value
from plgtui.tui.dialogs.meeting_forms import NewMeetingForm


def app_for(workbook) -> PlgApp:
    return PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())


def count_restyles(screen) -> list[int]:
    """Calls of the screen's whole restyle (Textual's `update_node_styles` on the screen)."""
    calls: list[int] = []
    real = screen.update_node_styles

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    screen.update_node_styles = counted
    return calls


async def test_a_kept_screen_shown_again_is_restyled_only_after_the_theme_changed(workbook):
    app = app_for(workbook)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        phases = app.screen
        await pilot.press("escape")
        await pilot.pause()
        restyles = count_restyles(phases)
        await pilot.press("f")
        await pilot.pause()
        assert app.screen is phases and restyles == []
        await pilot.press("escape")
        await pilot.pause()
        before = phases.styles.background
        app.theme = "plgtui-light" if app.theme != "plgtui-light" else "plgtui-dark"
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        assert app.screen is phases and restyles != []
        overview = app.screen_stack[0]  # in the stack, so restyled by Textual with the theme
        assert phases.styles.background == overview.styles.background != before


async def test_the_agenda_is_kept_and_shown_again_at_the_next_meeting(workbook):
    app = app_for(workbook)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        plan = app.screen
        following = plan.meeting_id
        await pilot.press("down", "comma")  # another block, then the meeting before it
        await pilot.pause()
        assert plan.meeting_id != following
        await pilot.press("escape", "m")
        await pilot.pause()
        assert app.screen is plan and plan.meeting_id == following
        assert plan.query_one("#blocks").cursor_row == 0
        assert plan.meeting.title in str(plan.query_one("#agenda-head").render())


async def test_the_new_meeting_form_is_kept_and_shown_again_as_it_opened(workbook):
    app = app_for(workbook)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("m", "n")
        await pilot.pause()
        form = app.screen
        opened = form._values()
        await pilot.press("tab", *"Extra", "tab", "ctrl+a", *"Aula", "escape", "y")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is form and form._values() == opened and not form.has_typing()
        assert form.focused is form.query_one("#date")
        await pilot.press("tab", *"Extra", "ctrl+s")
        await pilot.pause()
        plan = app.screen
        assert plan.meeting.title == "Extra"
        await pilot.press("n")  # the journey changed: filled again, as a new form would be
        await pilot.pause()
        assert app.screen is form and not form.has_typing()
        new = {w.id: _value(w) for _label, w in NewMeetingForm().fields() if w.id in ids(form)}
        assert {f.id: _value(f) for f in form._fields()} == new
        assert new["date"] != opened[0]  # that day is taken now
        assert str(form.query_one("#followup").label) == str(NewMeetingForm()._followup_label())


def ids(form) -> set[str]:
    return {field.id for field in form._fields()}


async def test_the_palette_opens_on_a_plain_background_and_the_theme_picker_shows_the_screen(
    workbook,
):
    """Blending the screen beneath into the palette's dimmed backdrop was a quarter of each
    opening; the theme picker keeps it, so that a theme is seen on the screen as it is tried."""
    app = app_for(workbook)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert type(app.screen).__name__ == "WordedPalette"
        assert app.screen.styles.background.a == 1
        await pilot.press("escape")
        await pilot.pause()
        app.search_themes()
        await pilot.pause()
        assert app.screen.styles.background.a < 1


async def test_the_palette_reads_the_screens_keys_once(workbook, monkeypatch):
    """Textual walks the focus chain at each reading of `active_bindings`; the palette's lines
    read it once, not once per command."""
    from textual.screen import Screen

    from plgtui.tui.commands import palette_commands

    app = app_for(workbook)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        reads: list[int] = []
        real = Screen.active_bindings

        def counted(screen):
            reads.append(1)
            return real.fget(screen)

        monkeypatch.setattr(Screen, "active_bindings", property(counted))
        lines = list(palette_commands(app, app.screen))
        assert len(lines) > 10 and len(reads) == 1
        titles = [title for title, _line, _run in lines]
        assert len(titles) == len(set(titles))
