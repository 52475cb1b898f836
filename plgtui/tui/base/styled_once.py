"""Screens that skip Textual's whole-screen restyle on their first resume."""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.screen import Screen


class StyledOnce(Screen):
    """Textual restyles every widget of a screen when the screen is resumed. On the first
    resume of a screen just pushed they were all styled a moment before, as they were mounted;
    doing it again is a good part of opening the tabbed screens and of every start
    (bench/switch_work.py). Later resumes keep Textual's choice. Not for a modal screen that
    dims the screen beneath (confirmations, quick input): that backdrop is set up by the pass
    (their snapshots lost it without). Forms and help cover the screen, so they can use it."""

    _resumed = False

    def post_message(self, message: Message) -> bool:
        if isinstance(message, events.ScreenResume) and not self._resumed:
            self._resumed = True
            message.refresh_styles = False
        return super().post_message(message)
