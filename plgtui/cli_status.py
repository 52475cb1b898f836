"""`plgtui status [JOURNEY] [--follow]`: the running meeting as plain lines, without Textual.

For a screen reader or a braille display in a terminal, which cannot read the block digits of
the live view: where the meeting stands (block, step, time left, the questions), and with
--follow one line each time something changes (another step, a pause, a stage of the time,
the meeting ended). It only reads the group's file, where the running meeting's state is
saved (core/live.py), so it runs beside the plgtui that holds the meeting, even on another
computer that shares the file. It polls once a second; Ctrl+C stops it (exit status 0).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from plgtui.cli_parser import Parser
from plgtui.closed_pipe import quiet_stdout
from plgtui.core import labels, prompt_kinds
from plgtui.core.i18n import LANGUAGES, _, set_language
from plgtui.core.journey_file import JourneyError
from plgtui.core.journey_parse import refuse_broken_link
from plgtui.core.stage_words import stage_word
from plgtui.core.timer import Clock, Stage, SystemClock, format_clock

EXIT_OK, EXIT_USAGE = 0, 2
POLL = 1.0  # seconds


def parser() -> argparse.ArgumentParser:
    p = Parser(prog="plgtui status", description=_("cli.status"))
    p.add_argument("journey", nargs="?", type=Path, help=_("cli.journey"))
    p.add_argument("--follow", action="store_true", help=_("cli.status_follow"))
    p.add_argument("--lang", choices=LANGUAGES, help=_("cli.lang"))
    return p


@dataclass(frozen=True)
class Seen:
    """What a line is printed for when it changes."""

    meeting: int | None
    block: int = -1
    step: int = -1
    running: bool = False
    stage: Stage = Stage.NORMAL


def time_line(live) -> str:
    """'Nog 3:32 · tijd om af te ronden', 'over tijd: 0:42 · gepauzeerd'."""
    left = live.remaining()
    stage = live.stage()
    if left <= 0:
        text = _("status.over", time=format_clock(-left).lstrip("-"))
    else:
        text = _("status.left", time=format_clock(left))
    words = [text]
    if stage not in (Stage.NORMAL, Stage.OVERTIME):
        words.append(stage_word(live, stage))
    if not live.running:
        words.append(_("status.paused"))
    return " · ".join(words)


def where_lines(live) -> list[str]:
    """The block, the step and its time, then the questions on screen."""
    state, block = live.state, live.block
    kind = _(labels.BLOCK_KIND[block.kind.value])
    title = (
        block.title
        if block.title.casefold().startswith(kind.casefold())
        else f"{kind}: {block.title}"
    )
    lines = [_("live.block_of", n=state.block + 1, total=len(live.meeting.blocks)) + f" · {title}"]
    if block.steps:
        step = live.step
        who = f" ({step.who})" if step.who else ""
        lines.append(
            _("live.step_of", n=state.step + 1, total=len(block.steps)) + f": {step.title}{who}"
        )
    lines.append(time_line(live))
    lines.extend(prompt_kinds.labelled(live))
    return lines


def change_lines(before: Seen, now: Seen, live) -> list[str]:
    """Only what changed, each time in one or a few lines."""
    if now.meeting is None:
        return [_("status.none")] if before.meeting is not None else []
    if before.meeting != now.meeting:
        return [_("status.meeting", title=live.meeting.title), *where_lines(live)]
    if (before.block, before.step) != (now.block, now.step):
        return where_lines(live)
    if before.running != now.running:
        return [time_line(live) if not now.running else _("status.runs") + " · " + time_line(live)]
    if before.stage != now.stage:
        return [
            time_line(live)
            if now.stage is not Stage.OVERTIME
            else _("status.time_up") + " · " + time_line(live)
        ]
    return []


class Watch:
    """The group's file, read again whenever it changed on disk."""

    def __init__(self, path: Path, clock: Clock) -> None:
        self.path = path
        self.clock = clock
        self._stamp: tuple[int, int, int] | None = None
        self._workbook = None

    def live(self):
        """The running meeting as the file says now, or None."""
        from plgtui.core.live import LiveMeeting
        from plgtui.core.workbook import Workbook

        info = os.stat(self.path)
        stamp = (info.st_mtime_ns, info.st_size, info.st_ino)
        if stamp != self._stamp or self._workbook is None:
            fresh = Workbook.open(self.path, read_only=True)
            self.close()
            self._workbook, self._stamp = fresh, stamp
        workbook = self._workbook
        running = [m for m in workbook.journey.meetings if m.live is not None]
        if not running:
            return None
        return LiveMeeting(workbook, running[0].id, self.clock)

    def close(self) -> None:
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None


def current(live) -> list[str]:
    """Where the running meeting stands, in full; or that none runs."""
    if live is None:
        return [_("status.none")]
    return [_("status.meeting", title=live.meeting.title), *where_lines(live)]


def token(seen: Seen) -> str:
    """A Seen as text, for a browser to send back (serve_status.py)."""
    if seen.meeting is None:
        return ""
    return f"{seen.meeting}.{seen.block}.{seen.step}.{int(seen.running)}.{seen.stage.value}"


def from_token(text: str) -> Seen | None:
    """The Seen a browser sent; None for nothing seen yet or anything else."""
    parts = text.split(".")
    try:
        meeting, block, step, running = (int(p) for p in parts[:4])
        return Seen(meeting, block, step, bool(running), Stage(parts[4]))
    except (ValueError, IndexError):
        return Seen(None) if text == "-" else None


def seen(live) -> Seen:
    if live is None:
        return Seen(None)
    state = live.state
    return Seen(live.meeting_id, state.block, state.step, live.running, live.stage())


def report(path: Path, out: TextIO, follow: bool, clock: Clock | None = None,
           sleep: Callable[[float], None] = time.sleep) -> int:  # fmt: skip
    watch = Watch(path, clock or SystemClock())
    try:
        live = watch.live()
        before = seen(live)
        for line in current(live):
            print(line, file=out, flush=True)
        while follow:
            sleep(POLL)
            try:
                live = watch.live()
            except (OSError, JourneyError):
                continue  # half-written by another program: read it at the next look
            now = seen(live)
            for line in change_lines(before, now, live):
                print(line, file=out, flush=True)
            before = now
    except KeyboardInterrupt:
        pass
    finally:
        watch.close()
    return EXIT_OK


def run(args: argparse.Namespace, data_dir: Path) -> int:
    path: Path = args.journey or data_dir / "journey.json"
    try:
        refuse_broken_link(path)
        if not path.exists():
            print(_("cli.nothing_to_read", path=path), file=sys.stderr)
            return EXIT_USAGE
        if args.lang is None:
            from plgtui.cli_merge import group_language

            set_language(group_language(path))
        return report(path, sys.stdout, args.follow)
    except BrokenPipeError:  # `| head -3`: the reader has what it wanted
        quiet_stdout()
        return EXIT_OK
    except JourneyError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
