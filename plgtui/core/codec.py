"""Turn model dataclasses into JSON-ready dicts and back.

The plans for each class are built once and cached, because a ten-year journey holds thousands
of records and startup time matters. Missing keys take the field's default, so a field added in
a later version reads older files without a migration.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import date
from enum import Enum
from functools import cache
from typing import Any

from plgtui.core.ids import NUMBER_LIMIT


class CodecError(ValueError):
    """A record in the file does not have the shape the model expects."""


def _identity(value: Any) -> Any:
    return value


def _text(value: Any) -> str:
    # A name that is a number in a hand-edited file must be refused here, not crash a screen.
    if type(value) is not str:
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value


def _whole(value: Any) -> int:
    # A vote count of thousands of digits opens, then fails every save (or its display) once
    # it grows: no whole number in a journey comes near NUMBER_LIMIT.
    number = int(value)
    if not -NUMBER_LIMIT <= number <= NUMBER_LIMIT:
        raise ValueError("too large")
    return number


def _decoder(tp: Any) -> Callable[[Any], Any]:
    if tp is Any:
        return _identity  # a value as JSON has it (a conflict's sides)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = _decoder(next(a for a in args if a is not type(None)))
        return lambda v: None if v is None else inner(v)
    if origin is list:
        item = _decoder(args[0])
        return lambda v: [item(x) for x in v]
    if origin is dict:
        key, val = _decoder(args[0]), _decoder(args[1])
        return lambda v: {key(k): val(x) for k, x in v.items()}
    if dataclasses.is_dataclass(tp):
        return _fast_decoder(tp)
    if tp is date:
        return date.fromisoformat
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp._value2member_map_.__getitem__  # a dict look-up; Enum(value) is slow
    if tp is int:
        return _whole
    if tp is float:
        return float
    if tp is str:
        return _text
    if tp is bool:
        return _identity
    raise TypeError(f"no decoder for {tp!r}")


def _encoder(tp: Any) -> Callable[[Any], Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = _encoder(next(a for a in args if a is not type(None)))
        return lambda v: None if v is None else inner(v)
    if origin is list:
        item = _encoder(args[0])
        return lambda v: [item(x) for x in v]
    if origin is dict:
        val = _encoder(args[1])
        # JSON keys are strings; int keys come back through the decoder.
        return lambda v: {str(k): val(x) for k, x in v.items()}
    if dataclasses.is_dataclass(tp):
        return encode
    if tp is date:
        return date.isoformat
    if isinstance(tp, type) and issubclass(tp, Enum):
        return lambda v: v.value
    return _identity


@cache
def _plan(cls: type) -> tuple[tuple[str, Callable, Callable, bool], ...]:
    hints = typing.get_type_hints(cls)
    plan = []
    for f in dataclasses.fields(cls):
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        plan.append((f.name, _encoder(hints[f.name]), _decoder(hints[f.name]), required))
    return tuple(plan)


def encode(obj: Any) -> dict[str, Any]:
    return {name: enc(getattr(obj, name)) for name, enc, _dec, _req in _plan(type(obj))}


@cache
def _fast_decoder(cls: type) -> Callable[[dict[str, Any]], Any]:
    """A decoder for `cls` compiled once: one straight function, no loop over fields.

    The fields are passed in order and the conversions are written out inline (text checks,
    lists, optional values, enum look-ups) instead of one call per value, which matters for
    the ten-year journey's startup (bench/README.md). On any problem it hands over to `decode`, which
    finds and names the bad field.
    """
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    env: dict[str, Any] = {"cls": cls, "slow": decode}
    args = []
    for n, (name, _enc, dec, required) in enumerate(_plan(cls)):
        env[f"d{n}"] = dec
        value = f"data[{name!r}]"
        tp = hints[name]
        expr = _source(tp, value, env, str(n)) if _inlinable(tp) else f"d{n}({value})"
        if not required:
            field = fields[name]
            if field.default_factory is not dataclasses.MISSING:
                env[f"f{n}"] = field.default_factory
                default = f"f{n}()"
            else:
                env[f"v{n}"] = field.default
                default = f"v{n}"
            expr = f"({expr} if {name!r} in data else {default})"
        args.append(expr)
    lines = [
        "def fast(data):",
        "    try:",
        "        return cls(" + ", ".join(args) + ")",
        "    except Exception:",
        "        return slow(cls, data)",
    ]
    exec("\n".join(lines), env)  # noqa: S102 - source built above from field names only
    return env["fast"]


def _inlinable(tp: Any) -> bool:
    if tp is Any:
        return False
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return _inlinable(next(a for a in args if a is not type(None)))
    if origin in (list, dict):
        return all(_inlinable(a) for a in args)
    return (
        tp in (str, bool, int, date)
        or dataclasses.is_dataclass(tp)
        or (isinstance(tp, type) and issubclass(tp, Enum))
    )


def _source(tp: Any, value: str, env: dict[str, Any], tag: str) -> str:
    """An expression for the decoded `value`; wrong input raises, and `fast` hands over."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = next(a for a in args if a is not type(None))
        held = f"o{tag}"
        return f"(None if ({held} := {value}) is None else {_source(inner, held, env, tag + 'o')})"
    if origin is list:
        item = f"x{tag}"
        return f"[{_source(args[0], item, env, tag + 'l')} for {item} in {value}]"
    if origin is dict:
        key, item = f"k{tag}", f"x{tag}"
        keys = _source(args[0], key, env, tag + "k")
        items = _source(args[1], item, env, tag + "v")
        return f"{{{keys}: {items} for {key}, {item} in {value}.items()}}"
    if tp is str:
        env["text"] = _text
        return f"({value} if type({value}) is str else text({value}))"
    if tp is bool:
        return value
    if tp is int:
        env["whole"], held = _whole, f"w{tag}"
        return (
            f"({held} if type({held} := {value}) is int"
            f" and {-NUMBER_LIMIT} <= {held} <= {NUMBER_LIMIT} else whole({held}))"
        )
    if tp is date:
        env["day"] = date.fromisoformat
        return f"day({value})"
    if dataclasses.is_dataclass(tp):
        env[f"r{tag}"] = _fast_decoder(tp)
        return f"r{tag}({value})"
    env[f"e{tag}"] = tp._value2member_map_  # an Enum: a dict look-up; Enum(value) is slow
    return f"e{tag}[{value}]"


def decode_fast(cls: type, data: Any) -> Any:
    return _fast_decoder(cls)(data)


def decode(cls: type, data: Any) -> Any:
    if not isinstance(data, dict):
        raise CodecError(f"{cls.__name__}: expected an object, found {type(data).__name__}")
    kwargs = {}
    for name, _enc, dec, required in _plan(cls):
        if name in data:
            try:
                kwargs[name] = dec(data[name])
            except CodecError as exc:  # in a record inside this one: say the way to it
                raise CodecError(f"{cls.__name__}.{name} › {exc}") from None
            except (TypeError, ValueError, AttributeError, KeyError, OverflowError) as exc:
                shown = _short(data[name])
                raise CodecError(f"{cls.__name__}.{name}: {shown} ({exc})") from None
        elif required:
            raise CodecError(f"{cls.__name__}: '{name}' is missing")
    return cls(**kwargs)


def _short(value: Any, limit: int = 60) -> str:
    """A value for a message: a name, not a page of digits or text."""
    if isinstance(value, int) and len(str(abs(value))) > limit:
        return f"{str(value)[:12]}… ({len(str(abs(value)))} digits)"
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"
