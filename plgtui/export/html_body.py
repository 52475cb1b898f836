"""HTML straight from an export's lines, without parsing the whole document again.

An export is Markdown of plgtui's own making: headings, paragraphs, `- ` lists, `> ` quotes,
GFM tables, `*` and `**` emphasis, and typed text with every Markdown character escaped
(markdown.escape; `<` as `&lt;`). That small dialect is turned into HTML line by line, the same
HTML markdown-it-py gives for it (tests/test_export_html.py compares the two). Only the meetings'
notes, Markdown a person wrote, go through markdown-it-py. On ten years of meetings this takes
a fraction of the time of parsing the whole document (bench/export.py).
"""

from __future__ import annotations

import re
from functools import cache

from plgtui.export.evidence_svg import Chart
from plgtui.export.html_rows import rows_html
from plgtui.export.notes import NotesText

_HEADING = re.compile(r"(#{1,6}) (.*)")
_INLINE = re.compile(r"\\([!-/:-@\[-`{-~])|&lt;|\*\*|\*|[&<>\"]")
_SPECIAL = re.compile(r"[\\*&<>\"]")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}


@cache
def _notes_parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


# Notes that are prose, as most are: paragraphs of words and everyday punctuation. Nothing in
# them can start markup, so markdown-it would make each paragraph a <p> of its lines as they
# are; ten years of notes took most of the page's time through the parser (bench/export.py).
_MARKUP = "\\`*_[]<>|~&#{}^"
# A line that might open a block (a list, a quote, a rule, code, an underline...): one that
# starts with neither a letter nor a digit, or with a number such as a list's "1." or "2)".
_BLOCK_LINE = re.compile(r"\n(?:[^\w\n]|\d+[.)])")


def notes_html(notes: str) -> str:
    """A meeting's notes (Markdown a person wrote, made safe by notes.py) as HTML: what
    markdown-it makes of them."""
    prose = _prose(notes)
    return _notes_parser().render(notes) if prose is None else prose


def _prose(notes: str) -> str | None:
    """Notes that are prose as HTML, else None. Besides the characters of markup: no tab, no
    space at either end of a line (code, a line break), no whitespace but spaces and line
    breaks (markdown-it strips a paragraph of any), no control characters."""
    if any(c in notes for c in _MARKUP) or " \n" in notes or notes.endswith(" "):
        return None
    if _BLOCK_LINE.search("\n" + notes) or not notes.replace("\n", "").isprintable():
        return None
    paragraphs = (p for chunk in notes.split("\n\n") if (p := chunk.strip("\n")))
    return "".join(f"<p>{p}</p>\n" for p in paragraphs).replace('"', "&quot;")


def inline(text: str) -> str:
    """One line of the dialect: escapes resolved, emphasis as <em> and <strong>."""
    if not _SPECIAL.search(text):
        return text
    out: list[str] = []
    last = 0
    strong = em = False
    for match in _INLINE.finditer(text):
        out.append(text[last : match.start()])
        last = match.end()
        token = match.group(0)
        if match.group(1) is not None:
            out.append(_ENTITIES.get(match.group(1), match.group(1)))
        elif token == "&lt;":  # how markdown.escape writes `<`
            out.append(token)
        elif token == "**":
            out.append("</strong>" if strong else "<strong>")
            strong = not strong
        elif token == "*":
            out.append("</em>" if em else "<em>")
            em = not em
        else:
            out.append(_ENTITIES[token])
    out.append(text[last:])
    return "".join(out)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _CELL_SPLIT.split(line.strip()[1:-1])]


def _row(line: str) -> str:
    """A table's row; one without escapes or emphasis (most) split and joined as it is."""
    if _SPECIAL.search(line):
        cells = "".join(f"<td>{inline(c)}</td>\n" for c in _cells(line))
        return f"<tr>\n{cells}</tr>\n"
    cells = "</td>\n<td>".join(map(str.strip, line.strip()[1:-1].split("|")))
    return f"<tr>\n<td>{cells}</td>\n</tr>\n"


