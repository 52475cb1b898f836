"""Moving between the tabs of a screen by keys that also work inside a text field."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import TabbedContent

TAB_KEYS = Binding.Group("key.group_tab")


def tab_bindings(tabs: tuple[str, ...]) -> list[Binding]:
    """Ctrl+PageDown / Ctrl+PageUp everywhere, and 1..n where no text field takes digits."""
    return [
        Binding("ctrl+pageup", "step_tab(-1)", "key.tab_previous", priority=True,
                key_display="^PgUp", group=TAB_KEYS),
        Binding("ctrl+pagedown", "step_tab(1)", "key.tab_next", priority=True,
                key_display="^PgDn", group=TAB_KEYS),
    ] + [
        Binding(str(n), f"tab('{tab}')", f"key.tab_{tab}", show=False)
        for n, tab in enumerate(tabs, start=1)
    ]  # fmt: skip


class TabKeys:
    """Mixin for a screen with a TabbedContent whose panes are `tab-<name>`."""

    TABS: tuple[str, ...] = ()
    FIRST: dict[str, str] = {}  # tab -> selector of the field that takes the focus

    def action_tab(self, tab: str) -> None:
        """Go to a tab and into its main field, so typing can start at once."""
        self.query_one(TabbedContent).active = f"tab-{tab}"
        self.query_one(self.FIRST[tab]).focus()
        self.entered_tab(tab)

    def entered_tab(self, tab: str) -> None:
        """Hook for what a screen does on arriving in a tab."""

    def action_step_tab(self, delta: int) -> None:
        current = (self.query_one(TabbedContent).active or "").removeprefix("tab-")
        index = self.TABS.index(current) if current in self.TABS else 0
        self.action_tab(self.TABS[(index + delta) % len(self.TABS)])

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        tab = (event.pane.id or "").removeprefix("tab-")
        if tab in self.TABS and not event.pane.has_focus_within:
            self.call_after_refresh(self.action_tab, tab)
