"""Snapshots of the group screen and its member form, at 80x24 and 160x45 (the new-group form's
are in test_snapshots.py)."""

from __future__ import annotations

import pytest
from test_snapshots import IDS, SIZES, fixed_app, keys


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_the_group_screen(snap_compare, workbook, size):
    assert snap_compare(fixed_app(workbook), terminal_size=size, run_before=keys("g"))


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_the_member_form(snap_compare, workbook, size):
    # The last teacher in the list, who left in December: her form as it opens.
    assert snap_compare(fixed_app(workbook), terminal_size=size, run_before=keys("g", "end", "e"))
