"""Speed as a user meets it (issue 33): the running app in a pseudo-terminal, driven by keys.

    python bench/user_speed.py [JOURNEY] [--rounds 5]      # JOURNEY: demo (default) or a file

Each round starts `plgtui` (the venv's) on a scratch copy of the journey in a 160x45
pseudo-terminal, and beside it the floor, bench/bare_app.py (one label, a one-label screen, a
TextArea holding the same notes), each in a fresh process. After every key the bench waits until
the process is idle (its CPU time in /proc/<pid>/stat has not grown for 0.3 s, and it was
never seen runnable in that time) and records the CPU
time (utime + stime, all threads) it spent. /proc counts in clock ticks (10 ms), so small figures
are coarse; the 20 keys in the notes are summed and divided. Figures are medians over the rounds.

Each screen is visited twice (first and later visit) in plgtui and in the floor screens of
bench/floor_screens.py (`bare_app.py --floors`: the same data shown with Textual's own widgets,
a screen built anew at each visit); first visits are held against the floor's first visit
(target 1.2), later visits against the floor's later visit (target 0.5).
"""

from __future__ import annotations

import argparse
import fcntl
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = HERE.parent / ".venv" / "bin"
TICK_MS = 1000 / os.sysconf("SC_CLK_TCK")
QUIET = 0.3
SCREENS = {"r": "meetings", "f": "phases", "q": "question", "g": "group", "t": "attendance",
           "m": "meeting plan"}  # fmt: skip
# from the meetings list, which is not counted: (name, key counted, Escapes back to the start)
FROM_MEETINGS = (("read minutes", "\r", 2), ("write minutes", "w", 2))
ESC, ENTER, CTRL_P = "\x1b", "\r", "\x10"
TYPED = "abcdefghij klmnopqr "  # 20 keys
SEARCHED = "feedback"  # typed in search (/), each key waited for

NOTES_OF_MEETING = """
import asyncio, sys
from pathlib import Path
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp
async def main():
    app = PlgApp(Workbook.open(Path(sys.argv[1])))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause(1)
        await pilot.press("r", "w")
        await pilot.pause(0.5)
        Path(sys.argv[2]).write_text(app.screen.meeting.notes, encoding="utf-8")
asyncio.run(main())
"""


