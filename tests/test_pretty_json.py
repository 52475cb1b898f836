"""The quick pretty JSON writes exactly what json's pretty encoder writes, for any value, and
refuses what json refuses: the journey's file (and a group's git diff) does not change."""

from __future__ import annotations

import json
from datetime import date
from enum import Enum, IntEnum

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plgtui.core.pretty_json import dumps


def _json(value, indent: str = "") -> str:
    body = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)
    return body.replace("\n", "\n" + indent)


class Kind(str, Enum):
    NOTE = "note"


class Level(IntEnum):
    HIGH = 4


texts = st.text(st.characters(codec=None, exclude_categories=()), max_size=12) | st.sampled_from(
    ["", 'a "q" \\ b', "\x00\x1b[31m", "\ud800", "é\u2028\u202e", "😀", Kind.NOTE]
)
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from([Level.HIGH, -0.0, 1e16, 1e-7])
    | texts
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(texts, inner, max_size=4)
        | st.dictionaries(st.integers(-5, 5), inner, max_size=3)
    ),  # keys json turns into text
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(values, st.sampled_from(["", "    "]))
def test_the_text_is_jsons_whatever_the_value(value, indent):
    assert dumps(value, indent) == _json(value, indent)


def test_a_journey_is_written_as_json_writes_it(demo_path):
    data = json.loads(demo_path.read_text(encoding="utf-8"))
    for table in data.values():
        for record in table.values():
            assert dumps(record, "    ") == _json(record, "    ")


@pytest.mark.parametrize(
    "value", [{"a": date(2026, 1, 1)}, [object()], {"a": {1: "x", "b": "y"}}, {("t",): 1}]
)
def test_what_json_refuses_is_refused_alike(value):
    try:
        expected = _json(value)
    except (TypeError, ValueError) as exc:
        with pytest.raises(type(exc)):
            dumps(value)
    else:
        assert dumps(value) == expected


def test_a_loop_is_refused_as_json_refuses_it():
    loop: list = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular"):
        dumps({"a": loop})
