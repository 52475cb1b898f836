"""Where the group stands on its way to stable output: the five phases as a timeline with the
text of each, its readiness signals to tick and the group's notes; themes; output; a dashboard."""

from __future__ import annotations

from collections import Counter
from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import (
    ContentSwitcher,
    Header,
    OptionList,
    SelectionList,
    Static,
    TabPane,
    TextArea,
)
from textual.widgets.option_list import Option

from plgtui.core import labels
from plgtui.core.agreements import is_done
from plgtui.core.changes.phases import theme_size_warning
from plgtui.core.i18n import _, format_date, format_short_date, language, ngettext, phase_name
from plgtui.core.model import FUNCTIONING_KEYS, PHASES, Journey, Role
from plgtui.core.participants import presence
from plgtui.core.phases import LAST, SECTIONS, load_phases
from plgtui.tui.base.journey_screen import JourneyScreen
from plgtui.tui.base.tabbed import TabKeys, tab_bindings
from plgtui.tui.commands import command
from plgtui.tui.ui import attempt, plain, tones
from plgtui.tui.way_back import Place, place_of
from plgtui.tui.widgets.autosave import Autosave
from plgtui.tui.widgets.bars import bars
from plgtui.tui.widgets.key_bar import KeyBar
from plgtui.tui.widgets.list_table import ListTable
from plgtui.tui.widgets.markdown_text import MarkdownText
from plgtui.tui.widgets.ticks import TickList

TABS = ("phases", "themes", "outputs", "progress")
FLEX = ("title", "members", "theme", "shown")  # columns that give up width first
BAR = 12  # cells of the longest time spent in one phase


def days_in_phases(journey: Journey, today: date) -> dict[int, int]:
    """Days spent in each phase, over every stay (groups fall back and move on again)."""
    spent = {n: 0 for n in PHASES}
    entries = journey.phases
    for entry, following in zip(entries, [*entries[1:], None][: len(entries)], strict=True):
        end = following.entered if following else today
        spent[entry.phase] += max(0, (end - entry.entered).days)
    return spent


SHOWN_MEETINGS = 30  # bars in the progress tab: the most recent meetings
SHOWN_CHECKS = 6  # functioning checks in the trend: the most recent


