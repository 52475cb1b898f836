"""The live view's switches for when a step's time is up (core/time_up.py): the bell and moving
on by itself, kept in the group's file for every meeting; the key bar says which are on."""

from __future__ import annotations

from plgtui.core.i18n import _
from plgtui.tui.commands import command

TIME_UP_BINDINGS = [
    command(
        "ctrl+t", "time_signal", "key.time_signal", id="live-time-signal", show=False,
        title="cmd.time_signal", help="cmd.time_signal.help",
    ),
    command(
        "ctrl+n", "auto_advance", "key.auto_advance", id="live-auto-advance", show=False,
        title="cmd.auto_advance", help="cmd.auto_advance.help",
    ),
]  # fmt: skip


class TimeUpActions:
    """Uses what LiveScreen has: `workbook`, `_act`, `notify`, `query_one`."""

    def action_time_signal(self) -> None:
        on = not self.workbook.journey.group.time_signal
        self._act(lambda: self.workbook.group.set_time_up(signal=on))
        self.notify(_("live.time_signal_on" if on else "live.time_signal_off"))
        self._time_up_shown()

    def action_auto_advance(self) -> None:
        on = not self.workbook.journey.group.auto_advance
        self._act(lambda: self.workbook.group.set_time_up(advance=on))
        self.notify(_("live.auto_advance_on" if on else "live.auto_advance_off"))
        self._time_up_shown()

    def _time_up_shown(self) -> None:
        from plgtui.tui.widgets.key_bar import KeyBar

        self.query_one(KeyBar).refresh()

    def key_bar_note(self, short: bool = False) -> str:
        """What the key bar says on its right while the group asked for either; `short`, where
        the bar is narrow, only the signs (♪ ») so Space, i and z keep their place."""
        group = self.workbook.journey.group
        notes = [
            _("live.note_signal") if group.time_signal else "",
            _("live.note_advance") if group.auto_advance else "",
        ]
        if short:
            return " ".join(n.split()[0] for n in notes if n)
        return " · ".join(n for n in notes if n)
