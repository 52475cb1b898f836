"""A bad moment on disk never stops saving for good, and no key typed while a merge swaps the
screens is lost or lands elsewhere (issue 30, "Saving never stops for good").

Tested the way it was found: a real second writer leaves the file half-written for 2.5 s while
the app, driven by keys, is writing the minutes' notes."""

from __future__ import annotations

import json
import threading
import time

from conftest import TODAY
from textual import events

from plgtui.core.atomic_storage import dump_json, write_atomic
from plgtui.core.timer import FakeClock
from plgtui.tui.app import PlgApp
from plgtui.tui.controllers import disk
from plgtui.tui.screens.minutes import MinutesScreen

PAUSE = 2.5  # how long the other program leaves the file half-written


def other_laptop(path, name: str) -> str:
    """The file as another laptop's plgtui would save it: the group renamed."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["group"]["1"]["name"] = name
    return dump_json(data)


def write_slowly(path, text: str, started: threading.Event) -> None:
    """Another program writing in place: truncate, half, a pause, the rest."""
    raw = text.encode("utf-8")
    with open(path, "r+b") as handle:
        handle.truncate(0)
        handle.write(raw[: len(raw) // 2])
        handle.flush()
        started.set()
        time.sleep(PAUSE)
        handle.write(raw[len(raw) // 2 :])
        handle.flush()


async def wait_until(pilot, condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        await pilot.pause(0.1)
    return condition()


def on_disk(path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return {}



LOG = []
T0 = time.monotonic()

def log(*a):
    LOG.append((round(time.monotonic() - T0, 3), threading.current_thread().name[:10]) + a)

def instrument(monkeypatch):
    C = disk.DiskController
    for name in ["check", "found", "unreadable", "retry", "_stop_retry", "changed", "ask", "_answered"]:
        orig = getattr(C, name)
        def wrap(self, *a, _o=orig, _n=name, **k):
            r = _o(self, *a, **k)
            log(_n, [str(x)[:80] for x in a], "->", str(r)[:60], "conflict", self.conflict, "reloading", self._reloading, "unreadable", self._unreadable, "retry", self._retry is not None)
            return r
        monkeypatch.setattr(C, name, wrap)
    for name in ["merge_in", "start_again"]:
        orig = getattr(C, name)
        async def awrap(self, *a, _o=orig, _n=name, **k):
            log(_n + " start", [str(x)[:40] for x in a])
            try:
                r = await _o(self, *a, **k)
            except BaseException as e:
                log(_n + " RAISED", repr(e))
                raise
            log(_n + " end", str(r)[:80], "conflict", self.conflict)
            return r
        monkeypatch.setattr(C, name, awrap)

def instrument2(monkeypatch):
    from plgtui.core.changes.writer import Writer
    from plgtui.core import atomic_storage as A
    orig = Writer.announce
    def ann(self, table, ids, problem="", conflict=False):
        log("announce", table, ids, problem[:50], conflict)
        return orig(self, table, ids, problem, conflict)
    monkeypatch.setattr(Writer, "announce", ann)
    of = A.AtomicJSONStorage.flush
    def fl(self):
        try:
            of(self)
            log("flush ok")
        except BaseException as e:
            log("flush FAIL", type(e).__name__)
            raise
    monkeypatch.setattr(A.AtomicJSONStorage, "flush", fl)

def dump(app, workbook, path):
    d = app.disk
    print("STATE conflict", d.conflict, "reloading", d._reloading, "unreadable", d._unreadable, "retry", d._retry, "timers", [(t._name, t._active.is_set() if hasattr(t, "_active") else None) for t in d._timers])
    print("unsaved", workbook.unsaved, "changed_on_disk", workbook.changed_on_disk(), "screen", app.screen, "stack", app.screen_stack)
    print("workers", [(w.name, w.group, w.state) for w in app.workers])
    print("group mem", workbook.journey.group.name, "disk", on_disk(path).get("group", {}).get("1", {}).get("name"))
    print("notifications", [(n.title, n.message[:100]) for n in app._notifications])
    for e in LOG:
        print(*e)
async def test_dbg(workbook, monkeypatch):
    instrument(monkeypatch)
    instrument2(monkeypatch)
    LOG.clear()
    monkeypatch.setattr(disk, "CHECK_SECONDS", 0.3)  # many looks land in the bad moment
    path = workbook.path
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
      try:
          await pilot.press("r", "w")
          await pilot.pause()
          await pilot.press("2", *"Eerst")
          minutes = app.screen
          assert isinstance(minutes, MinutesScreen)
          meeting = str(minutes.meeting_id)
          assert await wait_until(pilot, lambda: "Eerst" in path.read_text(encoding="utf-8"), 5)
          started = threading.Event()
          writer = threading.Thread(
              target=write_slowly, args=(path, other_laptop(path, "Van Bert"), started)
          )
        log("TEST writer start")
        writer.start()
          started.wait(5)
          await pilot.press(*" tijdens")  # typed while the file is half-written
          await pilot.pause(1.0)
          await pilot.press(*" ook")
          while writer.is_alive():
              await pilot.pause(0.1)
          writer.join()
          log("TEST writer done")

          def landed() -> bool:
              saved = on_disk(path)
              return (
                  saved.get("group", {}).get("1", {}).get("name") == "Van Bert"
                  and "Eerst tijdens ook" in saved["meetings"][meeting]["notes"]
              )

          assert await wait_until(pilot, landed, 8), on_disk(path).get("group")
          assert not workbook.unsaved and not app.disk.conflict
          # A later change from another laptop is merged in too, without a key.
        log("TEST write Van Carla")
        write_atomic(path, other_laptop(path, "Van Carla"))
          assert await wait_until(pilot, lambda: workbook.journey.group.name == "Van Carla", 5)
          assert "Eerst tijdens ook" in on_disk(path)["meetings"][meeting]["notes"]
          assert isinstance(app.screen, MinutesScreen)  # still writing where the coach was
          await pilot.press(*" daarna")
          assert await wait_until(
              pilot, lambda: "Eerst tijdens ook daarna" in path.read_text(encoding="utf-8"), 5
          )
          assert on_disk(path)["group"]["1"]["name"] == "Van Carla"
      except BaseException:
        dump(app, workbook, path)
        raise
