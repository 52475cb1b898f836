"""Search across minutes (title, notes, decisions), ideas and agreements."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from plgtui.core.model import Journey

CONTEXT = 40  # characters shown each side of a hit
LIMIT = 200  # hits listed at most; the screen asks for one more to know there are more


class _Bases(dict):
    """A letter's base letter (ö -> o, é -> e), one character for one, so that a hit's place in
    the folded text is its place in the text; filled as letters are met."""

    def __missing__(self, code: int) -> str:
        base = "".join(
            c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c)
        )
        self[code] = value = base if len(base) == 1 else chr(code)
        return value


_BASES = _Bases()


def fold(text: str) -> str:
    """Text as search compares it: without case, and without accents, which people often leave
    out when they type (coöperatief and cooperatief are one word), and which a Belgian
    keyboard makes with a dead key."""
    folded = text.casefold()
    return folded if folded.isascii() else folded.translate(_BASES)


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
    words = [fold(w) for w in query.split()]
    if not words:
        return []
    hits: list[Hit] = []

    def check(meeting_id: int | None, where: str, text: str) -> None:
        folded = fold(text)
        if all(w in folded for w in words):
            at = folded.find(words[0])
            hits.append(Hit(meeting_id, where, _snippet(text, at, len(words[0]), context)))

    made_at: dict[int | None, list[str]] = {}
    for agreement in journey.agreements:
        made_at.setdefault(agreement.meeting_id, []).append(agreement.text)
    for meeting in reversed(journey.meetings_by_date()):
        check(meeting.id, "title", meeting.title)
        if words[0] in fold(meeting.notes):  # otherwise no line of the notes can hit
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
