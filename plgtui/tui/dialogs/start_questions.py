"""The question before a meeting starts whose plan does not last as long as the meeting."""

from __future__ import annotations

from plgtui.core.i18n import _
from plgtui.tui.commands import command
from plgtui.tui.dialogs.confirm import ConfirmScreen


class PlanDoesNotFit(ConfirmScreen):
    """Answers "fit" (fit the plan, then start), "start" (as it is) or None (not now)."""

    DEFAULT_CSS = """
    PlanDoesNotFit > Vertical { width: 78; }
    """
    ROW = 72  # inside the border and padding (at 80 columns too)

    BINDINGS = [
        command("f", "answer('fit')", "key.fit_and_start"),
        command("s", "answer('start')", "key.start_anyway"),
    ]

    def __init__(self, planned: int, length: int) -> None:
        key = "agenda.start_over" if planned > length else "agenda.start_under"
        super().__init__(_(key, planned=planned, length=length, minutes=abs(planned - length)))

    def choices(self) -> list[tuple[object, str, str]]:
        return [  # each with its key, as the dialog has no key bar of its own
            (None, f"{_('confirm.not_now')} (Esc)", "default"),
            ("start", f"{_('key.start_anyway')} (s)", "warning"),
            ("fit", f"{_('key.fit_and_start')} (f)", "primary"),
        ]

    def action_answer(self, answer: object) -> None:
        # y and n of every question mean: fit and start, or not now
        self.dismiss({True: "fit", False: None}.get(answer, answer))  # type: ignore[call-overload]
