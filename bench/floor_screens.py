"""The floors of bench/user_speed.py's screen visits (issue 33): for each screen plgtui shows on
`r`, `f`, `q`, `g`, `t`, `m` (and `r` Enter, `r` `w`), a screen showing the same data with
Textual's own widgets, as a plain Textual app would: DataTable for a list, Static for text and
for Markdown (`MarkdownStatic`), TabbedContent for tabs, OptionList, SelectionList, TextArea,
Input, Checkbox, Header and Footer.

    python bench/bare_app.py --floors JOURNEY

Fair to both sides: the same rows and texts as plgtui shows (floor_data.py), the same amount on
screen. A tab that is not shown holds nothing, as plgtui makes a tab's widgets when first shown.
Markdown is a Static holding Rich's Markdown, the lighter of Textual's two ways to show it:
Textual's Markdown widget builds a widget per block and per table cell, and took 4.6-4.9 s for
the newest minutes of ten years (plgtui: 0.5 s), a floor too easy to beat to say anything.
Each visit builds its screen anew (`push_screen`, `Escape` pops it), as a plain app does; plgtui
keeps most of its screens, so its later visits are measured against the floor's later visits.
"""

from __future__ import annotations

from collections import Counter

from floor_data import Prepared, short
from rich.markdown import Markdown
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import (
    Checkbox,
    DataTable,
    Footer,
    Header,
    Input,
    Label,
    OptionList,
    SelectionList,
    Static,
    TabbedContent,
    TabPane,
    TextArea,
)

from plgtui.core import labels
from plgtui.core.attendance import headers
from plgtui.core.changes.question import LISTS
from plgtui.core.i18n import _, ngettext, phase_name
from plgtui.core.model import INQUIRY_STEPS, PHASES

CSS = """
.boxed { border: round $primary; }
.head { height: 1; }
#group-about-box { height: auto; max-height: 50%; }
#group-about { height: auto; }
DataTable { height: 1fr; }
#phase-timeline { width: 52; }
#phase-detail SelectionList { height: auto; }
#phase-notes { height: 6; }
#question-box TextArea { height: 5; }
#question-box SelectionList { height: auto; }
#plan-detail { height: 1fr; }
#new-meeting { width: 90; height: auto; border: thick $primary; }
#new-meeting Horizontal { height: auto; }
#new-meeting Label { width: 17; padding: 1 0; }
#new-meeting Input { width: 1fr; }
"""

# plgtui's tabs, in its order (screens/minutes.py, phases.py, question.py)
MINUTES_TABS = ("attendance", "notes", "decisions", "learnings", "agreements")
PHASES_TABS = ("phases", "themes", "outputs", "progress")
QUESTION_TABS = ("question", "versions", "quality", "conditions", "goals")
BACK = [Binding("escape", "app.pop_screen", "back")]


class MarkdownStatic(Static):
    def __init__(self, source: str) -> None:
        super().__init__(Markdown(source, hyperlinks=False))
        self.source = source


class Floor(Screen):
    BINDINGS = BACK

    def __init__(self, prepared: Prepared) -> None:
        super().__init__()
        self.prepared = prepared


class Meetings(Floor):
    BINDINGS = [*BACK, Binding("w", "write", "write")]

    def compose(self) -> ComposeResult:
        data = self.prepared
        yield Header()
        yield Static(_("meetings.intro"))
        table = DataTable(cursor_type="row")
        for key in ("date", "title", "present", "open", "status"):
            table.add_column(_(labels.MEETINGS_COLUMNS[key]), key=key)
        open_per_meeting = Counter(
            a["meeting_id"] for a in data.records("agreements") if a["status"] == "open"
        )
        for meeting in reversed(data.meetings_by_date()):
            states = list(meeting["attendance"].values())
            present, recorded = states.count("present"), len(states)
            still_open = open_per_meeting[meeting["id"]]
            table.add_row(
                short(meeting["date"]),
                Text(meeting["title"]),
                f"{present}/{recorded}" if recorded else "",
                str(still_open) if still_open else "",
                _(labels.MEETING_STATUS[meeting["status"]]),
                key=str(meeting["id"]),
            )
        yield table
        yield Footer()

    def on_data_table_row_selected(self) -> None:
        self.app.push_screen(ReadMinutes(self.prepared))

    def action_write(self) -> None:
        self.app.push_screen(WriteMinutes(self.prepared))


