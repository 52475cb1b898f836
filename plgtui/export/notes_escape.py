"""What in a meeting's notes is escaped so that no reader runs it, whichever reader opens the
export: pandoc and cmark-gfm with raw HTML on, wikis, site builders, plgtui's own HTML.

- a `<` that could open HTML, a comment, a declaration or an autolink: written `&lt;`;
- a `{`, which pandoc reads as attributes (`[x]{onclick=...}`, `{onerror=...}` after an image,
  `{=html}` after code passes the code through as raw HTML): shown as text;
- the `]` before the address of a link, image or definition that would run (javascript:,
  vbscript:, data:): the link's text and address are shown as text;
- every bracket of a paragraph (or heading, or table cell) where one is left unpaired: pandoc
  pairs a `[` left open with a `]` paragraphs further, and drops all in between, headings of
  the document too.

Where pandoc reads the structure otherwise, the text is changed so both read it alike: a line
of text that pandoc takes for a fence is escaped, an empty list item is given a no-break space.

Inside code, blocks and spans, nothing is escaped: code keeps every character as typed. Which
characters sit in a code span is asked of markdown-it, over the whole text at once (a span can
run over several lines, and "\\`" is no backtick). Every candidate is first replaced by a
private-use character, which like an escaped character opens nothing, so the parser reads the
document as it will be exported; a candidate it finds inside a code span is put back as typed,
where the spans are plain enough for every reader to find them alike (`_plain_spans`).
"""

from __future__ import annotations

import re
from functools import cache

# Not escaped yet: an even number of backslashes before it, so escaping twice changes nothing.
_UNESCAPED = r"(?<!\\)(?:\\\\)*"
_TAG = re.compile(r"<(?=[A-Za-z/!?])")  # escaped too: see _escaped
_BRACE = re.compile(_UNESCAPED + r"\{")
_LINK_END = re.compile(_UNESCAPED + r"\](?=[(:])")
_BRACKET = re.compile(_UNESCAPED + r"[\[\]]")
_FENCE_LIKE = re.compile(r"(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)]))*[ \t]*(?=```|~~~)")
_RUN = re.compile(r"`+")
_ANY = re.compile(r"<[A-Za-z/!?]|[{\]]")
# What a browser skips or cannot see in an address, and what a reader unwraps around it.
_HIDDEN = re.compile(r"[\x00-\x20\x7f<>\\]+")
RUNS = ("javascript:", "vbscript:", "data:")
_PRIVATE = 0xF0000  # supplementary private use area A: 65,534 characters nobody types
_PRIVATE_END = 0xFFFFE


@cache
def parser():
    """CommonMark as markdown-it reads it, with every link address let through: the escaping
    must see the links that other readers would make, not only the ones markdown-it allows."""
    from markdown_it import MarkdownIt  # only exports and the minutes view pay for the import

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.validateLink = lambda url: True
    md.normalizeLink = lambda url: url
    md.core.ruler.disable("text_join")  # an escaped `\[` stays apart from an unmatched one
    return md


def runs(address: str) -> bool:
    """Whether a link's address, as typed (escapes and entities not yet read), would run."""
    from markdown_it.common.utils import unescapeAll

    return _HIDDEN.sub("", unescapeAll(address[:200])).lower().startswith(RUNS)


def escape_notes(lines: list[str]):
    """The lines with every candidate outside code escaped, and markdown-it's tokens of them."""
    brackets: set[int] = set()  # lines of a block with a bracket left unmatched
    candidates = _candidates(lines, None, brackets)
    for _attempt in range(8):
        text, marks = _marked(lines, candidates)
        tokens = parser().parse(text)
        code = code_lines(tokens)
        plain = _plain_spans(tokens, lines)
        in_span = {k for k in _in_spans(tokens, marks) if candidates[k][0] in plain}
        escaped = _no_fences(_escaped(lines, candidates, in_span, code), code)
        escaped = _filled(escaped, tokens)
        brackets |= _unmatched(tokens, len(lines))
        following = _candidates(escaped, code, brackets)
        if escaped == lines and following == candidates:
            return lines, tokens
        lines, candidates = escaped, following
    # Never seen. Escaping changes what is code, and that what is escaped; every candidate
    # escaped, code too, is the safe end.
    everything = _candidates(lines, None, set(range(len(lines))))
    lines = _no_fences(_escaped(lines, everything, set(), set()), set())
    return lines, parser().parse("\n".join(lines))


def _no_fences(lines: list[str], code: set[int]) -> list[str]:
    """A line of text that pandoc would read as a fence made text for pandoc too. CommonMark
    takes "``` a`b" for text, pandoc for the start of code; the fences after it would pair up
    differently, and pandoc read code as text (HTML and all) or the rest of the document as
    code. Escaping its first backtick changes no code block: a later round sees what it did to
    code spans."""
    out = list(lines)
    for n, line in enumerate(lines):
        if n not in code and (fence := _FENCE_LIKE.match(line)):
            out[n] = line[: fence.end()] + "\\" + line[fence.end() :]
    return out


def _filled(lines: list[str], tokens) -> list[str]:
    """Each empty list item given a no-break space: CommonMark ends an empty item at the
    blank line after it and reads the indented lines that follow as code; pandoc reads them as
    the item's text, HTML and all, and headings. With something in it, both read them as the
    item's text. It still looks empty."""
    out = lines
    for token, after in zip(tokens, tokens[1:]):
        if token.type == "list_item_open" and after.type == "list_item_close" and token.map:
            if out is lines:
                out = list(lines)
            n = token.map[0]
            out[n] = out[n].rstrip() + " &nbsp;"
    return out


