"""A value as `json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)` writes it, in
half the time: json's pretty encoder is pure Python and yields every piece through generators.
Writing ten years (a merge, the first save) is mostly this (bench/README.md, issue 33).

Only what a journey holds takes the quick way (dicts with text keys, lists, texts, whole numbers);
anything else goes to json's own encoder, piece by piece or, when json would refuse or convert it
(a key that is no text, a value it cannot write, a loop), as a whole, so its errors stay json's.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring as _text
from typing import Any


def dumps(value: Any, indent: str = "") -> str:
    """The pretty text of `value`, its lines after the first indented by `indent` as well."""
    try:
        return _value(value, indent)
    except (TypeError, ValueError, RecursionError):
        body = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)
        return body.replace("\n", "\n" + indent)


def _value(value: Any, indent: str) -> str:
    kind = type(value)
    if kind is str:
        return _text(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = indent + "  "
        parts = []
        for key, item in sorted(value.items()):
            if type(key) is not str:
                raise TypeError(key)  # json turns it into text: json's encoder does it
            of = type(item)
            if of is str:
                parts.append(_text(key) + ": " + _text(item))
            elif of is int:
                parts.append(_text(key) + ": " + int.__repr__(item))
            else:
                parts.append(_text(key) + ": " + _value(item, inner))
        return "{\n" + inner + (",\n" + inner).join(parts) + "\n" + indent + "}"
    if kind is list:
        if not value:
            return "[]"
        inner = indent + "  "
        items = (",\n" + inner).join([_value(item, inner) for item in value])
        return "[\n" + inner + items + "\n" + indent + "]"
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is float or kind is tuple or isinstance(value, (str, int, float, list, tuple, dict)):
        # A float (NaN and the infinities too), a tuple, a subclass: json's own way.
        body = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)
        return body.replace("\n", "\n" + indent)
    raise TypeError(kind)
