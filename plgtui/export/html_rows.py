"""Every table row of a document made HTML at once, as html_body.py's `row` makes each one.

A row of plgtui's own making is `| cell | cell |`, its cells escaped (markdown.table). Most hold
no escape, no emphasis and no whitespace but single spaces: those are turned into HTML by a few
replacements over all of them joined, without a step of Python per row; on ten years (23,000
rows) that is several times faster (bench/export.py). Any other row goes through `row`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

# The whitespace str.strip takes off a cell besides the space (and the line break, which no
# row holds): a row with any of it goes the long way.
SPACES = (
    "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_ROW_END = "\x02"  # where one row's HTML ends, to split them apart again
# What a row taking the short way may not hold: what html_body.inline would change, other
# whitespace, and the mark.
_CHARS = '\\*&<>"\x02' + SPACES
_STAND_IN = "| x |"


def rows_html(tables: list[str], row: Callable[[str], str]) -> list[str]:
    """Each table's rows (its lines joined by line breaks) as HTML: for each line, `row(line)`."""
    if not tables:
        return []
    block = "\n".join(tables)
    rows: list[str] = []
    long_way: set[int] = set()
    if any(char in block for char in _CHARS):
        rows = block.split("\n")
        long_way = _odd(rows, block)
        block = "\n".join(_STAND_IN if n in long_way else r for n, r in enumerate(rows))
    html = _replaced(block)
    if html is None:  # a row framed otherwise than `| cell | cell |`: one by one
        made = [row(r) for r in (rows or block.split("\n"))]
    else:
        made = html.split(_ROW_END)
        for n in long_way:
            made[n] = row(rows[n])
    out, at = [], 0
    for size in map(_lines, tables):
        out.append("".join(made[at : at + size]))
        at += size
    return out


def _lines(text: str) -> int:
    return text.count("\n") + 1


def _replaced(block: str) -> str | None:
    """The rows' HTML, each ending with the mark, if every `|` stood where `row` splits and
    no cell had more than one space around it; else None.

    Each line break must stand in ` |\n| ` and each other `|` in ` | `, or a `|` is left;
    an empty cell (`|   |`, markdown.table) comes out as `<td> </td>` and is emptied; any
    other space left beside a cell's text is one `row` would strip."""
    if not block.startswith("| ") or not block.endswith(" |"):
        return None
    inner = block[2:-2].replace(" |\n| ", f"</td>\n</tr>\n{_ROW_END}<tr>\n<td>")
    inner = inner.replace(" | ", "</td>\n<td>")
    html = f"<tr>\n<td>{inner}</td>\n</tr>\n".replace("<td> </td>", "<td></td>")
    if "|" in html or "<td> " in html or " </td>" in html:
        return None
    return html


def _odd(rows: list[str], block: str) -> set[int]:
    """The rows holding a character the replacements would not read as `row` does (`block`
    the rows joined)."""
    starts: list[int] = []
    found: set[int] = set()
    for char in _CHARS:
        if char not in block:
            continue
        if not starts:
            starts.extend(accumulate((len(r) + 1 for r in rows[:-1]), initial=0))
        at = block.find(char)
        while at >= 0:
            n = bisect_right(starts, at) - 1
            found.add(n)
            at = block.find(char, starts[n + 1]) if n + 1 < len(rows) else -1
    return found
