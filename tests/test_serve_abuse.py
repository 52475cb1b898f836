"""`plgtui serve` under load and abuse (issue 30): tabs closed at once never keep the journey's
lock, a session saves before it ends, a few sessions at most, only this server's names, no
listing of /static/, one address printed and no key in the log.

Real servers and real websockets, on the loopback only, each test bounded in count and time."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import aiohttp
import pytest

from plgtui.core.journey_file import try_lock

pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals and pipes as on Linux")

TABS = 12  # tabs opened and closed at once
AT_ONCE = 3  # of them at the same time
ENDED = 25  # seconds every session has to end once its tab is gone, on a loaded machine
SILENT = 15  # seconds for a tab that stops answering: unanswered pings, then as above


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(journey, *extra: str, env: dict | None = None) -> subprocess.Popen:
    """plgtui serve, answering; `process.address` is the address it printed (with the key)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "plgtui", "serve", str(journey), "--port", str(port), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, **(env or {})},
    )  # fmt: skip
    printed = process.stdout.readline()
    process.printed = [printed]
    # Read all along, as a terminal would: a server blocked writing its log serves nobody.
    threading.Thread(target=lambda: process.printed.extend(process.stdout), daemon=True).start()
    process.address = re.search(r"http://\S+", printed).group(0)
    process.base, process.key = process.address.split("/?key=")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(process.address, timeout=1):
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    pytest.fail("plgtui serve did not answer: " + printed)


def stop(process: subprocess.Popen) -> str:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    time.sleep(0.2)  # the reader's last lines
    return "".join(process.printed)


def websocket_url(process, width: int = 200, height: int = 60) -> str:
    ws = process.base.replace("http://", "ws://")
    return f"{ws}/ws/{process.key}?width={width}&height={height}"


