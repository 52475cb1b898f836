"""Text in a journey never reaches the terminal as escape sequences, even when the file was
edited by hand or by another program (validation on input is not the only guard)."""

from __future__ import annotations

import json

from conftest import TODAY
from test_dutch_screens import screen_text

from plgtui.core.atomic_storage import dump_json
from plgtui.core.timer import FakeClock
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp

TITLE = "\x1b]0;PWNED\x07"  # sets the terminal's title
COLOUR = "\x1b[38;5;99mEVIL"  # colours whatever follows
C1 = "\x9b2J"  # clears the screen, in its one-byte form
PAYLOAD = f"Gewoon{TITLE}{COLOUR}{C1}tekst"
RAW = ["\x1b]0;PWNED", "\x1b[38;5;99m", "\x9b", "\x07"]


def poison(path):
    """Put escape sequences in every kind of text, as a hand edit of the file could."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["group"]["1"]["name"] = PAYLOAD
    for table in ("members", "agreements", "themes", "questions"):
        for record in data[table].values():
            for field in ("name", "text", "title"):
                if field in record:
                    record[field] = PAYLOAD
    for meeting in data["meetings"].values():
        meeting["title"] = meeting["notes"] = PAYLOAD
        meeting["decisions"] = [PAYLOAD]
        for block in meeting["blocks"]:
            block["title"] = PAYLOAD
            block["prompts"] = [PAYLOAD]
    path.write_text(dump_json(data), encoding="utf-8")


def capture(app) -> list[str]:
    """What the app would write to a real terminal, update by update."""
    written: list[str] = []
    real = app._display

    def spy(screen, renderable) -> None:
        if renderable is not None and hasattr(renderable, "render_segments"):
            written.append(renderable.render_segments(app.console))
        real(screen, renderable)

    app._display = spy
    return written


async def test_escape_sequences_in_the_file_never_reach_the_terminal(demo_path):
    poison(demo_path)
    book = Workbook.open(demo_path)
    app = PlgApp(book, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        written = capture(app)
        for keys in (["r"], ["enter"], ["escape", "w"], ["2"], ["3"], ["4"],
                     ["escape", "escape", "f"], ["escape", "q"], ["escape", "p"],
                     ["escape", "t"], ["escape", "slash", *"Gewoon"], ["escape", "m"],
                     ["escape", "f1"]):  # fmt: skip
            await pilot.press(*keys)
            await pilot.pause()
        assert "tekst" in "".join(written)  # the text itself is shown
    output = "".join(written)
    for raw in RAW:
        assert raw not in output, repr(raw)
    book.close()


def test_a_hand_edited_file_is_cleaned_when_read(demo_path):
    poison(demo_path)
    book = Workbook.open(demo_path)
    assert book.journey.group.name == "GewoonEVILtekst"
    assert all(m.notes == "GewoonEVILtekst" for m in book.journey.meetings)
    book.close()


def test_only_a_file_with_control_characters_is_walked():
    from plgtui.core.validate import strip_control_tree

    clean = {"a": ["Zoë «x» ½", "tab\there\nnewline"]}
    text = json.dumps(clean, ensure_ascii=False)
    assert strip_control_tree(clean, text, text.encode()) is clean
    for dirty in ({"a": ["x\x9b1my"]}, {"a": ["x\x1b[1my"]}, {"a": ["x\x7fy"]},
                  {"a": ["x\u202ey"]}, {"a": ["x\u2066y\u061c"]}):  # fmt: skip
        for ascii_only in (False, True):  # a bidi mark as itself, or written \u202e
            text = json.dumps(dirty, ensure_ascii=ascii_only)
            assert strip_control_tree(dirty, text, text.encode()) == {"a": ["xy"]}


# Invisible marks that turn text around where a terminal or a browser follows them: after
# "Jan\u202eabc" the rest of the line would read backwards.
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


async def test_bidi_controls_in_a_name_never_turn_its_line_around(demo_path):
    data = json.loads(demo_path.read_text(encoding="utf-8"))
    first, second = sorted(data["members"], key=int)[:2]
    data["members"][first]["name"] = "Jan\u202eabc"  # a hand edit of the file
    demo_path.write_text(dump_json(data), encoding="utf-8")
    book = Workbook.open(demo_path)
    assert book.journey.member(int(first)).name == "Janabc"
    book.journey.member(int(second)).name = "Piet\u2067xyz\u200f"  # set by a program
    typed = book.group.add_member("An\u202d\u061cna\u202c Baert")
    assert typed.name == "Anna Baert"
    book.minutes.set_notes(book.journey.meetings[0].id, "voor\u202e na\u2066")
    assert book.journey.meetings[0].notes == "voor na"
    app = PlgApp(book, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(160, 45)) as pilot:
        written = capture(app)
        await pilot.pause()
        shown = screen_text(app)
        assert "Janabc · PLG-begeleider" in shown  # the overview: the coach, in reading order
        await pilot.press("g")  # the group screen, a table of every member
        await pilot.pause()
        shown += screen_text(app)
    book.close()
    assert "Janabc" in shown and "Pietxyz" in shown and "Anna Baert" in shown
    assert not set(BIDI) & set(shown + "".join(written))
