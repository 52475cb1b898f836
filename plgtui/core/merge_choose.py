"""Settling a conflict a merge kept: one of its versions, or both where both can stand."""

from __future__ import annotations

from typing import Any

from plgtui.core.merge import ABSENT, CONFLICTS


def locate(data: dict[str, Any], path: list[str]) -> tuple[Any, Any] | None:
    """The container holding the value at `path` and the key (or list index) it sits under;
    None when something on the way is gone."""
    node: Any = data
    for step in path[:-1]:
        node = _child(node, step)
        if node is ABSENT:
            return None
    last = path[-1]
    if isinstance(node, list):
        index = next(
            (
                n
                for n, item in enumerate(node)
                if isinstance(item, dict) and str(item.get("id")) == last
            ),
            None,
        )
        return (node, index) if index is not None else (node, None)
    return (node, last) if isinstance(node, dict) else None


def _child(node: Any, step: str) -> Any:
    if isinstance(node, dict):
        return node.get(step, ABSENT)
    if isinstance(node, list):
        return next((i for i in node if isinstance(i, dict) and str(i.get("id")) == step), ABSENT)
    return ABSENT


BOTH = -1  # the choice "keep both": texts one after the other, lists joined


NOTES = {"notes", "results"}  # texts of several lines and paragraphs


def combined(path: list[str], choices: list[dict[str, Any]]) -> Any:
    """Both sides' values as one, where that means something: notes typed on two laptops one
    after the other, two lists of decisions joined (each line once). ABSENT where it does not
    (a name, a date, a status: one of them must stay)."""
    values = [c["value"] for c in choices if not c["removed"]]
    if len(values) != len(choices) or len(values) < 2:
        return ABSENT
    is_notes = path[-1] in NOTES or (len(path) > 1 and path[-2] == "notes")
    if is_notes and all(isinstance(v, str) for v in values):
        return "\n\n".join(v for v in values if v.strip())
    if all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in values):
        return list(dict.fromkeys(x for v in values for x in v))
    return ABSENT


def choose(data: dict[str, Any], key: str, index: int) -> None:
    """Settle conflict `key` with its choice number `index` (or BOTH), in place."""
    conflict = data[CONFLICTS].pop(key)
    if index == BOTH:
        choice = {"removed": False, "value": combined(conflict["path"], conflict["choices"])}
    else:
        choice = conflict["choices"][index]
    place = locate(data, conflict["path"])
    if place is None:
        return  # what held it is gone since: nothing to set
    container, where = place
    if isinstance(container, list):
        if where is not None:
            if choice["removed"]:
                del container[where]
            else:
                container[where] = choice["value"]
        elif not choice["removed"]:
            container.append(choice["value"])
    elif choice["removed"]:
        container.pop(where, None)
    else:
        container[where] = choice["value"]
