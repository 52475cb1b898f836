"""`plgtui serve`: the command, the page it serves, and the live meeting in a real browser."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import TODAY

from plgtui.cli import main
from plgtui.core.live import LiveMeeting
from plgtui.core.timer import FakeClock
from plgtui.core.workbook import Workbook
from plgtui.tui import serve as web

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
DOCS_SHOT = os.environ.get("PLGTUI_SERVE_SCREENSHOT")  # set to refresh the README's picture


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_command_for_each_browser_session_is_quoted(tmp_path):
    journey = tmp_path / "met spatie & zo.json"
    command = web.command_for(journey, projector=True, lang="en", read_only=False)
    assert "'" + str(journey.resolve()) + "'" in command
    assert command.endswith("--projector --lang en")
    assert web.url("::1", 8000) == "http://[::1]:8000"


def test_without_textual_serve_it_says_how_to_install_it(demo_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)
    assert main(["serve", str(demo_path)]) == 2
    assert "pip install 'plgtui[web]'" in capsys.readouterr().err


def test_a_bad_journey_is_refused_before_serving(tmp_path, capsys):
    path = tmp_path / "kapot.json"
    path.write_text("{", encoding="utf-8")
    assert main(["serve", str(path)]) == 2
    assert "geen geldige JSON" in capsys.readouterr().err


def test_another_address_than_this_computer_is_warned_about(demo_path, capsys, monkeypatch):
    started = []

    class FakeServer:
        def __init__(self, command, host, port, key, limit):
            started.append((command, host, port, limit))

        def serve(self):
            pass

    monkeypatch.setattr(web, "guarded_server", FakeServer)
    monkeypatch.setattr(web, "port_problem", lambda host, port: "")  # 8000 may be taken here
    assert main(["serve", str(demo_path), "--host", "0.0.0.0", "--port", "8123"]) == 0
    out = capsys.readouterr()
    assert "Iedereen op dat netwerk" in out.err
    # The address others on the network reach it by, not 0.0.0.0, and only that one.
    assert f"{web.url(web.reachable('0.0.0.0'), 8123)}/?key=" in out.out
    assert out.out.count("http://") == 1
    assert started[0][1:] == ("0.0.0.0", 8123, web.DEFAULT_LIMIT)
    assert main(["serve", str(demo_path)]) == 0
    assert "Iedereen" not in capsys.readouterr().err


def test_a_port_in_use_is_refused_before_anything_starts(demo_path, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", str(demo_path), "--port", str(port)]) == 2
    out = capsys.readouterr()
    assert "kan niet starten" in out.err and f"127.0.0.1:{port}" in out.err and not out.out


def start_serving(journey: Path, port: int, env: dict | None = None) -> subprocess.Popen:
    """plgtui serve, answering; its printed address (with the key) is in `process.address`."""
    process = subprocess.Popen(
        [sys.executable, "-m", "plgtui", "serve", str(journey), "--port", str(port),
         "--projector"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, **(env or {})},
    )  # fmt: skip
    printed = process.stdout.readline()
    process.address = re.search(r"http://\S+", printed).group(0)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(process.address, timeout=1) as answer:
                if answer.status == 200:
                    return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    pytest.fail("plgtui serve did not answer: " + printed + (process.stdout.read() or ""))


def stop(process: subprocess.Popen) -> str:
    process.terminate()
    try:
        out, _ = process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        out, _ = process.communicate()
    return out


def test_serve_answers_with_the_page(demo_path):
    port = free_port()
    process = start_serving(demo_path, port)
    try:
        with urllib.request.urlopen(process.address, timeout=5) as answer:
            page = answer.read().decode("utf-8")
        assert "<html" in page.lower() and "plgtui" in page
    finally:
        out = stop(process)
    assert process.address.startswith(f"http://127.0.0.1:{port}/?key=")
    assert "http://" not in out  # the one address was the first line, none came after


@pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="Chromium and chromedriver are not installed (.ci/run installs Debian's chromium "
    "and chromium-driver where apt-get can)",
)
def test_the_live_meeting_in_headless_chromium(demo_path, tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    book = Workbook.open(demo_path)
    upcoming = book.journey.next_meeting(TODAY)
    LiveMeeting.start(book, upcoming.id, FakeClock())
    book.close()
    trace = tmp_path / "screens.txt"
    port = free_port()
    process = start_serving(demo_path, port, {"PLGTUI_TRACE_SCREENS": str(trace)})
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                 "--window-size=1280,800"):  # fmt: skip
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    try:
        driver.get(process.address)
        deadline = time.monotonic() + 45
        while time.monotonic() < deadline:
            if trace.exists() and "LiveScreen" in trace.read_text(encoding="utf-8"):
                break
            time.sleep(0.25)
        else:
            pytest.fail("the live meeting view did not appear in the browser")
        time.sleep(2)  # let the browser draw what the app sent
        shot = tmp_path / "serve-live.png"
        driver.save_screenshot(str(shot))
        # A drawn screen, not an empty page: a blank page of this size is about 4 KB; the live
        # view in the flat colours of plgtui's dark theme, 17 KB.
        assert shot.stat().st_size > 10_000
        if DOCS_SHOT:
            shutil.copy(shot, DOCS_SHOT)
        assert "LiveScreen editing" in trace.read_text(encoding="utf-8")
        driver.switch_to.new_window("tab")  # a second browser session on the same journey
        driver.get(process.address)
        deadline = time.monotonic() + 45
        while " locked" not in trace.read_text(encoding="utf-8"):  # opened read-only
            if time.monotonic() > deadline:
                pytest.fail("the second session did not open read-only: " + trace.read_text())
            time.sleep(0.25)
    finally:
        driver.quit()
        stop(process)


async def knock(address: str, origin: str, key: bool = True) -> int:
    """Open the app's websocket as a page at `origin` would: the status of the handshake."""
    import aiohttp

    base, found_key = address.split("/?key=")
    ws = base.replace("http://", "ws://") + "/ws" + (f"/{found_key}" if key else "")
    async with aiohttp.ClientSession() as session:
        try:
            async with session.ws_connect(
                f"{ws}?width=80&height=24", headers={"Origin": origin}
            ) as socket_:
                await socket_.close()
                return 101
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status


