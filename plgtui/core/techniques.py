"""Techniques (templates of timed steps) and the meeting template, read from content/<lang>/.

The files are meant to be edited by a coach, so the format is forgiving Markdown and every
mistake is reported with its file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plgtui.core import content
from plgtui.core.i18n import CATALOGS
from plgtui.core.model import BlockKind, Step

_META = re.compile(r"^(?P<key>[a-z]+):\s*(?P<value>.*)$", re.IGNORECASE)
_STEP = re.compile(
    r"^-\s+(?P<minutes>\d+(?:[.,]\d+)?)\s*min\b(?P<pp>\s+(?:per\s+persoon|per\s+person|pp)\b)?"
    r"\s*[·|]\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_VOTE = re.compile(r"\s*\((?:stemmen|stemming|vote|voting)\)\s*$", re.IGNORECASE)
_KEYS = {
    "id": "id",
    "fasen": "phases",
    "fase": "phases",
    "phases": "phases",
    "phase": "phases",
    "groep": "group",
    "group": "group",
    "rollen": "roles",
    "roles": "roles",
    "soort": "kind",
    "kind": "kind",
    "bron": "origin",
    "origin": "origin",
}
ROLES_MAX = 8


@dataclass
class Technique:
    id: str
    title: str
    description: str = ""
    phases: tuple[int, ...] = ()
    group_size: int = 0
    steps: list[Step] = field(default_factory=list)
    prompts: list[str] = field(default_factory=list)
    roles: list[str] = field(
        default_factory=list
    )  # presenter, timekeeper...: who holds them is chosen live
    kind: BlockKind = BlockKind.BRAINSTORM  # a protocol is a discussion, not a brainstorm
    origin: str = ""  # where the technique comes from, in one line (Project Zero, ...)

    def minutes(self, people: int) -> int:
        return round(sum(s.seconds(people) for s in self.steps) / 60)

    @property
    def has_vote(self) -> bool:
        return any(s.vote for s in self.steps)


@dataclass
class TemplateBlock:
    kind: BlockKind
    minutes: int
    title: str


def _error(source: str, line: int, message: str) -> content.ContentError:
    return content.ContentError(f"{source}, line {line}: {message}")


def parse_step(line: str) -> Step | None:
    match = _STEP.match(line.strip())
    if not match:
        return None
    rest = match["rest"].strip()
    vote = bool(_VOTE.search(rest))
    rest = _VOTE.sub("", rest)
    who, title = _split_who(rest)
    return Step(
        title=title,
        minutes=float(match["minutes"].replace(",", ".")),
        who=who,
        per_person=bool(match["pp"]),
        vote=vote,
    )


def _split_who(rest: str) -> tuple[str, str]:
    """'who · what' -> (who, what); without a 'who' the whole rest is the description."""
    parts = re.split(r"\s*[·|]\s*", rest, maxsplit=1)
    if len(parts) == 1:
        return "", parts[0].strip()
    return parts[0].strip(), parts[1].strip()


def parse_techniques(text: str, source: str = "<text>") -> list[Technique]:
    found: list[Technique] = []
    seen: set[str] = set()
    for section in content.parse_sections(text, source):
        for item in section.children if section.level == 1 else [section]:
            if item.level != 2:
                continue
            technique = _technique(item, source)
            if technique.id in seen:
                raise _error(source, item.line, f"the id '{technique.id}' is used twice")
            seen.add(technique.id)
            found.append(technique)
    return found


def _technique(section: content.Section, source: str) -> Technique:
    technique = Technique(id="", title=section.title)
    description: list[str] = []
    # The body starts on the line after the heading; blank lines keep the numbering right.
    for offset, raw in enumerate(section.body.splitlines()):
        number = section.line + 2 + offset
        line = raw.strip()
        if not line:
            continue
        meta = _META.match(line)
        if meta and meta["key"].lower() in _KEYS:
            _apply_meta(technique, _KEYS[meta["key"].lower()], meta["value"], source, number)
        elif line.startswith("- "):
            step = parse_step(line)
            if step is not None:
                if not step.title:
                    raise _error(source, number, "a step without a description")
                technique.steps.append(step)
            elif re.match(r"^-\s+\d", line):
                raise _error(source, number, f"a step must read '- 3 min · who · what': {line}")
            else:
                technique.prompts.append(line[2:].strip())
        else:
            description.append(line)
    if not technique.id:
        raise _error(source, section.line, f"'{section.title}' has no 'id:' line")
    if not technique.steps:
        raise _error(source, section.line, f"'{section.title}' has no steps")
    technique.description = " ".join(description)
    return technique


def _apply_meta(technique: Technique, key: str, value: str, source: str, line: int) -> None:
    value = value.strip()
    if key == "id":
        if not re.fullmatch(r"[\w-]+", value):
            raise _error(source, line, f"an id is one word without spaces, not '{value}'")
        technique.id = value
        return
    if key == "kind":
        kind = _kind_words().get(value.casefold())
        if kind is None:
            raise _error(source, line, f"unknown kind '{value}'")
        technique.kind = kind
        return
    if key == "origin":
        technique.origin = value
        return
    if key == "roles":
        roles = [r.strip() for r in value.split(",") if r.strip()]
        if len(roles) > ROLES_MAX or len(set(roles)) != len(roles):
            raise _error(source, line, f"at most {ROLES_MAX} roles, each named once: '{value}'")
        technique.roles = roles
        return
    try:
        numbers = [int(v) for v in re.split(r"[,\s]+", value) if v]
    except ValueError:
        raise _error(source, line, f"expected numbers after '{key}:', found '{value}'") from None
    if key == "phases":
        if any(n not in range(1, 6) for n in numbers):
            raise _error(source, line, "phases are numbered 1 to 5")
        technique.phases = tuple(numbers)
    else:
        technique.group_size = numbers[0] if numbers else 0


def load_techniques(lang: str) -> list[Technique]:
    """The techniques file, parsed again only when the coach has changed it."""
    path = content.content_path("techniques", lang)
    return list(content.parsed(path, _parse_all))


def _parse_all(text: str, source: str) -> tuple[Technique, ...]:
    return tuple(parse_techniques(text, source))


def title_of(technique_id: str, lang: str) -> str:
    """The technique's title in `lang`, or its id when the file does not know it."""
    if not technique_id:
        return ""
    try:
        found = find(load_techniques(lang), technique_id)
    except content.ContentError:
        return technique_id
    return found.title if found else technique_id


