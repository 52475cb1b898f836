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
_BETWEEN = "\n\x02\n"  # between two tables' rows joined; the mark splits their HTML apart again
# What a row taking the short way may not hold: what html_body.inline would change, other
# whitespace, and the mark.
_CHARS = '\\*&<>"' + SPACES
_STAND_IN = "| x |"


def rows_html(tables: list[str], row: Callable[[str], str]) -> list[str]:
    """Each table's rows (its lines joined by line breaks) as HTML: for each line, `row(line)`.
    A table with a row that cannot take the short way goes one row at a time."""
    if not tables:
        return []
    block = _BETWEEN.join(tables)
    odd = _odd(tables, block)
    if odd:
        block = _BETWEEN.join(_STAND_IN if n in odd else t for n, t in enumerate(tables))
    html = _replaced(block)
    if html is None:  # a row framed otherwise than `| cell | cell |`
        return [_one_by_one(t, row) for t in tables]
    made = html.split("\x02")
    for n in odd:
        made[n] = _one_by_one(tables[n], row)
    return made


def _one_by_one(rows: str, row: Callable[[str], str]) -> str:
    return "".join(map(row, rows.split("\n")))


def _replaced(block: str) -> str | None:
    """The rows' HTML, the tables' apart by the mark, if every `|` stood where `row` splits
    and no cell had more than one space around it; else None.

    Each line break must stand in ` |\n| ` (or between tables) and each other `|` in ` | `,
    or a `|` is left; an empty cell (`|   |`, markdown.table) comes out as `<td> </td>` and
    is emptied; any other space left beside a cell's text is one `row` would strip."""
    if not block.startswith("| ") or not block.endswith(" |"):
        return None
    inner = block[2:-2].replace(" |\n\x02\n| ", "</td>\n</tr>\n\x02<tr>\n<td>")
    inner = inner.replace(" |\n| ", "</td>\n</tr>\n<tr>\n<td>").replace(" | ", "</td>\n<td>")
    html = f"<tr>\n<td>{inner}</td>\n</tr>\n".replace("<td> </td>", "<td></td>")
    if "|" in html or "<td> " in html or " </td>" in html:
        return None
    return html


def _odd(tables: list[str], block: str) -> set[int]:
    """The tables holding a character the replacements would not read as `row` does, or the
    mark (`block` their rows joined)."""
    found = (
        {n for n, t in enumerate(tables) if "\x02" in t}
        if block.count("\x02") >= len(tables)
        else set()
    )
    starts: list[int] = []
    for char in _CHARS:
        if char not in block:
            continue
        if not starts:
            starts.extend(accumulate((len(t) + len(_BETWEEN) for t in tables[:-1]), initial=0))
        at = block.find(char)
        while at >= 0:
            n = bisect_right(starts, at) - 1
            found.add(n)
            at = block.find(char, starts[n + 1]) if n + 1 < len(tables) else -1
    return found
