"""One door to the disk: every change reaches memory and the file through the writer
(core/changes/writer.py), and every `Change` the app publishes is made there."""

from __future__ import annotations

import re
from pathlib import Path

import plgtui

PACKAGE = Path(plgtui.__file__).parent
WRITER = PACKAGE / "core" / "changes" / "writer.py"
# What changes the store's records or the file; the writer alone calls these.
WRITES = (
    "write_merged",
    "save_pending",
    "replace",
    "keep_before_merge",
    "transaction",
    "put",
    "remove",
)


def sources() -> list[tuple[Path, str]]:
    return [(p, p.read_text(encoding="utf-8")) for p in sorted(PACKAGE.rglob("*.py"))]


def test_every_change_is_made_by_the_writer():
    made = [
        p.name for p, text in sources() if p != WRITER and re.search(r"(?<![.\w])Change\(", text)
    ]
    assert made == []


def test_nobody_sets_the_writers_fields_from_outside():
    reaching = []
    for path, text in sources():
        if path == WRITER:
            continue
        setting = r"_w\.(journey|pending|history|listeners|revision)\s*=(?!=)"
        changing = r"_w\.(pending|history|listeners)\.(\w+)\("
        reaching += [f"{path.name}: {m.group(0)}" for m in re.finditer(setting, text)]
        reaching += [f"{path.name}: {m.group(0)}" for m in re.finditer(changing, text)]
    assert reaching == []


def test_only_the_writer_writes_through_the_store():
    """The store's writing methods are called on the writer's store only, in writer.py."""
    calls = []
    for path, text in sources():
        if path == WRITER or path.name in ("journey_file.py", "atomic_storage.py"):
            continue
        for found in re.finditer(r"(?:_store|\bstore)\.(\w+)\(", text):
            if found.group(1) in WRITES:
                calls.append(f"{path.name}: store.{found.group(1)}")
    assert calls == []
