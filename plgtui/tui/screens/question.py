"""The research question and the inquiry cycle around it: its parts, its versions, a quality
check from the guide, and the self-check on the nine conditions for professional development."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import (
    ContentSwitcher,
    Header,
    SelectionList,
    Static,
    TabPane,
    TextArea,
)

from plgtui.core import labels
from plgtui.core.changes.question import LISTS
from plgtui.core.i18n import _, format_short_date, language
from plgtui.core.model import INQUIRY_STEPS
from plgtui.core.question_guide import load_guide
from plgtui.tui.base.journey_screen import JourneyScreen
from plgtui.tui.base.tabbed import TabKeys, tab_bindings
from plgtui.tui.commands import command
from plgtui.tui.keys_in_force import cycle_hint
from plgtui.tui.screens.goals_tab import GOAL_ACTIONS, GoalsTab
from plgtui.tui.ui import attempt, plain, tones
from plgtui.tui.way_back import Place, place_of
from plgtui.tui.widgets.autosave import Autosave
from plgtui.tui.widgets.key_bar import KeyBar
from plgtui.tui.widgets.list_table import ListTable
from plgtui.tui.widgets.markdown_text import MarkdownText
from plgtui.tui.widgets.ticks import TickList

TABS = ("question", "versions", "quality", "conditions", "goals")
PARTS = (*LISTS, "results")


class QuestionScreen(GoalsTab, TabKeys, JourneyScreen):
    BINDINGS = [
        command("e", "wording", "key.new_wording"),
        # `[` and `]` need AltGr on AZERTY: `,` and `;` beside them (`;` first with --keys azerty)
        command("right_square_bracket,semicolon", "step(1)", "key.step_next",
                id="question-step-next"),
        command("left_square_bracket,comma", "step(-1)", "key.step_previous",
                id="question-step-previous", show=False),
        command("r", "round", "key.next_round"),
        command("s", "selfcheck", "key.selfcheck"),
        command("n", "quality_note", "key.quality_note", show=False),
        command("g", "new_goal", "key.new_goal"),  # the goals tab (goals_tab.py)
        command("m", "new_reading", "key.new_reading"),
        command("x,delete", "remove", "key.remove_evidence", key_display="x"),
        command("u", "rubric", "key.rubric"),
        command("j", "distribution", "key.live_distribution"),
        command("escape", "leave", "key.back"),
        *tab_bindings(TABS, labels.QUESTION_TABS),
    ]  # fmt: skip
    TABS = TABS
    TAB_TITLES = labels.QUESTION_TABS
    SHOWS = frozenset({"group", "members", "questions", "inquiry", "agreements", "selfchecks",
                    "goals", "readings", "rubrics"})  # fmt: skip
    FIRST = {
        "question": "#cycle",
        "versions": "#versions",
        "quality": "#quality",
        "conditions": "#conditions",
        "goals": "#goals",
    }

    def __init__(self) -> None:
        super().__init__()
        self.guide = load_guide(language())

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield self.tab_bar()
        with ContentSwitcher(id="question-tabs", initial=f"tab-{TABS[0]}"):
            with TabPane(_("question.tab.question"), id="tab-question"):
                with VerticalScroll(id="question-box", can_focus=False):
                    yield Static(id="question-text")
                    yield Static(id="cycle", classes="focus-stop")
                    for part in PARTS:
                        yield TextArea(id=f"part-{part}", soft_wrap=True, tab_behavior="focus",
                                       classes="part")  # fmt: skip
                    yield TickList[int](id="linked")
            yield from self.later_panes()
        yield KeyBar()

    def _compose_versions(self) -> ComposeResult:
        yield ListTable(id="versions")

    def _compose_quality(self) -> ComposeResult:
        with VerticalScroll(can_focus=False):
            yield TickList[str](id="quality")
            yield Static(id="quality-note", classes="tab-hint")
            yield MarkdownText(id="examples")

    def _compose_conditions(self) -> ComposeResult:
        yield ListTable(id="conditions")
        yield Static(_("conditions.hint"), classes="tab-hint")

    def on_mount(self) -> None:
        inquiry = self.workbook.question.inquiry
        self._autosaves: dict[str, Autosave] = {}
        for part in PARTS:
            area = self.query_one(f"#part-{part}", TextArea)
            area.border_title = _(labels.QUESTION_PART[part])
            with area.prevent(TextArea.Changed):
                area.text = (
                    inquiry.results if part == "results" else "\n".join(getattr(inquiry, part))
                )
            area.read_only = self.workbook.read_only
            self._autosaves[part] = Autosave(
                self, area, lambda text, p=part: self._save_part(p, text),
                lambda state, problem, a=area: self._show_saved(a, state, problem),
            )  # fmt: skip
        self.query_one("#linked").border_title = _("question.linked")
        self.follow_journey(self.show_all)
        self.query_one("#cycle").can_focus = True  # keys act here; Tab goes into the fields
        self.query_one("#cycle").focus()

    def made_tab(self, tab: str) -> None:
        if tab == "versions":
            versions = self.query_one("#versions", ListTable)
            for key in ("round", "date", "question", "reason"):
                versions.add_column(_(labels.QUESTION_COLUMNS[key]), key=key, flex=key != "round")
        elif tab == "quality":
            self.query_one("#quality").border_title = _("question.quality_title")
            examples = "\n\n".join(f"### {title}\n\n{body}" for title, body in self.guide.examples)
            self.query_one("#examples", MarkdownText).update_markdown(examples)
        elif tab == "conditions":
            conditions = self.query_one("#conditions", ListTable)
            for key in ("condition", "now", "before", "note"):
                conditions.add_column(
                    _(labels.CONDITIONS_COLUMNS[key]), key=key, flex=key == "note"
                )
        elif tab == "goals":
            self._made_goals()
        self._show_tab(tab)

    # -- showing ---------------------------------------------------------------------------

    def show_all(self) -> None:
        workbook = self.workbook
        journey, inquiry = workbook.journey, workbook.question.inquiry
        current = journey.current_question
        head = plain(current.text, "bold") if current else plain(_("question.none"), "italic")
        if current:
            head += plain("\n" + _("question.version_line", version=len(journey.questions),
                                   round=inquiry.round, date=format_short_date(current.created)),
                          "dim")  # fmt: skip
        self.query_one("#question-text", Static).update(head)
        steps = []
        for n, step in enumerate(INQUIRY_STEPS, start=1):
            label = Content(f" {n} {_(labels.QUESTION_STEP[step])} ")
            steps.append(label.stylize("reverse bold") if step == inquiry.step else label)
        self.query_one("#cycle", Static).update(
            Content(" → ").join(steps) + Content("\n" + cycle_hint(self)).stylize("dim")
        )
        self._show_linked()
        for tab in self.later_tabs_made():
            self._show_tab(tab)

    def _show_tab(self, tab: str) -> None:
        getattr(self, f"_show_{tab}")()

    def _show_linked(self) -> None:
        journey, inquiry = self.workbook.journey, self.workbook.question.inquiry
        listing = self.query_one("#linked", SelectionList)
        keep = listing.highlighted
        listing.clear_options()
        shown = [a for a in journey.agreements if a.is_open or a.id in inquiry.agreement_ids]
        for agreement in shown:
            status = _(labels.AGREEMENT_STATUS[agreement.status.value])
            listing.add_option(
                (Text(f"{agreement.text} ({status})"), agreement.id, agreement.id in inquiry.agreement_ids)
            )  # fmt: skip
        if listing.option_count:
            listing.highlighted = min(keep or 0, listing.option_count - 1)

    def _show_versions(self) -> None:
        table = self.query_one("#versions", ListTable)
        table.clear()
        for version in reversed(self.workbook.journey.questions):
            table.add_row(str(version.round), format_short_date(version.created),
                          Text(version.text), Text(version.reason))  # fmt: skip

    def _show_quality(self) -> None:
        inquiry = self.workbook.question.inquiry
        listing = self.query_one("#quality", SelectionList)
        keep = listing.highlighted
        listing.clear_options()
        for item in self.guide.quality:
            note = inquiry.quality.get(item.key, "")
            label = Text(item.title, "bold")
            if item.key in inquiry.quality_ticked:
                when = format_short_date(inquiry.quality_ticked[item.key])
                label.append(f"  ✓ {when}" + (f": {note}" if note else ""), tones(self)["success"])
            listing.add_option((label, item.key, item.key in inquiry.quality))
        if listing.option_count:
            listing.highlighted = min(keep or 0, listing.option_count - 1)
        self._explain_quality()

    def _explain_quality(self) -> None:
        """Under the list: what the highlighted item means, then the guide's two examples."""
        listing = self.query_one("#quality", SelectionList)
        item = self.guide.quality[listing.highlighted or 0]
        self.query_one("#quality-note", Static).update(
            plain(item.explanation) + plain("\n\n" + _("question.quality_hint"), "dim")
        )

    def on_selection_list_selection_highlighted(
        self, event: SelectionList.SelectionHighlighted
    ) -> None:
        if event.selection_list.id == "quality":
            self._explain_quality()

    def _show_conditions(self) -> None:
        checks = self.workbook.journey.selfchecks
        latest = checks[-1] if checks else None
        before = checks[-2] if len(checks) > 1 else None
        table = self.query_one("#conditions", ListTable)
        table.clear()
        for item in self.guide.conditions:
            now = latest.scores.get(item.key) if latest else None
            then = before.scores.get(item.key) if before else None
            table.add_row(
                Text(item.title),
                _score(now, latest.on if latest else None),
                _score(then, before.on if before else None),
                Text(latest.notes.get(item.key, "") if latest else ""),
            )

    # -- changes ---------------------------------------------------------------------------

    def _save_part(self, part: str, text: str) -> None:
        with self.workbook.caused_by(self):
            if part == "results":
                self.workbook.question.set_results(text)
            else:
                self.workbook.question.set_inquiry_items(part, text.splitlines())

    def _show_saved(self, area: TextArea, state: str, problem: str) -> None:
        if self.is_attached:
            area.border_subtitle = _(labels.SAVED[state], problem=problem)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        part = (event.text_area.id or "").removeprefix("part-")
        if part in self._autosaves and not event.text_area.read_only:
            self._autosaves[part].changed()

    def on_descendant_blur(self, event) -> None:
        part = (getattr(event.widget, "id", None) or "").removeprefix("part-")
        if part in getattr(self, "_autosaves", {}):
            self._autosaves[part].flush()

    def place(self) -> Place:
        """Where to come back to when a merge swaps the screens (way_back.py)."""
        app = self.app
        return place_of(self, lambda: app.action_question() or True)

    def flush(self) -> None:
        for autosave in getattr(self, "_autosaves", {}).values():
            autosave.flush()

    def on_screen_suspend(self) -> None:
        self.flush()

    def on_selection_list_selection_toggled(self, event: SelectionList.SelectionToggled) -> None:
        value = event.selection.value
        on = value in event.selection_list.selected
        workbook, today = self.workbook, self.app.today()
        if event.selection_list.id == "linked":
            attempt(self, lambda: workbook.question.link_agreement(value, on))
        elif event.selection_list.id == "quality":
            note = workbook.question.inquiry.quality.get(value, "") if on else None
            attempt(self, lambda: workbook.question.tick_quality(value, note, on=today))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in GOAL_ACTIONS:
            return self.goal_key_works(action)
        if action in ("wording", "step", "round", "selfcheck", "quality_note"):
            return not self.workbook.read_only
        return True

    def action_wording(self) -> None:
        from plgtui.tui.dialogs.question_forms import WordingForm

        self.app.push_screen(WordingForm())

    def action_round(self) -> None:
        from plgtui.tui.dialogs.question_forms import WordingForm

        self.app.push_screen(WordingForm(new_round=True))

    def action_step(self, delta: int) -> None:
        step = self.workbook.question.inquiry.step
        index = max(0, min(len(INQUIRY_STEPS) - 1, INQUIRY_STEPS.index(step) + delta))
        attempt(self, lambda: self.workbook.question.set_step(INQUIRY_STEPS[index]))

    def action_selfcheck(self) -> None:
        from plgtui.tui.dialogs.question_forms import SelfCheckForm

        self.app.push_screen(SelfCheckForm())

    def action_quality_note(self) -> None:
        from plgtui.tui.dialogs.quick_input import QuickInput

        if self.current_tab() != "quality":
            return
        listing = self.query_one("#quality", SelectionList)
        if listing.highlighted is None:
            return
        key = listing.get_option_at_index(listing.highlighted).value
        workbook, today = self.workbook, self.app.today()
        self.app.push_screen(
            QuickInput(
                _("question.quality_note_title"),
                lambda note: workbook.question.tick_quality(key, note, on=today),
                value=workbook.question.inquiry.quality.get(key, ""),
                repeat=False,
            )
        )

    def action_leave(self) -> None:
        self.flush()
        self.dismiss()


def _score(score: int | None, day) -> Text:
    if score is None:
        return Text("–", "dim")
    text = Text("●" * score + "○" * (4 - score), "bold")
    text.append(f" {score}  {format_short_date(day)}", "dim")
    return text
