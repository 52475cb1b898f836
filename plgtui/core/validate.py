"""Checks on what a person typed, with messages they can act on."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from plgtui.core.dates import read_day
from plgtui.core.i18n import _

# Tabs and newlines are welcome in notes; every other control character (escape sequences
# above all) would reach the terminal or the export raw.
# Half characters (lone surrogates, from a paste) cannot be saved as UTF-8: they go too.
# So do the invisible marks that turn text around (bidi embeddings, overrides, isolates and
# marks): a name with U+202E in it would make the rest of its line read backwards, on screen
# and in every export. Right-to-left scripts read well without them.
BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff{BIDI}]")
_BIDI_CHARS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Whole escape sequences go, not just their ESC byte, or "[31m" would be left in the text.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: titles, hyperlinks, clipboard
    r"|\x1b[ -/]*[0-~]"  # other two-byte escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # CSI in its one-byte C1 form
)

NAME_MAX = 120
LINE_MAX = 500
TEXT_MAX = 100_000


def strip_control(text: str) -> str:
    """Drop control characters (escape sequences above all) and bidi controls, keeping tabs
    and newlines."""
    return _CONTROL.sub("", _ESCAPES.sub("", text))


# C1 control characters as they appear in UTF-8: 0xC2 then 0x80-0x9F.
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


def strip_control_tree(data: object, json_text: str, raw: bytes) -> object:
    """Drop control characters from every string in data read from a JSON file.

    A journey edited by hand or by another program skips the checks on input; its text must
    not reach the terminal as escape sequences either. JSON writes a control character as
    `\\u00XX`, and DEL and the C1 ones as themselves. A few quick searches (milliseconds on
    ten years of meetings, where one regular expression over the text took 35) say whether the
    data must be walked at all.
    """
    escaped = "\\u" in json_text  # most journeys hold no escape: one look instead of five
    if (
        not (escaped and "\\u00" in json_text)
        and b"\x7f" not in raw
        and not (b"\xc2" in raw and _C1_UTF8.search(raw))
        and not _has_bidi(json_text, escaped)
    ):
        return data
    return _strip(data)


_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def _has_bidi(json_text: str, escaped: bool) -> bool:
    """Whether the file holds a bidi control, as itself or written `\\u202e` (any case);
    `escaped`: whether it holds `\\u` at all."""
    return any(c in json_text for c in _BIDI_CHARS) or (
        escaped and any(e in json_text for e in ("\\u061", "\\u200", "\\u202", "\\u206"))
    )


def unencodable(data: object, json_text: str) -> str:
    """Where a text of the file holds half of a character (a lone surrogate, written `\\ud800`
    in JSON): it opens, but cannot be saved or exported. '' when there is none."""
    if not _SURROGATE.search(json_text):
        return ""
    stack: list[tuple[object, str]] = [(data, "")]
    while stack:
        value, where = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return where.strip(" ›")
        elif isinstance(value, dict):
            stack += [(v, f"{where} › {k}") for k, v in value.items()]
        elif isinstance(value, list):
            stack += [(v, f"{where} › {n + 1}") for n, v in enumerate(value)]
    return ""


def _strip(value: object) -> object:
    if isinstance(value, str):
        return strip_control(value)
    if isinstance(value, list):
        return [_strip(v) for v in value]
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items()}
    return value


class InputError(ValueError):
    """Input the workbook refuses; str() is the message to show the person."""


def _clean(value: object, label: str, *, multiline: bool) -> str:
    if not isinstance(value, str):
        raise InputError(_("input.not_text", field=label))
    # Control characters go first: an escape sequence dropped from between two spaces must not
    # leave a double space in a line.
    text = strip_control(unicodedata.normalize("NFC", value))
    if not multiline:
        text = " ".join(text.split())
    return text.strip() if not multiline else text.rstrip()


def line(value: object, label: str, *, required: bool = True, limit: int = LINE_MAX) -> str:
    """One line of text: white space folded, control characters dropped."""
    text = _clean(value, label, multiline=False)
    if required and not text:
        raise InputError(_("input.required", field=label))
    if len(text) > limit:
        raise InputError(_("input.too_long", field=label, limit=limit))
    return text


def name(value: object, label: str) -> str:
    return line(value, label, limit=NAME_MAX)


def text(value: object, label: str, *, limit: int = TEXT_MAX) -> str:
    """Free text over several lines, such as notes."""
    cleaned = _clean(value, label, multiline=True)
    if len(cleaned) > limit:
        raise InputError(_("input.too_long", field=label, limit=limit))
    return cleaned


def day(value: object, label: str, *, today: date | None = None) -> date:
    """A date given as a date, or as text in a form `dates.read_day` knows (17/12/2026,
    17/12, 2026-12-17...). A day without a year is the coming one, counted from `today`: the
    machine's date unless a caller (or a test) knows better."""
    if isinstance(value, date):
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InputError(_("input.required", field=label))  # not "'None' is no date"
    if isinstance(value, str):
        found = read_day(value, today or date.today())
        if found is not None:
            return found
    raise InputError(_("input.bad_date", field=label, value=value))


# 16:00, 9:30, 16.30, 16u30, 16u and 16 as Flemish people write them; saved as HH:MM.
_CLOCK = re.compile(r"(\d{1,2})(?:[:.hu](\d{2})|[uh])?")


def clock_time(value: object, label: str) -> str:
    """A time of day as "HH:MM", or "" when none is given."""
    text = line(value, label, required=False, limit=NAME_MAX).lower()
    if not text:
        return ""
    found = _CLOCK.fullmatch(text)
    if found is None or int(found.group(1)) > 23 or int(found.group(2) or 0) > 59:
        raise InputError(_("input.bad_time", field=label, value=text))
    return f"{int(found.group(1)):02d}:{int(found.group(2) or 0):02d}"


def whole(value: object, label: str, *, low: int, high: int) -> int:
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        raise InputError(_("input.not_number", field=label, value=value)) from None
    if isinstance(value, float) and value != number:
        raise InputError(_("input.not_number", field=label, value=value))
    if not low <= number <= high:
        raise InputError(_("input.out_of_range", field=label, low=low, high=high))
    return number
