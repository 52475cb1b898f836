"""What a merge left side by side: per conflict where it is and each value, and a key to keep one.
The conflict that is held shows its versions next to each other, the words that differ marked
by more than colour (underlined and reversed), so the choice is made on what really differs."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from plgtui.core.changes.conflicts import can_keep_both
from plgtui.core.conflict_text import choice_text, choice_value, where
from plgtui.core.i18n import _, ngettext
from plgtui.core.merge_choose import BOTH
from plgtui.core.validate import strip_control
from plgtui.core.word_diff import marked
from plgtui.tui.base.journey_screen import JourneyScreen
from plgtui.tui.commands import command
from plgtui.tui.keymaps import digit
from plgtui.tui.ui import attempt, plain
from plgtui.tui.widgets.key_bar import KeyBar

CHOICE_KEYS = "123456789"
MARK = "reverse underline"  # a word that differs: seen without colour too


class ConflictsScreen(JourneyScreen):
    SHOWS = frozenset({"conflicts"})
    BINDINGS = [
        command("escape", "dismiss", "key.back"),
        # each digit, or on AZERTY the same key unshifted (& é " ' ( § è ! ç)
        command(digit(1), "choose(0)", "key.choose_1", id="conflicts-choose-1"),
        command(digit(2), "choose(1)", "key.choose_2", id="conflicts-choose-2"),
        command("b", "choose(-1)", "key.keep_both"),
        *(
            command(
                digit(int(k)),
                f"choose({int(k) - 1})",
                "key.choose_n",
                show=False,
                id=f"conflicts-choose-{k}",
            )
            for k in CHOICE_KEYS[2:]
        ),  # fmt: skip
    ]

    DEFAULT_CSS = """
    ConflictsScreen #conflicts { height: 1fr; }
    ConflictsScreen #conflict-sides { height: auto; max-height: 12; }
    ConflictsScreen .conflict-side {
        width: 1fr; height: auto; max-height: 12; padding: 0 1;
        border: round $primary 60%; border-title-color: $text-accent;
    }
    ConflictsScreen #conflict-marked { color: $text-muted; padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield Static(_("conflicts.intro"), id="conflicts-intro")
        yield OptionList(id="conflicts")
        yield Horizontal(id="conflict-sides")
        yield Static(_("conflicts.marked"), id="conflict-marked")
        yield KeyBar()

    def on_mount(self) -> None:
        self.follow_journey(self.show_conflicts)
        self.query_one(OptionList).focus()

    def show_conflicts(self) -> None:
        journey = self.workbook.journey
        listing = self.query_one(OptionList)
        keep = listing.highlighted or 0
        options = []
        for conflict in journey.conflicts:
            lines = [plain(where(journey, conflict), "bold")]
            for n, choice in enumerate(conflict.choices, 1):
                lines.append(Content(f"  {n}) ") + plain(choice_text(journey, choice, conflict)))
            if can_keep_both(conflict):
                lines.append(Content(f"  b) {_('conflicts.both')}"))
            options.append(Option(Content("\n").join(lines), id=str(conflict.id)))
        listing.set_options(options)
        listing.border_title = ngettext("conflicts.count", len(options))
        if options:
            listing.highlighted = min(keep, len(options) - 1)
        self.show_sides()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.show_sides()

    def show_sides(self) -> None:
        """The held conflict's versions next to each other, what differs marked."""
        sides = self.query_one("#conflict-sides", Horizontal)
        journey = self.workbook.journey
        index = self.query_one(OptionList).highlighted
        conflict = (
            journey.conflicts[index]
            if index is not None and index < len(journey.conflicts)
            else None
        )
        texts = [] if conflict is None else [
            choice_value(journey, c, conflict, lines=True) for c in conflict.choices
        ]  # fmt: skip
        boxes = list(sides.query(".conflict-side").results(Static))
        if len(boxes) != len(texts):
            sides.remove_children()
            boxes = [Static(classes="conflict-side") for _t in texts]
            sides.mount_all(boxes)
        for n, (box, text) in enumerate(zip(boxes, texts)):
            other = texts[1] if n == 0 and len(texts) > 1 else texts[0]
            runs = marked(text, other)[0]
            box.update(Content.assemble(*((strip_control(t), MARK if d else "") for t, d in runs)))
            box.border_title = plain(
                _("conflicts.side_by_side", n=n + 1, source=conflict.choices[n].source)
            )
        sides.display = self.query_one("#conflict-marked").display = bool(texts)

    def action_choose(self, index: int) -> None:
        listing = self.query_one(OptionList)
        if listing.highlighted is None or not self.workbook.journey.conflicts:
            return
        conflict = self.workbook.journey.conflicts[listing.highlighted]
        if index == BOTH and not can_keep_both(conflict):
            self.notify(_("input.no_both"), severity="warning")
            return
        if index >= len(conflict.choices):
            self.notify(_("input.no_choice", n=index + 1), severity="warning")
            return
        with self.workbook.caused_by(self):
            done = attempt(self, lambda: self.workbook.conflicts.choose(conflict.id, index))
        if done is None:
            return
        self.show_conflicts()
        if not self.workbook.journey.conflicts:
            self.notify(_("conflicts.all_chosen"))
            self.dismiss()