class _Body:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.paragraph: list[str] = []
        self.items: list[str] = []
        self.loose = False
        self.gap = False  # a blank line since the last list item
        # Every table's rows, made HTML together at the end (html_rows.py); for each table
        # where in `out` its rows go and which they are.
        self.rows: list[str] = []
        self.tables: list[tuple[int, int, int]] = []

    def close_paragraph(self) -> None:
        if self.paragraph:
            text = "\n".join(self.paragraph)
            self.out.append(f"<p>{text}</p>\n")
            self.paragraph = []

    def close_list(self) -> None:
        if self.items:
            self.out.append("<ul>\n")
            for item in self.items:
                self.out.append(
                    f"<li>\n<p>{item}</p>\n</li>\n" if self.loose else f"<li>{item}</li>\n"
                )
            self.out.append("</ul>\n")
            self.items, self.loose, self.gap = [], False, False

    def close(self) -> None:
        self.close_paragraph()
        self.close_list()

    def html(self) -> str:
        self.close()
        rows = rows_html(self.rows, _row)
        for at, first, end in self.tables:
            self.out[at] = "".join(rows[first:end])
        return "".join(self.out)

    def lines(self, lines: list[str]) -> None:
        # One pass, the commonest lines (table rows, list items, text) decided by their first
        # character before any regular expression runs.
        out = self.out
        n, count = 0, len(lines)
        while n < count:
            line = lines[n]
            n += 1
            if not line or line.isspace():
                self.close_paragraph()
                if self.items:
                    self.gap = True
                continue
            if line.startswith("- ") and not self.paragraph:
                if self.gap:
                    self.loose = True
                self.gap = False
                self.items.append(inline(line[2:].strip()))
                continue
            if self.items:
                self.close_list()
            first = line[0]
            if first == "#" and not self.paragraph and (heading := _HEADING.fullmatch(line)):
                level = len(heading.group(1))
                out.append(f"<h{level}>{inline(heading.group(2).strip())}</h{level}>\n")
            elif first == "|" and n < count and lines[n].startswith("|---"):
                self.close_paragraph()
                n = self.table(lines, n - 1)
            elif first == ">" and line.startswith("> ") and not self.paragraph:
                out.append(f"<blockquote>\n<p>{inline(line[2:].strip())}</p>\n</blockquote>\n")
            elif line.endswith("  "):
                self.paragraph.append(inline(line.strip()) + "<br />")
            else:
                self.paragraph.append(inline(line.strip()))

    def table(self, lines: list[str], start: int) -> int:
        out = self.out
        out.append("<table>\n<thead>\n<tr>\n")
        out += [f"<th>{inline(c)}</th>\n" for c in _cells(lines[start])]
        out.append("</tr>\n</thead>\n")
        n, count = start + 2, len(lines)
        end = n
        while end < count and lines[end].startswith("|"):
            end += 1
        if end > n:
            self.tables.append((len(out) + 1, len(self.rows), len(self.rows) + end - n))
            self.rows += lines[n:end]
            out += ("<tbody>\n", "", "</tbody>\n")
        out.append("</table>\n")
        return end


def body(lines: list[str]) -> str:
    """The HTML body of an export given as its lines (see `markdown.joined`)."""
    doc = _Body()
    own: list[str] = []
    for part in lines:
        if isinstance(part, NotesText):
            doc.lines(own)
            doc.close()
            doc.out.append(notes_html(part))
            own = []
        elif isinstance(part, Chart):  # drawn by plgtui itself (evidence_svg.py): as it is
            doc.lines(own)
            doc.close()
            doc.out.append(part.svg + "\n")
            own = []
        elif "\n" in part:
            own += part.split("\n")
        else:
            own.append(part)
    doc.lines(own)
    return doc.html()
