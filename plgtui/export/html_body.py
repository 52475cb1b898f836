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


class _Body:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.paragraph: list[str] = []
        self.items: list[str] = []
        self.loose = False
        self.gap = False  # a blank line since the last list item

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

    def lines(self, lines: list[str]) -> None:
        n = 0
        while n < len(lines):
            line = lines[n]
            n += 1
            if not line.strip():
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
            self.close_list()
            heading = _HEADING.fullmatch(line)
            if heading and not self.paragraph:
                level = len(heading.group(1))
                self.out.append(f"<h{level}>{inline(heading.group(2).strip())}</h{level}>\n")
            elif line.startswith("|") and n < len(lines) and lines[n].startswith("|---"):
                self.close_paragraph()
                n = self.table(lines, n - 1)
            elif line.startswith("> ") and not self.paragraph:
                self.out.append(f"<blockquote>\n<p>{inline(line[2:].strip())}</p>\n</blockquote>\n")
            elif line.endswith("  "):
                self.paragraph.append(inline(line.strip()) + "<br />")
            else:
                self.paragraph.append(inline(line.strip()))

    def table(self, lines: list[str], start: int) -> int:
        header = _cells(lines[start])
        out = self.out
        out.append("<table>\n<thead>\n<tr>\n")
        out += [f"<th>{inline(c)}</th>\n" for c in header]
        out.append("</tr>\n</thead>\n")
        n = start + 2
        rows = []
        while n < len(lines) and lines[n].startswith("|"):
            cells = _cells(lines[n])
            rows.append("<tr>\n" + "".join(f"<td>{inline(c)}</td>\n" for c in cells) + "</tr>\n")
            n += 1
        if rows:
            out.append("<tbody>\n")
            out += rows
            out.append("</tbody>\n")
        out.append("</table>\n")
        return n


def body(lines: list[str]) -> str:
    """The HTML body of an export given as its lines (see `markdown.joined`)."""
    doc = _Body()
    own: list[str] = []
    for part in lines:
        if isinstance(part, NotesText):
            doc.lines(own)
            doc.close()
            doc.out.append(_notes_parser().render(part))
            own = []
        elif isinstance(part, Chart):  # drawn by plgtui itself (evidence_svg.py): as it is
            doc.lines(own)
            doc.close()
            doc.out.append(part.svg + "\n")
            own = []
        else:
            own += part.split("\n")
    doc.lines(own)
    doc.close()
    return "".join(doc.out)