class ReadMinutes(Floor):
    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll():
            yield MarkdownStatic(self.prepared.minutes_markdown)
        yield Footer()


class WriteMinutes(Floor):
    def compose(self) -> ComposeResult:
        data = self.prepared
        meeting = data.meetings_by_date()[-1]
        yield Header()
        with Horizontal(classes="head"):
            yield Static(Text(meeting["title"], "bold") + Text(f" · {short(meeting['date'])}"))
        with TabbedContent():
            titles = [_(labels.MINUTES_TABS[t]) for t in MINUTES_TABS]
            with TabPane(titles[0]):
                members = [
                    m
                    for m in data.records("members")
                    if m["active"] or str(m["id"]) in meeting["attendance"]
                ]
                options = []
                for member in members:
                    state = meeting["attendance"].get(str(member["id"])) or "unknown"
                    label = _(labels.PRESENCE[state])
                    options.append(Text(f"{label:<16}") + Text(member["name"]))
                attendance = OptionList(*options, classes="boxed")
                attendance.border_title = _("minutes.present_count", present=0, total=0)
                yield attendance
                yield Input(", ".join(meeting["guests"]), placeholder=_("minutes.guests_hint"))
            for title in titles[1:]:
                yield TabPane(title)
        yield Footer()


class Phases(Floor):
    def compose(self) -> ComposeResult:
        data = self.prepared
        entered: dict[int, str] = {}
        for entry in data.records("phases"):
            entered.setdefault(entry["phase"], entry["entered"])
        notes = next((n for n in data.records("phase_notes") if n["id"] == data.phase), None)
        ticked = notes["signals"] if notes else {}
        yield Header()
        with TabbedContent():
            titles = [_(labels.PHASES_TABS[t]) for t in PHASES_TABS]
            with TabPane(titles[0]):
                with Horizontal():
                    options = []
                    for n in PHASES:
                        mark = "●" if n == data.phase else ("✓" if n in entered else "○")
                        when = (
                            _("phases.since", date=short(entered[n]), days=0)
                            if n in entered
                            else _("phases.not_yet")
                        )
                        options.append(f"{mark} {n} {phase_name(n)}\n  ████ {when}")
                    yield OptionList(*options, id="phase-timeline", classes="boxed")
                    with VerticalScroll(id="phase-detail"):
                        signals = SelectionList[str](
                            *[
                                (
                                    s + (f"  ({short(ticked[s])})" if s in ticked else ""),
                                    s,
                                    s in ticked,
                                )
                                for s in data.signals
                            ],
                            classes="boxed",
                        )
                        yield signals
                        yield TextArea(notes["notes"] if notes else "", id="phase-notes",
                                       soft_wrap=True, tab_behavior="focus")  # fmt: skip
                        yield MarkdownStatic(data.phase_markdown)
            for title in titles[1:]:
                yield TabPane(title)
        yield Footer()


