"""A whole meeting played by keys, as a coach runs it: plan, run, capture, vote, group, take
turns, pause, end, write the minutes, plan the next one. Each step checks what the coach would
see, where the parts of the meeting meet."""

from __future__ import annotations

from conftest import TODAY
from textual.widgets import Checkbox, Input, OptionList, Select, Static, TextArea

from plgtui.core.agenda import planned_seconds
from plgtui.core.model import Presence
from plgtui.core.timer import FakeClock
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp
from plgtui.tui.dialogs.agreement_form import AgreementForm
from plgtui.tui.dialogs.meeting_forms import BlockForm, NewMeetingForm
from plgtui.tui.screens.agenda import AgendaScreen
from plgtui.tui.screens.live import LiveScreen
from plgtui.tui.screens.minutes import MinutesScreen
from plgtui.tui.screens.minutes_view import MinutesView
from plgtui.tui.widgets.list_table import ListTable

TEACHERS = ["An", "Bert", "Cato", "Dirk", "Eva", "Fien", "Gert"]
AWAY = ["Cato", "Fien"]


def new_group(tmp_path) -> Workbook:
    return Workbook.start_group(
        tmp_path / "wiskunde.json", name="PLG Wiskunde", coach="Katrien", members=TEACHERS,
        today=TODAY,
    )  # fmt: skip


def text_of(screen, selector: str) -> str:
    return screen.query_one(selector, Static).visual.plain


def side(screen) -> str:
    """What the side panel of the live view shows now, as text."""
    switcher = screen.query_one("#live-side")
    widget = screen.query_one(f"#{switcher.current}")
    if isinstance(widget, OptionList):
        lines = [str(widget.get_option_at_index(i).prompt) for i in range(widget.option_count)]
        return f"{widget.border_title}\n" + "\n".join(lines)
    return f"{widget.border_title}\n{widget.visual.plain}"


async def choose(pilot, select_id: str, steps: int) -> None:
    """Open a select from its field and move `steps` options down from the first."""
    screen = pilot.app.screen
    screen.query_one(f"#{select_id}", Select).focus()
    await pilot.press("enter", "home", *["down"] * steps, "enter")
    await pilot.pause()


