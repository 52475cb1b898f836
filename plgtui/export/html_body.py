"""HTML straight from an export's lines, without parsing the whole document again.

An export is Markdown of plgtui's own making: headings, paragraphs, `- ` lists, `> ` quotes,
GFM tables, `*` and `**` emphasis, and typed text with every Markdown character escaped
(markdown.escape; `<` as `&lt;`). That small dialect is turned into HTML line by line, the same
HTML markdown-it-py gives for it (tests/test_export_html.py compares the two); a table's rows all
at once (html_rows.py). Only the meetings' notes, Markdown a person wrote, go through
markdown-it-py, and not those that are prose. The body comes in blocks that carry what html.py
counts to cut the page into sections, so it need not read the HTML back. On ten years of
meetings this takes less than cmark-gfm takes to turn the Markdown into HTML (bench/export.py,
issue 33); tests/test_export_html_ways.py holds each short way to the long way's bytes.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import compress, repeat
from operator import is_not

from plgtui.export.evidence_svg import Chart
from plgtui.export.html_rows import rows_html
from plgtui.export.notes import NotesText

_INLINE = re.compile(r"\\([!-/:-@\[-`{-~])|&lt;|\*\*|\*|[&<>\"]")
_SPECIAL = re.compile(r"[\\*&<>\"]")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_NOT_ROW = re.compile(r"\n(?!\|)")  # the end of a table's rows: a line not starting with |
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
    if prose is None:
        return _notes_parser().render(notes)
    return "".join(f"<p>{p}</p>\n" for p in prose)


def _prose(notes: str) -> list[str] | None:
    """The paragraphs of notes that are prose, as HTML, else None. Besides the characters of
    markup: no tab, no space at either end of a line (code, a line break), no whitespace but
    spaces and line breaks (markdown-it strips a paragraph of any), no control characters."""
    if any(c in notes for c in _MARKUP) or " \n" in notes or notes.endswith(" "):
        return None
    if _BLOCK_LINE.search("\n" + notes) or not notes.replace("\n", "").isprintable():
        return None
    chunks = notes.replace('"', "&quot;").split("\n\n")
    return [p for chunk in chunks if (p := chunk.strip("\n"))]


def inline(text: str) -> str:
    """One line of the dialect: escapes resolved, emphasis as <em> and <strong>."""
    if not _SPECIAL.search(text):
        return text
    if text[0] == text[-1] == "*" and len(text) > 2 and not _SPECIAL.search(text, 1, len(text) - 1):
        return f"<em>{text[1:-1]}</em>"  # a meeting's date, a remark: the commonest emphasis
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


class Block:
    """The body from one heading of level 2, 3 or 4 to the next (`level`; "" for what comes
    before the first), with what html.py counts in it to tell whether it fits on a page:
    counted while it is made, rather than read back from the HTML."""

    __slots__ = ("text", "level", "paragraphs", "rows", "items", "headings", "charts")

    def __init__(self, level: str) -> None:
        self.text = ""
        self.level = level
        self.paragraphs: list[int] = []  # the length of each <p>'s HTML, in order
        self.rows = self.items = self.headings = self.charts = 0


_CUTS = {2: "2", 3: "3", 4: "4"}


class _Body:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.paragraph: list[str] = []
        self.items: list[str] = []
        self.loose = False
        self.gap = False  # a blank line since the last list item
        # Each table's rows (its lines joined), made HTML together at the end (html_rows.py),
        # and where in `out` they go.
        self.rows: list[str] = []
        self.tables: list[int] = []
        self.headers: dict[str, str] = {}  # a table's header row, made once per document
        self.block = Block("")
        self.blocks = [(0, self.block)]  # each block and where in `out` it starts
        self.counted = True  # False once a part made elsewhere holds what would need reading

    def close_paragraph(self) -> None:
        if self.paragraph:
            text = "\n".join(self.paragraph)
            self.out.append(f"<p>{text}</p>\n")
            self.block.paragraphs.append(len(text))
            self.paragraph.clear()  # emptied, not replaced: `lines` holds it

    def close_list(self) -> None:
        if self.items:
            self.out.append("<ul>\n")
            self.block.items += len(self.items)
            if self.loose:
                self.out += [f"<li>\n<p>{item}</p>\n</li>\n" for item in self.items]
                self.block.paragraphs += map(len, self.items)
            else:
                self.out += [f"<li>{item}</li>\n" for item in self.items]
            self.out.append("</ul>\n")
            self.items.clear()
            self.loose = self.gap = False

    def close(self) -> None:
        self.close_paragraph()
        self.close_list()

    def heading(self, level: int, text: str) -> None:
        # html.py cuts the page before such a heading where a line starts with it
        if level in _CUTS and self.out:
            self.cut(_CUTS[level])
        self.out.append(f"<h{level}>{text}</h{level}>\n")
        self.block.headings += 1

    def cut(self, level: str) -> None:
        if not self.out[-1].endswith("\n"):
            self.counted = False
        self.block = Block(level)
        self.blocks.append((len(self.out), self.block))

    def made(self, html: str) -> None:
        """HTML made elsewhere (notes, a chart), counted as html.py would count it; one that
        holds a heading html.py cuts before, or paragraphs not closed within it, is not."""
        if "<h2" in html or "<h3" in html or "<h4" in html or not html.endswith("\n"):
            self.counted = False
        block = self.block
        at = 0
        while (start := html.find("<p>", at)) >= 0:
            end = html.find("</p>", start + 3)
            if end < 0 or html.find("<p>", start + 3, end) >= 0:
                self.counted = False
                break
            block.paragraphs.append(end - start - 3)
            at = end + 4
        if html.find("</p>", at) >= 0:
            self.counted = False
        block.rows += html.count("<tr>")
        block.items += html.count("<li>")
        block.headings += html.count("<h")
        block.charts += html.count('<figure class="chart">')
        self.out.append(html)

    def prose(self, paragraphs: list[str]) -> None:
        self.out += [f"<p>{p}</p>\n" for p in paragraphs]
        self.block.paragraphs += map(len, paragraphs)

    def finish(self) -> list[Block]:
        self.close()
        out = self.out
        for at, rows in zip(self.tables, rows_html(self.rows, _row), strict=True):
            out[at] = rows
        ends = [at for at, _block in self.blocks[1:]] + [len(out)]
        for (start, block), end in zip(self.blocks, ends, strict=True):
            block.text = "".join(out[start:end])
        return [block for _start, block in self.blocks]

    def lines(self, lines: list[str]) -> None:
        # One pass, the commonest lines (table rows, list items, text) decided by their first
        # character before any regular expression runs.
        paragraph, items = self.paragraph, self.items
        n, count = 0, len(lines)
        while n < count:
            line = lines[n]
            n += 1
            if not line or line.isspace():
                if paragraph:
                    self.close_paragraph()
                if items:
                    self.gap = True
                continue
            first = line[0]
            if first == "-" and not paragraph and line.startswith("- "):
                if self.gap:
                    self.loose = True
                self.gap = False
                items.append(inline(line[2:].strip()))
                continue
            if items:
                self.close_list()
            level = 0  # a heading's: one to six `#` and a space
            if first == "#" and not paragraph:
                level = len(line) - len(line.lstrip("#"))
                if level > 6 or line[level : level + 1] != " ":
                    level = 0
            if level:
                self.heading(level, inline(line[level + 1 :].strip()))
            elif first == "|" and n < count and lines[n].startswith("|---"):
                self.close_paragraph()
                n = self.table(lines, n - 1)
            elif first == ">" and line.startswith("> ") and not paragraph:
                quote = inline(line[2:].strip())
                self.out.append(f"<blockquote>\n<p>{quote}</p>\n</blockquote>\n")
                self.block.paragraphs.append(len(quote))
            elif line.endswith("  "):
                paragraph.append(inline(line.strip()) + "<br />")
            else:
                paragraph.append(inline(line.strip()))

    def table(self, lines: list[str], start: int) -> int:
        n, count = start + 2, len(lines)
        end = n
        while end < count and lines[end].startswith("|"):
            end += 1
        self.table_of(lines[start], "\n".join(lines[n:end]) if end > n else "")
        return end

    def table_of(self, header_line: str, rows: str) -> None:
        """A table from its header line and its rows (lines joined, or "" for none)."""
        out = self.out
        header = self.headers.get(header_line)
        if header is None:
            cells = "".join(f"<th>{inline(c)}</th>\n" for c in _cells(header_line))
            header = f"<table>\n<thead>\n<tr>\n{cells}</tr>\n</thead>\n"
            self.headers[header_line] = header
        out.append(header)
        self.block.rows += 1
        if rows:
            self.tables.append(len(out) + 1)
            self.rows.append(rows)
            out += ("<tbody>\n", "", "</tbody>\n")
            self.block.rows += rows.count("\n") + 1
        out.append("</table>\n")

    def text(self, text: str) -> None:
        """Lines joined by line breaks: each table found and taken whole by searching the text,
        the lines between read one by one (`lines`), as `lines` would read them all."""
        at = seek = 0  # the first line not read yet; where to look for the next table
        while (rule := text.find("\n|---", seek)) >= 0:
            head = text.rfind("\n", 0, rule) + 1  # the line before: the table's header?
            if text[head] != "|":
                seek = rule + 1
                continue
            if head > at:
                self.lines(text[at : head - 1].split("\n"))
            self.close()
            rows = text.find("\n", rule + 1) + 1  # the line after the rule, 0 if none
            if rows and text.startswith("|", rows):
                last = _NOT_ROW.search(text, rows)
                end = last.start() if last else len(text)
                self.table_of(text[head:rule], text[rows:end])
                at = end + 1
            else:
                self.table_of(text[head:rule], "")
                at = rows or len(text) + 1
            seek = at
        if at <= len(text):
            self.lines(text[at:].split("\n"))


def blocks(lines: list[str]) -> tuple[list[Block], bool]:
    """The HTML body of an export given as its lines (see `markdown.joined`), in blocks with
    what html.py counts in them, and whether those counts hold: not where a part made
    elsewhere would need reading back (html.py then reads the HTML)."""
    doc = _Body()
    start = 0
    # Where notes and charts are among the lines, found without a step of Python per line;
    # the lines between them split at their line breaks all at once.
    kinds = map(type, lines)
    for n in compress(range(len(lines)), map(is_not, kinds, repeat(str))):
        part = lines[n]
        if not isinstance(part, (NotesText, Chart)):
            continue  # another kind of text: read with the lines around it
        if n > start:
            doc.text("\n".join(lines[start:n]))
        doc.close()
        if isinstance(part, NotesText):
            prose = _prose(part)
            if prose is None:
                doc.made(_notes_parser().render(part))
            else:
                doc.prose(prose)
        else:  # a chart, drawn by plgtui itself (evidence_svg.py): as it is
            doc.made(part.svg + "\n")
        start = n + 1
    if start < len(lines):
        doc.text("\n".join(lines[start:]))
    return doc.finish(), doc.counted


def body(lines: list[str]) -> str:
    """The HTML body of an export given as its lines, whole."""
    return "".join(block.text for block in blocks(lines)[0])
