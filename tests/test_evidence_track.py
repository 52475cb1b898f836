"""On track? in words; what looks like a name; readings from two laptops merged."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest

from plgtui.core import i18n
from plgtui.core.evidence import Goal, MeasureKind, Reading
from plgtui.core.journey_data import journey_from_data
from plgtui.core.merge import merge
from plgtui.core.model import Group, Journey, Member
from plgtui.core.on_track import (
    Track,
    class_track,
    expected_on,
    goal_summary,
    goal_tracks,
    track_words,
)
from plgtui.core.privacy import looks_like_a_name
from plgtui.core.workbook import Workbook

GOAL = Goal(
    id=1, what="bronvragen", kind=MeasureKind.PERCENT, classes=["3A", "3B", "3C", "3D"],
    low=0.0, high=100.0, baseline_on=date(2025, 9, 1), baseline=40.0,
    target=80.0, target_on=date(2026, 5, 1),
)  # fmt: skip


def journey_with(*readings: tuple[str, date, float]) -> Journey:
    journey = Journey(group=Group(name="G"), goals=[GOAL])
    journey.readings = [
        Reading(id=n + 1, goal_id=1, on=on, class_code=code, value=value)
        for n, (code, on, value) in enumerate(readings)
    ]
    return journey


def test_the_line_runs_from_baseline_to_target_and_then_stays():
    assert expected_on(GOAL, date(2025, 9, 1)) == 40
    assert expected_on(GOAL, date(2026, 5, 1)) == 80
    assert 59 < expected_on(GOAL, date(2026, 1, 1)) < 61  # halfway, in days
    assert expected_on(GOAL, date(2026, 9, 1)) == 80
    assert expected_on(GOAL, date(2025, 1, 1)) == 40


def test_each_class_is_ahead_on_track_behind_reached_or_without_reading():
    journey = journey_with(
        ("3A", date(2025, 10, 1), 10.0),  # an older reading: only the latest counts
        ("3A", date(2026, 1, 1), 70.0),
        ("3B", date(2026, 1, 1), 61.0),
        ("3C", date(2026, 1, 1), 45.0),
        ("3C", date(2026, 3, 1), 82.0),
    )
    tracks = {t.class_code: t.track for t in goal_tracks(journey, GOAL)}
    assert tracks == {
        "3A": Track.AHEAD,
        "3B": Track.ON_TRACK,
        "3C": Track.REACHED,
        "3D": Track.NO_READING,
    }
    journey.readings.append(
        Reading(id=9, goal_id=1, on=date(2026, 4, 1), class_code="3B", value=50.0)
    )
    assert class_track(journey, GOAL, "3B").track is Track.BEHIND


def test_a_target_below_the_baseline_reads_the_other_way():
    fewer = Goal(id=1, what="te laat", kind=MeasureKind.COUNT, classes=["4A"], high=None,
                 baseline_on=date(2025, 9, 1), baseline=20, target=4, target_on=date(2026, 6, 1))  # fmt: skip
    journey = Journey(group=Group(name="G"), goals=[fewer])
    journey.readings = [Reading(id=1, goal_id=1, on=date(2026, 6, 1), class_code="4A", value=3)]
    assert class_track(journey, fewer, "4A").track is Track.REACHED
    journey.readings[0].value, journey.readings[0].on = 5, date(2025, 10, 1)  # ahead of ~18
    assert class_track(journey, fewer, "4A").track is Track.AHEAD


def test_on_track_in_words_and_counted_through_the_plural_rule():
    journey = journey_with(("3A", date(2026, 1, 1), 70.0), ("3B", date(2026, 1, 1), 75.0))
    words = track_words(GOAL, class_track(journey, GOAL, "3A"))
    assert words.startswith("3A: 70% op 1 januari 2026, voor op schema (verwacht: ")
    assert track_words(GOAL, class_track(journey, GOAL, "3C")) == "3C: nog geen meting"
    assert goal_summary(journey, GOAL) == "2 klassen voor op schema, 2 klassen zonder meting"
    journey.readings.pop()
    i18n.set_language("en")
    assert goal_summary(journey, GOAL) == "1 class ahead, 3 classes without a reading"
    assert track_words(GOAL, class_track(journey, GOAL, "3A")).startswith(
        "3A: 70% on 1 January 2026, ahead"
    )


def test_a_goal_without_a_line_says_what_is_missing():
    bare = Goal(id=1, what="x", classes=["3A"])
    journey = Journey(group=Group(name="G"), goals=[bare])
    journey.readings = [Reading(id=1, goal_id=1, on=date(2026, 1, 1), class_code="3A", value=55.5)]
    assert class_track(journey, bare, "3A").track is Track.NO_LINE
    assert track_words(bare, class_track(journey, bare, "3A")) == (
        "3A: 55,5% op 1 januari 2026 (nulmeting of streefwaarde ontbreekt)"
    )


NAMES = Journey(
    group=Group(name="Geschiedenis Sint-Lutgardis", schools=["Sint-Lutgardis Mol"]),
    members=[Member(id=1, name="Els Wouters"), Member(id=2, name="Noor")],
    goals=[Goal(id=1, what="x", classes=["3A", "Groep Blauw"])],
)


@pytest.mark.parametrize(
    "text, found",
    [
        ("Leerling A vroeg hulp bij de bron.", []),
        ("Jan Peeters las de bron niet.", ["Jan Peeters"]),
        ("Na de les zei Jan Peeters dat hij het snapte.", ["Jan Peeters"]),
        ("Lotte van den Broeck werkte goed.", ["Lotte van den Broeck"]),
        ("Vandaag vroeg De Clercq om uitleg.", ["De Clercq"]),
        ("Els Wouters gaf de les.", ["Els Wouters"]),
        ("els wouters gaf de les.", ["els wouters"]),
        ("Noor hielp leerling B.", ["Noor"]),
        ("Vandaag werkte 3A beter. Daarna Groep Blauw.", []),
        ("Op Maandag in Sint-Lutgardis Mol: de PLG keek naar werk.", []),
        ("The pupils in 3A read the Source. Then B asked.", []),
        ("Daarna keek Sofie Maes mee, en Jan Peeters ook.", ["Sofie Maes", "Jan Peeters"]),
        ("", []),
    ],
)
def test_what_looks_like_a_name(text, found):
    assert looks_like_a_name(text, NAMES) == found


def test_readings_from_two_laptops_are_both_kept(tmp_path):
    base_path = tmp_path / "base.json"
    book = Workbook.start_group(base_path, name="G", coach="Els", today=date(2025, 9, 1))
    goal = book.evidence.add_goal("bronvragen", classes=["3A", "3B"])
    book.close()
    for name, code, value in (("a.json", "3A", 55), ("b.json", "3B", 61)):
        shutil.copy(base_path, tmp_path / name)
        copy = Workbook.open(tmp_path / name)
        copy.evidence.add_reading(goal.id, on="1/2/2026", class_code=code, value=value)
        copy.close()
    base, ours, theirs = (
        json.loads((tmp_path / n).read_text(encoding="utf-8"))
        for n in ("base.json", "a.json", "b.json")
    )
    merged = merge(base, ours, theirs)
    assert merged.conflicts == []
    journey = journey_from_data(tmp_path / "m.json", merged.data)
    assert sorted((r.class_code, r.value) for r in journey.readings) == [("3A", 55.0), ("3B", 61.0)]
    assert merge(base, theirs, ours).data["readings"] == merged.data["readings"]


def test_one_reading_changed_on_two_laptops_is_a_conflict_to_choose(tmp_path):
    base_path = tmp_path / "base.json"
    book = Workbook.start_group(base_path, name="G", coach="Els", today=date(2025, 9, 1))
    goal = book.evidence.add_goal("bronvragen", classes=["3A"])
    reading = book.evidence.add_reading(goal.id, on="1/2/2026", class_code="3A", value=50)
    book.close()
    for name, value in (("a.json", 52), ("b.json", 53)):
        shutil.copy(base_path, tmp_path / name)
        copy = Workbook.open(tmp_path / name)
        copy.evidence.edit_reading(reading.id, value=value)
        copy.close()
    base, ours, theirs = (
        json.loads((tmp_path / n).read_text(encoding="utf-8"))
        for n in ("base.json", "a.json", "b.json")
    )
    merged = merge(base, ours, theirs)
    assert [c["path"] for c in merged.conflicts] == [["readings", str(reading.id), "value"]]
