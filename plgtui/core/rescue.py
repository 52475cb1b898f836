"""Changes that could not be saved before the journey was read again from disk.

They are described field by field against what is on disk now, shown to the person and written
beside the backups, so nothing typed is lost when someone else's version wins.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path
from typing import Any

from plgtui.core import labels
from plgtui.core.atomic_storage import dump_json, write_atomic
from plgtui.core.i18n import _

Pending = dict[tuple[str, int], "dict[str, Any] | None"]


def describe_unsaved(pending: Pending, disk: dict[str, Any]) -> str:
    """Readable lines per unsaved record: what it says here, where it differs from the disk."""
    parts: list[str] = []
    for (table, record_id), mine in pending.items():
        theirs = disk.get(table, {}).get(str(record_id))
        what = _("rescue.record", table=_(labels.RESCUE_TABLE[table]), id=record_id)
        if mine is None:
            if theirs is not None:
                parts.append(f"{what} ({_('rescue.removed')})")
            continue
        if theirs is None:
            state, fields = (
                _("rescue.new"),
                {k: v for k, v in mine.items() if v not in ("", [], None)},
            )
        else:
            state = _("rescue.changed")
            fields = {k: v for k, v in mine.items() if theirs.get(k) != v}
        fields.pop("id", None)  # already named in the heading
        if not fields:
            continue
        lines = [f"{what} ({state})"]
        lines += [f"  {name}: {_show(value)}" for name, value in sorted(fields.items())]
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def _show(value: Any) -> str:
    if isinstance(value, str):
        return value.replace("\n", "\n    ")
    return json.dumps(value, ensure_ascii=False)


def keep_unsaved(journey: Path, text: str, pending: Pending) -> Path | None:
    """Write the description and the records themselves beside the backups, or where the
    disk still takes it (the system's temp folder); None if that fails too (the person still
    sees the text on screen)."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    records = {f"{table}/{record_id}": data for (table, record_id), data in pending.items()}
    body = text + "\n\n---\n" + dump_json(records)
    for folder in (journey.with_name(f"{journey.stem}.backups"), Path(tempfile.gettempdir())):
        target = folder / f"{journey.stem}-unsaved-{stamp}.txt"
        try:
            folder.mkdir(exist_ok=True)
            write_atomic(target, body)
        except OSError:
            continue
        return target
    return None
