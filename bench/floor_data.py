"""What the floor screens (floor_screens.py) show, read from the journey file with `json`.

The floors stand for "the same data shown with Textual's own widgets", so a floor's visit should
cost Textual's work and nothing else. Rows are taken from the JSON records when a floor screen is
built (a walk over dicts, well under a millisecond). The few texts plgtui makes from its content
files or its export (a phase's text, a meeting's minutes, the techniques' titles) are made here
once, before the floor app starts: they are plgtui's work, not Textual's, and are not counted.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from plgtui.core.i18n import format_short_date, language, phase_name, set_language  # noqa: E402

Record = dict[str, Any]


def table(data: dict[str, Any], name: str) -> list[Record]:
    """A table's records in id order, each with its `id` (TinyDB keeps them keyed by id)."""
    return [
        dict(r, id=int(k)) for k, r in sorted(data.get(name, {}).items(), key=lambda i: int(i[0]))
    ]


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def short(text: str | None) -> str:
    return format_short_date(day(text)) if text else ""


@dataclass
class Prepared:
    """The journey's records and the texts made from plgtui's content and export."""

    data: dict[str, Any]
    today: date
    title: str = ""
    sub_title: str = ""
    phase: int = 1
    phase_markdown: str = ""
    signals: list[str] = field(default_factory=list)
    minutes_markdown: str = ""  # of the newest meeting, the one the meetings list starts on
    techniques: dict[str, str] = field(default_factory=dict)  # id -> title
    suggested: list[str] = field(default_factory=list)  # techniques for the current phase

    def records(self, name: str) -> list[Record]:
        return table(self.data, name)

    def meetings_by_date(self) -> list[Record]:
        return sorted(self.records("meetings"), key=lambda m: (m["date"], m["id"]))

    def next_meeting(self) -> Record | None:
        today = self.today.isoformat()
        upcoming = [
            m for m in self.meetings_by_date() if m["date"] >= today and m["status"] != "closed"
        ]
        return upcoming[0] if upcoming else None


def prepare(path: Path, today: date | None = None) -> Prepared:
    from plgtui.core.journey_data import journey_from_data
    from plgtui.core.phases import SECTIONS, load_phases
    from plgtui.core.techniques import load_techniques
    from plgtui.export.minutes import meeting_markdown

    data = json.loads(path.read_text(encoding="utf-8"))
    group = table(data, "group")[0]
    set_language(group.get("language") or "nl")
    prepared = Prepared(data=data, today=today or date.today(), title=group["name"])
    phases = sorted(table(data, "phases"), key=lambda p: (p["entered"], p["id"]))
    prepared.phase = phases[-1]["phase"] if phases else 1
    prepared.sub_title = f"{phase_name(prepared.phase)}" if phases else ""
    texts, _problem = load_phases(language(), None, bool(group.get("primary")))
    text = texts[prepared.phase]
    body = "\n\n".join(
        f"### {text.titles[key]}\n\n{text.sections[key]}"
        for key in SECTIONS
        if key != "ready" and key in text.sections
    )
    prepared.phase_markdown = f"## {phase_name(prepared.phase)}\n\n{body}"
    prepared.signals = list(text.signals)
    techniques = load_techniques(language())
    prepared.techniques = {t.id: t.title for t in techniques}
    prepared.suggested = [t.title for t in techniques if prepared.phase in t.phases]
    journey = journey_from_data(path, json.loads(path.read_text(encoding="utf-8")))
    newest = journey.meetings_by_date()
    if newest:
        prepared.minutes_markdown = meeting_markdown(journey, newest[-1], prepared.today)
    return prepared
