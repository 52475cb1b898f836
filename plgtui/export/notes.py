"""A meeting's notes, which are Markdown on purpose, placed safely inside a larger document.

Whatever someone typed, the notes may not reach outside their section or act in a reader:
- their headings, `#` and underlined (setext) alike, start below the document's own;
- HTML, pandoc's attributes and links that run are shown as text (notes_escape.py), because
  many Markdown tools (pandoc, wikis, site builders) pass raw HTML through, and an unclosed
  HTML block would hide the rest of the document;
- a code block left open is closed, in its quote or list item too; code keeps every character
  as typed, indentation too;
- a code block, a quote, a rule and a list item whose line is a lone `-` get the blank line
  before them that pandoc needs to see them: without it pandoc reads code as text, HTML and
  all, and a lone `-` after text as the underline of a heading; so does the line after a list
  whose last item ends in a block (a fence, a heading, code...), which pandoc reads as more of
  that item, and an indented line after it too, HTML and all;
- a rule written `---` is written `***`: pandoc reads `---` as the start of YAML metadata, and
  refuses the whole document when what follows is no YAML;
- bidirectional controls (U+202E...) are dropped, as from all typed text.

markdown-it-py says which lines are headings and which are code, so `    # x` (indented code)
and a `#` inside a fence stay as they are. Notes without any of the characters involved skip
the parser: most notes are plain text and a long journey has hundreds of them.
"""

from __future__ import annotations

import re

from plgtui.core.validate import strip_control
from plgtui.export.notes_escape import code_lines, escape_notes

