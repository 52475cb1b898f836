"""Write a generated ten-year journey: 500 meetings, 25 members, 3,000 agreements, 5,000 ideas.

Agreements: 8% stay open for good, as in real groups; names and text carry Dutch accents.

    python bench/make_journey.py [OUT] [--meetings 500]

The same seed gives the same file, so figures from different runs compare.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from plgtui.core.demo import build_demo
from plgtui.core.model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Block,
    BlockKind,
    Idea,
    Meeting,
    MeetingStatus,
    Member,
    Presence,
)
from plgtui.core.workbook import Workbook

# Dutch as teachers write it, accents included: the accents cost in encoding and escaping.
WORDS = (
    "bron stappenkaart toets leerling klas context betrouwbaarheid spotprent tijdlijn "
    "oorzaak gevolg vakgroep lesmateriaal feedback differentiatie lezen schrijven bespreking "
    "voorbeeld opdracht rubric evaluatie ideeën coöperatief geïntegreerd reële efficiënt "
    "beïnvloeden financiële überhaupt zoë café één vóór"
).split()
FIRST = "Anaïs Zoë Chloë Noël Renée Jérôme Inès Bart Griet Ömer Lotte Joëlle Daan Hélène".split()
LAST = "Dumoulin Van Hoecke Çelik De Backer Lemaître Peeters Brontë Claes Müller Maes".split()
OPEN_FOR_GOOD = 0.08  # the share of agreements nobody closes: they go stale


def sentence(rng: random.Random, low: int, high: int) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    return " ".join(words).capitalize()


def build(meetings: int = 500, members: int = 25, seed: int = 2026, today: date | None = None):
    """Ten ideas and six agreements a meeting; 8% of the agreements are never closed."""
    rng = random.Random(seed)
    today = today or date(2026, 6, 1)
    journey = build_demo(today)
    journey.meetings, journey.agreements = [], []
    journey.inquiry, journey.selfchecks = [], []
    journey.members = [
        Member(id=i + 1, name=f"{rng.choice(FIRST)} {rng.choice(LAST)} {i + 1:02d}")
        for i in range(members)
    ]
    start = today - timedelta(days=7 * meetings)
    block_id = idea_id = agreement_id = 0
    ideas_left, agreements_left = 10 * meetings, 6 * meetings
    for n in range(meetings):
        day = start + timedelta(days=7 * n)
        meeting = Meeting(
            id=n + 1,
            date=day,
            title=sentence(rng, 3, 7),
            status=MeetingStatus.CLOSED if day < today else MeetingStatus.PLANNED,
            notes="\n\n".join(sentence(rng, 30, 80) for _ in range(rng.randint(3, 8))),
            decisions=[sentence(rng, 5, 12) for _ in range(rng.randint(0, 3))],
            attendance={m.id: rng.choice(list(Presence)) for m in journey.members},
        )
        for kind in (BlockKind.WELCOME, BlockKind.BRAINSTORM, BlockKind.DISCUSSION):
            block_id += 1
            meeting.blocks.append(
                Block(
                    id=block_id,
                    kind=kind,
                    title=sentence(rng, 2, 5),
                    minutes=rng.choice((10, 15, 30)),
                    prompts=[sentence(rng, 4, 9)],
                )
            )
        for _ in range(ideas_left // (meetings - n)):
            idea_id += 1
            meeting.ideas.append(
                Idea(
                    id=idea_id,
                    block_id=block_id - 1,
                    text=sentence(rng, 3, 10),
                    votes=rng.randint(0, 6),
                )
            )
        ideas_left -= len(meeting.ideas)
        for _ in range(agreements_left // (meetings - n)):
            agreement_id += 1
            due = day + timedelta(days=7)
            closed = day < today - timedelta(days=60) and rng.random() > OPEN_FOR_GOOD
            journey.agreements.append(
                Agreement(
                    id=agreement_id,
                    text=sentence(rng, 4, 12),
                    kind=rng.choice(list(AgreementKind)),
                    meeting_id=meeting.id,
                    owners=rng.sample([m.id for m in journey.members], 2),
                    due=due,
                    status=AgreementStatus.DONE if closed else AgreementStatus.OPEN,
                    status_changed=due if closed else None,
                )
            )
            agreements_left -= 1
        journey.meetings.append(meeting)
    return journey


TEN_YEARS = Path(__file__).resolve().parent / "out" / "ten-years.json"


@contextmanager
def journey_copy(doc: str, runs: int) -> Iterator[tuple[argparse.Namespace, Path]]:
    """For the benches: parse `[JOURNEY] [--runs N]` and yield a scratch copy of the journey,
    so a bench never changes the generated file."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("journey", nargs="?", default=TEN_YEARS, type=Path)
    parser.add_argument("--runs", type=int, default=runs)
    args = parser.parse_args()
    if not args.journey.exists():
        sys.exit(f"{args.journey} is missing: run python bench/make_journey.py first")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "journey.json"
        shutil.copy(args.journey, path)
        yield args, path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path("bench/out/ten-years.json"))
    parser.add_argument("--meetings", type=int, default=500)
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.unlink(missing_ok=True)
    started = time.perf_counter()
    journey = build(args.meetings)
    Workbook.create(args.out, journey).close()
    size = args.out.stat().st_size / 1e6
    print(
        f"{args.out}: {len(journey.meetings)} meetings, {len(journey.members)} members, "
        f"{len(journey.agreements)} agreements, {sum(len(m.ideas) for m in journey.meetings)} ideas, "
        f"{size:.1f} MB, written in {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