class Question(Floor):
    def compose(self) -> ComposeResult:
        data = self.prepared
        questions = data.records("questions")
        inquiry = (data.records("inquiry") or [{}])[0]
        current = questions[-1] if questions else None
        yield Header()
        with TabbedContent():
            titles = [_(labels.QUESTION_TABS[t]) for t in QUESTION_TABS]
            with TabPane(titles[0]):
                with VerticalScroll(id="question-box"):
                    head = Text(current["text"] if current else _("question.none"), "bold")
                    if current:
                        head.append(
                            "\n"
                            + _(
                                "question.version_line",
                                version=len(questions),
                                round=1,
                                date=short(current["created"]),
                            )
                        )
                    yield Static(head)
                    steps = " → ".join(
                        f" {n} {_(labels.QUESTION_STEP[s])} "
                        for n, s in enumerate(INQUIRY_STEPS, 1)
                    )
                    yield Static(steps + "\n" + _("question.cycle_hint", next="]", previous="["))
                    for part in (*LISTS, "results"):
                        value = inquiry.get(part, "" if part == "results" else [])
                        area = TextArea(value if part == "results" else "\n".join(value),
                                        soft_wrap=True, tab_behavior="focus")  # fmt: skip
                        area.border_title = _(labels.QUESTION_PART[part])
                        yield area
                    linked = inquiry.get("agreement_ids", [])
                    shown = [
                        a
                        for a in data.records("agreements")
                        if a["status"] == "open" or a["id"] in linked
                    ]
                    yield SelectionList[int](
                        *[(Text(a["text"]), a["id"], a["id"] in linked) for a in shown],
                        classes="boxed",
                    )
            for title in titles[1:]:
                yield TabPane(title)
        yield Footer()


class Group(Floor):
    def compose(self) -> ComposeResult:
        group = self.prepared.records("group")[0]
        yield Header()
        with VerticalScroll(id="group-about-box", classes="boxed") as box:
            box.border_title = _("overview.group")
            lines = [
                f"{_('field.group_name')}: {group['name']}",
                f"{_('field.subject')}: {group['subject']}",
                f"{_('field.schools')}: {', '.join(group['schools'])}",
                f"{_('field.usual_length')}: {_('group.length_usual', minutes=120)}",
                f"{_('field.language')}: {group['language']}",
                _("group.norms") + ":",
                *[f"  • {norm}" for norm in group["norms"]],
            ]
            yield Static(Text("\n".join(lines)), id="group-about")
        table = DataTable(cursor_type="row", classes="boxed")
        table.border_title = _("overview.members")
        for key in ("name", "role", "school", "state"):
            table.add_column(_(labels.MEMBER_COLUMNS[key]), key=key)
        for member in self.prepared.records("members"):
            state = (
                _("group.active")
                if member["active"]
                else _("group.left_on", date=short(member["left"]))
            )
            table.add_row(
                Text(member["name"]), Text(_(labels.ROLE[member["role"]])),
                Text(member["school"]), Text(state), key=str(member["id"]),
            )  # fmt: skip
        yield table
        yield Footer()


MARKS = {"present": "█", "excused": "▄", "absent": "▁", None: "·"}


class Attendance(Floor):
    def compose(self) -> ComposeResult:
        data = self.prepared
        today = data.today.isoformat()
        held = [m for m in data.meetings_by_date() if m["status"] == "closed" or m["date"] < today]
        yield Header()
        yield Static(_("attendance.intro"))
        table = DataTable(cursor_type="row")
        for title in [*headers(), _(labels.ATTENDANCE_COLUMNS["trail"])]:
            table.add_column(title)
        for member in data.records("members"):
            since = member.get("joined") or ""
            states = [m["attendance"].get(str(member["id"])) for m in held if m["date"] >= since]
            count = Counter(states)
            known = len(states) - count[None]
            rate = f"{100 * count['present'] // known}%" if known else "–"
            rate_excused = (
                f"{100 * (count['present'] + count['excused']) // known}%" if known else "–"
            )
            trail = "".join(MARKS[s] for s in states[-24:])
            table.add_row(
                Text(member["name"]), str(count["present"]), str(count["excused"]),
                str(count["absent"]), str(count[None]), rate, rate_excused, Text(trail),
            )  # fmt: skip
        yield table
        yield Static(_("attendance.legend"))
        yield Footer()