def find(techniques: list[Technique], technique_id: str) -> Technique | None:
    return next((t for t in techniques if t.id == technique_id), None)


def suggested(techniques: list[Technique], phase: int | None) -> list[Technique]:
    """Techniques that suit `phase` first, then the rest, each in file order."""
    if phase is None:
        return list(techniques)
    return sorted(techniques, key=lambda t: phase not in t.phases)


def _kind_words() -> dict[str, BlockKind]:
    words: dict[str, BlockKind] = {}
    for kind in BlockKind:
        words[kind.value] = kind
        for catalog in CATALOGS.values():
            words[catalog[f"kind.{kind.value}"].casefold()] = kind
    return words


def parse_template(text: str, source: str = "<text>") -> list[TemplateBlock]:
    words = _kind_words()
    blocks: list[TemplateBlock] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not re.match(r"^-\s+\d", line):
            continue
        step = parse_step(line)
        if step is None or not step.who:
            raise _error(source, number, f"a block must read '- 10 min · kind · title': {line}")
        kind = words.get(step.who.casefold())
        if kind is None:
            raise _error(source, number, f"unknown kind '{step.who}'")
        blocks.append(TemplateBlock(kind, round(step.minutes), step.title))
    if not blocks:
        raise _error(source, 1, "the template has no blocks")
    return blocks


def load_template(lang: str) -> list[TemplateBlock]:
    path = content.content_path("agenda", lang)
    return parse_template(content.read_file(path), str(path))
