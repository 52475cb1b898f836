"""Search across minutes (title, notes, decisions), ideas and agreements."""

from __future__ import annotations

from dataclasses import dataclass

from plgtui.core.model import Journey

CONTEXT = 40  # characters shown each side of a hit


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


def _find(text: str, needle: str) -> int:
    return text.casefold().find(needle)


def search(journey: Journey, query: str, limit: int = 200, context: int = CONTEXT) -> list[Hit]:
    """Hits for `query` (case-insensitive, every word must occur in the same text), newest
    meeting first; `context` characters of the text on each side of the hit."""
    words = [w.casefold() for w in query.split()]
    if not words:
        return []
    hits: list[Hit] = []

    def check(meeting_id: int | None, where: str, text: str) -> None:
        folded = text.casefold()
        if all(w in folded for w in words):
            at = _find(text, words[0])
            hits.append(Hit(meeting_id, where, _snippet(text, at, len(words[0]), context)))

    made_at: dict[int | None, list[str]] = {}
    for agreement in journey.agreements:
        made_at.setdefault(agreement.meeting_id, []).append(agreement.text)
    for meeting in reversed(journey.meetings_by_date()):
        check(meeting.id, "title", meeting.title)
        if words[0] in meeting.notes.casefold():  # otherwise no line of the notes can hit
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