class Plan(Floor):
    """The next meeting's plan; `m` shows NewMeeting instead when none is planned."""

    def compose(self) -> ComposeResult:
        data = self.prepared
        meeting = data.next_meeting()
        yield Header()
        status = _(labels.MEETING_STATUS[meeting["status"]])
        yield Static(
            Text(meeting["title"], "bold")
            + Text(f" · {short(meeting['date'])} · {meeting['length_minutes']} min · {status}")
        )
        table = DataTable(cursor_type="row")
        for title in ("#", _("col.kind"), _("col.title"), _("col.technique"), _("col.planned"),
                      _("col.actual")):  # fmt: skip
            table.add_column(title)
        planned = 0
        for n, block in enumerate(meeting["blocks"], 1):
            planned += block["minutes"]
            actual = block.get("actual_minutes")
            table.add_row(
                str(n), _(labels.BLOCK_KIND[block["kind"]]), Text(block["title"]),
                Text(data.techniques.get(block["technique"], "")), str(block["minutes"]),
                "" if actual is None else str(actual),
            )  # fmt: skip
        yield table
        spare = meeting["length_minutes"] - planned
        titles = ", ".join(data.suggested[:4])
        yield Static(
            _("agenda.total", planned=planned, length=meeting["length_minutes"])
            + f" · {_('agenda.spare', minutes=spare)}\n"
            + _("agenda.suggested", phase=data.phase, titles=titles)
        )
        first = meeting["blocks"][0] if meeting["blocks"] else None
        detail = Static(classes="boxed", id="plan-detail")
        if first:
            detail.border_title = first["title"]
            steps = [f"{s['minutes']} min · {s['who']} · {s['title']}" for s in first["steps"]]
            detail.update("\n".join([*steps, *[f"• {p}" for p in first["prompts"]]]))
        yield detail
        yield Footer()


class NewMeeting(ModalScreen):
    """plgtui's form for a new meeting, over the overview, when no meeting is planned."""

    BINDINGS = BACK

    def __init__(self, prepared: Prepared) -> None:
        super().__init__()
        self.prepared = prepared

    def compose(self) -> ComposeResult:
        still_open = sum(1 for a in self.prepared.records("agreements") if a["status"] == "open")
        with Vertical(id="new-meeting"):
            for label, value in (("field.date", "14/12/2026"), ("field.title", ""),
                                 ("field.place", ""), ("field.start_time", ""),
                                 ("field.length", "120")):  # fmt: skip
                with Horizontal():
                    yield Label(_(label))
                    yield Input(value)
            yield Checkbox(_("meeting.with_opening"), True)
            yield Checkbox(ngettext("meeting.with_followup", still_open), True)
            yield Checkbox(_("meeting.with_effects"), True)
            yield Checkbox(_("meeting.from_template"))
            yield Static("Agenda: 80 van 120 min.")
        yield Footer()


class FloorApp(App):
    CSS = CSS
    BINDINGS = [
        Binding("r", "floor('Meetings')", "meetings"),
        Binding("f", "floor('Phases')", "phases"),
        Binding("q", "floor('Question')", "question"),
        Binding("g", "floor('Group')", "group"),
        Binding("t", "floor('Attendance')", "attendance"),
        Binding("m", "plan", "meeting plan"),
    ]

    def __init__(self, prepared: Prepared) -> None:
        super().__init__()
        self.prepared = prepared

    def compose(self) -> ComposeResult:
        # A Header and a Footer from the start, as plgtui's overview has its header and key
        # bar: their first styling is not laid on the first floor visited.
        yield Header()
        yield Label("hello")
        yield Footer()

    def on_mount(self) -> None:
        self.title, self.sub_title = self.prepared.title, self.prepared.sub_title

    def action_floor(self, name: str) -> None:
        self.push_screen(globals()[name](self.prepared))

    def action_plan(self) -> None:
        made = Plan if self.prepared.next_meeting() else NewMeeting
        self.push_screen(made(self.prepared))
