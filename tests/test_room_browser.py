"""The room in a real browser (headless Chromium): two phones add ideas and spend dots, the
live view shows them, and the phone's countdown keeps within a second of the projector's."""

from __future__ import annotations

import asyncio
import shutil
import time

import pytest
from live_fixtures import live_app
from room_fixtures import to_voting_step, voting_meeting
from textual.widgets import OptionList

from plgtui.core.timer import SystemClock, format_clock
from plgtui.tui import room_door
from plgtui.tui.widgets.big_clock import BigClock

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
HOSTILE = '<img src=x onerror="document.title=1">'

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="Chromium and chromedriver are not installed (.ci/run installs Debian's chromium "
    "and chromium-driver where apt-get can)",
)


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                 "--window-size=400,800"):  # fmt: skip
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


def until(driver, script: str, seconds: float = 10):
    """Wait until `script` (returning something true) holds in the page; what it returned."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = driver.execute_script(script)
        if found:
            return found
        time.sleep(0.05)
    raise AssertionError(f"never true in the page: {script}")


def add_idea(driver, text: str) -> None:
    from selenium.webdriver.common.by import By

    until(driver, "return !document.getElementById('add').hidden")
    driver.find_element(By.ID, "idea").send_keys(text)
    driver.find_element(By.ID, "send").click()
    until(driver, "return document.getElementById('said').textContent")


def tap(driver, idea_text: str, which: str) -> None:
    """Tap + (more) or − (less) beside an idea, once the page shows it enabled."""
    script = (
        "for (const li of document.querySelectorAll('#ideas li')) {"
        f"  if (li.querySelector('.text').firstChild.textContent === {idea_text!r}) {{"
        f"    const b = li.querySelector('button.{which}');"
        "    if (b && !b.disabled) { b.click(); return true; } } } return false;"
    )
    before = driver.execute_script("return document.getElementById('dots-left').textContent")
    until(driver, script)
    # Done when the answer came back: the dots left changed.
    until(driver, f"return document.getElementById('dots-left').textContent !== {before!r}")


def measure(driver, live, samples: int = 20) -> list[float]:
    """The phone's time left less the projector's, at the same instant, in seconds."""
    gaps = []
    for _ in range(samples):
        at, phone_left = driver.execute_script(
            "return [performance.timeOrigin + performance.now(), window.roomLeft()]"
        )
        now = time.time()
        projector_left = live.remaining() + (now - at / 1000)  # as it was when the phone read
        gaps.append(phone_left - projector_left)
        time.sleep(0.13)
    return gaps


async def test_two_phones_add_ideas_and_vote_and_the_live_view_shows_them(
    workbook, monkeypatch, capsys
):
    monkeypatch.setattr(room_door, "LISTEN", "127.0.0.1")
    monkeypatch.setattr(room_door, "PORT", 0)
    live = voting_meeting(workbook, SystemClock())
    app = live_app(workbook, live.clock)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        live = app.ticker.live  # the projector's: the app picked the meeting up on starting
        await pilot.press("z")
        await pilot.pause()
        address = room_door.door_of(app).server.address
        await pilot.press("escape")
        driver = await asyncio.to_thread(browser)
        try:
            run = lambda f, *a: asyncio.to_thread(f, *a)  # noqa: E731 the app's loop serves
            await run(driver.get, address)
            step = await run(until, driver, "return document.getElementById('step').textContent")
            assert step.startswith("Stap 1 van 4 · ") and live.step.title in step
            block = await run(
                driver.execute_script, "return document.getElementById('block').textContent"
            )
            assert block == live.block.title
            await run(add_idea, driver, "Een voorbeeld per stap")
            await run(add_idea, driver, HOSTILE)
            first_phone = await run(driver.get_cookies)
            await run(driver.delete_all_cookies)
            await run(driver.get, address)  # a second phone: a token of its own
            await run(add_idea, driver, "Minder tekst op de kaart")
            await pilot.pause()
            listing = app.screen.query_one("#ideas", OptionList)
            shown = [
                str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)
            ]
            for text in ("Een voorbeeld per stap", HOSTILE, "Minder tekst op de kaart"):
                assert any(text in line for line in shown), shown
            # Typed text stays text on the phone: the list shows it, no image came of it.
            assert (
                await run(
                    driver.execute_script, "return document.querySelectorAll('#ideas img').length"
                )
                == 0
            )

            to_voting_step(live)
            app.ticker.changed()
            await run(tap, driver, "Minder tekst op de kaart", "more")
            await run(tap, driver, "Minder tekst op de kaart", "more")
            await run(tap, driver, "Een voorbeeld per stap", "more")
            await run(
                until,
                driver,
                "return document.querySelector('#dots-left').textContent.includes('0 stippen')",
            )
            await run(driver.delete_all_cookies)
            for cookie in first_phone:
                await run(driver.add_cookie, cookie)
            await run(driver.get, address)  # the first phone again, its dots untouched
            await run(
                until,
                driver,
                "return document.querySelector('#dots-left').textContent.includes('3 stippen')",
            )
            await run(tap, driver, "Minder tekst op de kaart", "more")
            await run(tap, driver, HOSTILE, "more")
            await run(tap, driver, HOSTILE, "less")  # taken back
            await pilot.pause()
            votes = {i.text: i.votes for i in live.meeting.ideas}
            assert votes == {"Een voorbeeld per stap": 1, HOSTILE: 0, "Minder tekst op de kaart": 3}
            listing = app.screen.query_one("#ideas", OptionList)
            top = str(listing.get_option_at_index(0).prompt)
            assert " 3 ●" in top and "Minder tekst" in top  # on the projector, most votes first

            gaps = await run(measure, driver, live)
            phone_text = await run(
                driver.execute_script, "return document.getElementById('clock').textContent"
            )
            projector_text = app.screen.query_one(BigClock).text
        finally:
            await asyncio.to_thread(driver.quit)
        worst = max(abs(g) for g in gaps)
        with capsys.disabled():
            print(
                f"\nroom countdown, phone less projector over {len(gaps)} samples: "
                f"mean {sum(gaps) / len(gaps) * 1000:+.1f} ms, worst {worst * 1000:.1f} ms; "
                f"shown {phone_text} on the phone, {projector_text} on the projector "
                f"({format_clock(live.remaining())} now)"
            )
        assert worst < 1.0


async def test_the_phone_says_the_room_closed_and_stops_counting(workbook, monkeypatch):
    monkeypatch.setattr(room_door, "LISTEN", "127.0.0.1")
    monkeypatch.setattr(room_door, "PORT", 0)
    live = voting_meeting(workbook, SystemClock())
    app = live_app(workbook, live.clock)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        await pilot.press("z")
        await pilot.pause()
        address = room_door.door_of(app).server.address
        driver = await asyncio.to_thread(browser)
        try:
            run = lambda f, *a: asyncio.to_thread(f, *a)  # noqa: E731 the app's loop serves
            await run(driver.get, address)
            await run(until, driver, "return document.getElementById('block').textContent")
            await pilot.press("s", "j")  # close, and yes: a phone is in the room
            await pilot.pause()
            assert room_door.door_of(app) is None
            said = await run(until, driver, "return document.getElementById('refused').textContent")
            assert said.startswith("De zaal is gesloten")
            clock = await run(
                driver.execute_script, "return document.getElementById('clock').textContent"
            )
            hidden = await run(
                driver.execute_script, "return document.getElementById('add').hidden"
            )
        finally:
            await asyncio.to_thread(driver.quit)
        assert clock == "" and hidden
