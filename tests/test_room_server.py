"""The room's web server on a real port: the key, the origin, sizes, floods, closing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import aiohttp
import pytest
from room_fixtures import to_voting_step, voting_meeting
from yarl import URL

from plgtui.core import room as rooms
from plgtui.core.room import Room
from plgtui.core.timer import FakeClock
from plgtui.core.workbook import Workbook
from plgtui.tui.room_server import COOKIE, RoomServer


@pytest.fixture
async def served(workbook):
    live = voting_meeting(workbook, FakeClock())
    holder = {"live": live}
    room = Room(lambda: holder["live"], live.meeting_id)
    server = RoomServer(room, "127.0.0.1", 0)
    await server.start()
    base = f"http://127.0.0.1:{server.port}"
    jar = aiohttp.CookieJar(unsafe=True)  # cookies for an address, not a name
    async with aiohttp.ClientSession(cookie_jar=jar) as phone:
        yield server, live, phone, base, holder
    await server.stop()


async def enter(phone, base, key) -> None:
    async with phone.get(f"{base}/{key}") as answer:
        assert answer.status == 200


def posting(base: str, **more: str) -> dict:
    return {"Origin": base, **more}


async def test_the_page_is_ours_alone_and_speaks_the_groups_language(served):
    server, _, phone, base, _ = served
    assert server.address.endswith(f":{server.port}/{server.room.key}")
    async with phone.get(f"{base}/{server.room.key}") as answer:
        page = await answer.text()
        headers = answer.headers
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert headers["Referrer-Policy"] == "no-referrer"
    assert 'lang="nl"' in page and "Toevoegen" in page
    assert f'src="/{server.room.key}/room.js"' in page and "http" not in page.split("<body>")[1]
    cookies = phone.cookie_jar.filter_cookies(URL(f"{base}/{server.room.key}/state"))
    assert cookies[COOKIE].value in server.room.phones
    async with phone.get(f"{base}/{server.room.key}/room.js") as answer:
        script = await answer.text()
    assert "innerHTML" not in script and "textContent" in script and "eval(" not in script


async def test_a_wrong_key_gets_nothing(served):
    server, _, phone, base, _ = served
    wrong = "abcdefgh" if server.room.key != "abcdefgh" else "hgfedcba"
    for path in ("", "/state", "/room.js"):
        async with phone.get(f"{base}/{wrong}{path}") as answer:
            assert answer.status == 403
            said = await answer.text()
        assert "Geen toegang" in said and "room.js" not in said
    async with phone.get(f"{base}/{wrong}") as answer:
        assert answer.content_type == "text/html"  # a page for a person, not JSON
    async with phone.post(
        f"{base}/{wrong}/idea", json={"text": "x"}, headers=posting(base)
    ) as answer:
        assert answer.status == 403
    async with phone.get(f"{base}/") as answer:
        assert answer.status in (403, 404)
    assert not server.room.phones


async def test_another_origin_or_host_is_refused(served):
    server, live, phone, base, _ = served
    key = server.room.key
    await enter(phone, base, key)
    evil = "http://evil.example"
    async with phone.post(
        f"{base}/{key}/idea", json={"text": "van elders"}, headers={"Origin": evil}
    ) as answer:
        assert answer.status == 403
    async with phone.post(f"{base}/{key}/idea", json={"text": "zonder origin"}) as answer:
        assert answer.status == 403  # a POST says where it comes from, or is refused
    async with phone.get(f"{base}/{key}/state", headers={"Origin": evil}) as answer:
        assert answer.status == 403
    async with phone.get(f"{base}/{key}/state", headers={"Sec-Fetch-Site": "cross-site"}) as answer:
        assert answer.status == 403
    async with phone.get(f"{base}/{key}/state", headers={"Host": "evil.example"}) as answer:
        assert answer.status == 403  # DNS rebinding: a foreign name for this address
    async with phone.post(
        f"{base}/{key}/idea", data="text=als formulier", headers=posting(base)
    ) as answer:
        assert answer.status == 403  # only JSON, which another page cannot send unasked
    assert live.meeting.block_ideas(live.block.id) == []
    async with phone.post(
        f"{base}/{key}/idea", json={"text": "van hier"}, headers=posting(base)
    ) as answer:
        assert answer.status == 200
        assert [i["text"] for i in (await answer.json())["ideas"]] == ["van hier"]


async def test_an_oversized_idea_is_refused(served):
    server, live, phone, base, _ = served
    key = server.room.key
    await enter(phone, base, key)
    long_idea = {"text": "x" * (rooms.IDEA_LIMIT + 1)}
    async with phone.post(f"{base}/{key}/idea", json=long_idea, headers=posting(base)) as answer:
        assert answer.status == 413
        assert "280 tekens" in (await answer.json())["error"]
    huge = {"text": "x" * 100_000}
    async with phone.post(f"{base}/{key}/idea", json=huge, headers=posting(base)) as answer:
        assert answer.status == 413
    async with phone.post(
        f"{base}/{key}/idea",
        data="{",
        headers=posting(base, **{"Content-Type": "application/json"}),
    ) as answer:
        assert answer.status == 400
    assert live.meeting.block_ideas(live.block.id) == []


async def test_a_flood_of_votes_is_stopped(served):
    server, live, phone, base, _ = served
    key = server.room.key
    await enter(phone, base, key)
    async with phone.post(
        f"{base}/{key}/idea", json={"text": "Eén"}, headers=posting(base)
    ) as answer:
        idea = (await answer.json())["ideas"][0]["id"]
    to_voting_step(live)
    statuses = []
    for n in range(60):
        tap = {"idea": idea, "delta": 1 if n % 2 == 0 else -1}
        async with phone.post(f"{base}/{key}/vote", json=tap, headers=posting(base)) as answer:
            statuses.append(answer.status)
    assert statuses.count(200) == rooms.VOTES_PER_MINUTE
    assert set(statuses[rooms.VOTES_PER_MINUTE :]) == {429}
    assert next(i for i in live.meeting.ideas if i.id == idea).votes == 0  # taps came in pairs
    for _n in range(3):
        async with phone.post(
            f"{base}/{key}/vote", json={"idea": idea, "delta": 1}, headers=posting(base)
        ) as answer:
            assert answer.status == 429


async def test_the_room_closes_with_the_meeting_and_the_server_stops(served):
    server, live, phone, base, holder = served
    key = server.room.key
    await enter(phone, base, key)
    async with phone.get(f"{base}/{key}/state") as answer:
        assert answer.status == 200
    live.end()
    holder["live"] = None
    async with phone.get(f"{base}/{key}/state") as answer:
        assert answer.status == 410
        assert "gesloten" in (await answer.json())["error"]
    async with phone.post(
        f"{base}/{key}/idea", json={"text": "te laat"}, headers=posting(base)
    ) as answer:
        assert answer.status == 410
    await server.stop()
    with pytest.raises(aiohttp.ClientConnectionError):
        async with phone.get(f"{base}/{key}/state"):
            pass


ROOM_PROCESS = """
import asyncio, sys
from plgtui.core.live import LiveMeeting
from plgtui.core.room import Room
from plgtui.core.timer import SystemClock
from plgtui.core.workbook import Workbook
from plgtui.tui.room_server import RoomServer

async def main():
    book = Workbook.open(sys.argv[1])
    meeting = next(m for m in book.journey.meetings if m.live is not None)
    live = LiveMeeting(book, meeting.id, SystemClock())
    server = RoomServer(Room(lambda: live, meeting.id), "127.0.0.1", 0)
    print(await server.start(), flush=True)
    await asyncio.Event().wait()

asyncio.run(main())
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
async def test_an_idea_from_a_phone_survives_a_sigkill(workbook, demo_path):
    voting_meeting(workbook, FakeClock())
    workbook.close()
    process = subprocess.Popen(
        [sys.executable, "-c", ROOM_PROCESS, str(demo_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        address = process.stdout.readline().strip()
        base = address.rsplit("/", 1)[0]
        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(cookie_jar=jar) as phone:
            async with phone.get(address) as answer:
                assert answer.status == 200
            async with phone.post(
                f"{address}/idea", json={"text": "Bewaard voor de kill"}, headers={"Origin": base}
            ) as answer:
                assert answer.status == 200
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    book = Workbook.open(demo_path, read_only=True)
    try:
        assert any(i.text == "Bewaard voor de kill" for i in book.journey.meetings[-1].ideas)
    finally:
        book.close()