class Running:
    """One process in a pseudo-terminal; its output is read and thrown away so it never blocks."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 45, 160, 0, 0))
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
        )
        os.close(slave)
        self.master = master
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        try:
            while os.read(self.master, 65536):
                pass
        except OSError:
            pass

    def _stat(self) -> list[str]:
        with open(f"/proc/{self.proc.pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()

    def cpu_ms(self) -> float:
        fields = self._stat()
        return (int(fields[11]) + int(fields[12])) * TICK_MS

    def _cpu_and_waiting(self) -> tuple[float, bool]:
        """CPU ms, and whether the main thread is runnable: on a busy machine a process waiting
        for a core spends no CPU, and that is not idle."""
        fields = self._stat()
        return (int(fields[11]) + int(fields[12])) * TICK_MS, fields[0] == "R"

    def rss_mib(self) -> float:
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        raise RuntimeError("no VmRSS")

    def idle(self, timeout: float = 60) -> float:
        """Wait until the CPU time has not grown for QUIET seconds; return it."""
        last, since, end = self.cpu_ms(), time.perf_counter(), time.perf_counter() + timeout
        while time.perf_counter() < end:
            time.sleep(0.02)
            now, waiting = self._cpu_and_waiting()
            if now != last or waiting:
                last, since = now, time.perf_counter()
            elif time.perf_counter() - since >= QUIET:
                return now
        raise TimeoutError(f"{self.proc.args[0]} never went idle")

    def key(self, keys: str) -> float:
        """Send keys, wait for idle, return the CPU ms they cost."""
        before = self.cpu_ms()
        os.write(self.master, keys.encode())
        return self.idle() - before

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()
        os.close(self.master)


def env_for(tmp: Path) -> dict[str, str]:
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="160", LINES="45")
    env["PLGTUI_DATA_DIR"] = str(tmp / "data")
    env.pop("TEXTUAL", None)
    # Compiled modules are cached, as an installed package's are (pip compiles them); with
    # PYTHONDONTWRITEBYTECODE set, every launch would compile plgtui (and the core the bare app
    # opens the file with) again, some 100 ms a user never meets. bench/startup.py does the same.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def typing(app: Running) -> float:
    """CPU ms per key over 20 keys, each waited for, plus what comes after the last (plgtui's
    autosave fires DELAY = 0.8 s after a change, so 1 s later it has run)."""
    before = app.cpu_ms()
    for c in TYPED:
        app.key(c)
    time.sleep(1.0)
    return (app.idle() - before) / len(TYPED)


def paced(app: Running, pace: float = 0.125) -> float:
    """CPU ms per key over 20 keys typed at 8 keys a second without waiting for idle, as a quick
    typist; then 1 s for the autosave, as in typing()."""
    before = app.cpu_ms()
    for c in TYPED:
        os.write(app.master, c.encode())
        time.sleep(pace)
    time.sleep(1.0)
    return (app.idle() - before) / len(TYPED)


def visits(app: Running, got: dict[str, float]) -> None:
    """Every screen, a first and a later visit, each key waited for; the same in both apps."""
    for visit in ("first", "later"):
        for key, name in SCREENS.items():
            got[f"{name}, {visit} visit"] = app.key(key)
            got[f"{name}, back ({visit})"] = app.key(ESC)
        for name, key, back in FROM_MEETINGS:
            app.key("r")
            got[f"{name}, {visit} visit"] = app.key(key)
            got[f"{name}, back ({visit})"] = sum(app.key(ESC) for _ in range(back))


def settled(app: Running) -> float:
    """CPU ms of what the app does by itself in the second after it first went idle (plgtui's
    warm-up starts 0.5 s after the first screen: screens' code, a large journey's records).
    Counted apart, so that the first visit counts what its own key costs; without this wait
    the warm-up fell into whichever key came first (the meetings' first visit)."""
    before = app.cpu_ms()
    time.sleep(1.0)
    return app.idle() - before


def drive_plgtui(journey: Path, tmp: Path) -> dict[str, float]:
    copy = tmp / "journey.json"
    shutil.copy(journey, copy)
    app = Running([str(VENV / "plgtui"), str(copy)], env_for(tmp))
    try:
        got = {"startup": app.idle()}
        got["settling after startup"] = settled(app)
        visits(app, got)
        app.key("r")
        app.key("w")
        app.key("2")  # the notes tab, focused, cursor at the end
        got["a key in the notes"] = typing(app)
        got["a key in the notes, 8 keys/s"] = paced(app)
        app.key(ESC)
        app.key(ESC)
        palette_and_memory(app, got)
        app.key("/")  # search as you type, after the memory figure (one screen more)
        got["a key in search"] = statistics.mean(app.key(c) for c in SEARCHED)
        app.key(ESC)
        return got
    finally:
        app.stop()


def palette_and_memory(app: Running, got: dict[str, float]) -> None:
    """The palette opened twice, then the resident memory: the same in plgtui and the floor."""
    got["palette open"] = app.key(CTRL_P)
    app.key(ESC)
    got["palette open, again"] = app.key(CTRL_P)
    app.key(ESC)
    got["memory MiB"] = app.rss_mib()


def drive_floors(journey: Path, tmp: Path) -> dict[str, float]:
    argv = [str(VENV / "python"), str(HERE / "bare_app.py"), "--floors", str(journey)]
    app = Running(argv, env_for(tmp))
    try:
        got = {"startup": app.idle()}
        got["settling after startup"] = settled(app)
        visits(app, got)
        return got
    finally:
        app.stop()


def drive_bare(journey: Path | None, notes: Path, tmp: Path, full: bool) -> dict[str, float]:
    argv = [str(VENV / "python"), str(HERE / "bare_app.py"), "--notes", str(notes)]
    if journey:
        argv += ["--journey", str(journey)]
    app = Running(argv, env_for(tmp))
    try:
        got = {"startup": app.idle()}
        if not full:
            return got
        got["one-label push, first"] = app.key("s")
        app.key(ESC)
        later = []
        for _ in range(5):  # five pushes, for a finer figure than one clock tick
            later.append(app.key("s"))
            app.key(ESC)
        got["one-label push, later"] = statistics.mean(later)
        app.key("a")
        got["a key in a bare TextArea"] = typing(app)
        got["a key in a bare TextArea, 8 keys/s"] = paced(app)
        app.key(ESC)
        palette_and_memory(app, got)
        return got
    finally:
        app.stop()


def row(name: str, ours: float, floor: float, floor_name: str, target: float | None) -> str:
    ratio = ours / floor if floor else float("inf")
    verdict = ""
    if target is not None:
        verdict = f"target {target:g}: " + (
            "met" if ratio <= target else f"missed, {100 * (ratio / target - 1):.0f}% over"
        )
    return f"  {name:34} {ours:8.1f} {floor:8.1f} {ratio:6.2f}  {floor_name:28} {verdict}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("journey", nargs="?", default="demo")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if args.journey == "demo":
            journey = tmp / "demo.json"
            subprocess.run([str(VENV / "plgtui"), "demo", str(journey), "--no-open"],
                           check=True, capture_output=True, env=env_for(tmp))  # fmt: skip
        else:
            journey = Path(args.journey)
        notes = tmp / "notes.txt"
        subprocess.run([str(VENV / "python"), "-c", NOTES_OF_MEETING, str(journey), str(notes)],
                       check=True, capture_output=True, cwd=HERE.parent, env=env_for(tmp))  # fmt: skip
        chars = len(notes.read_text(encoding="utf-8"))
        rounds: dict[str, list[dict[str, float]]] = {
            "plgtui": [], "bare": [], "bare+file": [], "floors": []
        }  # fmt: skip
        for n in range(args.rounds):
            rounds["bare"].append(drive_bare(None, notes, tmp, full=False))
            rounds["bare+file"].append(drive_bare(journey, notes, tmp, full=True))
            rounds["floors"].append(drive_floors(journey, tmp))
            rounds["plgtui"].append(drive_plgtui(journey, tmp))
            print(f"round {n + 1} of {args.rounds} done", file=sys.stderr)
    med = {k: {f: statistics.median(r[f] for r in v) for f in v[0]} for k, v in rounds.items()}
    ours, bare, held, floors = med["plgtui"], med["bare"], med["bare+file"], med["floors"]
    push_first, push_later = held["one-label push, first"], held["one-label push, later"]
    print(
        f"{args.journey}: CPU ms of the process, median of {args.rounds} rounds; "
        f"the notes hold {chars} characters"
    )
    print(f"  {'action':34} {'plgtui':>8} {'floor':>8} {'ratio':>6}  floor")
    print(
        row(
            "startup",
            ours["startup"],
            bare["startup"],
            "bare app",
            1.35 if args.journey == "demo" else None,
        )
    )
    print(
        row(
            "startup",
            ours["startup"],
            held["startup"],
            "bare app opening the file",
            None if args.journey == "demo" else 1.2,
        )
    )
    what = "settling after startup"
    print(row(what, ours[what], floors[what], "floor screens' app, settling", None))
    names = [*SCREENS.values(), *(name for name, _key, _back in FROM_MEETINGS)]
    for visit, target in (("first", 1.2), ("later", 0.5)):
        for name in names:
            what = f"{name}, {visit} visit"
            print(row(what, ours[what], floors[what], f"its floor screen, {visit}", target))
    for visit, floor in (("first", push_first), ("later", push_later)):
        for name in names:
            what = f"{name}, {visit} visit"
            print(row(what, ours[what], floor, f"one-label push, {visit}", None))
    for visit in ("first", "later"):
        for name in names:
            print(
                row(
                    f"{name}, back ({visit})",
                    ours[f"{name}, back ({visit})"],
                    push_later,
                    "one-label push, later",
                    None,
                )
            )
    print(
        row(
            "a key in the notes",
            ours["a key in the notes"],
            held["a key in a bare TextArea"],
            "a key in a bare TextArea",
            1.5,
        )
    )
    print(
        row(
            "a key in the notes, 8 keys/s",
            ours["a key in the notes, 8 keys/s"],
            held["a key in a bare TextArea, 8 keys/s"],
            "a key in a bare TextArea, 8 keys/s",
            1.5,
        )
    )
    for when in ("palette open", "palette open, again"):
        print(row(when, ours[when], push_later, "one-label push, later", 3))
        print(row(when, ours[when], held[when], "bare app's palette", None))
    what = "a key in search"
    print(row(what, ours[what], push_later, "one-label push, later", 3))
    print(
        row(
            "memory MiB (VmRSS)",
            ours["memory MiB"],
            held["memory MiB"],
            "bare app holding the file",
            1.5,
        )
    )


if __name__ == "__main__":
    main()
