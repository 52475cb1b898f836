"""Search across minutes (title, notes, decisions), ideas and agreements."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from plgtui.core.model import Journey

CONTEXT = 40  # characters shown each side of a hit
LIMIT = 200  # hits listed at most; the screen asks for one more to know there are more


def _base(letter: str) -> str:
    """A letter without its accent (ö -> o, é -> e); itself where that is not one letter."""
    base = "".join(c for c in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(c))
    return base if len(base) == 1 else letter


# Each plain letter and the accented letters on it, lower case, from the Latin letters Dutch,
# French and German write with (U+00C0-U+024F).
_VARIANTS: dict[str, set[str]] = {}
for _code in range(0xC0, 0x250):
    _letter = chr(_code).casefold()
    if len(_letter) == 1 and _base(_letter) != _letter and _base(_letter).isascii():
        _VARIANTS.setdefault(_base(_letter), set()).add(_letter)


def word_pattern(word: str) -> re.Pattern[str]:
    """What a typed word finds in casefolded text: each letter with or without its accent,
    which people often leave out (coöperatief, cooperatief) and a Belgian keyboard makes with
    a dead key. A pattern over the text, not a folded copy of it: folding every text at every
    key made search on ten years four times slower."""
    parts = []
    for letter in word.casefold():
        base = _base(letter)
        same = sorted({base} | _VARIANTS.get(base, set()))
        parts.append(
            "[" + "".join(map(re.escape, same)) + "]" if len(same) > 1 else re.escape(base)
        )
    return re.compile("".join(parts))


@dataclass(frozen=True)
class Hit:
    meeting_id: int | None
    where: str  # "title", "notes", "decision", "idea", "agreement"
    text: str  # the matching line, cut around the hit


def _snippet(text: str, at: int, length: int, context: int = CONTEXT) -> str:
    start = max(0, at - context)
    end = min(len(text), at + length + context)
    return (
        ("…" if start else "")
        + text[start:end].replace("\n", " ")
        + ("…" if end < len(text) else "")
    )


def search(journey: Journey, query: str, limit: int = LIMIT, context: int = CONTEXT) -> list[Hit]:
    """Hits for `query` (without case or accents, every word must occur in the same text),
    newest meeting first; `context` characters of the text on each side of the hit."""
    words = [word_pattern(w) for w in query.split()]
    if not words:
        return []
    hits: list[Hit] = []

    def check(meeting_id: int | None, where: str, text: str) -> None:
        folded = text.casefold()
        if all(w.search(folded) for w in words):
            found = words[0].search(folded)
            hits.append(
                Hit(meeting_id, where, _snippet(text, found.start(), len(found[0]), context))
            )

    made_at: dict[int | None, list[str]] = {}
    for agreement in journey.agreements:
        made_at.setdefault(agreement.meeting_id, []).append(agreement.text)
    for meeting in reversed(journey.meetings_by_date()):
        check(meeting.id, "title", meeting.title)
        if words[0].search(meeting.notes.casefold()):  # otherwise no line of the notes can hit
            for line in meeting.notes.splitlines():
                check(meeting.id, "notes", line)
        for decision in meeting.decisions:
            check(meeting.id, "decision", decision)
        for idea in meeting.ideas:
            check(meeting.id, "idea", idea.text)
        for text in made_at.get(meeting.id, ()):
            check(meeting.id, "agreement", text)
        if len(hits) >= limit:
            break
    for text in made_at.get(None, ()):  # the group's own agreements, made at no meeting
        check(None, "agreement", text)
    return hits[:limit]
