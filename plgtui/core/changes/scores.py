"""Scores from 1 to 4 on a fixed list of keys, with notes: the self-assessment of the nine
conditions and the check on how the group works as a PLG are checked the same way."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from plgtui.core import validate
from plgtui.core.i18n import _
from plgtui.core.model import ScoreCheck
from plgtui.core.validate import InputError

C = TypeVar("C", bound=ScoreCheck)


def new_check(
    cls: type[C], record_id: int, on: date, scores: dict[str, int],
    notes: dict[str, str] | None, labels: dict[str, str],
) -> C:  # fmt: skip
    """A check of kind `cls` on the keys of `labels`, checked, not yet added or saved."""
    kept, kept_notes = checked(scores, notes, labels)
    return cls(id=record_id, on=validate.day(on, _("field.date")), scores=kept, notes=kept_notes)


def checked(
    scores: dict[str, int], notes: dict[str, str] | None, labels: dict[str, str]
) -> tuple[dict[str, int], dict[str, str]]:
    """(scores, notes) for the keys of `labels` (key -> message key of its name); an unknown
    key, a score outside 1-4 or no score at all is refused."""
    unknown = set(scores) - set(labels)
    if unknown:
        raise InputError(_("input.no_condition", name=", ".join(sorted(unknown))))
    kept = {
        key: validate.whole(value, _(labels[key]), low=1, high=4) for key, value in scores.items()
    }
    if not kept:
        raise InputError(_("input.no_scores"))
    kept_notes = {
        key: validate.line(text, _("field.note"), required=False)
        for key, text in (notes or {}).items()
        if key in labels and text.strip()
    }
    return kept, kept_notes
