"""The texts a coach may edit: `content/<lang>/*.md`, split into sections by their headings.

`content/` ships inside the wheel as `plgtui/content`; in a checkout it sits beside the package.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import TypeVar

from plgtui.core.validate import strip_control

_PACKAGE = Path(__file__).resolve().parent.parent  # plgtui/
T = TypeVar("T")


class ContentError(ValueError):
    """A content file is missing or malformed; the message names the file and line."""


@dataclass
class Section:
    title: str
    level: int
    line: int
    body: str = ""
    children: list[Section] = field(default_factory=list)

    def child(self, title: str) -> Section | None:
        return next((c for c in self.children if c.title == title), None)


@cache
def content_root() -> Path:
    for candidate in (_PACKAGE / "content", _PACKAGE.parent / "content"):
        if candidate.is_dir():
            return candidate
    raise ContentError(f"no content folder beside {_PACKAGE}")


def content_path(name: str, lang: str) -> Path:
    path = content_root() / lang / f"{name}.md"
    if not path.is_file():
        fallback = content_root() / "en" / f"{name}.md"
        if fallback.is_file():
            return fallback
        raise ContentError(f"{path}: content file not found")
    return path


def read_text(name: str, lang: str) -> str:
    return read_file(content_path(name, lang))


def read_file(path: Path | str) -> str:
    """A content file's text. A coach edits these files; an escape sequence pasted into one
    must not reach the terminal."""
    return strip_control(Path(path).read_text(encoding="utf-8"))


def parse_sections(text: str, source: str = "<text>") -> list[Section]:
    """Top-level sections of a Markdown text, nested by heading level.

    The text before the first heading belongs to a level-0 section titled ''.
    """
    from markdown_it import (
        MarkdownIt,  # only screens that show content pay for the import
    )

    md = MarkdownIt("commonmark")
    tokens = md.parse(text)
    lines = text.splitlines()
    root = Section("", 0, 1)
    stack = [root]
    heads: list[tuple[Section, int]] = []  # (section, first line of its body)
    for i, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        level = int(token.tag[1])
        start, end = token.map or (0, 1)
        title = tokens[i + 1].content.strip()
        if not title:
            raise ContentError(f"{source}, line {start + 1}: a heading without a title")
        while stack[-1].level >= level:
            stack.pop()
        if level > stack[-1].level + 1 and stack[-1].level > 0:
            raise ContentError(
                f"{source}, line {start + 1}: heading level {level} under level "
                f"{stack[-1].level} skips a level"
            )
        section = Section(title, level, start + 1)
        stack[-1].children.append(section)
        stack.append(section)
        heads.append((section, end))
    bounds = [s.line - 1 for s, _e in heads] + [len(lines)]
    root.body = "\n".join(lines[: bounds[0]]).strip()
    for (section, body_start), body_end in zip(heads, bounds[1:], strict=True):
        section.body = "\n".join(lines[body_start:body_end]).strip()
    return [root, *root.children] if root.body else root.children


@cache
def sections(name: str, lang: str) -> tuple[Section, ...]:
    path = content_path(name, lang)
    return tuple(parse_sections(read_file(path), str(path)))


def parsed(path: Path, parse: Callable[[str, str], T]) -> T:
    """`parse(text, source)` of a content file, parsed again only when the file has changed
    (screens ask for their texts each time they open). The result is shared: do not change it."""
    stat = path.stat()
    return _parsed(str(path), stat.st_mtime_ns, stat.st_size, parse)


@lru_cache(maxsize=16)
def _parsed(path: str, _mtime: int, _size: int, parse: Callable[[str, str], T]) -> T:
    return parse(read_file(path), path)
