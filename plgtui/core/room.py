"""The room: what members' phones see of a running meeting, and what they may send.

No web here (tui/room_server.py serves it): this module decides what leaves the coach's
computer and what comes in. A phone sees the running block and step, the time left, the
block's questions and its ideas (with a name only where the block's ideas are named); never
members, notes, agreements, other blocks' plans or the working agreements. What a phone sends is
checked here (size, a few sends a minute, dots it still has) and then goes through the
workbook like the coach's own typing, so it is saved, merged and exported the same way.
"""

from __future__ import annotations

import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from plgtui.core.changes.ideas import AUTHOR_MAX
from plgtui.core.i18n import CATALOGS
from plgtui.core.live import LiveMeeting
from plgtui.core.model import BlockKind, Idea
from plgtui.core.validate import InputError

KEY_LENGTH = 8
# Letters and digits nobody mixes up when typing them from a projector (no 0/O, 1/l/I).
KEY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
DEFAULT_DOTS = 3
IDEA_LIMIT = 280  # characters: an idea on a sticky note, not an essay
IDEAS_PER_MINUTE = 6
VOTES_PER_MINUTE = 30  # taps, a dot spent or taken back
MOST_PHONES = 80  # phone tokens one room hands out: a group, its guests, a few reloads
MOST_IDEAS = 200  # ideas in one block from phones and coach together
WINDOW = 60.0
PRESENT = (
    30.0  # seconds: a phone that asked within them is still in the room (it polls each second)
)


def new_key() -> str:
    """A fresh key for one meeting's room, short enough to type from the projector."""
    return "".join(secrets.choice(KEY_ALPHABET) for _ in range(KEY_LENGTH))


# The room's words that only the coach reads, in the app: the page gets the others.
COACH_WORDS = (
    "room.rules_anonymous", "room.rules_named", "room.rules_dots", "room.screen_title",
    "room.scan", "room.hint", "room.opened", "room.closed_note", "room.failed", "room.read_only", "room.missing", "room.head",
    "room.close_question",
)  # fmt: skip


def words(language: str) -> dict[str, str]:
    """The room page's words in the group's language (the keys starting with `room.`)."""
    catalog = {**CATALOGS["en"], **CATALOGS.get(language, {})}
    return {
        k: v for k, v in catalog.items() if k.startswith("room.") and not k.startswith(COACH_WORDS)
    }


class Refused(Exception):
    """A phone's request the room does not carry out; `code` names why (room.refused.<code>)."""

    STATUS = {
        "closed": 410, "unknown": 403, "full": 503, "too_fast": 429, "too_long": 413,
        "no_vote": 409, "voting": 409, "no_dots": 409, "no_dot": 409, "no_idea": 404,
        "invalid": 400, "read_only": 409, "forbidden": 403,
    }  # fmt: skip

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail

    @property
    def status(self) -> int:
        return self.STATUS.get(self.code, 400)

    def text(self, language: str) -> str:
        """Why, in the group's language, as the phone shows it."""
        said = words(language).get(f"room.refused.{self.code}", self.code)
        said = said.format(limit=IDEA_LIMIT, name_limit=AUTHOR_MAX)
        return f"{said} {self.detail}".strip()


@dataclass
class Phone:
    ideas: deque[float] = field(default_factory=deque)
    taps: deque[float] = field(default_factory=deque)
    dots: dict[int, dict[int, int]] = field(default_factory=dict)  # block id -> idea id -> dots
    seen: float = float("-inf")  # the room's clock when it last asked for the view

    def spent(self, block_id: int) -> int:
        return sum(self.dots.get(block_id, {}).values())


def within_limit(times: deque[float], now: float, most: int) -> bool:
    """Count this send; False if `most` were already sent in the last minute."""
    while times and now - times[0] >= WINDOW:
        times.popleft()
    if len(times) >= most:
        return False
    times.append(now)
    return True