async def lock_is_free(journey, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        reason, lock = try_lock(journey)
        if reason is None:
            lock.release()
            return True
        await asyncio.sleep(0.25)
    return False


def sessions_of(server: subprocess.Popen) -> list[int]:
    """The plgtui processes the server started (its children)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as stat:
                    if int(stat.read().rsplit(")", 1)[1].split()[1]) == server.pid:
                        found.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return found


async def until_drawn(socket_, seconds: float = 30) -> None:
    """Until plgtui has drawn its first screen in the tab."""
    deadline = time.monotonic() + seconds
    drawn = 0
    while drawn < 20_000:
        remaining = deadline - time.monotonic()
        assert remaining > 0, "plgtui did not draw in the tab"
        message = await socket_.receive(timeout=remaining)
        if message.type == aiohttp.WSMsgType.BINARY:
            drawn += len(message.data)
        elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
            pytest.fail("the session ended by itself")


async def until_shown(socket_, text: str, seconds: float = 20) -> None:
    """Until plgtui has drawn `text` in the tab: it has been typed, as the coach sees."""
    deadline = time.monotonic() + seconds
    seen = b""
    while text.encode("utf-8") not in seen:
        remaining = deadline - time.monotonic()
        assert remaining > 0, f"{text!r} was not drawn"
        message = await socket_.receive(timeout=remaining)
        if message.type == aiohttp.WSMsgType.BINARY:
            seen = seen[-4000:] + message.data


async def test_tabs_closed_at_once_leave_no_session_and_no_lock(demo_path, tmp_path):
    trace = tmp_path / "screens.txt"
    server = start(demo_path, env={"PLGTUI_TRACE_SCREENS": str(trace)})
    try:
        async with aiohttp.ClientSession() as client:

            async def open_and_close(n: int) -> None:
                try:
                    async with client.ws_connect(
                        websocket_url(server), headers={"Origin": server.base}
                    ) as tab:
                        await asyncio.sleep((n % 4) * 0.25)  # closed within a second
                        await tab.close()
                except aiohttp.WSServerHandshakeError as exc:
                    assert exc.status == 503  # all sessions taken for a moment: said, not hung

            for first in range(0, TABS, AT_ONCE):
                await asyncio.gather(*(open_and_close(n) for n in range(first, first + AT_ONCE)))
            deadline = time.monotonic() + ENDED
            while sessions_of(server) and time.monotonic() < deadline:
                await asyncio.sleep(0.25)
            assert sessions_of(server) == [], "a closed tab's plgtui is still running"
            assert await lock_is_free(demo_path, 1)
            trace.write_text("", encoding="utf-8")
            async with client.ws_connect(
                websocket_url(server), headers={"Origin": server.base}
            ) as tab:
                await until_drawn(tab)
                await asyncio.sleep(0.5)
                assert trace.read_text(encoding="utf-8").split()[1] == "editing"  # not locked
    finally:
        stop(server)


async def test_a_tab_closed_right_after_typing_saves_first(demo_path):
    server = start(demo_path)
    try:
        async with aiohttp.ClientSession() as client:
            async with client.ws_connect(
                websocket_url(server, 120, 40), headers={"Origin": server.base}
            ) as tab:
                await until_drawn(tab)
                for key in ("q", "\t"):  # the research question, into its first field
                    await tab.send_json(["stdin", key])
                    await asyncio.sleep(0.8)
                await tab.send_json(["stdin", "Getypt in de browser"])
                await until_shown(tab, "Getypt in de browser")
                await tab.close()  # at once, most often before the autosave
        assert await lock_is_free(demo_path, ENDED)
        assert "Getypt in de browser" in demo_path.read_text(encoding="utf-8")
    finally:
        stop(server)


async def test_a_tab_that_stops_answering_is_gone_within_seconds(demo_path):
    """No close at all (a laptop's lid shut, the network gone): the pings go unanswered."""
    import base64

    server = start(demo_path)
    host, port = server.base.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    try:
        handshake = (
            f"GET /ws/{server.key}?width=200&height=60 HTTP/1.1\r\nHost: {host}:{port}\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
            f"Sec-WebSocket-Key: {base64.b64encode(os.urandom(16)).decode()}\r\n"
            f"Origin: {server.base}\r\n\r\n"
        )
        writer.write(handshake.encode("ascii"))
        await writer.drain()
        assert b" 101 " in await reader.readline()
        deadline = time.monotonic() + 20
        while not sessions_of(server):
            assert time.monotonic() < deadline, "no session started"
            await asyncio.sleep(0.1)
        started = time.monotonic()  # from here on nothing is read or answered
        while sessions_of(server) and time.monotonic() < started + SILENT:
            await asyncio.sleep(0.25)
        assert sessions_of(server) == [], "the silent tab's plgtui is still running"
        assert await lock_is_free(demo_path, 1)
    finally:
        writer.close()
        stop(server)


async def test_a_few_sessions_at_most_the_others_get_a_page_saying_so(demo_path):
    server = start(demo_path, "--sessions", "2")
    try:
        async with aiohttp.ClientSession() as client:
            first = await client.ws_connect(websocket_url(server), headers={"Origin": server.base})
            second = await client.ws_connect(websocket_url(server), headers={"Origin": server.base})
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await client.ws_connect(websocket_url(server), headers={"Origin": server.base})
            assert refused.value.status == 503
            with pytest.raises(urllib.error.HTTPError) as full:
                urllib.request.urlopen(server.address, timeout=5)
            assert full.value.code == 503
            text = full.value.read().decode("utf-8")
            assert '<html lang="nl">' in text and "al in 2 tabbladen" in text
            await first.close()
            await second.close()
            deadline = time.monotonic() + ENDED
            while time.monotonic() < deadline:
                try:
                    with urllib.request.urlopen(server.address, timeout=5) as page:
                        assert "data-session-websocket-url" in page.read().decode("utf-8")
                        break
                except urllib.error.HTTPError:
                    await asyncio.sleep(0.25)
            else:
                pytest.fail("the sessions of closed tabs still count")
    finally:
        stop(server)


async def test_only_this_servers_names_no_listing_and_no_key_in_the_log(demo_path):
    server = start(demo_path)
    port = server.base.rsplit(":", 1)[1]

    def status(url: str, host: str | None = None) -> int:
        request = urllib.request.Request(url, headers={"Host": host} if host else {})
        try:
            with urllib.request.urlopen(request, timeout=5) as answer:
                return answer.status
        except urllib.error.HTTPError as exc:
            return exc.code

    try:
        assert status(server.address) == 200
        assert status(server.address, f"localhost:{port}") == 200
        assert status(server.address, f"evil.example:{port}") == 403  # DNS rebinding
        assert status(f"{server.base}/static/") in (403, 404)  # no listing of the folder
        assert status(f"{server.base}/static/js/textual.js") == 200
        async with aiohttp.ClientSession() as client:
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await client.ws_connect(
                    websocket_url(server),
                    headers={"Origin": server.base, "Host": f"evil.example:{port}"},
                )
            assert refused.value.status == 403
    finally:
        out = stop(server)
    assert len(re.findall(r"https?://", out)) == 1, out  # one address printed
    assert out.count(server.key) == 1, out  # and the key only in it, never in the log
    assert '"GET /" 200' in out and '"GET /" 403' in out  # the requests are logged


async def test_ended_from_outside_the_typing_is_saved_first(workbook, monkeypatch):
    """What the browser driver does when its tab is gone (ExitApp, not the quit keys): the
    research question's field, which saves only when left or after its autosave, is saved."""
    from conftest import TODAY
    from textual import messages

    from plgtui.core.timer import FakeClock
    from plgtui.tui.app import PlgApp
    from plgtui.tui.widgets import autosave

    monkeypatch.setattr(autosave, "DELAY", 600)  # however slow this machine, no autosave yet
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("q", "tab", *"Net getypt")
        assert "Net getypt" not in workbook.path.read_text(encoding="utf-8")
        app.post_message(messages.ExitApp())
        await pilot.pause()
    assert "Net getypt" in workbook.path.read_text(encoding="utf-8")
