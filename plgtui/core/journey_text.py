"""The journey's file text, made again only where records changed.

`dump_json` of a long journey is slow (the pretty encoder is pure Python); an edit that
re-encodes one record and reuses the rest is quick (bench/edit.py). The
result is exactly `dump_json(data)`: a test holds it to that.

One copy of the text is kept: the last one made, which is also the text the storage wrote and
remembers (`Seen.text`), with where each table and each record sits in it. A save copies the
unchanged parts out of it. Keeping each record's text and each table's text apart as well held
the file three times over (bench/README.md, "Startup and memory"). Records
encoded ahead while idle are held apart until the first save joins them in.
"""

from __future__ import annotations

import json
from typing import Any

from plgtui.core import pretty_json

Spans = dict[str, tuple[int, int]]  # record key -> where its text starts and ends in its table's


def _record_text(key: str, record: Any) -> str:
    return f"    {json.dumps(key, ensure_ascii=False)}: " + pretty_json.dumps(record, "    ")


class JourneyText:
    def __init__(self) -> None:
        self._text = ""  # the last text made
        # table -> where its text starts and ends in _text, and its records' spans (None for a
        # table that is not a dict of records)
        self._tables: dict[str, tuple[int, int, Spans | None]] = {}
        self._changed: dict[str, set[str]] = {}  # table -> keys changed since _text was made
        self._ready: dict[str, dict[str, str]] = {}  # records encoded ahead, not in _text yet

    def forget(self) -> None:
        """The data was replaced or changed in place: make every text again."""
        self._text = ""
        self._tables.clear()
        self._changed.clear()
        self._ready.clear()

    def touch(self, table: str, key: str) -> None:
        """A record changed or went: its text, and its table's, are made again."""
        self._changed.setdefault(table, set()).add(key)
        self._ready.get(table, {}).pop(key, None)

    def warm(self, data: dict[str, Any], budget: int) -> bool:
        """Encode up to `budget` records whose text is not made yet, so the first save is quick
        too. False once every record has its text."""
        for table in sorted(data):
            records = data[table]
            if not isinstance(records, dict):
                continue
            known = self._tables.get(table)
            spans = known[2] if known is not None else None
            changed = self._changed.get(table, ())
            ready = self._ready.setdefault(table, {})
            for key in records:
                if key in ready or (spans is not None and key in spans and key not in changed):
                    continue
                if budget <= 0:
                    return True
                ready[key] = _record_text(key, records[key])
                budget -= 1
        return False

    def render(self, data: dict[str, Any]) -> str:
        pieces: list[str] = []
        tables: dict[str, tuple[int, int, Spans | None]] = {}
        at = 2  # after "{\n"
        for table in sorted(data):
            if pieces:
                pieces.append(",\n")
                at += 2
            text, spans = self._table_text(table, data[table])
            tables[table] = (at, at + len(text), spans)
            pieces.append(text)
            at += len(text)
        text = "{\n" + "".join(pieces) + "\n}\n" if pieces else "{}\n"
        self._text, self._tables = text, tables
        self._changed.clear()
        self._ready.clear()
        return text

    def _table_text(self, table: str, records: Any) -> tuple[str, Spans | None]:
        known = self._tables.get(table)
        changed = self._changed.get(table)
        if known is not None and not changed:
            start, end, spans = known
            return self._text[start:end], spans
        name = json.dumps(table, ensure_ascii=False)
        if not isinstance(records, dict) or not records:
            body = json.dumps(records, indent=2, sort_keys=True, ensure_ascii=False)
            return f"  {name}: " + body.replace("\n", "\n  "), None
        head = f"  {name}: {{\n"
        ready = self._ready.get(table, {})
        old: Spans = (known[2] or {}) if known is not None else {}
        base = known[0] if known is not None else 0
        lines: list[str] = []
        spans: Spans = {}
        at = len(head)
        for key in sorted(records):
            text = ready.get(key)
            if text is None:
                span = old.get(key) if not changed or key not in changed else None
                if span is not None:
                    text = self._text[base + span[0] : base + span[1]]
                else:
                    text = _record_text(key, records[key])
            if lines:
                at += 2  # ",\n"
            spans[key] = (at, at + len(text))
            lines.append(text)
            at += len(text)
        return head + ",\n".join(lines) + "\n  }", spans
