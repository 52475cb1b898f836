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
_EMPTY, _MARKED = "|   |", "| \x01 |"  # an empty cell (markdown.table writes " "), marked
_ROW_END = "\x02"  # where one row's HTML ends, to split them apart again
# What a row taking the short way may not hold: what html_body.inline would change, other
# whitespace, the two marks, and a cell with more than one space around it.
_CHARS = '\\*&<>"\x01\x02' + SPACES
_PATTERNS = ("  |", "|  ", "| |")
_STAND_IN = "| x |"


def rows_html(rows: list[str], row: Callable[[str], str]) -> list[str]:
    """Each row's HTML, the same as `row(line)` of each."""
    if not rows:
        return []
    block = "\n".join(rows)
    marked = _marked(block)
    long_way = _odd(rows, block, marked)
    if long_way:
        marked = _marked("\n".join(_STAND_IN if n in long_way else r for n, r in enumerate(rows)))
    if not _framed(marked, len(rows)):  # rare: look at each row alone
        long_way |= {n for n, r in enumerate(rows) if not _framed(_marked(r), 1)}
        marked = _marked("\n".join(_STAND_IN if n in long_way else r for n, r in enumerate(rows)))
    block = marked[2:-2].replace(" |\n| ", f"</td>\n</tr>\n{_ROW_END}<tr>\n<td>")
    block = block.replace(" | ", "</td>\n<td>").replace("\x01", "")
    html = f"<tr>\n<td>{block}</td>\n</tr>\n".split(_ROW_END)
    for n in long_way:
        html[n] = row(rows[n])
    return html


def _marked(block: str) -> str:
    """Empty cells marked, each apart: of `|   |   |` one replacement marks the first only."""
    return block.replace(_EMPTY, _MARKED).replace(_EMPTY, _MARKED)


def _odd(rows: list[str], block: str, marked: str) -> set[int]:
    """The rows holding a character or pattern the replacements would not read as `row` does
    (`block` the rows joined, `marked` the same with empty cells marked, as long)."""
    starts: list[int] = []
    found: set[int] = set()

    def find(needle: str, text: str) -> None:
        if not starts:
            starts.extend(accumulate((len(r) + 1 for r in rows[:-1]), initial=0))
        at = text.find(needle)
        while at >= 0:
            n = bisect_right(starts, at) - 1
            found.add(n)
            at = text.find(needle, starts[n + 1]) if n + 1 < len(rows) else -1

    for char in _CHARS:
        if char in block:
            find(char, block)
    for pattern in _PATTERNS:
        if pattern in marked:
            find(pattern, marked)
    return found


def _framed(block: str, rows: int) -> bool:
    """Whether each of the rows (joined by line breaks, empty cells marked) starts with `| `
    and ends with ` |`, and every other `|` stands between two spaces, no two sharing one."""
    return (
        block.startswith("| ")
        and block.endswith(" |")
        and block.count(" |\n| ") == rows - 1
        and block.count("|") == block.count(" | ") + 2 * rows
    )
