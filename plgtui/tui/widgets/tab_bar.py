"""The tab titles of a screen, drawn as one widget: what Textual's TabbedContent shows above
its panes.

TabbedContent builds a Tabs widget of seven or more widgets (a container, a row, a title widget
per tab, the underline) and a ContentSwitcher, several times the work of the same screen
without tabs (bench/stand_ins.py, bench/README.md). This bar draws the titles and the
underline as two lines of text; the screen puts its panes in a ContentSwitcher itself. The keys
that move between tabs belong to the screen (base/tabbed.py), so the bar takes no focus.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group
from rich.style import Style
from rich.text import Text
from textual import events
from textual.message import Message
from textual.renderables.bar import Bar
from textual.widget import Widget


class TabBar(Widget):
    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"tab-bar--tab", "tab-bar--active", "tab-bar--bar"}
    # The colours of Textual's Tabs and Underline, so the screens look as they did.
    DEFAULT_CSS = """
    TabBar {
        height: 2;
        & > .tab-bar--tab { color: $foreground 50%; }
        & > .tab-bar--active { color: $foreground; }
        & > .tab-bar--bar { color: $block-cursor-background; background: $foreground 10%; }
        &:ansi {
            & > .tab-bar--tab { text-style: dim; }
            & > .tab-bar--active { text-style: not dim bold; }
            & > .tab-bar--bar { background: $border-blurred; }
        }
    }
    """

    class Chosen(Message):
        """A tab's title was clicked."""

        def __init__(self, bar: TabBar, tab: str) -> None:
            super().__init__()
            self.bar = bar
            self.tab = tab

        @property
        def control(self) -> TabBar:
            return self.bar

    def __init__(
        self, tabs: Iterable[tuple[str, str]], *, active: str, id: str | None = None
    ) -> None:
        """`tabs`: (pane id, title) pairs, in order."""
        super().__init__(id=id)
        self.tabs = list(tabs)
        self.active = active

    def show(self, tab: str) -> None:
        if tab != self.active:
            self.active = tab
            self.refresh()

    def spans(self) -> list[tuple[int, int, str]]:
        """The columns each title takes (its padding included), with its pane id."""
        spans, x = [], 0
        for tab, title in self.tabs:
            width = Text(title).cell_len + 2
            spans.append((x, x + width, tab))
            x += width
        return spans

    def render(self) -> Group:
        plain = self.get_component_rich_style("tab-bar--tab")
        active = self.get_component_rich_style("tab-bar--active")
        titles = Text(no_wrap=True, overflow="crop")
        highlight = (0, 0)
        for (start, end, tab), (_tab, title) in zip(self.spans(), self.tabs, strict=True):
            titles.append(f" {title} ", active if tab == self.active else plain)
            if tab == self.active:
                highlight = (start + 1, end - 1)  # under the title, as Tabs draws it
        bar = self.get_component_rich_style("tab-bar--bar")
        underline = Bar(
            highlight_range=highlight,
            highlight_style=Style.from_color(bar.color),
            background_style=Style.from_color(bar.bgcolor),
        )
        return Group(titles, underline)

    def on_click(self, event: events.Click) -> None:
        for start, end, tab in self.spans():
            if start <= event.x < end:
                self.post_message(self.Chosen(self, tab))
                return
