"""The five phases' texts from `content/<lang>/phases.md`: traits, what helps, what to watch
for, the signals that the group is ready for the next phase (for phase 5, the last, the signals
that its work is anchored for the long term), and what school leaders can do.

A coach may keep her own copy in the user data folder (`content/<lang>/phases.md`); when that
copy is malformed, the shipped text is used and the problem is reported with file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from plgtui.core import content
from plgtui.core.model import PHASES

SECTIONS = ("traits", "helps", "watch", "ready", "leaders", "coach")
OPTIONAL = ("coach",)  # a coach's own copy written before this section existed still opens
LAST = max(PHASES)  # no phase follows it: its signals say the work is anchored instead
TITLES = {
    "kenmerken": "traits", "characteristics": "traits",
    "wat helpt": "helps", "what helps": "helps",
    "let op": "watch", "watch for": "watch",
    "klaar voor de volgende fase": "ready", "ready for the next phase": "ready",
    # the last phase's signals: read as its "ready" (a coach's older copy may still say ready)
    "verankerd voor de lange termijn": "ready", "anchored for the long term": "ready",
    "wat de directie kan doen": "leaders", "what school leaders can do": "leaders",
    "wat schoolleiders kunnen doen": "leaders",  # a coach's older copy (before the glossary)
    "wat de plg-begeleider kan doen": "coach", "what the plg coach can do": "coach",
}  # fmt: skip


@dataclass
class PhaseText:
    number: int
    titles: dict[str, str] = field(default_factory=dict)  # section key -> heading as written
    sections: dict[str, str] = field(default_factory=dict)  # section key -> Markdown
    signals: list[str] = field(default_factory=list)


def parse_phases(text: str, source: str = "<text>") -> dict[int, PhaseText]:
    found: dict[int, PhaseText] = {}
    for top in content.parse_sections(text, source):
        for section in top.children if top.level == 1 else [top]:
            if section.level != 2:
                continue
            number = re.search(r"(\d+)\s*$", section.title)
            if not number or int(number.group(1)) not in PHASES:
                raise content.ContentError(
                    f"{source}, line {section.line}: '{section.title}' should end in a phase "
                    "number from 1 to 5"
                )
            phase = PhaseText(int(number.group(1)))
            for part in section.children:
                key = TITLES.get(part.title.casefold())
                if key is None:
                    raise content.ContentError(
                        f"{source}, line {part.line}: unknown section '{part.title}'"
                    )
                phase.titles[key] = part.title
                phase.sections[key] = part.body
            missing = [k for k in SECTIONS if k not in phase.sections and k not in OPTIONAL]
            if missing:
                raise content.ContentError(
                    f"{source}, line {section.line}: '{section.title}' lacks " + ", ".join(missing)
                )
            phase.signals = [
                line[2:].strip()
                for line in phase.sections["ready"].splitlines()
                if line.startswith("- ")
            ]
            found[phase.number] = phase
    absent = [n for n in PHASES if n not in found]
    if absent:
        raise content.ContentError(f"{source}: no text for phase {', '.join(map(str, absent))}")
    return found


def load_phases(
    lang: str, user_root: Path | None = None, primary: bool = False
) -> tuple[dict[int, PhaseText], str]:
    """(phases, problem): the coach's own copy if it parses, else the shipped text; for a
    primary school's team (`primary`), the version written for primary schools."""
    name = "phases-primary" if primary else "phases"
    problem = ""
    if user_root is not None:
        own = user_root / lang / f"{name}.md"
        if own.is_file():
            try:
                return content.parsed(own, parse_phases), ""
            except (content.ContentError, OSError, UnicodeDecodeError) as exc:
                problem = str(exc)
    path = content.content_path(name, lang)
    return content.parsed(path, parse_phases), problem
