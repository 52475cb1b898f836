"""What one person chose for plgtui on this computer (the theme), kept in `settings.json` in the
user data folder. A missing or unreadable file means the defaults: a setting is never worth an
error at startup, and it is written whole or not at all."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

NAME = "settings.json"


def load(folder: Path) -> dict[str, str]:
    try:
        data = json.loads((folder / NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def save(folder: Path, **values: str) -> bool:
    """Merge `values` into the settings; False (and nothing changed) if it could not be saved."""
    settings = {**load(folder), **values}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".settings-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(settings, out, indent=2, sort_keys=True)
        os.replace(temporary, folder / NAME)
    except OSError:
        return False
    return True
