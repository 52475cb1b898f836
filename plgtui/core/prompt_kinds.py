"""What each line beside the live clock is: a working agreement of the group, an open agreement
to follow up, or one of the block's questions. The live view heads each kind with its own title
and `plgtui status` labels each line, so nothing the group agreed reads as a question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from plgtui.core.i18n import _
from plgtui.core.model import BlockKind

if TYPE_CHECKING:
    from plgtui.core.live import LiveMeeting

NORMS, FOLLOW_UP, QUESTIONS = "norms", "follow-up", "questions"
TITLE = {NORMS: "live.norms_title", FOLLOW_UP: "live.followup_title", QUESTIONS: ""}
LABEL = {NORMS: "status.norm", FOLLOW_UP: "status.followup", QUESTIONS: "status.question"}


def sections(live: LiveMeeting) -> list[tuple[str, list[str]]]:
    """The lines of `live.prompts()` in their order, grouped by kind; empty groups left out."""
    block = live.block
    kind = FOLLOW_UP if block.kind is BlockKind.FOLLOWUP else QUESTIONS
    found = [(NORMS, live.norms_shown()), (kind, list(block.prompts))]
    return [(k, lines) for k, lines in found if lines]


def kind_at(live: LiveMeeting, index: int) -> str:
    """The kind of the `index`-th line of `live.prompts()`."""
    for kind, lines in sections(live):
        if index < len(lines):
            return kind
        index -= len(lines)
    return QUESTIONS


def title(kind: str) -> str:
    return _(TITLE[kind]) if TITLE[kind] else ""


def labelled(live: LiveMeeting) -> list[str]:
    """Each line with what it is: 'Werkafspraak: …', 'Afspraak om op te volgen: …', 'Vraag: …'."""
    return [_(LABEL[kind], text=line) for kind, lines in sections(live) for line in lines]
