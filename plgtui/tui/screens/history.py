"""The history of the group's file: each version kept, when, who and on which computer, what it
changed; what is different now, and putting back a version or one record of it (Ctrl+Z takes
that back). The first time on a laptop it asks, once, for the name to sign saves with."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from plgtui.core import signature
from plgtui.core.changes.versions import Difference
from plgtui.core.history import Kept, Line, lines_of, when_text, who
from plgtui.core.i18n import _, ngettext
from plgtui.core.validate import InputError
from plgtui.tui.base.journey_screen import JourneyScreen
from plgtui.tui.commands import command
from plgtui.tui.ui import BREAKPOINTS, attempt, plain, take_width_class
from plgtui.tui.widgets.key_bar import KeyBar
from plgtui.tui.widgets.list_table import ListTable
from plgtui.tui.widgets.readonly_banner import ReadOnlyBanner

HOW = {
    "changed": "history.how.changed",
    "added": "history.how.added",
    "removed": "history.how.removed",
}
SETTLE = 0.15  # seconds a version is held before what differs from it is read (a backup)


class HistoryScreen(JourneyScreen):
    HORIZONTAL_BREAKPOINTS = BREAKPOINTS

    BINDINGS = [
        command("t", "restore", "key.restore_version"),
        command("enter", "differences", "key.differences"),
        command("escape", "back", "key.back"),
    ]

    DEFAULT_CSS = """
    HistoryScreen #history-body { height: 1fr; }
    HistoryScreen #history, HistoryScreen #history-differences {
        border: round $primary 60%; border-title-color: $text-accent; border-title-style: bold;
        border-subtitle-color: $text-muted;
    }
    HistoryScreen #history { height: 1fr; max-height: 100%; }
    HistoryScreen #history-side { height: auto; max-height: 50%; }
    HistoryScreen #history-version { padding: 0 1; height: auto; max-height: 4; }
    HistoryScreen #history-differences { height: auto; max-height: 8; }
    HistoryScreen.-wide #history-body { layout: horizontal; }
    HistoryScreen.-wide #history { width: 3fr; }
    HistoryScreen.-wide #history-side { width: 2fr; height: 1fr; max-height: 100%; }
    HistoryScreen.-wide #history-version { max-height: 8; }
    HistoryScreen.-wide #history-differences { height: 1fr; max-height: 100%; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[Line] = []
        self._differences: dict[str, list[Difference]] = {}  # by revision, until the next change
        self._timer = None

    def compose(self) -> ComposeResult:
        take_width_class(self)
        yield Header(icon="")
        if self.workbook.read_only:
            yield ReadOnlyBanner()
        with Vertical(id="history-body"):
            table = ListTable(id="history")
            table.border_title = _("history.title")
            table.border_subtitle = _("history.hint")
            table.add_column(_("history.when"), key="when")
            table.add_column(_("history.who"), key="who")
            table.add_column(_("history.what"), key="what", flex=True)
            yield table
            with Vertical(id="history-side"):
                yield Static(id="history-version")
                differences = OptionList(id="history-differences")
                differences.border_title = _("history.differences")
                yield differences
        yield KeyBar()

    def on_mount(self) -> None:
        self.follow_journey(self.show_history)
        self.query_one(ListTable).focus()
        if not signature.asked(self.app.settings_dir):  # type: ignore[attr-defined]
            self.call_after_refresh(self._ask_name)

    # -- drawing ---------------------------------------------------------------------------

    def when(self, moment: float | None) -> str:
        return when_text(moment, self.app.today())  # type: ignore[attr-defined]

    def show_history(self) -> None:
        """Read the history again (the backups in a thread: a long journey's take a moment the
        first time) and show it."""
        self._differences.clear()
        kept = self.workbook.versions.kept()
        self.run_worker(lambda: self._read(kept), thread=True, exclusive=True, group="history")

    def _read(self, kept: Kept) -> None:
        from textual.worker import get_current_worker

        lines = lines_of(kept.read_files(), self.when)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show_lines, lines)

    def show_lines(self, lines: list[Line]) -> None:
        self.lines = lines
        table = self.query_one(ListTable)
        row = table.cursor_row
        table.clear()
        table.add_rows(
            ((self.when(line.version.when), Text(who(line.version)), Text(line.what)), str(n))
            for n, line in enumerate(self.lines)
        )
        table.move_cursor(row=min(row, max(len(self.lines) - 1, 0)))
        self.show_version(settle=False)

    def on_list_table_row_highlighted(self, event: ListTable.RowHighlighted) -> None:
        self.show_version()

    def on_list_table_row_selected(self, event: ListTable.RowSelected) -> None:
        self.action_differences()

    def _line(self) -> Line | None:
        row = self.query_one(ListTable).cursor_row
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def show_version(self, settle: bool = True) -> None:
        """The held version in full, and (a moment later: it may be read from a backup) what is
        different now."""
        line = self._line()
        head = self.query_one("#history-version", Static)
        if line is None:
            head.update(_("history.empty"))
            self.query_one(OptionList).clear_options()
            return
        saves = f" · {ngettext('history.saves', line.saves)}" if line.saves > 1 else ""
        said = f"{self.when(line.version.when)} · {who(line.version)}{saves}"
        head.update(plain(said, "bold") + plain(f"\n{line.what}"))
        if self._timer is not None:
            self._timer.stop()
        if settle:
            self._timer = self.set_timer(SETTLE, self.show_differences)
        else:
            self.show_differences()

    def show_differences(self) -> None:
        line = self._line()
        listing = self.query_one(OptionList)
        listing.clear_options()
        if line is None:
            return
        found = self._found(line.version.revision)
        if not found:
            listing.add_option(Option(_("history.none_different"), disabled=True))
            return
        listing.add_options(
            Option(plain(_(HOW[d.how], what=d.label)), id=f"{d.table}/{d.key}") for d in found
        )
        listing.border_subtitle = _("history.differences_hint") if listing.has_focus else ""

    def _found(self, revision: str) -> list[Difference]:
        if revision not in self._differences:
            try:
                self._differences[revision] = self.workbook.versions.differences(revision)
            except InputError:
                self._differences[revision] = []
        return self._differences[revision]

    # -- keys ------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "restore" and self.workbook.read_only:
            return False
        return True

    def action_differences(self) -> None:
        listing = self.query_one(OptionList)
        if listing.option_count and not listing.get_option_at_index(0).disabled:
            listing.focus()
            listing.highlighted = listing.highlighted or 0
            listing.border_subtitle = _("history.differences_hint")

    def action_back(self) -> None:
        listing = self.query_one(OptionList)
        if listing.has_focus:
            listing.border_subtitle = ""
            self.query_one(ListTable).focus()
        else:
            self.dismiss()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._restore_record(event.option.id or "")

    def action_restore(self) -> None:
        listing = self.query_one(OptionList)
        if listing.has_focus:
            index = listing.highlighted
            if index is not None:
                self._restore_record(listing.get_option_at_index(index).id or "")
            return
        line = self._line()
        if line is None:
            return
        from plgtui.tui.dialogs.confirm import ConfirmScreen

        question = _("history.confirm", when=self.when(line.version.when))

        def answered(yes: bool | None) -> None:
            if yes:
                done = _("history.done_version", when=self.when(line.version.when))
                self._done(lambda: self.workbook.versions.restore(line.version.revision), done)

        self.app.push_screen(ConfirmScreen(question, _("history.confirm_detail")), answered)

    def _restore_record(self, option_id: str) -> None:
        line = self._line()
        if line is None or "/" not in option_id:
            return
        table, key = option_id.split("/", 1)
        found = self._found(line.version.revision)
        label = next((d.label for d in found if (d.table, d.key) == (table, key)), "")
        done = _("history.done_record", what=label, when=self.when(line.version.when))
        self._done(
            lambda: self.workbook.versions.restore_record(line.version.revision, table, key), done
        )

    def _done(self, restore, said: str) -> None:
        with self.workbook.caused_by(self):
            what = attempt(self, restore)
        if what is not None:
            self.notify(said, markup=False)
            self.query_one(ListTable).move_cursor(row=0)
            self.show_history()

    # -- the name, asked once on this laptop -----------------------------------------------

    def _ask_name(self) -> None:
        from plgtui.tui.dialogs.quick_input import QuickInput

        folder = self.app.settings_dir  # type: ignore[attr-defined]

        def keep(name: str) -> None:
            if not signature.clean(name):
                raise InputError(_("input.required", field=_("history.who")))
            signature.keep_person(folder, name)
            self.notify(_("history.name_saved"))

        def closed(_result: None) -> None:
            if not signature.asked(folder):
                signature.keep_person(folder, "")  # asked: not again on this laptop

        self.app.push_screen(QuickInput(_("history.name_question"), keep, repeat=False), closed)