class PhasesScreen(TabKeys, JourneyScreen):
    BINDINGS = [
        command("v", "move", "key.move_phase"),
        command("n", "new", "key.new"),
        command("e", "edit", "key.edit"),
        command("l", "asks_leaders", "key.asks_leaders"),
        command("w", "norms", "key.norms"),
        command("h", "functioning", "key.functioning"),
        command("b", "primary", "key.primary", title="cmd.primary", help="cmd.primary.help"),
        command("escape", "leave", "key.back"),
        *tab_bindings(TABS, labels.PHASES_TABS),
    ]
    TABS = TABS
    TAB_TITLES = labels.PHASES_TABS
    FIRST = {
        "phases": "#timeline",
        "themes": "#themes",
        "outputs": "#outputs",
        "progress": "#progress-box",
    }

    def __init__(self) -> None:
        super().__init__()
        self._load_texts()

    def _load_texts(self) -> None:
        """The phases' texts, in the version for primary schools when the group is a primary
        school's team."""
        workbook = getattr(self.app, "workbook", None)
        self.primary = bool(workbook and workbook.journey.group.primary)
        self.texts, self.problem = load_phases(
            language(), getattr(self.app, "content_dir", None), self.primary
        )

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield self.tab_bar()
        with ContentSwitcher(id="phase-tabs", initial=f"tab-{TABS[0]}"):
            with TabPane(_("phases.tab.phases"), id="tab-phases"):
                with Horizontal():
                    yield OptionList(id="timeline")
                    with VerticalScroll(id="phase-detail", can_focus=False):
                        yield TickList[str](id="signals")
                        yield TextArea(id="phase-notes", soft_wrap=True, tab_behavior="focus")
                        yield MarkdownText(id="phase-text")
            yield from self.later_panes()
        yield KeyBar()

    def _compose_themes(self) -> ComposeResult:
        yield ListTable(id="themes")
        yield Static(_("themes.size_note"), classes="tab-hint")

    def _compose_outputs(self) -> ComposeResult:
        yield ListTable(id="outputs")

    def _compose_progress(self) -> ComposeResult:
        with VerticalScroll(id="progress-box"):
            yield Static(id="attendance-label", classes="spark-label")
            yield Static(id="attendance-spark", classes="spark")
            yield Static(id="done-label", classes="spark-label")
            yield Static(id="done-spark", classes="spark")
            yield Static(id="functioning-label", classes="spark-label")
            yield Static(id="functioning")

    def on_mount(self) -> None:
        notes = self.query_one("#phase-notes", TextArea)
        self._autosave = Autosave(self, notes, self._save_notes, self._show_saved)
        current = self.workbook.journey.current_phase
        self.selected = current.phase if current else 1
        self.follow_journey(self.show_all)
        timeline = self.query_one("#timeline", OptionList)
        timeline.highlighted = self.selected - 1
        timeline.focus()
        self._show_phase()
        if self.problem:
            self.notify(self.problem, title=_("phases.content_problem"), severity="warning",
                        markup=False, timeout=10)  # fmt: skip

    # -- showing ---------------------------------------------------------------------------

    def show_all(self) -> None:
        journey = self.workbook.journey
        if journey.group.primary != self.primary:  # set here or on another computer
            self._load_texts()
            self._show_phase()
        self._show_timeline(journey)
        self._show_signals()
        for tab in self.later_tabs_made():
            getattr(self, f"_show_{tab}")(journey)

    def made_tab(self, tab: str) -> None:
        columns = {
            "themes": ("title", "members", "count", "warning"),
            "outputs": ("title", "theme", "tried", "shown"),
        }
        if tab in columns:
            table = self.query_one(f"#{tab}", ListTable)
            for key in columns[tab]:
                table.add_column(_(labels.PHASES_COLUMNS[key]), key=key, flex=key in FLEX)
        getattr(self, f"_show_{tab}")(self.workbook.journey)

    def _show_timeline(self, journey: Journey) -> None:
        today = self.app.today()
        spent = days_in_phases(journey, today)
        longest = max(spent.values()) or 1
        current = journey.current_phase.phase if journey.current_phase else None
        first = {}
        for entry in journey.phases:
            first.setdefault(entry.phase, entry.entered)
        options = []
        for n in PHASES:
            mark = "●" if n == current else ("✓" if n in first else "○")
            head = Content(f"{mark} {n} ").stylize("bold") + plain(
                phase_name(n), "bold" if n == current else ""
            )
            bar = "█" * round(BAR * spent[n] / longest) if spent[n] else ""
            when = (
                _("phases.since", date=format_short_date(first[n]), days=spent[n])
                if n in first
                else _("phases.not_yet")
            )
            line = (
                Content("\n  ")
                + Content(bar).stylize("$accent")
                + Content(" " + when).stylize("$text-muted")
            )
            options.append(Option(head + line, id=str(n)))
        timeline = self.query_one("#timeline", OptionList)
        keep = timeline.highlighted
        timeline.set_options(options)
        timeline.highlighted = keep if keep is not None else self.selected - 1

    def _show_phase(self) -> None:
        text = self.texts[self.selected]
        body = "\n\n".join(
            f"### {text.titles[key]}\n\n{text.sections[key]}"
            for key in SECTIONS
            if key != "ready" and key in text.sections
        )
        self.query_one("#phase-text", MarkdownText).update_markdown(
            f"## {phase_name(self.selected)}\n\n{body}"
        )
        notes = self.query_one("#phase-notes", TextArea)
        with notes.prevent(TextArea.Changed):
            notes.text = self.workbook.phases.phase_note(self.selected).notes
        notes.border_title = _("phases.notes", phase=self.selected)
        notes.read_only = self.workbook.read_only
        self._show_signals()

    def _show_signals(self) -> None:
        ticked = self.workbook.phases.phase_note(self.selected).signals
        signals = self.query_one("#signals", SelectionList)
        signals.border_title = _(
            "phases.signals_last" if self.selected == LAST else "phases.signals"
        )
        keep = signals.highlighted
        signals.clear_options()
        for signal in self.texts[self.selected].signals:
            when = f"  ({format_short_date(ticked[signal])})" if signal in ticked else ""
            signals.add_option((Text(signal + when), signal, signal in ticked))
        if signals.option_count:
            signals.highlighted = min(keep or 0, signals.option_count - 1)

    def _show_themes(self, journey: Journey) -> None:
        table = self.query_one("#themes", ListTable)
        row = table.cursor_row
        table.clear()
        colours = tones(self)
        for theme in journey.themes:
            names = ", ".join(m.name for i in theme.member_ids if (m := journey.member(i)))
            warning = theme_size_warning(theme)
            table.add_row(
                Text(theme.title), Text(names), str(len(theme.member_ids)),
                Text("ⓘ " + warning, colours["muted"]) if warning
                else Text("✓", colours["success"]),
                key=str(theme.id),
            )  # fmt: skip
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))

    def _show_outputs(self, journey: Journey) -> None:
        themes = {t.id: t.title for t in journey.themes}
        table = self.query_one("#outputs", ListTable)
        row = table.cursor_row
        table.clear()
        for output in journey.outputs:
            table.add_row(
                Text(output.title), Text(themes.get(output.theme_id, "")),
                _("export.yes") if output.tried_in_class else _("export.no"),
                Text(output.shown_at), key=str(output.id),
            )  # fmt: skip
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))

    def _show_progress(self, journey: Journey) -> None:
        every = journey.held_meetings(self.app.today())
        held = every[-SHOWN_MEETINGS:]
        counts = [presence(journey, m) for m in held]
        present = [p for p, _recorded in counts]
        teachers = sum(1 for m in journey.members if m.active and m.role is Role.MEMBER)
        done_per_meeting = Counter(a.meeting_id for a in journey.agreements if is_done(a))
        made_per_meeting = Counter(a.meeting_id for a in journey.agreements)
        done = [done_per_meeting[m.id] for m in held]
        held_ids = {m.id for m in every}
        top = max([teachers, *(r for _p, r in counts)])
        self.query_one("#attendance-spark", Static).update(bars(present, top))
        made_top = max((made_per_meeting[m.id] for m in held), default=0)
        self.query_one("#done-spark", Static).update(bars(done, made_top))
        self.query_one("#attendance-label", Static).update(
            _("phases.attendance_trend", held=len(every),
              last=present[-1] if present else 0,
              total=counts[-1][1] if counts else 0)
        )  # fmt: skip
        self._show_functioning(journey)
        self.query_one("#done-label", Static).update(
            _("phases.done_trend", done=sum(done_per_meeting[m.id] for m in every),
              made=sum(1 for a in journey.agreements if a.meeting_id in held_ids))
        )  # fmt: skip

    def _show_functioning(self, journey: Journey) -> None:
        """Each point of how the group works as a PLG with its scores over time: 2 → 3 → 3."""
        checks = journey.functioning[-SHOWN_CHECKS:]
        label = self.query_one("#functioning-label", Static)
        if not checks:
            label.update(_("functioning.none"))
            self.query_one("#functioning", Static).update("")
            return
        label.update(ngettext("functioning.trend", len(journey.functioning),
                              date=format_date(checks[-1].on)))  # fmt: skip
        width = max(len(_(labels.FUNCTIONING[k])) for k in FUNCTIONING_KEYS)
        lines = []
        for key in FUNCTIONING_KEYS:
            scores = " → ".join(str(c.scores[key]) for c in checks if key in c.scores)
            lines.append(f"{_(labels.FUNCTIONING[key]):<{width}}  {scores}")
        self.query_one("#functioning", Static).update(plain("\n".join(lines)))

    # -- changes ---------------------------------------------------------------------------

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "timeline" and event.option.id:
            if int(event.option.id) != self.selected:
                self._autosave.flush()
                self.selected = int(event.option.id)
                self._show_phase()

    def on_selection_list_selection_toggled(self, event: SelectionList.SelectionToggled) -> None:
        signal = event.selection.value
        ticked = signal in event.selection_list.selected
        attempt(self, lambda: self.workbook.phases.tick_signal(
            self.selected, signal, self.app.today() if ticked else None
        ))  # fmt: skip

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area.id == "phase-notes":
            self._autosave.changed()

    def _save_notes(self, text: str) -> None:
        with self.workbook.caused_by(self):
            self.workbook.phases.set_phase_notes(self.selected, text)

    def _show_saved(self, state: str, problem: str) -> None:
        if self.is_attached:
            notes = self.query_one("#phase-notes", TextArea)
            notes.border_subtitle = _(labels.SAVED[state], problem=problem)

    def on_descendant_blur(self, event) -> None:
        if getattr(event.widget, "id", None) == "phase-notes":
            self._autosave.flush()

    def place(self) -> Place:
        """Where to come back to when a merge swaps the screens (way_back.py)."""
        app = self.app
        return place_of(self, lambda: app.action_phases() or True)

    def flush(self) -> None:
        self._autosave.flush()

    def on_screen_suspend(self) -> None:
        self.flush()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        editing = ("move", "new", "edit", "asks_leaders", "norms", "functioning", "primary")
        if action in editing and self.workbook.read_only:
            return False
        return True

    def action_primary(self) -> None:
        on = not self.workbook.journey.group.primary
        if attempt(self, lambda: self.workbook.group.set_primary(on)) is not None:
            self.notify(_("phases.primary_on" if on else "phases.primary_off"))

    def action_functioning(self) -> None:
        from plgtui.tui.dialogs.phase_forms import FunctioningForm

        self.app.push_screen(FunctioningForm())

    def action_norms(self) -> None:
        from plgtui.tui.dialogs.phase_forms import NormsForm

        self.app.push_screen(NormsForm())

    def action_asks_leaders(self) -> None:
        from plgtui.tui.dialogs.phase_forms import AsksLeadersForm

        self.app.push_screen(AsksLeadersForm())

    def action_move(self) -> None:
        from plgtui.tui.dialogs.phase_forms import PhaseMoveForm

        current = self.workbook.journey.current_phase
        target = self.selected
        if current and target == current.phase:
            target = min(current.phase + 1, PHASES[-1])
        self.app.push_screen(PhaseMoveForm(target))

    async def action_new(self) -> None:
        from plgtui.tui.dialogs.phase_forms import OutputForm, ThemeForm

        if self.current_tab() == "outputs":
            self.app.push_screen(OutputForm())
        else:
            await self.action_tab("themes")
            self.app.push_screen(ThemeForm())

    def action_edit(self) -> None:
        from plgtui.tui.dialogs.phase_forms import OutputForm, ThemeForm

        tab = self.current_tab()
        if tab not in ("themes", "outputs"):
            return
        table = self.query_one(f"#{tab}", ListTable)
        if not table.row_count:
            return
        record_id = int(table.cursor_key)
        journey = self.workbook.journey
        if tab == "themes":
            self.app.push_screen(ThemeForm(next(t for t in journey.themes if t.id == record_id)))
        else:
            self.app.push_screen(OutputForm(next(o for o in journey.outputs if o.id == record_id)))

    def on_list_table_row_selected(self) -> None:
        self.action_edit()

    def action_leave(self) -> None:
        self.flush()
        self.dismiss()
