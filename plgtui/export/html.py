"""A Markdown export as one self-contained HTML page, for people who just double-click a file.

Raw HTML in the Markdown is not passed through, so a `<script>` someone typed stays text. It
prints on A4: headings stay with what follows, a short meeting stays on one page, and a table
split over pages repeats its header row.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from itertools import chain

STYLE = """
body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem;
       color: #1b1b1b; }
h1, h2, h3, h4 { line-height: 1.25; margin-top: 1.6em; }
h1 { border-bottom: 2px solid #2b5b84; padding-bottom: .2em; }
table { border-collapse: collapse; margin: .6em 0 1.2em; width: 100%; }
th, td { border: 1px solid #c8c8c8; padding: .3em .6em; text-align: left; vertical-align: top; }
th { background: #eef3f8; }
blockquote { border-left: 4px solid #2b5b84; margin: 1em 0; padding: .2em 1em; color: #333; }
code, pre { background: #f4f4f4; }
pre { white-space: pre-wrap; }
figure.chart { margin: .6em 0 1.2em; max-width: 17cm; break-inside: avoid; page-break-inside: avoid; }
@page { size: A4; margin: 16mm 15mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  .keep { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  tr, li, blockquote, pre { break-inside: avoid; page-break-inside: avoid; }
  th { background: #eef3f8 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
""".strip()


def to_html(markdown: str, title: str, lang: str) -> str:
    """Any Markdown as a page, parsed whole by markdown-it-py."""
    from markdown_it import MarkdownIt  # only exports pay for the import

    parser = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    return _page(sections(parser.render(markdown)), title, lang)


def page(lines: list[str], title: str, lang: str) -> str:
    """An export's lines as a page: the same HTML as `to_html` of their Markdown, made without
    parsing the whole document (html_body.py), nor reading it back to cut it into sections."""
    from plgtui.export.html_body import blocks

    made, counted = blocks(lines)
    if not counted:
        return _page(sections("".join(block.text for block in made)), title, lang)
    return _page(_sections_of(made), title, lang)


def _page(body: str, title: str, lang: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>\n{STYLE}\n</style>\n</head>\n"
        f"<body>\n{body}</body>\n</html>\n"
    )


_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)
PAGE_LINES = 44  # lines of body text on an A4 page at the printed size, less a margin
LINE_CHARS = 95
CHART_LINES = 18  # a goal's chart (evidence_svg.py) at the width of the page
PAGE_CHARS = 12_000  # more HTML than this never fits on one page: no need to count


def _lines(part: str) -> float:
    """About how many printed lines a part takes: enough to tell a short meeting from a long one."""
    if len(part) > PAGE_CHARS:
        return PAGE_LINES + 1
    paragraphs = map(len, _PARAGRAPH.findall(part))
    rows, items, charts = (
        part.count("<tr>"),
        part.count("<li>"),
        part.count('<figure class="chart">'),
    )
    return _estimate(paragraphs, rows, items, part.count("<h"), charts)


def _estimate(paragraphs: Iterable[int], rows: int, items: int, headings: int, charts: int):
    """The lines of paragraphs (each's length in HTML), table rows, list items, headings and
    charts; one formula for the HTML read back (`_lines`) and counted as made (`_fits`)."""
    text = sum(n // LINE_CHARS + 1.2 for n in paragraphs)
    return text + rows * 1.6 + items * 1.2 + headings * 2.5 + charts * CHART_LINES


def _split(html: str, levels: str) -> list[str]:
    """`html` cut before each heading of the given levels ("23": <h2> and <h3>) that starts a
    line; str.split, because a regular expression over a long journey was slow (bench/README.md)."""
    pieces = html.split("\n<h")
    parts = [pieces[0]]
    for piece in pieces[1:]:
        if piece[:1] in levels:
            parts[-1] += "\n"
            parts.append("<h" + piece)
        else:
            parts[-1] += "\n<h" + piece
    return parts


def sections(body: str) -> str:
    """Each part that starts at a second- or third-level heading (a meeting, the phases...) in
    a <section>; one that fits on a page is kept on one page when printed, a longer one flows.
    A heading directly followed by another goes with the part after it. Typed text cannot fake
    a heading: raw HTML is off."""
    parts = _split(body, "23")
    if not parts[0].startswith(("<h2>", "<h3>")):
        out, rest = [parts[0]], parts[1:]
    else:
        out, rest = [], parts
    held = ""
    for part in rest:
        if part.count("\n") <= 1 and part.rstrip().endswith(("</h2>", "</h3>")):
            held += part
            continue
        whole, held = held + part, ""
        if _lines(whole) <= PAGE_LINES:
            out.append(f'<section class="keep">\n{whole}</section>\n')
        else:
            out.append(f"<section>\n{_parts(whole)}</section>\n")
    out.append(held)
    return "".join(out)


def _parts(section: str) -> str:
    """A long section's parts (its attendance, agenda, notes...) each kept on one page where
    they fit; the section's title and date go with its first part."""
    pieces = _split(section, "4")
    if len(pieces) < 2:
        return section
    pieces[1] = pieces[0] + pieces[1]
    return "".join(
        f'<div class="keep">\n{p}</div>\n' if _lines(p) <= PAGE_LINES else p for p in pieces[1:]
    )


# The same cut from blocks counted as they were made (html_body.blocks): `sections` and `_parts`
# step by step, without reading the HTML back.


def _sections_of(blocks: list) -> str:
    parts = [[blocks[0]]]
    for block in blocks[1:]:
        if block.level in ("2", "3"):
            parts.append([block])
        else:
            parts[-1].append(block)
    if not parts[0][0].text.startswith(("<h2>", "<h3>")):
        out, rest = [_text(parts[0])], parts[1:]
    else:
        out, rest = [], parts
    held: list = []
    for part in rest:
        # A part of more than one block has more than one line: each block ends with one.
        if len(part) == 1 and _held(part[0].text):
            held += part
            continue
        whole, held = held + part, []
        if _fits(whole):
            out.append(f'<section class="keep">\n{_text(whole)}</section>\n')
        else:
            out.append(f"<section>\n{_parts_of(whole)}</section>\n")
    out.append(_text(held))
    return "".join(out)


def _parts_of(section: list) -> str:
    pieces = [section[:1]]
    for block in section[1:]:
        if block.level == "4":
            pieces.append([block])
        else:
            pieces[-1].append(block)
    if len(pieces) < 2:
        return _text(section)
    pieces[1] = pieces[0] + pieces[1]
    out: list[str] = []
    for piece in pieces[1:]:
        text = piece[0].text if len(piece) == 1 else _text(piece)
        out += ('<div class="keep">\n', text, "</div>\n") if _fits(piece) else (text,)
    return "".join(out)


def _held(text: str) -> bool:
    """A heading directly followed by another: at most one line break, ending the heading."""
    second = text.find("\n", text.find("\n") + 1) if "\n" in text else -1
    return second < 0 and text.rstrip().endswith(("</h2>", "</h3>"))


def _fits(blocks: list) -> bool:
    """`_lines(_text(blocks)) <= PAGE_LINES`, from the counts."""
    if len(blocks) == 1:  # most: a meeting's attendance, its agenda, its notes...
        b = blocks[0]
        chars, paragraphs, rows = len(b.text), b.paragraphs, b.rows
        items, headings, charts = b.items, b.headings, b.charts
    else:
        chars = sum(len(b.text) for b in blocks)
        paragraphs = chain.from_iterable(b.paragraphs for b in blocks)
        rows, items = sum(b.rows for b in blocks), sum(b.items for b in blocks)
        headings, charts = sum(b.headings for b in blocks), sum(b.charts for b in blocks)
    # The estimate only adds to its rows' lines: more than a page of rows alone is enough.
    if chars > PAGE_CHARS or rows * 1.6 > PAGE_LINES:
        return False
    return _estimate(paragraphs, rows, items, headings, charts) <= PAGE_LINES


def _text(blocks: list) -> str:
    return "".join(b.text for b in blocks)
