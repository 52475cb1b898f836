"""A screen shown again costs about what pushing a one-label screen costs (issue 33): what a later
visit used to redo, and that it still shows what it must."""

from __future__ import annotations

from conftest import TODAY

from plgtui.core.timer import FakeClock
from plgtui.tui.app import PlgApp


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
