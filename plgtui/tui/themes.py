"""The themes plgtui ships: a dark one for dim rooms and a light one for bright classrooms, where
a projector washes out a dark screen. Both keep every text colour of the live view at 4.5:1 or
more against its background (WCAG AA; tests/test_contrast.py measures it). Any other Textual
theme works too, since every colour in app.tcss is a theme variable.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.theme import Theme

from plgtui.core import settings
from plgtui.tui.textual_internals import open_with_theme

if TYPE_CHECKING:
    from textual.app import App

DARK = Theme(
    name="plgtui-dark",
    primary="#3B9EEA",
    secondary="#5FA8D3",
    accent="#FFB454",
    warning="#FFB454",
    error="#FF7A85",
    success="#5FD38A",
    foreground="#EDEDED",
    background="#121212",
    surface="#1C1C1C",
    panel="#262626",
    dark=True,
)

LIGHT = Theme(
    name="plgtui-light",
    primary="#0B4F8A",
    secondary="#2C5F8A",
    accent="#8A3B00",
    warning="#7A4A00",
    error="#A4001D",
    success="#1B6323",
    foreground="#000000",
    background="#FFFFFF",
    surface="#F5F5F5",
    panel="#E8E8E8",
    dark=False,
    variables={"footer-key-foreground": "#0B4F8A", "block-cursor-text-style": "bold"},
)

SHIPPED = (DARK, LIGHT)
DEFAULT = DARK.name


def install(app: App, wanted: str | None, settings_dir: Path | None) -> str:
    """Register the shipped themes and open with one: the one asked for, else the one chosen
    last time on this computer (settings), else the default. Returns its name."""
    for shipped in SHIPPED:
        app.register_theme(shipped)
    saved = settings.load(settings_dir).get("theme") if settings_dir else None
    name = next((t for t in (wanted, saved) if t in app.available_themes), DEFAULT)
    open_with_theme(app, name)  # set without Textual parsing every style twice at the start
    return name
