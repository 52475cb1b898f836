"""A rubric's levels before and after: for one criterion at a time, how many samples of pupil
work scored each level in each round, the rounds side by side as bars (the last four rounds
when there are more)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widgets import Header, Static

from plgtui.core.i18n import _, ngettext
from plgtui.tui.base.styled_once import StyledOnce
from plgtui.tui.commands import command
from plgtui.tui.ui import UsesWorkbook, plain
from plgtui.tui.widgets.key_bar import KeyBar

ROUNDS_SHOWN = 4


def counts(journey, rubric_id: int, criterion: int) -> list[tuple[int, list[int], int]]:
    """(round, samples per level, samples) for every round scored on the criterion."""
    rubric = next(r for r in journey.rubrics if r.id == rubric_id)
    scores = [
        s for s in journey.rubric_scores if s.rubric_id == rubric_id and s.criterion == criterion
    ]
    found = []
    for round_ in sorted({s.round for s in scores}):
        levels = [0] * len(rubric.levels)
        for s in scores:
            if s.round == round_ and 1 <= s.level <= len(levels):
                levels[s.level - 1] += 1
        found.append((round_, levels, sum(levels)))
    return found[-ROUNDS_SHOWN:]


class DistributionScreen(UsesWorkbook, StyledOnce, ModalScreen[None]):
    DEFAULT_CSS = """
    DistributionScreen { background: $background; }
    DistributionScreen #distribution-head { height: auto; padding: 0 1; background: $boost; }
    DistributionScreen #distribution-bars { height: 1fr; }
    DistributionScreen #distribution-empty { padding: 1 2; color: $text-muted; }
    """
    BINDINGS = [
        command("right,full_stop", "criterion(1)", "key.next_criterion", key_display="→"),
        command("left,comma", "criterion(-1)", "key.previous_criterion", key_display="←"),
        command("escape", "dismiss", "key.close"),
        command("f1", "app.help", "key.help"),
    ]

    def __init__(self, rubric_id: int, criterion: int = 0) -> None:
        super().__init__()
        self.rubric_id = rubric_id
        self.criterion = criterion

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield Static(id="distribution-head")
        yield Horizontal(id="distribution-bars")
        yield KeyBar()

    async def on_mount(self) -> None:
        await self.show_criterion()

    @property
    def rubric(self):
        return next(r for r in self.workbook.journey.rubrics if r.id == self.rubric_id)

    async def show_criterion(self) -> None:
        from plgtui.tui.widgets.evidence_chart import COLOURS, FILLS, RoundBars

        rubric = self.rubric
        name = rubric.criteria[self.criterion]
        self.query_one("#distribution-head", Static).update(
            plain(
                _(
                    "distribution.head",
                    rubric=rubric.title,
                    n=self.criterion + 1,
                    total=len(rubric.criteria),
                    criterion=name,
                )
            )  # fmt: skip
        )
        bars = self.query_one("#distribution-bars", Horizontal)
        await bars.remove_children()
        found = counts(self.workbook.journey, rubric.id, self.criterion)
        if not found:
            await bars.mount(Static(_("distribution.none"), id="distribution-empty"))
            return
        levels = [f"{n} {text}" for n, text in enumerate(rubric.levels, start=1)]
        most = max(max(c) for _r, c, _n in found)
        await bars.mount_all(
            RoundBars(
                _(
                    "distribution.round",
                    round=round_,
                    samples=ngettext("live_evidence.samples", total),
                ),
                levels,
                levels_counts,
                most,
                FILLS[n % len(FILLS)],
                COLOURS[n % len(COLOURS)],
                short=_("distribution.round_short", round=round_),
            )  # fmt: skip
            for n, (round_, levels_counts, total) in enumerate(found)
        )

    async def action_criterion(self, delta: int) -> None:
        self.criterion = (self.criterion + delta) % len(self.rubric.criteria)
        await self.show_criterion()
