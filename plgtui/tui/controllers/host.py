"""What the controllers need of the app, declared once, so that they and the app do not import
each other (the app is a `Host`; tests may hand in anything that is one)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.signal import Signal
    from textual.timer import Timer

    from plgtui.core.timer import Clock
    from plgtui.core.workbook import Workbook
    from plgtui.tui.held_keys import HeldKeys
    from plgtui.tui.kept_screens import KeptScreens


class Meeting(Protocol):
    """What the file's controller asks of the running meeting's (controllers/live.py)."""

    ticker: Any  # None when no meeting runs

    def let_go(self) -> None: ...
    def resume(self) -> None: ...
    def show_status(self) -> None: ...


class Host(Protocol):
    workbook: Workbook | None
    clock: Clock
    projector: bool  # the live view opens in projector mode
    held_keys: HeldKeys
    kept: KeptScreens
    clock_ticked: Signal[None]
    sub_title: str
    rescued_to: Path | None  # where unsaved changes were written on quitting
    live: Meeting

    @property
    def screen(self) -> Screen: ...
    @property
    def screen_stack(self) -> list[Screen]: ...
    @property
    def is_running(self) -> bool: ...

    def set_timer(self, delay: float, callback: Callable[[], object]) -> Timer: ...
    def call_after_refresh(self, callback: Callable[[], object]) -> bool: ...
    def set_interval(self, interval: float, callback: Callable[[], object]) -> Timer: ...
    def notify(self, message: str, **kw: Any) -> None: ...
    def push_screen(self, screen: Any, callback: Any = None) -> Any: ...
    def pop_screen(self) -> Any: ...
    def refresh_bindings(self) -> None: ...
    def run_worker(self, work: Any, **kw: Any) -> Any: ...
    def bell(self) -> None: ...
    def exit(self) -> None: ...
    def show_titles(self) -> None: ...
    def action_conflicts(self) -> None: ...
