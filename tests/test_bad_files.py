"""A journey file that is broken in its structure, not only in its text values, is refused with
a clear message (exit status 2, the file named, left as it was, no lock left behind), never a
traceback nor a hang (each case has a time limit); a BOM is fine. Pipes, devices and links:
test_special_files.py."""

from __future__ import annotations

import json
import signal
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plgtui import cli
from plgtui.core.ids import ID_LIMIT
from plgtui.core.journey_file import JourneyError, lock_path
from plgtui.core.workbook import Workbook
from plgtui.export.journey import journey_markdown


def demo_data(demo_path: Path) -> dict:
    return json.loads(demo_path.read_text(encoding="utf-8"))


def live_meeting(data: dict) -> dict:
    meeting = data["meetings"][max(data["meetings"], key=int)]
    meeting["live"] = {"block": 0, "step": 0, "started": 1.0, "entered": 1.0}
    return meeting


def changed(data: dict, change) -> str:
    change(data)
    return json.dumps(data)


CASES = {
    "meta is a list": lambda d: changed(d, lambda d: d.update(meta=[])),
    "group is a list": lambda d: changed(d, lambda d: d.update(group=[])),
    "members is a list": lambda d: changed(d, lambda d: d.update(members=[])),
    "a member under abc": lambda d: changed(
        d, lambda d: d["members"].update(abc=d["members"]["1"])
    ),
    "a meeting that is text": lambda d: changed(
        d, lambda d: d["meetings"].update({"1": "vergadering"})
    ),
    "an endless length": lambda d: changed(
        d, lambda d: d["meetings"]["1"].update(length_minutes=1e999)
    ).replace("Infinity", "1e999"),
    "a length of Infinity": lambda d: changed(
        d, lambda d: d["meetings"]["1"].update(length_minutes=1e999)
    ),
    "a step of 3e306 minutes": lambda d: changed(
        d,
        lambda d: next(b for b in live_meeting(d)["blocks"] if b["steps"])["steps"][0].update(
            minutes=3e306
        ),
    ),
    "a block of minus five minutes": lambda d: changed(
        d, lambda d: d["meetings"]["1"]["blocks"][0].update(minutes=-5)
    ),
    "5000 digits": lambda d: json.dumps(d).replace(
        '"length_minutes": 120', '"length_minutes": ' + "9" * 5000, 1
    ),
    "100000 deep": lambda d: json.dumps(d)[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "900 deep with an escape": lambda d: (
        json.dumps(d)[:-1] + ', "x": {"1": {"y": ' + "[" * 900 + '"\\u001b[31m"' + "]" * 900 + "}}}"
    ),
    "live at block 999": lambda d: changed(d, lambda d: live_meeting(d)["live"].update(block=999)),
    "live without blocks": lambda d: changed(d, lambda d: live_meeting(d).update(blocks=[])),
    "two ideas with one id": lambda d: changed(
        d, lambda d: live_meeting(d).update(ideas=[{"id": 1, "block_id": 1, "text": "a"}] * 2)
    ),
    "a member twice under 1": lambda d: json.dumps(d).replace(
        '"members": {', '"members": {"1": {"name": "Verloren", "role": "member"}, ', 1
    ),
    "half a character": lambda d: json.dumps(d).replace(
        json.dumps(d["members"]["2"]["name"]), '"Bad\\ud800name"', 1
    ),
    "a conflict that leads nowhere": lambda d: changed(
        d, lambda d: d.update(conflicts={"7": {"path": [], "choices": [{"value": 1}]}})
    ),
    "a conflict in the conflicts": lambda d: changed(
        d, lambda d: d.update(conflicts={"7": {"path": ["conflicts", "7"], "choices": [{}]}})
    ),
    "a conflict without versions": lambda d: changed(
        d, lambda d: d.update(conflicts={"7": {"path": ["group", "1", "name"], "choices": []}})
    ),
    "notes of 200,001 characters": lambda d: changed(
        d, lambda d: d["meetings"]["1"].update(notes="x" * 200_001)
    ),
    # Hand-edited, each as it was found: it crashed a screen, lost a member or a later save.
    "phase 99": lambda d: changed(d, lambda d: d["phases"]["1"].update(phase=99)),
    "phase -3": lambda d: changed(d, lambda d: d["phases"]["1"].update(phase=-3)),
    "an unknown language": lambda d: changed(d, lambda d: d["group"]["1"].update(language="fr")),
    "members keyed 01 and 1": lambda d: json.dumps(d).replace(
        '"members": {', '"members": {"01": {"name": "Nul Een"}, ', 1
    ),
    "a member the next id would overflow": lambda d: changed(
        d, lambda d: d["members"].update({str(ID_LIMIT + 1): {"name": "Groot"}})
    ),
    "a member under 16 nines": lambda d: changed(
        d, lambda d: d["members"].update({"9" * 16: {"name": "Groot"}})
    ),
    "an idea the next id would overflow": lambda d: changed(
        d,
        lambda d: live_meeting(d).update(ideas=[{"id": ID_LIMIT + 1, "block_id": 1, "text": "a"}]),
    ),
    "an empty group table": lambda d: changed(d, lambda d: d.update(group={})),
    "a vote count of 4,300 digits": lambda d: json.dumps(d).replace(
        '"votes": 0', '"votes": ' + "9" * 4300, 1
    ),
    "a vote count of 1e300": lambda d: json.dumps(d).replace('"votes": 0', '"votes": 1e300', 1),
    "schema_version true": lambda d: changed(
        d, lambda d: d["meta"]["1"].update(schema_version=True)
    ),
}
# Where the message must point, beyond the file's name.
PLACES = {
    "phase 99": ["phases", "99"],
    "phase -3": ["phases", "-3"],
    "an unknown language": ['"fr"', "nl, en"],
    "members keyed 01 and 1": ['"members"', '"01"'],
    "a member the next id would overflow": ['"members"', str(ID_LIMIT + 1)],
    "an idea the next id would overflow": ["ideeën", str(ID_LIMIT + 1)],
    "a vote count of 4,300 digits": ['"meetings"', "Idea.votes", "4300"],
    "a vote count of 1e300": ['"meetings"', "Idea.votes"],
    "schema_version true": ["schema_version", "true"],
}


@contextmanager
def time_limit(seconds: int):
    """A case that hangs (or grows memory without end) fails after `seconds` instead."""

    def expired(_signum, _frame):
        raise TimeoutError(f"still running after {seconds} s")

    before = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)