async def test_a_whole_meeting_by_keys(tmp_path):
    workbook = new_group(tmp_path)
    ids = {m.name: m.id for m in workbook.journey.members}
    clock = FakeClock()
    app = PlgApp(workbook, today=lambda: TODAY, clock=clock)
    async with app.run_test(size=(160, 45)) as pilot:
        # -- planning: a 60-minute meeting; the template is made to fit -------------------
        await pilot.press("n")
        form = app.screen
        assert isinstance(form, NewMeetingForm) and form.focused.id == "date"
        await pilot.press(*TODAY.isoformat(), "tab", *"Werkbijeenkomst", "tab", *"Lokaal 2.14")
        await pilot.press("tab", *"16u", "tab", "backspace", *"6x")
        await pilot.pause()
        assert form.query_one("#length", Input).value == "6x"  # no key is dropped
        assert "geheel getal" in text_of(form, "#form-error")
        await pilot.press("backspace", "0")
        await pilot.pause()
        assert text_of(form, "#form-error") == ""
        # An opening and a closing; nothing to follow up yet, no question to measure against
        assert text_of(form, "#fit-note") == "Agenda: 10 van 60 min."
        form.query_one("#template", Checkbox).toggle()  # the template's blocks would not fit
        await pilot.pause()
        note = text_of(form, "#fit-note")
        assert "van 60 min" in note and "Om in 60 min te passen" in note, note
        form.query_one("#template", Checkbox).toggle()  # a tick left off adds nothing
        await pilot.pause()
        assert text_of(form, "#fit-note") == "Agenda: 10 van 60 min."
        await pilot.press("ctrl+s")
        await pilot.pause()
        agenda = app.screen
        assert isinstance(agenda, AgendaScreen)
        meeting = agenda.meeting
        assert [b.title for b in meeting.blocks] == ["Welkom en werkafspraken", "Afsluiting"]
        assert meeting.start == "16:00"  # as a Flemish coach writes it, saved as HH:MM

        # A 1-2-4-all block: first the group brainstorm is picked, then 1-2-4-all instead,
        # whose title replaces the one that came with the brainstorm; a question the coach
        # typed stays, the brainstorm's own questions go, and Ctrl+K removes a line.
        await pilot.press("a")
        block_form = app.screen
        assert isinstance(block_form, BlockForm)
        await choose(pilot, "technique", 1)  # ★ Brainstorm in groepjes van vier
        assert block_form.query_one("#title", Input).value == "Brainstorm in groepjes van vier"
        prompts = block_form.query_one("#prompts", TextArea)
        brainstorm_questions = prompts.text.splitlines()
        assert brainstorm_questions
        prompts.focus()
        prompts.move_cursor(prompts.document.end)
        await pilot.press("enter", *"Wat werkt in jouw klas?", "enter", *"Weg ermee")
        await pilot.press("ctrl+k")
        assert prompts.text.splitlines()[-1] == "Wat werkt in jouw klas?"
        from plgtui.core.techniques import load_techniques, suggested

        phase = workbook.journey.current_phase
        offered = [t.id for t in suggested(load_techniques("nl"), phase.phase if phase else None)]
        await choose(pilot, "technique", 1 + offered.index("1-2-4-all"))  # after "none"
        assert block_form.query_one("#title", Input).value == "1-2-4-allen"
        assert prompts.text.splitlines() == ["Wat werkt in jouw klas?"]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert agenda.query_one(ListTable).cursor_row == 1  # on the new block
        await pilot.press("a")
        await choose(pilot, "technique", 1 + offered.index("dot-voting"))  # ★ Stemmen met stippen
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [b.technique for b in meeting.blocks] == ["", "1-2-4-all", "dot-voting", ""]
        people = len(TEACHERS)
        assert planned_seconds(meeting, people) <= 60 * 60

        # -- live: the coach leads; the seven teachers take part --------------------------
        await pilot.press("s")  # the plan is shorter than the meeting: it says so first
        await pilot.pause()
        assert "30 min over" in app.screen.question
        await pilot.press("s")  # start as it is
        await pilot.pause()
        live_screen = app.screen
        assert isinstance(live_screen, LiveScreen)
        live = app.ticker.live
        assert live.people == 7  # not the coach
        keys = app.screen.query_one("KeyBar").render().plain
        for label in ("Idee", "Groepjes", "Beurten", "Verslag", "Beëindigen"):
            assert label in keys, keys
        await pilot.press("space", "pagedown")
        await pilot.pause()
        assert live.block.technique == "1-2-4-all"

        await pilot.press("i", *"Bronnen uit de krant", "enter", *"Tijdlijn", "enter")
        await pilot.press(*"[b]Kaart[/b] in kleur", "escape")
        await pilot.pause()
        assert "3 ideeën" in side(live_screen)
        assert "[b]Kaart[/b] in kleur" in side(live_screen)  # typed text stays text

        # Pairs of seven: never a group of one.
        await pilot.press("g", "2")
        await pilot.pause()
        assert sorted(len(g) for g in live.meeting.groups) == [2, 2, 3]
        assert ids["Katrien"] not in {i for g in live.meeting.groups for i in g}

        # Two teachers turn out to be away: marked in the minutes, and the groups follow.
        await pilot.press("w")
        await pilot.pause()
        minutes = app.screen
        assert isinstance(minutes, MinutesScreen)
        attendance = [m.id for m in workbook.journey.members]
        for member_id in attendance:
            key = "a" if member_id in (ids[n] for n in AWAY) else "p"
            await pilot.press(key)
        await pilot.pause()
        assert {i for i, p in live.meeting.attendance.items() if p is Presence.ABSENT} == {
            ids[n] for n in AWAY
        }
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is live_screen
        grouped = {i for g in live.meeting.groups for i in g}
        assert grouped == {ids[n] for n in TEACHERS if n not in AWAY}
        assert sorted(len(g) for g in live.meeting.groups) == [2, 3]
        assert "Groepje 1" in side(live_screen) and "Cato" not in side(live_screen)

        # Speaking turns for the five in the room; who spoke least comes first on request.
        await pilot.press("t", "enter", "enter")
        await pilot.pause()
        assert "2 van 5" in side(live_screen)
        await pilot.press("o")
        await pilot.pause()
        first = side(live_screen).splitlines()[1]
        assert first.startswith("○"), first  # someone who has not spoken yet

        # -- the voting block shows the ideas of the block before -------------------------
        for _ in range(4):
            await pilot.press("pagedown")
        await pilot.pause()
        assert live.block.technique == "dot-voting"
        await pilot.press("t")  # back to the ideas
        await pilot.pause()
        listed = side(live_screen)
        assert "3 ideeën · nog niet verwerkt" in listed, listed
        await pilot.press("down", "v", "v", "down", "v")
        await pilot.pause()
        top = side(live_screen).splitlines()[1]
        assert top.strip().startswith("2 ●"), side(live_screen)
        await pilot.press("home", "a")  # the highlighted idea becomes an agreement: one form
        await pilot.pause()
        form = app.screen
        assert isinstance(form, AgreementForm) and form.focused.id == "text"  # reading order
        await pilot.press("enter", "tab", "space", "ctrl+s")  # kind as is; the first member
        await pilot.pause()
        assert app.screen is live_screen
        agreement = workbook.journey.agreements[-1]
        assert agreement.owners == [workbook.journey.members[0].id]
        top_idea = next(i for i in live.meeting.ideas if i.agreement_id == agreement.id)
        assert top_idea.votes == 2 and agreement.meeting_id == meeting.id
        await pilot.press("b")  # every idea of the meeting, also those already used
        await pilot.pause()
        assert "→ afspraak" in side(live_screen)

        # -- pausing stops the block's clock; the meeting's end stays where it was planned --
        await pilot.press("space")
        await pilot.pause()
        shown = live_screen.query_one("BigClock").text
        left = live.meeting_left()
        clock.advance(40)
        app.ticker.changed()
        await pilot.pause()
        assert live_screen.query_one("BigClock").text == shown
        assert live.meeting_left() == left - 40  # one truth about time: the wall clock
        await pilot.press("space")
        clock.advance(20)

        # The last block says how to end the meeting.
        for _ in range(3):
            await pilot.press("pagedown")
        await pilot.pause()
        assert "Ctrl+E" in text_of(live_screen, "#live-status")
        await pilot.press("ctrl+e", "y")
        await pilot.pause()
        assert app.ticker is None and isinstance(app.screen, AgendaScreen)

        # -- right after: the message to members, on the clipboard and beside the file ----
        await pilot.press("b")
        await app.workers.wait_for_complete()
        await pilot.pause()
        message = app.clipboard
        assert message.startswith("Dag collega's,") and "\nTot de volgende bijeenkomst," in message
        assert "\nWie doet wat\n" in message and "Nog niet gepland." in message, message
        assert "#" not in message and "**" not in message  # plain text, for an e-mail
        assert top_idea.text in message  # the agreement the top idea became
        name = f"{workbook.path.stem}-{meeting.date.isoformat()}-leden.txt"
        assert workbook.path.with_name(name).read_text(encoding="utf-8") == message

        # -- the minutes keep what happened, per block ------------------------------------
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        view = app.screen
        assert isinstance(view, MinutesView)
        from plgtui.export.minutes import meeting_markdown

        text = meeting_markdown(workbook.journey, live.meeting, TODAY)
        assert "| 1-2-4-allen | Brainstorm | 1-2-4-allen | 12 |" in text
        assert "Groepje 1:" in text and "Cato" not in text.split("## Ideeën")[1]
        assert "(2 stemmen) → afspraak" in text
        assert "(1 stem)" in text
        assert "## Beurten" in text and ": 1 beurt" in text
        await pilot.press("escape", "escape")
        await pilot.pause()

        # -- and the next meeting: the group's usual length, the agreement to follow up ---
        assert isinstance(app.screen, AgendaScreen)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#length", Input).value == "60"
        assert app.screen.query_one("#place", Input).value == "Lokaal 2.14"  # the usual room
        assert app.screen.query_one("#start", Input).value == "16:00"  # and the usual hour
        await pilot.press("tab", *"Volgende keer", "ctrl+s")
        await pilot.pause()
        following = app.screen.meeting
        assert following.id != meeting.id
        assert planned_seconds(following, people) <= 60 * 60
        followup = next(b for b in following.blocks if b.kind.value == "followup")
        assert any(top_idea.text in p for p in followup.prompts)
