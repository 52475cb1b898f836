"""Two versions of a text, word by word: which words one has that the other has not, so a person
choosing between them sees at once where they differ (difflib on words, spaces kept)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

Run = tuple[str, bool]  # a piece of text, and whether it differs from the other version

_TOKENS = re.compile(r"\s+|[^\s]+")


def words(text: str) -> list[str]:
    """Words and the spaces between them, in order: joined again they are the text."""
    return _TOKENS.findall(text)


def marked(first: str, second: str) -> tuple[list[Run], list[Run]]:
    """Each text as runs, the words the other version does not have marked. Spaces are never
    marked: only words differ."""
    a, b = words(first), words(second)
    flags_a, flags_b = [True] * len(a), [True] * len(b)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for block in matcher.get_matching_blocks():
        for n in range(block.size):
            flags_a[block.a + n] = flags_b[block.b + n] = False
    return _runs(a, flags_a), _runs(b, flags_b)


def _runs(tokens: list[str], differs: list[bool]) -> list[Run]:
    runs: list[Run] = []
    for token, flag in zip(tokens, differs):
        flag = flag and not token.isspace()
        if runs and runs[-1][1] == flag:
            runs[-1] = (runs[-1][0] + token, flag)
        elif runs and token.isspace() and runs[-1][1]:
            runs.append((token, False))
        else:
            runs.append((token, flag))
    return _joined(runs)


def _joined(runs: list[Run]) -> list[Run]:
    """Marked words with only spaces between them are one marked run (so the mark reads as one
    phrase, not as words each on their own)."""
    out: list[Run] = []
    for text, flag in runs:
        if out and flag and len(out) >= 2 and out[-2][1] and out[-1][0].isspace():
            space = out.pop()[0]
            out[-1] = (out[-1][0] + space + text, True)
        elif out and out[-1][1] == flag:
            out[-1] = (out[-1][0] + text, flag)
        else:
            out.append((text, flag))
    return out
