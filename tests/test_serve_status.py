"""plgtui serve's page for a screen reader (issue 34): /status with the server's key holds an
aria-live log of what changes in the running meeting, read from the group's file."""

from __future__ import annotations

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from live_fixtures import running_meeting

from plgtui.core.timer import FakeClock
from plgtui.tui.serve_status import StatusPage

KEY = "sleutel"


async def client_for(workbook, clock) -> TestClient:
    app = web.Application()
    app.add_routes(StatusPage(workbook.path, KEY, clock).routes())
    client = TestClient(TestServer(app))
    await client.start_server()
    return client


async def test_only_with_the_key(workbook):
    client = await client_for(workbook, FakeClock())
    try:
        assert (await client.get("/status")).status == 403
        assert (await client.get("/status.json?key=nee")).status == 403
        page = await client.get(f"/status?key={KEY}")
        text = await page.text()
        assert page.status == 200 and 'role="log" aria-live="polite"' in text
        assert "src=" not in text  # nothing from elsewhere
    finally:
        await client.close()


async def test_the_log_says_what_changed_and_nothing_in_between(workbook):
    clock = FakeClock()
    live = running_meeting(workbook, clock, 88)
    client = await client_for(workbook, clock)
    try:
        first = await (await client.get(f"/status.json?key={KEY}")).json()
        assert first["changed"] == first["lines"] and "nog 3:32" in first["lines"]
        clock.advance(5)
        again = await (await client.get(f"/status.json?key={KEY}&since={first['seen']}")).json()
        assert again["changed"] == [] and "nog 3:27" in again["lines"]  # the seconds: not read out
        live.toggle()  # the coach pauses, in the app that holds the meeting
        paused = await (await client.get(f"/status.json?key={KEY}&since={again['seen']}")).json()
        assert paused["changed"] == ["nog 3:27 · gepauzeerd"]
        live.end()
        ended = await (await client.get(f"/status.json?key={KEY}&since={paused['seen']}")).json()
        assert ended["changed"] == ["Er loopt geen bijeenkomst."] and ended["seen"] == "-"
    finally:
        await client.close()
