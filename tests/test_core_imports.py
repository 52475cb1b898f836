"""The core runs without a terminal: importing it must not import Textual."""

import ast
import subprocess
import sys

CORE = [
    "agreements", "attendance", "search", "export", "minutes_changes",
    "export_journey", "export_html", "exporting", "phases", "phase_changes",
    "question_guide", "question_changes",
    "model", "codec", "store", "storage", "journey_text", "rescue", "workbook", "i18n", "content", "validate", "demo",
    "timer", "techniques", "agenda", "agenda_fit", "participants", "settings", "live",
    "meeting_changes",
]


def test_core_does_not_import_textual():
    code = (
        "import sys\n"
        + "".join(f"import plgtui.{name}\n" for name in CORE)
        + "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# Each of these cost a few to twenty milliseconds of every start (bench/startup.py); they are
# imported where they are used instead.
NOT_ON_THE_WAY_TO_THE_FIRST_SCREEN = [
    "filelock", "plgtui.agenda", "plgtui.techniques", "plgtui.screens.live", "plgtui.export",
    "markdown_it", "plgtui.screens.minutes_view", "plgtui.screens.question",
    "plgtui.question_guide",
]


def modules_after_running(tmp_path, wait: str, modules: list[str], present: bool) -> list[str]:
    """Run the app on the demo journey in a fresh process until `wait` (the body of Textual's
    auto_pilot) is done; which of `modules` are then imported (present) or not."""
    from datetime import date

    from plgtui.demo import build_demo
    from plgtui.workbook import Workbook

    path = tmp_path / "journey.json"
    Workbook.create(path, build_demo(date(2026, 5, 20))).close()
    code = (
        "import sys\n"
        "from plgtui import cli\n"
        f"app = cli.prepare(cli.build_parser(None).parse_args([{str(path)!r}]))\n"
        "async def ready(pilot):\n"
        f"{wait}"
        "    pilot.app.exit()\n"
        "app.run(headless=True, size=(80, 24), auto_pilot=ready)\n"
        f"print([m for m in {modules!r} if (m in sys.modules) is {present!r}])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return ast.literal_eval(out.stdout.strip().splitlines()[-1])


def test_the_first_screen_does_not_import_what_it_does_not_need(tmp_path):
    wait = "    await pilot.pause()\n"
    assert modules_after_running(tmp_path, wait, NOT_ON_THE_WAY_TO_THE_FIRST_SCREEN, True) == []


def test_the_other_screens_load_once_the_app_is_idle(tmp_path):
    """After the first screen, while nobody types, the screens are imported one at a time, so
    the first visit to each does not wait for its code."""
    from plgtui.app import PREPARED

    wait = (
        "    for _ in range(200):\n"
        "        if not app.preparing:\n"
        "            break\n"
        "        await pilot.pause(0.05)\n"
    )
    assert modules_after_running(tmp_path, wait, list(PREPARED), False) == []