async def test_only_the_page_plgtui_served_may_connect(demo_path):
    port = free_port()
    process = start_serving(demo_path, port)
    try:
        without_key = process.address.split("?")[0]
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(without_key, timeout=5)
        assert refused.value.code == 403
        own = f"http://127.0.0.1:{port}"
        assert await knock(process.address, "http://evil.example") == 403
        assert await knock(process.address, own, key=False) == 403
        assert await knock(process.address, own) == 101
    finally:
        stop(process)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
async def test_sessions_end_when_the_server_is_killed(demo_path):
    import asyncio
    import signal

    import aiohttp

    from plgtui.core.journey_file import try_lock

    port = free_port()
    process = start_serving(demo_path, port)
    base, key = process.address.split("/?key=")
    ws = base.replace("http://", "ws://") + f"/ws/{key}?width=80&height=24"
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(ws, headers={"Origin": base}) as browser:
            deadline = time.monotonic() + 20
            while True:  # until the session holds the lock
                reason, lock = try_lock(demo_path)
                if reason is not None:
                    break
                lock.release()
                assert time.monotonic() < deadline, "no session started"
                await asyncio.sleep(0.2)
            process.send_signal(signal.SIGKILL)
            process.wait()
            await browser.close()
    deadline = time.monotonic() + 15
    while True:
        reason, lock = try_lock(demo_path)
        if reason is None:
            lock.release()
            break
        assert time.monotonic() < deadline, "the session still holds the journey's lock"
        await asyncio.sleep(0.25)
