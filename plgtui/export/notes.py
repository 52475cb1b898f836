"""A meeting's notes, which are Markdown on purpose, placed safely inside a larger document.

Whatever someone typed, the notes may not reach outside their section or act in a reader:
- their headings, `#` and underlined (setext) alike, start below the document's own;
- HTML (a `<script>`, an `<img onerror>`, a comment left open) is shown as text, because many
  Markdown tools (pandoc, wikis, site builders) pass raw HTML through, and an unclosed HTML block
  would hide the rest of the document;
- a code block left open is closed; code keeps every character as typed.

markdown-it-py says which lines are headings and which are code, so `    # x` (indented code)
and a `#` inside a fence stay as they are. Notes without any of the characters involved skip
the parser: most notes are plain text and a long journey has hundreds of them.
"""

from __future__ import annotations

import re
from functools import cache

# What is before a heading's `#` inside quotes and list items ("> # x" and "- # x").
_CONTAINERS = r"(?:[ \t]*>[ \t]?|[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)*[ \t]*"
_ATX = re.compile(rf"^({_CONTAINERS})(#{{1,6}})([ \t].*|)$")
_SETEXT_TEXT = re.compile(rf"^({_CONTAINERS})(.*?)[ \t]*$")
# A `<` that could open a tag, a comment, a declaration or a processing instruction, and is
# not escaped yet (an even number of backslashes before it), so escaping twice changes nothing.
_TAG = re.compile(r"(?<!\\)((?:\\\\)*)<(?=[A-Za-z/!?])")
_CODE_SPAN = re.compile(r"(`+)(?:.*?[^`])?\1(?!`)")
_NEEDS_PARSER = re.compile(r"[<#`~]|^[ \t]*(?:=+|-+)[ \t]*$|^(?: {4}|\t)", re.MULTILINE)


class NotesText(str):
    """Notes as embedded: Markdown written by a person, which the HTML export renders with a
    full parser; everything else in an export is Markdown of plgtui's own, simpler making."""


@cache
def _parser():
    from markdown_it import MarkdownIt  # only exports and the minutes view pay for the import

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def embed_notes(notes: str, level: int) -> NotesText:
    """Notes as Markdown whose headings start at `level` at the highest, with HTML shown as
    text and code blocks closed."""
    if not _NEEDS_PARSER.search(notes):
        return NotesText(notes.strip())
    lines = notes.splitlines()
    # HTML first: an HTML block hides the headings and code after it from the parser, and
    # once it is text they show. Escaping can turn an HTML block's lines into code or
    # paragraphs, so read again until nothing changes.
    for _attempt in range(8):
        tokens = _parser().parse("\n".join(lines))
        code = _code_lines(tokens)
        escaped = [line if n in code else _no_html(line) for n, line in enumerate(lines)]
        if escaped == lines:
            break
        lines = escaped
    else:  # never seen; a document without any HTML is the safe end
        lines = [_no_html(line) for line in lines]
        tokens = _parser().parse("\n".join(lines))
        code = _code_lines(tokens)
    setext: dict[int, tuple[int, int]] = {}  # first text line -> (underline line, depth)
    atx: dict[int, int] = {}  # heading line -> depth
    unclosed = ""
    for token in tokens:
        if token.map is None:
            continue
        start, end = token.map
        if token.type == "fence" and token.level == 0 and not _closes(lines, token):
            unclosed = token.markup
        elif token.type == "heading_open":
            depth = min(6, int(token.tag[1]) + level - 1)
            if token.markup.startswith("#"):
                atx[start] = depth
            else:
                setext[start] = (end - 1, depth)
    out: list[str] = []
    skip: set[int] = set()
    for n, line in enumerate(lines):
        if n in skip:
            continue
        if n in atx and (match := _ATX.match(line)):
            line = match.group(1) + "#" * atx[n] + match.group(3)
        elif n in setext:
            underline, depth = setext[n]
            prefix, text = _SETEXT_TEXT.match(line).groups()
            more = [_SETEXT_TEXT.match(lines[k]).group(2) for k in range(n + 1, underline)]
            line = prefix + "#" * depth + " " + " ".join([text, *more]).strip()
            skip.update(range(n + 1, underline + 1))
        out.append(line)
    if unclosed:
        out.append(unclosed)
    return NotesText("\n".join(out).strip())


def _code_lines(tokens) -> set[int]:
    code: set[int] = set()
    for token in tokens:
        if token.type in ("fence", "code_block") and token.map:
            code.update(range(*token.map))
    return code


def _closes(lines: list[str], token) -> bool:
    start, end = token.map
    last = lines[end - 1].strip() if end - 1 > start else ""
    return last.startswith(token.markup) and set(last) == {token.markup[0]}


def _no_html(line: str) -> str:
    """`<` escaped wherever it could start HTML, except inside code spans."""
    if "<" not in line:
        return line
    parts, last = [], 0
    for span in _CODE_SPAN.finditer(line):
        parts += [_TAG.sub(r"\1\\<", line[last : span.start()]), span.group(0)]
        last = span.end()
    parts.append(_TAG.sub(r"\1\\<", line[last:]))
    return "".join(parts)
