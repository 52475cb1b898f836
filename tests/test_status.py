"""`plgtui status`: the running meeting in plain lines for a screen reader, and --follow's one
line per change, read from the group's file while the app (here: a workbook) runs it."""

from __future__ import annotations

import io
import sys

from live_fixtures import running_meeting

from plgtui import cli, cli_status
from plgtui.core.timer import FakeClock


def test_no_meeting_running(demo_path, capsys):
    assert cli.main(["status", str(demo_path)]) == 0
    assert capsys.readouterr().out == "Er loopt geen bijeenkomst.\n"


def test_a_missing_file_is_refused(tmp_path, capsys):
    assert cli.main(["status", str(tmp_path / "weg.json")]) == 2
    assert "weg.json" in capsys.readouterr().err


def test_where_the_meeting_stands(workbook):
    clock = FakeClock()
    live = running_meeting(workbook, clock, 88)
    out = io.StringIO()
    assert cli_status.report(workbook.path, out, follow=False, clock=clock) == 0
    lines = out.getvalue().splitlines()
    block, step = live.block, live.step  # the demo's words, whatever they are
    assert lines[0] == f"Bijeenkomst: {live.meeting.title}"
    assert lines[1] == f"Blok 2/4 · Brainstorm: {block.title}"
    assert lines[2] == f"Stap 4/4: {step.title} ({step.who})"
    assert lines[3] == "nog 3:32"
    assert lines[4:] == [f"Vraag: {q}" for q in live.prompts()]  # a brainstorm asks questions
    assert "█" not in out.getvalue() and "\x1b" not in out.getvalue()  # no digits drawn, no colour


def test_follow_prints_a_line_for_each_change_and_stops_cleanly(workbook):
    clock = FakeClock()
    live = running_meeting(workbook, clock, 88)
    happens = iter(
        [
            lambda: clock.advance(1),  # nothing worth a line
            lambda: clock.advance(119),  # 92 s left: wrap up
            live.toggle,  # paused
            live.toggle,  # runs again
            lambda: clock.advance(100),  # past zero
            live.next,  # the next block
            live.end,
        ]
    )

    def sleep(seconds: float) -> None:
        try:
            next(happens)()
        except StopIteration:
            raise KeyboardInterrupt from None  # Ctrl+C

    out = io.StringIO()
    assert cli_status.report(workbook.path, out, follow=True, clock=clock, sleep=sleep) == 0
    lines = out.getvalue().splitlines()
    start = lines.index("nog 3:32")
    after = [line for line in lines[start + 1 :] if not line.startswith("Vraag: ")]
    assert after == [
        "nog 1:32 · tijd om af te ronden",
        "nog 1:32 · tijd om af te ronden · gepauzeerd",
        "loopt weer · nog 1:32 · tijd om af te ronden",
        "tijd is om · over tijd: 0:08",
        *after[4:-1],  # the next block, as the demo names it
        "Er loopt geen bijeenkomst.",
    ]
    assert after[4].startswith("Blok 3/4 · ") and after[-2].startswith("nog ")


def test_english(workbook):
    from plgtui.core.i18n import set_language

    clock = FakeClock()
    running_meeting(workbook, clock, 258)
    set_language("en")
    out = io.StringIO()
    cli_status.report(workbook.path, out, follow=False, clock=clock)
    assert out.getvalue().splitlines()[3] == "0:42 left · almost up"


def test_status_imports_no_textual():
    import subprocess

    code = "import sys; from plgtui import cli_status; print(any(m.startswith('textual') for m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_reader_that_stops_reading_ends_it_quietly(workbook):
    """`plgtui status demo.json | head -3`: no BrokenPipeError traceback, exit status 0."""
    import os
    import subprocess

    running_meeting(workbook, FakeClock(), 88)
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line
    try:
        done = subprocess.run(
            [sys.executable, "-m", "plgtui", "status", str(workbook.path)],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=60,
        )
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (0, "")
