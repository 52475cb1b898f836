"""A text longer than a file may hold is refused wherever it lies in the file: the parse only
measures texts when some line could hold one (a JSON text never spans a line)."""

from __future__ import annotations

import json

import pytest

from plgtui.core.journey_file import JourneyError
from plgtui.core.journey_parse import TEXT_LIMIT, parse


def _file(padding: int, notes: str) -> str:
    """A journey-like text whose long notes start `padding` characters further on."""
    lines = {str(n): {"name": "x" * 40} for n in range(1, padding // 60 + 2)}
    data = {"members": lines, "meetings": {"1": {"notes": notes}}}
    return json.dumps(data, indent=2, sort_keys=True)


@pytest.mark.parametrize("padding", [0, 5_000, TEXT_LIMIT // 2 - 30, TEXT_LIMIT // 2 + 700,
                                     TEXT_LIMIT - 50, TEXT_LIMIT + 3_000])  # fmt: skip
def test_a_text_over_the_limit_is_refused_wherever_it_lies(tmp_path, padding):
    with pytest.raises(JourneyError) as refused:
        parse(tmp_path / "j.json", _file(padding, "x" * (TEXT_LIMIT + 1)))
    assert refused.value.key == "file.text_too_long" and refused.value.params["name"] == "notes"


@pytest.mark.parametrize("padding", [0, TEXT_LIMIT // 2 + 700])
def test_a_text_at_the_limit_opens(tmp_path, padding):
    data = parse(tmp_path / "j.json", _file(padding, "é" * TEXT_LIMIT))
    assert len(data["meetings"]["1"]["notes"]) == TEXT_LIMIT


def test_a_key_given_twice_is_refused_in_a_file_of_short_lines(tmp_path):
    text = '{\n  "members": {\n    "1": {"name": "a"},\n    "1": {"name": "b"}\n  }\n}\n'
    with pytest.raises(JourneyError) as refused:
        parse(tmp_path / "j.json", text)
    assert refused.value.key == "file.duplicate_key"