def code_lines(tokens) -> set[int]:
    code: set[int] = set()
    for token in tokens:
        if token.type in ("fence", "code_block") and token.map:
            code.update(range(*token.map))
    return code


def _candidates(
    lines: list[str], code: set[int] | None, brackets: set[int]
) -> list[tuple[int, int]]:
    """(line, column) of each character that may need escaping, outside code lines."""
    found: list[tuple[int, int]] = []
    for n, line in enumerate(lines):
        if code is not None and n in code:
            continue
        if n in brackets:
            found += [(n, m.end() - 1) for m in _BRACKET.finditer(line)]
        elif _ANY.search(line):
            found += [
                (n, m.end() - 1)
                for m in _LINK_END.finditer(line)
                if _address_runs(lines, n, m.end())
            ]
        else:
            continue
        found += [(n, m.end() - 1) for m in _TAG.finditer(line)]
        found += [(n, m.end() - 1) for m in _BRACE.finditer(line)]
    return sorted(found)


def _unmatched(tokens, count: int) -> set[int]:
    """The lines of each block where markdown-it left a bracket as text: no link's."""
    found: set[int] = set()
    for token in tokens:
        if token.type != "inline" or not _has_bracket(token):
            continue
        found.update(range(*token.map) if token.map else range(count))
    return found


def _has_bracket(token) -> bool:
    """Whether a bracket read as text is left unpaired: "[b]tijdlijn[/b]" pairs up in its
    paragraph for every reader, and stays as typed."""
    depth = 0
    for bracket in _text_brackets(token):
        depth += 1 if bracket == "[" else -1
        if depth < 0:
            return True
    return depth != 0


def _text_brackets(token):
    for child in token.children or []:
        if child.type == "text":
            yield from (c for c in child.content if c in "[]")
        elif child.children:
            yield from _text_brackets(child)


def _address_runs(lines: list[str], n: int, after: int) -> bool:
    """Whether what follows `](` or `]:` would run as an address; it may start on the next
    line, behind a quote's `>`."""
    rest = lines[n][after + 1 :]
    if not rest.strip() and n + 1 < len(lines):
        rest = lines[n + 1].lstrip(" \t>")
    return runs(rest)


def _marked(lines: list[str], candidates: list[tuple[int, int]]) -> tuple[str, dict[str, int]]:
    """The text with each candidate replaced by a private-use character of its own."""
    if not candidates:
        return "\n".join(lines), {}
    text = "\n".join(lines)
    typed = {c for c in text if ord(c) >= _PRIVATE} if max(text) >= chr(_PRIVATE) else set()
    free = (chr(p) for p in range(_PRIVATE, _PRIVATE_END) if chr(p) not in typed)
    marks: dict[str, int] = {}
    out = list(lines)
    by_line: dict[int, list[int]] = {}
    for n, col in candidates:
        by_line.setdefault(n, []).append(col)
    k = 0
    for n, cols in by_line.items():
        chars = list(out[n])
        for col in cols:
            mark = next(free, "\N{REPLACEMENT CHARACTER}")  # past 65,534: escaped, never kept
            if mark != "\N{REPLACEMENT CHARACTER}":
                marks[mark] = k
            chars[col] = mark
            k += 1
        out[n] = "".join(chars)
    return "\n".join(out), marks


def _in_spans(tokens, marks: dict[str, int]) -> set[int]:
    """Which candidates (by their order) markdown-it read inside a code span."""
    if not marks:
        return set()
    found: set[int] = set()
    stack = [t for t in tokens if t.children]
    while stack:
        token = stack.pop()
        for child in token.children or []:
            if child.type == "code_inline":
                found.update(marks[c] for c in child.content if c in marks)
            elif child.children:
                stack.append(child)
    return found


def _plain_spans(tokens, lines: list[str]) -> set[int]:
    """The lines of each block whose code spans every reader finds alike: each run of backticks
    closed by the next, as long, on the same line, none escaped. Elsewhere readers differ
    (cmark-gfm reads "``a`t`>`<b>`" without the second span), and a `<` is escaped even in
    what markdown-it takes for code. A span kept so never starts a line, where `<` opens HTML."""
    plain: set[int] = set()
    for token in tokens:
        if token.type != "inline" or not token.map:
            continue
        block = range(*token.map)
        if all(_paired(lines[n]) for n in block if n < len(lines)):
            plain.update(block)
    return plain


def _paired(line: str) -> bool:
    if "`" not in line:
        return True
    found = list(_RUN.finditer(line))
    if len(found) % 2 or any(r.start() and line[r.start() - 1] == "\\" for r in found):
        return False
    return all(len(a.group(0)) == len(b.group(0)) for a, b in zip(found[::2], found[1::2]))


def _escaped(
    lines: list[str], candidates: list[tuple[int, int]], in_span: set[int], code: set[int]
) -> list[str]:
    """Each candidate outside code escaped, except those `in_span`."""
    out = list(lines)
    by_line: dict[int, list[int]] = {}
    for k, (n, col) in enumerate(candidates):
        if n in code or k in in_span:
            continue
        by_line.setdefault(n, []).append(col)
    for n, cols in by_line.items():
        line = out[n]
        for col in sorted(cols, reverse=True):
            if line[col] != "<":
                line = line[:col] + "\\" + line[col:]
                continue
            # `&lt;`, not `\<`: cmark-gfm's autolinks take a backslash into the address
            # ("http://x\<img ...>"), and the `<` after it opens HTML again. A backslash that
            # escaped the `<` goes with it.
            slashes = len(line[:col]) - len(line[:col].rstrip("\\"))
            line = line[: col - slashes % 2] + "&lt;" + line[col + 1 :]
        out[n] = line
    return out
