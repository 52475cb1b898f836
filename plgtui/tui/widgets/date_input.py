"""A date field that says, in its lower edge, which day it understood ("do 17 dec 2026"), or
that what it holds is no date, while the person types.

Every date field of the app is one of these, so all of them read the same forms (17/12/2026,
17/12, 2026-12-17...; plgtui.core.dates) and show a day the same way (17/12/2026).
"""

from __future__ import annotations

from datetime import date

from textual.widgets import Input

from plgtui.core.dates import read_day, write_day
from plgtui.core.i18n import _, format_short_date


class DateInput(Input):
    # The note sits in the field's own border, so a form keeps its height and the note cannot
    # drift away from the field it is about.
    DEFAULT_CSS = """
    DateInput { border-subtitle-align: left; border-subtitle-color: $foreground; }
    DateInput.-not-a-day { border-subtitle-color: $text-error; }
    """

    def __init__(self, day: date | None = None, *, id: str | None = None, **kwargs) -> None:
        kwargs.setdefault("placeholder", _("field.date_hint"))
        super().__init__(write_day(day) if day else "", id=id, **kwargs)

    @property
    def day(self) -> date | None:
        """The day the field names now; None when it is empty or names no day."""
        return read_day(self.value, self._today())

    @property
    def given(self) -> date | str | None:
        """What to hand the workbook: the day shown under the field, so what is saved is what
        the person saw (a form left open past midnight keeps its "17/12"); the text itself when
        it is no day, for the workbook to refuse with its message; None when left empty."""
        return self.day or self.value.strip() or None

    def on_mount(self) -> None:
        self._show()

    def on_blur(self) -> None:
        """Leaving the field writes the day in full (17/12 becomes 17/12/2026)."""
        understood = self.day
        if understood is not None and self.value != write_day(understood):
            self.value = write_day(understood)

    def watch_value(self) -> None:
        self._show()

    def _show(self) -> None:
        understood = self.day
        problem = understood is None and bool(self.value.strip())
        self.set_class(problem, "-not-a-day")
        if understood is not None:
            self.border_subtitle = format_short_date(understood, weekday=True)
        else:
            self.border_subtitle = _("date_input.not_a_day") if problem else ""

    def _today(self) -> date:
        # The app's day (fixed in tests); a DateInput in another app counts from the machine's.
        today = getattr(self.app, "today", None)
        return today() if callable(today) else date.today()
