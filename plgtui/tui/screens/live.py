"""The live meeting on the projector: the block, its questions, a countdown for the back row.

Driven by a few keys, which a presenter clicker can send (PageDown / PageUp). The clock itself
lives in the app (`app.ticker`), so leaving this screen never stops it.
"""

from __future__ import annotations

import random
import time

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import ContentSwitcher, Header, OptionList, Static
from textual.widgets.option_list import Option

from plgtui.core.end_question import end_question
from plgtui.core.i18n import _, ngettext
from plgtui.core.live import LiveMeeting
from plgtui.core.model import BlockKind
from plgtui.core.validate import InputError
from plgtui.tui.base.journey_screen import JourneyScreen
from plgtui.tui.commands import command
from plgtui.tui.keymaps import AZERTY_DIGITS
from plgtui.tui.keys_in_force import groups_hint
from plgtui.tui.room_door import with_room
from plgtui.tui.screens.live_evidence import EVIDENCE_ACTIONS, EvidenceActions, EvidencePanel
from plgtui.tui.screens.live_ideas import IdeaActions
from plgtui.tui.screens.live_time_up import TIME_UP_BINDINGS, TimeUpActions
from plgtui.tui.ui import BREAKPOINTS, attempt, take_width_class
from plgtui.tui.widgets import live_panels as panels
from plgtui.tui.widgets.big_clock import BigClock
from plgtui.tui.widgets.clock_cues import may_flash, show_clock
from plgtui.tui.widgets.key_bar import KeyBar

FLASHES = 6
LAST_BLOCK_NOTICE = 6  # seconds
MOVE = Binding.Group("key.group_move")
MINUTE = Binding.Group("key.group_minute")