# What is before a heading's `#` inside quotes and list items ("> # x" and "- # x").
_CONTAINERS = r"(?:[ \t]*>[ \t]?|[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)*[ \t]*"
_ATX = re.compile(rf"^({_CONTAINERS})(#{{1,6}})([ \t].*|)$")
_SETEXT_TEXT = re.compile(rf"^({_CONTAINERS})(.*?)[ \t]*$")
_NEEDS_PARSER = re.compile(r"[<#`~{\[]|^[ \t>]*(?:=+|-+)[ \t]*$|^(?: {4}|\t)", re.MULTILINE)
# A fence's info string as kept: a language's name. Pandoc reads `{...}` there as attributes,
# `{=html}` as "pass the code through as raw HTML".
_INFO = re.compile(r"[\w.+#-]*")
_LEADING_BLANK = re.compile(r"\A(?:[ \t]*\n)+")
# A line of `=` or `-` that CommonMark reads as text (after a rule, a list item...), which pandoc
# may read as the underline of a heading.
_UNDERLINE = re.compile(r"[ \t>]*(?=(?:=+|-{2,})[ \t]*$)")
_LONE_DASH = re.compile(r"[ \t>]*-[ \t]*")
_LIST_MARK = re.compile(r"[-*+]|\d{1,9}[.)]")
# A line that starts a list item, inside quotes or not: the list after another needs no blank
# line to be read apart.
_LIST_START = re.compile(r"[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


class NotesText(str):
    """Notes as embedded: Markdown written by a person, which the HTML export renders with a
    full parser; everything else in an export is Markdown of plgtui's own, simpler making."""


def embed_notes(notes: str, level: int) -> NotesText:
    """Notes as Markdown whose headings start at `level` at the highest, with HTML shown as
    text and code blocks closed."""
    notes = strip_control(notes)
    if not _NEEDS_PARSER.search(notes):
        return NotesText(_trimmed(notes))
    lines, tokens = escape_notes(notes.splitlines())
    plan = _Plan(lines, tokens, level)
    out, changed = plan.rewritten()
    if changed:  # in a list, a blank line may end more than the paragraph: escape what it shows
        out = escape_notes(out)[0]
    return NotesText(_trimmed("\n".join(out)))


class _Plan:
    """What changes where, read from markdown-it's tokens of the escaped notes."""

    def __init__(self, lines: list[str], tokens, level: int) -> None:
        self.lines = lines
        self.code = code_lines(tokens)
        self.atx: dict[int, int] = {}  # heading line -> depth
        self.setext: dict[int, tuple[int, int]] = {}  # first text line -> (underline, depth)
        self.fences: dict[int, str] = {}  # opening line -> its fence
        self.closers: dict[int, str] = {}  # last line of a fence its quote or item ended
        self.unclosed = ""  # the fence to close the notes with
        self.rules: set[int] = set()  # `---`, which pandoc reads as the start of YAML metadata
        self.apart: dict[int, int] = {}  # line -> how many quotes the blank line before it is in
        quotes = 0
        for token in tokens:
            if token.type == "blockquote_close":
                quotes -= 1
            if token.map is None:
                continue
            start, end = token.map
            if token.type in ("fence", "code_block", "hr", "blockquote_open"):
                self.apart.setdefault(start, quotes)  # a quote's first line: before the quote
            if token.type == "blockquote_open":
                quotes += 1
            elif token.type == "fence":
                self.fences[start] = token.markup
                if not _closes(lines, token) and token.level == 0:
                    self.unclosed = token.markup
                elif not _closes(lines, token):
                    self.closers[end - 1] = _closer(lines[start], token.markup)
            elif token.type == "hr" and "-" in token.markup:
                self.rules.add(start)
            elif token.type == "list_item_open" and _LONE_DASH.fullmatch(lines[start]):
                self.apart.setdefault(start, quotes)  # pandoc: an underline after text
            elif token.type in ("bullet_list_open", "ordered_list_open") and end < len(lines):
                if not _LIST_START.match(lines[end]):
                    self.apart.setdefault(end, quotes)  # pandoc: more of the list's last item
            elif token.type == "heading_open":
                self.apart.setdefault(start, quotes)  # pandoc: a heading after text is text
                depth = min(6, int(token.tag[1]) + level - 1)
                if token.markup.startswith("#"):
                    self.atx[start] = depth
                else:
                    self.setext[start] = (end - 1, depth)

    def rewritten(self) -> tuple[list[str], bool]:
        """The lines as embedded, and whether lines were put in."""
        lines = self.lines
        out: list[str] = []
        skip: set[int] = set()
        changed = False
        for n, line in enumerate(lines):
            if n in skip:
                continue
            if n in self.atx and (match := _ATX.match(line)):
                line = match.group(1) + "#" * self.atx[n] + match.group(3)
            elif n in self.setext:
                underline, depth = self.setext[n]
                prefix, text = _SETEXT_TEXT.match(line).groups()
                more = [_SETEXT_TEXT.match(lines[k]).group(2) for k in range(n + 1, underline)]
                line = prefix + "#" * depth + " " + " ".join([text, *more]).strip()
                skip.update(range(n + 1, underline + 1))
            elif n in self.rules:
                line = line.replace("-", "*")
            elif (underline := _UNDERLINE.match(line)) and n not in self.code:
                line = line[: underline.end()] + "\\" + line[underline.end() :]
            elif n in self.fences:
                line = _fence_opening(line, self.fences[n])
            blank = _blank(lines[n - 1], line, self.apart[n]) if n and n in self.apart else None
            if blank is not None:
                out.append(blank)
                changed = True
            out.append(line)
            if n in self.closers:
                out.append(self.closers[n])
                changed = True
        if self.unclosed:
            out.append(self.unclosed)
        return out, changed


def _trimmed(notes: str) -> str:
    """Without blank lines around, keeping the first line's indentation, which makes code."""
    return _LEADING_BLANK.sub("", notes).rstrip()


def _fence_opening(line: str, fence: str) -> str:
    """The fence's opening line with a language's name at most after it."""
    at = line.index(fence)
    info = line[at:].lstrip(fence[0])
    return line[:at] + fence + _INFO.match(info.strip()).group(0)


def _closer(opening: str, fence: str) -> str:
    """The fence that closes one opened in a quote or list item, inside them: pandoc has no
    code without it, and reads what CommonMark takes for code as text, HTML and all."""
    prefix = opening[: opening.index(fence)]
    return _LIST_MARK.sub(lambda m: " " * len(m.group(0)), prefix) + fence


def _blank(before: str, line: str, quotes: int) -> str | None:
    """The blank line to put between `before` and `line`, inside `quotes` quotes, when
    `before` holds text there (even just a `>` that ends a quote). Pandoc needs one where
    CommonMark does not: it reads a fence after text as text, HTML and all, an indented line
    after a quote as more of the quote, a quote after text as text, and a lone `-` after a
    quote as the underline of a heading."""
    inside = _quote_marks(quotes)
    if not before[len(inside.match(before).group(0)) :].strip():
        return None
    return inside.match(line).group(0).rstrip()


def _quote_marks(quotes: int) -> re.Pattern[str]:
    return re.compile(rf"(?: {{0,3}}>){{0,{quotes}}}")


def _closes(lines: list[str], token) -> bool:
    start, end = token.map
    last = lines[end - 1].strip() if end - 1 > start else ""
    return last.startswith(token.markup) and set(last) == {token.markup[0]}
