"""The Markdown every document uses lives in export/markdown.py: the journey and the members'
message no longer go through the minutes for it, and the attendance table is made once."""

from __future__ import annotations

import ast
from pathlib import Path

import plgtui
from plgtui.core import attendance
from plgtui.export.journey import journey_lines

EXPORT = Path(plgtui.__file__).parent / "export"


def taken_from(module: str, source: str) -> set[str]:
    tree = ast.parse((EXPORT / source).read_text(encoding="utf-8"))
    return {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == f"plgtui.export.{module}"
        for alias in node.names
    }


def test_the_documents_take_their_markdown_from_markdown_py():
    assert taken_from("minutes", "members.py") == set()
    assert taken_from("minutes", "journey.py") == {"meeting_lines"}  # the minutes it holds
    for document in ("journey.py", "members.py", "minutes.py"):
        assert {"escape", "joined"} <= taken_from("markdown", document), document


def test_the_attendance_table_of_the_journey_is_the_screens(workbook):
    """One list of columns and one row per member, in the export and on the screen."""
    journey = workbook.journey
    lines = journey_lines(journey)
    header = "| " + " | ".join(attendance.headers()) + " |"
    assert header in lines
    first = attendance.records(journey, None)[0]
    row = "| " + " | ".join([first.member.name, *first.counts()]) + " |"
    assert row in lines