class LiveScreen(TimeUpActions, EvidenceActions, IdeaActions, JourneyScreen):
    """Countdown, questions and ideas of the current block; projector mode shows only the first
    two, in high contrast."""

    HORIZONTAL_BREAKPOINTS = BREAKPOINTS

    BINDINGS = (
        [
            command("space", "toggle", "key.start_pause", id="live-start-pause", priority=True),
            command(
                "pageup,left",
                "previous",
                "key.previous",
                id="live-previous",
                priority=True,
                key_display="PgUp",
                group=MOVE,
            ),
            command(
                "pagedown,right",
                "next",
                "key.next",
                id="live-next",
                priority=True,
                key_display="PgDn",
                group=MOVE,
            ),
            # The live keys, in the order the bar keeps them when it runs out of room: at 80
            # columns start/pause, the steps, a new idea and the room.
            command("i", "idea", "key.idea", id="live-idea"),
            # members' phones (room_door.py): in sight at 80 columns, where a coach finds it
            command(
                "z", "room", "key.room", id="live-room", title="cmd.room", help="cmd.room.help"
            ),
            # Evidence, each only in its block (live_evidence.py): a reading, samples scored, their
            # levels before and after, a note on a case pupil.
            command("n", "reading", "key.live_reading", id="live-reading"),
            command("s", "score", "key.live_score", id="live-score"),
            command("j", "distribution", "key.live_distribution", id="live-distribution"),
            command("p", "case_note", "key.case_note", id="live-case-note"),
            command("g", "groups", "key.groups", id="live-groups"),
            command("t", "turns", "key.turns", id="live-turns"),
            command("w", "minutes", "key.live_minutes", id="live-minutes"),
            command("ctrl+e", "end", "key.live_end", id="live-end"),
            command(
                "plus,equals_sign",
                "extend(1)",
                "key.minute_more",
                id="live-minute-more",
                priority=True,
                key_display="+",
                group=MINUTE,
            ),
            command(
                "minus,underscore",
                "extend(-1)",
                "key.minute_less",
                id="live-minute-less",
                priority=True,
                key_display="-",
                group=MINUTE,
            ),
            command("l", "roles", "key.roles", id="live-roles"),  # in a block with roles
            # in the evaluation block
            command("h", "functioning", "key.functioning", id="live-functioning"),
            command("k", "review_norms", "key.review_norms", id="live-review-norms"),
            command("f", "projector", "key.projector", id="live-projector"),
            command("r", "reset", "key.reset", id="live-reset"),
            command(
                "down",
                "question(1)",
                "key.next_question",
                id="live-next-question",
                show=False,
                priority=True,
            ),
            command(
                "up",
                "question(-1)",
                "key.previous_question",
                id="live-previous-question",
                show=False,
                priority=True,
            ),
            # Capitals need Shift: each has a small letter beside it (d: deal again, u: undo a
            # vote, y: to a theme), so no live key needs Shift or AltGr on any keyboard.
            command("G,d", "reshuffle", "key.reshuffle", id="live-reshuffle", show=False),
            command("b", "idea_scope", "key.idea_scope", id="live-idea-scope", show=False),
            command("o", "order", "key.order", id="live-order", show=False),
            command("c", "coach_joins", "key.coach_joins", id="live-coach-joins", show=False),
            command("e", "edit_idea", "key.edit_idea", id="live-edit-idea", show=False),
            command(
                "delete,x", "remove_idea", "key.remove_idea", id="live-remove-idea", show=False
            ),
            command("m", "merge_idea", "key.merge_idea", id="live-merge-idea", show=False),
            command("v", "vote(1)", "key.vote", id="live-vote", show=False),
            command("V,u", "vote(-1)", "key.unvote", id="live-unvote", show=False),
            command("a", "to_agreement", "key.to_agreement", id="live-to-agreement", show=False),
            command("T,y", "to_theme", "key.to_theme", id="live-to-theme", show=False),
            command("escape", "leave", "key.back", id="live-back", show=False),
        ]
        + [
            # A group size, by its digit or, on a Belgian AZERTY keyboard, by the same key
            # unshifted (é " ' ( § è !), since the digits need Shift there.
            command(f"{n},{azerty}", f"group_size({n})", show=False, id=f"live-group-size-{n}")
            for n, azerty in AZERTY_DIGITS.items()
        ]
        + TIME_UP_BINDINGS
    )

    def __init__(self, projector: bool = False) -> None:
        super().__init__()
        self.projector = projector
        self._merge_from: int | None = None
        self._flashes = 0
        self._question = 0  # in projector mode, the question shown (one at a time)
        self._question_block: int | None = None
        self._told_last = -LAST_BLOCK_NOTICE  # when the last block's notice was last shown

    @property
    def live(self) -> LiveMeeting:
        return self.app.ticker.live

    def compose(self) -> ComposeResult:
        self.set_class(self.projector, "-projector")
        take_width_class(self)
        yield Header(icon="")
        yield Static(id="live-head")
        with Horizontal(id="live-main"):
            with Vertical(id="live-left"):
                yield BigClock(id="clock")
                yield Static(id="live-step")
                yield Static(id="live-prompts")
            with ContentSwitcher(id="live-side", initial="ideas"):
                yield OptionList(id="ideas")
                yield Static(id="groups")
                yield OptionList(id="turns")
                yield OptionList(id="roles")
                yield EvidencePanel(id="evidence")
        yield Static(id="live-status")
        yield KeyBar()

    def on_mount(self) -> None:
        self.show_time()
        self.follow_journey(self.show_all)
        self.app.clock_ticked.subscribe(self, lambda _tick: self.show_time())
        self.query_one("#ideas", OptionList).focus()

    def on_screen_suspend(self) -> None:
        # The screen that comes next shows the countdown in its header.
        self.app.call_later(self.app.show_live_status)

    def on_unmount(self) -> None:
        self.app.call_later(self.app.show_live_status)

    # -- showing ---------------------------------------------------------------------------

    def show_time(self) -> None:
        if self.app.ticker is None:
            return
        live = self.live
        show_clock(self.query_one(BigClock), live)
        self.query_one("#live-head", Static).update(with_room(self.app, panels.head(live)))
        self.query_one("#live-step", Static).update(panels.instruction(live))
        self.query_one("#live-status", Static).update(panels.status(live))

    def show_all(self) -> None:
        if self.app.ticker is None:
            return
        live = self.live
        self.show_time()
        self._show_prompts()
        self._show_ideas()
        self._show_turns()
        self._show_roles()
        self.show_evidence()
        groups = self.query_one("#groups", Static)
        groups.update(panels.groups_text(live))
        groups.border_title = ngettext("live.groups_title", len(live.meeting.groups))
        groups.border_subtitle = groups_hint(self)  # the keys in force (keys_in_force.py)
        self.call_later(self._check_groups)

    def _show_prompts(self) -> None:
        live = self.live
        if self._question_block != live.block.id:  # a new block starts at its first question
            self._question_block, self._question = live.block.id, 0
        lines = live.prompts()
        self._question = max(0, min(self._question, len(lines) - 1))
        prompts = self.query_one("#live-prompts", Static)
        prompts.border_title = panels.prompts_title(live, self._question if self.projector else 0)
        if self.projector:
            prompts.update(panels.one_prompt(lines, self._question))
        else:
            prompts.update(panels.prompts(live))
        prompts.display = bool(lines)

    def _check_groups(self) -> None:
        """Groups follow the room: when someone was marked away or arrived since they were
        made, they are made again, and the coach is told."""
        if self.app.ticker is None or self.workbook.read_only:
            return
        meeting_id = self.live.meeting_id
        if attempt(self, lambda: self.workbook.meetings.regroup_if_changed(meeting_id)):
            self.notify(_("live.regrouped"))
            self.app.ticker.changed()

    def _show_ideas(self) -> None:
        live = self.live
        ideas = live.ideas()
        listing = self.query_one("#ideas", OptionList)
        keep = listing.highlighted_option.id if listing.highlighted_option else None
        votes = live.is_vote() or any(i.votes for i in live.meeting.ideas)
        listing.set_options(
            Option(panels.idea_line(i, votes, i.id == self._merge_from), id=str(i.id))
            for i in ideas
        )
        listing.border_title = panels.ideas_title(live, len(ideas))
        listing.border_subtitle = _("live.ideas_hint_vote" if live.is_vote() else "live.ideas_hint")
        self._highlight(listing, keep)

    def _show_turns(self) -> None:
        live = self.live
        journey = live.workbook.journey
        spoken = set(live.state.spoken)
        people = [m for mid in live.people_ids() if (m := journey.member(mid))]
        listing = self.query_one("#turns", OptionList)
        keep = listing.highlighted_option.id if listing.highlighted_option else None
        listing.set_options(
            Option(
                panels.turn_line(m.name, m.id in spoken, live.meeting.turns.get(m.id, 0)),
                id=str(m.id),
            )
            for m in people
        )
        listing.border_title = _(
            "live.turns", spoken=len(spoken & {m.id for m in people}), total=len(people)
        )
        listing.border_subtitle = _(
            "live.turns_hint_least" if live.state.turn_order == "least" else "live.turns_hint"
        )
        self._highlight(listing, keep)

    def _show_roles(self) -> None:
        live = self.live
        listing = self.query_one("#roles", OptionList)
        keep = listing.highlighted_option.id if listing.highlighted_option else None
        roles = live.block.roles
        if roles:
            listing.set_options(
                Option(panels.role_line(r, live.role_holder(r)), id=f"role-{n}")
                for n, r in enumerate(roles)
            )
        else:
            listing.set_options([Option(_("live.no_roles"), disabled=True)])
            switcher = self.query_one("#live-side", ContentSwitcher)
            if switcher.current == "roles":  # the roles' block is over: back to the ideas
                switcher.current = "ideas"
        listing.border_title = _("live.roles_title")
        listing.border_subtitle = _("live.roles_hint") if roles else ""
        self._highlight(listing, keep)

    def action_functioning(self) -> None:
        from plgtui.tui.dialogs.phase_forms import FunctioningForm

        self.app.push_screen(FunctioningForm())

    def action_review_norms(self) -> None:
        from plgtui.tui.dialogs.phase_forms import NormsReviewForm

        self.app.push_screen(NormsReviewForm(self.live.meeting_id))

    async def action_room(self) -> None:
        from plgtui.tui.room_door import room_key

        await room_key(self.app)

    def action_close_room(self) -> None:  # from the palette
        from plgtui.tui.room_door import close_room_asked

        close_room_asked(self.app)

    def action_roles(self) -> None:
        self._side("roles")

    @staticmethod
    def _highlight(listing: OptionList, option_id: str | None) -> None:
        if option_id is not None:
            try:
                listing.highlighted = listing.get_option_index(option_id)
                return
            except Exception:  # the option is gone (deleted or merged)
                pass
        if listing.option_count:
            listing.highlighted = 0

    def flash(self) -> None:
        """At zero: the countdown blinks a few times, then stays in its overtime colour; not
        with reduced animations (its words say it)."""
        self._flashes = FLASHES if may_flash(self.app) else 0
        self._flash_step()

    def _flash_step(self) -> None:
        clock = self.query_one(BigClock)
        clock.set_class(self._flashes % 2 == 1, "-flash")
        if self._flashes > 0:
            self._flashes -= 1
            self.set_timer(0.4, self._flash_step)

    # -- the clock -------------------------------------------------------------------------

    def _act(self, change) -> None:
        try:
            change()
        except InputError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.app.ticker.changed()

    def action_toggle(self) -> None:
        self._act(self.live.toggle)

    def action_next(self) -> None:
        if self.live.next_up() is None:  # the last step of the last block
            now = time.monotonic()
            if now - self._told_last > LAST_BLOCK_NOTICE:  # a clicker pressed again: once
                self._told_last = now
                self.notify(_("live.last_block"), timeout=LAST_BLOCK_NOTICE)
            return
        self._act(self.live.next)

    def action_question(self, delta: int) -> None:
        self._question += delta
        self._show_prompts()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Up and down page through the questions on the projector; elsewhere they move in
        # the list on the side.
        if action in EVIDENCE_ACTIONS:
            return self.evidence_key_works(action)
        if action == "question":
            return self.projector and len(self.live.block.prompts) > 1
        if action == "functioning":  # the evaluation block is where a group looks at itself
            return self.live.block.kind is BlockKind.EVALUATION
        if action == "roles":  # a protocol's roles: nothing to show in a block without them
            return bool(self.live.block.roles)
        return True

    def action_previous(self) -> None:
        self._act(self.live.previous)

    def action_extend(self, minutes: int) -> None:
        self._act(lambda: self.live.extend(minutes))

    def action_reset(self) -> None:
        self._act(self.live.reset)

    def action_minutes(self) -> None:
        self.app.write_minutes(self.live.meeting_id)

    def action_projector(self) -> None:
        self.projector = not self.projector
        self.set_class(self.projector, "-projector")
        self._show_prompts()

    def action_leave(self) -> None:
        if self.projector:
            self.action_projector()
        else:
            self.dismiss()

    def action_end(self) -> None:
        from plgtui.tui.dialogs.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self.app.end_live()

        self.app.push_screen(ConfirmScreen(end_question(self.live)), answered)

    # -- the side panel --------------------------------------------------------------------

    def _side(self, name: str) -> None:
        switcher = self.query_one(ContentSwitcher)
        switcher.current = "ideas" if switcher.current == name else name
        if switcher.current != "groups":
            listing = self.query_one(f"#{switcher.current}", OptionList)
            listing.focus()
            if listing.highlighted is None and listing.option_count:
                listing.highlighted = 0  # Enter must act on someone straight away

    def action_groups(self) -> None:
        meeting = self.live.meeting
        if not meeting.groups:
            self._make_groups(self.live.group_size())
        else:
            self._check_groups()
        self._side("groups")

    def action_reshuffle(self) -> None:
        self._make_groups(self._group_size())
        self.query_one(ContentSwitcher).current = "groups"

    def action_group_size(self, size: int) -> None:
        if self.query_one(ContentSwitcher).current == "groups":
            self._make_groups(size)

    def _group_size(self) -> int:
        return self.live.current_group_size()

    def action_coach_joins(self) -> None:
        """The coach takes part in groups and turns this time (or, again, does not)."""
        live = self.live
        joins = not live.meeting.coach_joins
        self._act(lambda: self.workbook.meetings.set_coach_joins(live.meeting_id, joins))
        self.notify(_("live.coach_joins" if joins else "live.coach_apart"))

    def action_idea_scope(self) -> None:
        self.query_one(ContentSwitcher).current = "ideas"
        self._act(self.live.next_idea_scope)

    def action_order(self) -> None:
        """Ideas by votes or as typed; turns by who spoke least or as listed."""
        if self.query_one(ContentSwitcher).current == "turns":
            self._act(self.live.toggle_turn_order)
        else:
            self.query_one(ContentSwitcher).current = "ideas"
            self._act(self.live.toggle_idea_order)

    def _make_groups(self, size: int) -> None:
        self._act(
            lambda: self.workbook.meetings.make_groups(self.live.meeting_id, size, random.Random())
        )

    def action_turns(self) -> None:
        self._side("turns")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a name marks that person as having spoken and moves to the next one; on a
        role, it passes the role to the next person present."""
        if event.option_list.id == "roles" and event.option.id is not None:
            role = self.live.block.roles[int(event.option.id.removeprefix("role-"))]
            self._act(lambda: self.live.pass_role(role))
            return
        if event.option_list.id != "turns" or event.option.id is None:
            return
        member_id = int(event.option.id)
        self._act(lambda: self.live.toggle_spoken(member_id))
        listing = event.option_list
        if event.option_index + 1 < listing.option_count:
            listing.highlighted = event.option_index + 1