@pytest.mark.parametrize("case", CASES)
def test_a_broken_structure_is_refused_with_a_message(demo_path, capsys, case, monkeypatch):
    def opened(self, *args, **kwargs):
        raise AssertionError("the file was opened")  # rather than wait for a terminal

    monkeypatch.setattr("plgtui.tui.app.PlgApp.run", opened)
    text = CASES[case](demo_data(demo_path))
    demo_path.write_text(text, encoding="utf-8")
    before = demo_path.read_bytes()
    lock_path(demo_path).unlink(missing_ok=True)
    with time_limit(30):
        assert cli.main([str(demo_path)]) == 2
    err = capsys.readouterr().err
    assert str(demo_path) in err and "Traceback" not in err, err
    assert all(word in err for word in PLACES.get(case, [])), err
    assert demo_path.read_bytes() == before
    assert not lock_path(demo_path).exists()  # refused before it was locked


def test_a_step_that_ran_over_and_was_paused_opens(demo_path):
    data = demo_data(demo_path)
    live_meeting(data)["live"].update(running=False, remaining=-95.0)
    demo_path.write_text(json.dumps(data), encoding="utf-8")
    book = Workbook.open(demo_path, read_only=True)
    book.close()


def test_a_byte_order_mark_is_fine(demo_path):
    demo_path.write_bytes(b"\xef\xbb\xbf" + demo_path.read_bytes())
    book = Workbook.open(demo_path)
    book.minutes.set_notes(book.journey.meetings[0].id, "bewaard")
    book.close()
    assert not demo_path.read_bytes().startswith(b"\xef\xbb\xbf")


# Any value anywhere in the file's structure: it opens and exports, or it is refused.
values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=6,
)


def places(data, prefix=()):
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from places(value, (*prefix, key))
    elif isinstance(data, list):
        for n, value in enumerate(data):
            yield from places(value, (*prefix, n))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_any_value_anywhere_opens_or_is_refused(demo_path, data):
    original = demo_data(demo_path)
    spots = [p for p in places(original) if p]
    where = data.draw(st.sampled_from(spots))
    value = data.draw(values)
    broken = json.loads(json.dumps(original))
    node = broken
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    path = demo_path.with_name("kapot.json")
    path.write_text(json.dumps(broken), encoding="utf-8")
    try:
        book = Workbook.open(path, read_only=True)
    except JourneyError:
        return
    try:
        journey_markdown(book.journey)
    finally:
        book.close()


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    path=st.lists(st.sampled_from(["group", "1", "name", "meetings", "notes", "ideas", "x", "7"])
                  | st.text(max_size=4), max_size=5),
    choices=st.lists(st.fixed_dictionaries({"value": values, "removed": st.booleans()}), max_size=3),
    current=st.booleans(),
    index=st.integers(-1, 3),
)  # fmt: skip
def test_any_conflict_in_the_file_is_shown_and_chosen_or_refused(
    demo_path, path, choices, current, index
):
    """A conflict record hand-edited or from a broken merge: the file is refused, or the
    conflict is told in words and choosing it works or says why; never a crash."""
    from plgtui.core.conflict_text import choice_text, where
    from plgtui.core.validate import InputError

    data = demo_data(demo_path)
    data["conflicts"] = {"7": {"path": path, "choices": choices, "current": current}}
    target = demo_path.with_name("botsing.json")
    target.write_text(json.dumps(data), encoding="utf-8")
    try:
        book = Workbook.open(target)
    except JourneyError:
        return
    try:
        [conflict] = book.journey.conflicts
        where(book.journey, conflict)
        for choice in conflict.choices:
            choice_text(book.journey, choice, conflict)
        try:
            book.conflicts.choose(conflict.id, index)
        except InputError:
            return
        journey_markdown(book.journey)
    finally:
        book.close()


async def test_an_empty_phases_table_opens_and_is_usable(demo_path):
    """No phase at all (a hand-edited file): the overview, the phase screen and the export work,
    and the group can enter its first phase."""
    from conftest import TODAY

    from plgtui.core.timer import FakeClock
    from plgtui.tui.app import PlgApp
    from plgtui.tui.screens.phases import PhasesScreen

    data = demo_data(demo_path)
    data["phases"] = {}
    demo_path.write_text(json.dumps(data), encoding="utf-8")
    book = Workbook.open(demo_path)
    assert book.journey.current_phase is None
    journey_markdown(book.journey)
    app = PlgApp(book, today=lambda: TODAY, clock=FakeClock())
    with time_limit(60):
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.press("f")
            await pilot.pause()
            assert isinstance(app.screen, PhasesScreen)
            await pilot.press("v", *"Eerste fase", "ctrl+s")
            await pilot.pause()
            assert isinstance(app.screen, PhasesScreen)
            await pilot.press("ctrl+q")
    book.close()
    again = Workbook.open(demo_path, read_only=True)
    assert [p.reason for p in again.journey.phases] == ["Eerste fase"]
    again.close()
