"""The Markdown every document is written in: typed text escaped so that it reads as typed,
bold, tables, and the lines joined into one text. The documents (minutes.py, journey.py,
members.py, evidence.py, inquiry.py) are lists of lines; notes among them are `NotesText`,
Markdown on purpose (notes.py makes them safe); html_body.py reads this small dialect back."""

from __future__ import annotations

import re

from plgtui.core.validate import BIDI, strip_control
from plgtui.export.notes import NotesText

_INLINE = re.compile(r"([\\`*_\[\]<>|~&#])")
_BLOCK_START = re.compile(r"^([>+=-])|^(\d+)([.)])")
# Text that needs no change: most names, titles and dates (a long export escapes tens of
# thousands of them). Bidi marks are dropped at input and when a file is read; text that still
# holds one (set by a program) takes the longer way, which drops them.
_PLAIN = re.compile(
    rf"[^\\`*_\[\]<>|~&#\s>+=\-\d{BIDI}][^\\`*_\[\]<>|~&#\s{BIDI}]*(?: [^\\`*_\[\]<>|~&#\s{BIDI}]+)*"
)


def escape(text: str) -> str:
    """Typed text for inline use, on one line, reading exactly as typed.

    Escapes what could start emphasis, code, a link, HTML, a table cell or an entity anywhere,
    and what could open a heading, quote or list at the start; other punctuation stays as is
    so the raw file reads well too.
    """
    if _PLAIN.fullmatch(text):
        return text
    # `<` as `&lt;`: cmark-gfm's autolinks take the backslash of `\<` into the address
    # ("http://x\<img ...>"), and the `<` after it opens HTML again.
    flat = _INLINE.sub(r"\\\1", " ".join(strip_control(text).split())).replace("\\<", "&lt;")
    return _BLOCK_START.sub(
        lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), flat
    )


def strong(text: str) -> str:
    """Bold, if there is anything to make bold: `****` alone is a horizontal rule."""
    return f"**{text}**" if text else ""


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A GFM table; cells are already escaped (an escaped `|` stays inside its cell)."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return lines + [""]


def joined(lines: list[str]) -> str:
    """An export's lines as one Markdown text."""
    return "\n".join(lines).rstrip() + "\n"


def trimmed(lines: list[str]) -> list[str]:
    """The lines without the blank end `joined` would strip, for placing them in a larger
    document; notes keep what they are."""
    lines = list(lines)
    while lines and not lines[-1].strip():
        lines.pop()
    if lines:
        last = lines[-1].rstrip()
        lines[-1] = NotesText(last) if isinstance(lines[-1], NotesText) else last
    return lines
