"""The inquiry cycle in the journey export, whole: where the group stands in it, what grounds the
question (data, research, experience), the goals, the actions, how the group measures and what it
found. The leaders' digest keeps its short form (journey._inquiry)."""

from __future__ import annotations

from plgtui.core import labels
from plgtui.core.i18n import _
from plgtui.core.model import INQUIRY_STEPS, Journey
from plgtui.export.markdown import escape

PARTS = ("data", "research", "experience", "goals", "actions", "measures")


def inquiry_lines(
    journey: Journey, parts: tuple[str, ...] = PARTS, results: bool = True
) -> list[str]:
    """The inquiry cycle's step and its lists; the leaders' digest asks for the goals alone."""
    if not journey.inquiry:
        return []
    inquiry = journey.inquiry[0]
    step = INQUIRY_STEPS.index(inquiry.step) + 1 if inquiry.step in INQUIRY_STEPS else 1
    name = _(labels.QUESTION_STEP[INQUIRY_STEPS[step - 1]])
    lines = [f"## {_('export.inquiry')}", ""]
    lines += [_("export.inquiry_step", step=step, name=name, round=inquiry.round), ""]
    for part in parts:
        items = [x for x in getattr(inquiry, part) if x.strip()]
        if items:
            lines += [f"**{_(labels.INQUIRY_PART[part])}**", ""]
            lines += [f"- {escape(x)}" for x in items] + [""]
    written = [x for x in inquiry.results.splitlines() if x.strip()] if results else []
    if written:
        lines += [f"**{_(labels.INQUIRY_PART['results'])}**", ""]
        lines += ["  \n".join(escape(x) for x in written), ""]
    return lines