class Room:
    """One meeting's room, open until `close` or until the meeting is no longer live.

    `live` gives the app's running meeting (the ticker's, which holds the countdown), or None
    once it ended; `monotonic` is the clock the rate limits count on.
    """

    def __init__(
        self,
        live: Callable[[], LiveMeeting | None],
        meeting_id: int,
        key: str | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._live = live
        self.meeting_id = meeting_id
        self.key = key or new_key()
        self._monotonic = monotonic
        self.phones: dict[str, Phone] = {}
        self.closed = False

    # -- who may come in -------------------------------------------------------------------

    def live(self) -> LiveMeeting:
        live = self._live()
        if self.closed or live is None or live.meeting_id != self.meeting_id:
            raise Refused("closed")
        if live.workbook.meetings.meeting_of(self.meeting_id).live is None:
            raise Refused("closed")
        return live

    @property
    def is_open(self) -> bool:
        try:
            self.live()
        except Refused:
            return False
        return True

    def close(self) -> None:
        self.closed = True
        self.phones.clear()

    def present(self) -> int:
        """The phones that asked for the view in the last PRESENT seconds (their page is open)."""
        now = self._monotonic()
        return sum(1 for phone in self.phones.values() if now - phone.seen < PRESENT)

    def new_phone(self) -> str:
        """A token for a phone that opened the page (kept in a cookie)."""
        self.live()
        if len(self.phones) >= MOST_PHONES:
            raise Refused("full")
        token = secrets.token_urlsafe(18)
        self.phones[token] = Phone()
        return token

    def phone(self, token: str) -> Phone:
        found = self.phones.get(token) if isinstance(token, str) else None
        if found is None:
            raise Refused("unknown")
        return found

    # -- what a phone sees -----------------------------------------------------------------

    def view(self, token: str) -> dict[str, object]:
        """Everything the page shows, as JSON: nothing else of the journey leaves."""
        live = self.live()
        phone = self.phone(token)
        phone.seen = self._monotonic()
        block, step = live.block, live.step
        wall = live.clock.wall()
        left = live.remaining()
        voting = step.vote
        mine = phone.dots.get(block.id, {})
        return {
            "language": live.workbook.journey.group.language,
            "block": block.title,
            "step": step.title if block.steps else "",
            "step_number": live.state.step + 1 if block.steps else 0,
            "steps": len(block.steps),
            "running": live.running,
            "left": round(left, 3),
            "now": round(wall, 3),
            "ends": round(wall + left, 3),
            "questions": self.questions(live),
            "named": block.ideas_named,
            "vote": voting,
            "dots": dots_of(block.dots),
            "spent": phone.spent(block.id),
            "ideas": [self._idea(i, block.ideas_named, mine.get(i.id, 0)) for i in live.ideas()],
        }

    @staticmethod
    def questions(live: LiveMeeting) -> list[str]:
        """The block's questions. Not in the follow-up, whose lines are the agreements with
        their owners' names; never the working agreements of the first block."""
        if live.block.kind is BlockKind.FOLLOWUP:
            return []
        return list(live.block.prompts)

    @staticmethod
    def _idea(idea: Idea, named: bool, mine: int) -> dict[str, object]:
        shown: dict[str, object] = {"id": idea.id, "text": idea.text, "mine": mine}
        if named and idea.author:
            shown["author"] = idea.author
        return shown

    # -- what a phone sends ----------------------------------------------------------------

    def add_idea(self, token: str, text: object, name: object = "") -> Idea:
        live = self.live()
        phone = self.phone(token)
        if not isinstance(text, str) or not isinstance(name, str):
            raise Refused("invalid")
        if not within_limit(phone.ideas, self._monotonic(), IDEAS_PER_MINUTE):
            raise Refused("too_fast")
        if len(text) > IDEA_LIMIT or len(name) > AUTHOR_MAX:
            raise Refused("too_long")
        if live.step.vote:
            raise Refused("voting")  # a voting step spends dots; ideas come before
        block = live.block
        if len(live.meeting.block_ideas(block.id)) >= MOST_IDEAS:
            raise Refused("full")
        if live.workbook.read_only:
            raise Refused("read_only")
        try:
            return live.workbook.ideas.add_idea(self.meeting_id, block.id, text, author=name)
        except InputError as exc:
            raise Refused("invalid", str(exc)) from None

    def vote(self, token: str, idea_id: object, delta: object) -> int:
        """Spend a dot on an idea (delta 1) or take one back (-1); the dots left."""
        live = self.live()
        phone = self.phone(token)
        if type(idea_id) is not int or delta not in (1, -1) or type(delta) is not int:
            raise Refused("invalid")
        if not within_limit(phone.taps, self._monotonic(), VOTES_PER_MINUTE):
            raise Refused("too_fast")
        block = live.block
        if not live.step.vote:
            raise Refused("no_vote")
        if idea_id not in {i.id for i in live.ideas()}:
            raise Refused("no_idea")
        mine = phone.dots.setdefault(block.id, {})
        most = dots_of(block.dots)
        if delta > 0 and phone.spent(block.id) >= most:
            raise Refused("no_dots")
        if delta < 0 and not mine.get(idea_id):
            raise Refused("no_dot")
        if live.workbook.read_only:
            raise Refused("read_only")
        try:
            live.workbook.ideas.vote(self.meeting_id, idea_id, delta)
        except InputError as exc:
            raise Refused("invalid", str(exc)) from None
        mine[idea_id] = mine.get(idea_id, 0) + delta
        if not mine[idea_id]:
            del mine[idea_id]
        return most - phone.spent(block.id)


def dots_of(setting: int) -> int:
    """Dots per person in a voting step: the block's setting, else DEFAULT_DOTS."""
    return setting if setting > 0 else DEFAULT_DOTS
