"""The journey's file text, made again only where records changed.

`dump_json` of a long journey is slow (the pretty encoder is pure Python); an edit that
re-encodes one record and reuses the rest is quick (bench/edit.py). The
result is exactly `dump_json(data)`: a test holds it to that.
"""

from __future__ import annotations

import json
from typing import Any


def _record_text(key: str, record: Any) -> str:
    body = json.dumps(record, indent=2, sort_keys=True, ensure_ascii=False)
    return f"    {json.dumps(key, ensure_ascii=False)}: " + body.replace("\n", "\n    ")


def _table_text(name: str, lines: list[str]) -> str:
    return f"  {json.dumps(name, ensure_ascii=False)}: {{\n" + ",\n".join(lines) + "\n  }"


class JourneyText:
    def __init__(self) -> None:
        self._records: dict[str, dict[str, str]] = {}  # table -> id -> text
        self._tables: dict[str, str] = {}  # table -> text, while none of its records changed

    def forget(self) -> None:
        """The data was replaced or changed in place: make every text again."""
        self._records.clear()
        self._tables.clear()

    def touch(self, table: str, key: str) -> None:
        """A record changed or went: its text, and its table's, are made again."""
        self._records.get(table, {}).pop(key, None)
        self._tables.pop(table, None)

    def warm(self, data: dict[str, Any], budget: int) -> bool:
        """Encode up to `budget` records not encoded yet, so the first save is quick too.
        False once every record has its text."""
        for table in sorted(data):
            records = data[table]
            if not isinstance(records, dict):
                continue
            texts = self._records.setdefault(table, {})
            for key in records:
                if key not in texts:
                    if budget <= 0:
                        return True
                    texts[key] = _record_text(key, records[key])
                    budget -= 1
        return False

    def render(self, data: dict[str, Any]) -> str:
        tables = []
        for table in sorted(data):
            text = self._tables.get(table)
            if text is None:
                text = self._tables[table] = self._render_table(table, data[table])
            tables.append(text)
        if not tables:
            return "{}\n"
        return "{\n" + ",\n".join(tables) + "\n}\n"

    def _render_table(self, table: str, records: Any) -> str:
        if not isinstance(records, dict) or not records:
            body = json.dumps(records, indent=2, sort_keys=True, ensure_ascii=False)
            return f"  {json.dumps(table, ensure_ascii=False)}: " + body.replace("\n", "\n  ")
        texts = self._records.setdefault(table, {})
        lines = []
        for key in sorted(records):
            text = texts.get(key)
            if text is None:
                text = texts[key] = _record_text(key, records[key])
            lines.append(text)
        return _table_text(table, lines)
