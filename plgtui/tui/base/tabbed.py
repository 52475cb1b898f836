"""The tabs of a screen: a TabBar above a ContentSwitcher of panes `tab-<name>`, keys that also
work inside a text field, and panes whose widgets are made when they are first shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import ContentSwitcher, TabPane

from plgtui.core.i18n import _
from plgtui.tui.commands import command
from plgtui.tui.keymaps import digit
from plgtui.tui.widgets.tab_bar import TabBar

TAB_KEYS = Binding.Group("key.group_tab")


def tab_bindings(tabs: tuple[str, ...], titles: dict[str, str]) -> list[Binding]:
    """Ctrl+PageDown / Ctrl+PageUp everywhere, and 1..n where no text field takes digits (or
    & é " ' (, the same keys unshifted on AZERTY; ids `question-tab-1`, after the first tab)."""
    return [
        command("ctrl+pageup", "step_tab(-1)", "key.tab_previous", priority=True,
                key_display="^PgUp", group=TAB_KEYS),
        command("ctrl+pagedown", "step_tab(1)", "key.tab_next", priority=True,
                key_display="^PgDn", group=TAB_KEYS),
    ] + [
        command(digit(n), f"tab('{tab}')", titles[tab], show=False, id=f"{tabs[0]}-tab-{n}")
        for n, tab in enumerate(tabs, start=1)
    ]  # fmt: skip


class LaterPane(TabPane):
    """A tab pane that stays empty until it is first shown.

    A hidden pane's widgets are still made, styled and mounted with their screen, a good part
    of opening the research question, the phases and the minutes (bench/switch_work.py). Most
    visits look at one tab.
    """

    def __init__(self, title: str, make: Callable[[], ComposeResult], *, id: str) -> None:
        super().__init__(title, id=id)
        self._make = make
        self.made = False

    def compose(self) -> ComposeResult:
        if self.made:
            yield from self._make()

    async def make(self) -> bool:
        """Make the widgets now; True if they were not there yet."""
        if self.made:
            return False
        self.made = True
        await self.recompose()
        return True


class TabKeys:
    """Mixin for a screen with a TabBar and a ContentSwitcher whose panes are `tab-<name>`."""

    TABS: tuple[str, ...] = ()
    TAB_TITLES: dict[str, str] = {}  # tab -> the message key of its title (core.labels)
    FIRST: dict[str, str] = {}  # tab -> selector of the field that takes the focus
    # Each screen focuses its first tab's field when mounted. Textual's own choice (the first
    # focusable widget) came first and scrolled the research question to its first text field.
    AUTO_FOCUS = ""

    def tab_bar(self) -> TabBar:
        """The bar over the panes, the first tab active."""
        return TabBar([(f"tab-{tab}", self._title(tab)) for tab in self.TABS],
                      active=f"tab-{self.TABS[0]}")  # fmt: skip

    def later_panes(self) -> Iterator[LaterPane]:
        """Every tab after the first, each made by the screen's `_compose_<tab>` when shown."""
        for tab in self.TABS[1:]:
            yield LaterPane(self._title(tab), getattr(self, f"_compose_{tab}"), id=f"tab-{tab}")

    def _title(self, tab: str) -> str:
        return _(self.TAB_TITLES[tab])

    def current_tab(self) -> str:
        return (self.query_one(ContentSwitcher).current or "").removeprefix("tab-")

    async def action_tab(self, tab: str) -> None:
        """Go to a tab and into its main field, so typing can start at once."""
        pane = self.query_one(f"#tab-{tab}", TabPane)
        if isinstance(pane, LaterPane) and await pane.make():
            self.made_tab(tab)
        self.query_one(ContentSwitcher).current = f"tab-{tab}"
        self.query_one(TabBar).show(f"tab-{tab}")
        self.query_one(self.FIRST[tab]).focus()
        self.entered_tab(tab)

    def has_tab(self, tab: str) -> bool:
        """Whether a tab's widgets exist (a LaterPane's only once it has been shown)."""
        pane = self.query_one(f"#tab-{tab}", TabPane)
        return not isinstance(pane, LaterPane) or pane.made

    def later_tabs_made(self) -> list[str]:
        """The tabs after the first whose widgets exist, to be redrawn with the first."""
        return [tab for tab in self.TABS[1:] if self.has_tab(tab)]

    def made_tab(self, tab: str) -> None:
        """Hook: fill a LaterPane whose widgets were just made."""

    def entered_tab(self, tab: str) -> None:
        """Hook for what a screen does on arriving in a tab."""

    async def action_step_tab(self, delta: int) -> None:
        current = self.current_tab()
        index = self.TABS.index(current) if current in self.TABS else 0
        await self.action_tab(self.TABS[(index + delta) % len(self.TABS)])

    async def on_tab_bar_chosen(self, event: TabBar.Chosen) -> None:
        tab = event.tab.removeprefix("tab-")
        if tab in self.TABS:
            await self.action_tab(tab)
