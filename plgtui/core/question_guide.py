"""The research-question guide from `content/<lang>/question-guide.md`: quality checks, the
examples of a too-broad and a focused question, and the nine conditions for effective
professional development (Vanderlinde et al., 2016)."""

from __future__ import annotations

from dataclasses import dataclass, field

from plgtui.core import content
from plgtui.core.model import CONDITION_KEYS, QUALITY_KEYS


@dataclass(frozen=True)
class Item:
    key: str
    title: str
    explanation: str


@dataclass
class Guide:
    quality: list[Item] = field(default_factory=list)
    conditions: list[Item] = field(default_factory=list)
    examples: list[tuple[str, str]] = field(default_factory=list)  # (heading, Markdown)


def _items(section: content.Section, source: str, keys: tuple[str, ...]) -> list[Item]:
    items = []
    for offset, line in enumerate(section.body.splitlines()):
        if not line.startswith("- "):
            continue
        parts = [p.strip() for p in line[2:].split("·")]
        if len(parts) != 3 or not all(parts):
            raise content.ContentError(
                f"{source}, line {section.line + 2 + offset}: a line must read "
                f"'- key · title · explanation': {line}"
            )
        items.append(Item(*parts))
    found = [i.key for i in items]
    if sorted(found) != sorted(keys):
        missing = sorted(set(keys) - set(found))
        extra = sorted(set(found) - set(keys))
        raise content.ContentError(
            f"{source}, line {section.line}: '{section.title}' needs the keys "
            f"{', '.join(keys)}" + (f"; missing {', '.join(missing)}" if missing else "")
            + (f"; unknown {', '.join(extra)}" if extra else "")
        )  # fmt: skip
    return items


def parse_guide(text: str, source: str = "<text>") -> Guide:
    sections = content.parse_sections(text, source)
    parts = [c for s in sections for c in (s.children if s.level == 1 else [s])]
    if len(parts) != 3:
        raise content.ContentError(
            f"{source}: expected three sections (quality, examples, conditions), found {len(parts)}"
        )
    quality, examples, conditions = parts
    guide = Guide(
        quality=_items(quality, source, QUALITY_KEYS),
        conditions=_items(conditions, source, CONDITION_KEYS),
        examples=[(e.title, e.body) for e in examples.children],
    )
    if len(guide.examples) < 2:
        raise content.ContentError(f"{source}, line {examples.line}: two examples are expected")
    return guide


def load_guide(lang: str) -> Guide:
    path = content.content_path("question-guide", lang)
    return content.parsed(path, parse_guide)
