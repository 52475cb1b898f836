"""The theme: chosen with --theme or Textual's theme picker, and remembered per user."""

from __future__ import annotations

from conftest import TODAY

from plgtui import cli
from plgtui.core import settings
from plgtui.tui.app import PlgApp


async def test_a_chosen_theme_is_opened_with_next_time(workbook, tmp_path):
    folder = tmp_path / "me"
    app = PlgApp(workbook, today=lambda: TODAY, settings_dir=folder)
    assert app.theme == "plgtui-dark"  # plgtui's own dark theme by default
    async with app.run_test() as pilot:
        await pilot.press("ctrl+p", *"thema")  # Textual's theme picker, from the palette
        await pilot.pause()
        app.theme = "plgtui-light"
        await pilot.pause()
    assert settings.load(folder) == {"theme": "plgtui-light"}
    again = PlgApp(workbook, today=lambda: TODAY, settings_dir=folder)
    assert again.theme == "plgtui-light"
    given = PlgApp(workbook, today=lambda: TODAY, settings_dir=folder, theme="textual-dark")
    assert given.theme == "textual-dark"  # --theme wins over what was remembered


def test_an_unknown_theme_is_refused_with_the_names(demo_path, capsys):
    assert cli.main(["--theme", "paars", str(demo_path)]) == 2
    err = capsys.readouterr().err
    assert "paars" in err and "plgtui-light" in err


def test_a_broken_settings_file_means_the_defaults(tmp_path):
    (tmp_path / settings.NAME).write_text("{nope", encoding="utf-8")
    assert settings.load(tmp_path) == {}
    (tmp_path / settings.NAME).write_text('["theme"]', encoding="utf-8")
    assert settings.load(tmp_path) == {}
    assert settings.save(tmp_path, theme="plgtui-light")
    assert settings.load(tmp_path) == {"theme": "plgtui-light"}
    assert PlgApp(None, settings_dir=tmp_path / "missing").theme == "plgtui-dark"


def test_the_saved_theme_is_ignored_when_it_no_longer_exists(tmp_path):
    settings.save(tmp_path, theme="weg")
    assert PlgApp(None, settings_dir=tmp_path).theme == "plgtui-dark"
