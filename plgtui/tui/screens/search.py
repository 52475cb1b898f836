"""Search across all minutes, ideas and agreements; Enter opens the meeting a hit belongs to."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Header, Input, OptionList
from textual.widgets.option_list import Option

from plgtui.core import labels
from plgtui.core.i18n import _, format_short_date, ngettext
from plgtui.core.search import CONTEXT, LIMIT, search
from plgtui.tui.base.styled_once import StyledOnce
from plgtui.tui.commands import command
from plgtui.tui.ui import UsesWorkbook, plain
from plgtui.tui.widgets.key_bar import KeyBar


class SearchScreen(UsesWorkbook, StyledOnce):
    BINDINGS = [
        command("escape", "dismiss", "key.back"),
        command("down", "results", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield Input(placeholder=_("search.placeholder"), id="query")
        yield OptionList(id="hits")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self.query_one(OptionList).border_title = _("search.title")

    def on_input_changed(self, event: Input.Changed) -> None:
        journey = self.workbook.journey
        # As much of each hit as the line holds, beside the date and where it was found.
        context = max(CONTEXT, (self.query_one(OptionList).size.width - 30) // 2)
        hits = search(journey, event.value, limit=LIMIT + 1, context=context)
        more, hits = len(hits) > LIMIT, hits[:LIMIT]
        listing = self.query_one(OptionList)
        options = []
        dates = {meeting.id: meeting.date for meeting in journey.meetings}
        for n, hit in enumerate(hits):
            when = dates.get(hit.meeting_id) if hit.meeting_id else None
            where = Content(_(labels.SEARCH_WHERE[hit.where])).stylize("$text-accent")
            day = format_short_date(when) if when else ""
            prompt = Content(" · ").join([Content(day).stylize("bold"), where, plain(hit.text)])
            options.append(Option(prompt, id=f"{n}:{hit.meeting_id or ''}"))
        listing.set_options(options)
        if more:  # the list stops at LIMIT: its count is not the number found
            listing.border_title = _("search.hits_more", limit=LIMIT)
        elif event.value.strip():
            listing.border_title = ngettext("search.hits", len(hits))
        else:
            listing.border_title = _("search.title")

    def on_input_submitted(self) -> None:
        self.action_results()

    def action_results(self) -> None:
        listing = self.query_one(OptionList)
        if listing.option_count:
            listing.focus()
            if listing.highlighted is None:
                listing.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        meeting = (event.option.id or "").split(":", 1)[1]
        if meeting:
            self.app.open_minutes(int(meeting))
