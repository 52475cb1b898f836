"""What the app prepares while nobody types, a few milliseconds at a time, so the countdown and
typing never wait for it: a large journey's records for quick saves, then the code of the
screens reached from the overview, so that opening one the first time does not wait for it (and
the Textual widgets and Markdown it uses) to load (bench/README.md, "Why the speed-ups"), then
the content texts those screens parse when first shown (TEXTS)."""

from __future__ import annotations

import importlib
from contextlib import suppress
from typing import TYPE_CHECKING

from plgtui.core.memory import big_blocks_returned

if TYPE_CHECKING:
    from textual.timer import Timer

    from plgtui.tui.controllers.host import Host

START = 0.5  # seconds after the first screen is drawn
PAUSE = 0.05  # between the slices
PREPARED = (
    "plgtui.tui.screens.meetings", "plgtui.tui.screens.minutes_view", "plgtui.tui.screens.minutes",
    "plgtui.tui.screens.agenda", "plgtui.tui.dialogs.meeting_forms", "plgtui.tui.screens.phases",
    "plgtui.tui.screens.question", "plgtui.tui.screens.member_agreements", "plgtui.tui.screens.attendance",
    "plgtui.tui.screens.search", "plgtui.tui.screens.help", "plgtui.tui.dialogs.agreement_form",
)  # fmt: skip


def _techniques(app: Host) -> None:
    """The techniques, which the first meeting plan or new-meeting form would otherwise parse
    (bench/README.md, "Screen visits against floors of the same data")."""
    from plgtui.core.i18n import language
    from plgtui.core.techniques import load_techniques

    load_techniques(language())


def _phases_and_guide(app: Host) -> None:
    from plgtui.core.i18n import language
    from plgtui.core.phases import load_phases
    from plgtui.core.question_guide import load_guide

    primary = bool(app.workbook and app.workbook.journey.group.primary)
    load_phases(language(), getattr(app, "content_dir", None), primary)
    load_guide(language())


# Each parsed once and kept by core/content.py for the screen that asks. A file a coach broke
# is left for that screen to report.
TEXTS = (_techniques, _phases_and_guide)


class WarmUp:
    def __init__(self, app: Host) -> None:
        self.app = app
        self._to_prepare = list(PREPARED)
        self._texts = list(TEXTS)
        self._timer: Timer | None = None
        self._stopped = False

    @property
    def preparing(self) -> bool:
        """Whether screens are still being loaded in the background (see PREPARED)."""
        return bool(self._to_prepare)

    def start(self) -> None:
        self._stopped = False
        # Counted from the first screen on the terminal, not from the mount before it: on a busy
        # machine that first paint comes a few hundred milliseconds later.
        self.app.call_after_refresh(self._drawn)

    def _drawn(self) -> None:
        if not self._stopped:
            self._timer = self.app.set_timer(START, self._first)

    def _first(self) -> None:
        big_blocks_returned()  # a save's large texts go back to the system (core/memory.py)
        self._slice()

    def stop(self) -> None:
        self._stopped = True
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _slice(self) -> None:
        workbook = self.app.workbook
        if workbook is not None and workbook.warm():
            self._timer = self.app.set_timer(PAUSE, self._slice)
        elif self._to_prepare:
            importlib.import_module(self._to_prepare.pop(0))
            self._timer = self.app.set_timer(PAUSE, self._slice)
        elif self._texts:
            from plgtui.core.content import ContentError  # loaded by then, with the screens

            with suppress(ContentError, OSError):
                self._texts.pop(0)(self.app)
            self._timer = self.app.set_timer(PAUSE, self._slice)
        else:
            self._timer = None
