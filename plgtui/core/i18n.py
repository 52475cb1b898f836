"""Every string a person reads goes through `_()`. Dutch first, English too.

The language is process-wide on purpose: one person runs one plgtui at a time, and passing a
language object through every widget would buy nothing.
"""

from __future__ import annotations

import errno
from datetime import date

from plgtui.core import labels
from plgtui.core.locales import en, nl

CATALOGS: dict[str, dict[str, str]] = {"nl": nl.MESSAGES, "en": en.MESSAGES}
LANGUAGES = tuple(CATALOGS)
DEFAULT_LANGUAGE = "nl"

_current = DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    global _current
    if lang not in CATALOGS:
        raise ValueError(f"unknown language {lang!r}; choose from {', '.join(LANGUAGES)}")
    _current = lang


def language() -> str:
    return _current


def _(key: str, **params: object) -> str:
    """The message `key` in the current language, with `params` filled in as plain text."""
    message = CATALOGS[_current].get(key) or CATALOGS["en"].get(key) or key
    return message.format(**params) if params else message


def ngettext(key: str, count: int, **params: object) -> str:
    """`key.one` or `key.many`, chosen by `count` (both languages only need these two)."""
    return _(f"{key}.{'one' if count == 1 else 'many'}", count=count, **params)


def number(value: float, digits: int = 1) -> str:
    """A number as the language writes it: '1,5' in Dutch, '1.5' in English; no trailing zeros."""
    text = f"{round(value, digits):.{digits}f}"
    if digits:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text.replace(".", _("number.decimal")) if "." in text else text


def format_date(day: date | None, *, weekday: bool = False) -> str:
    """A date as people in the group write it: '3 maart 2026' or '3 March 2026'."""
    if day is None:
        return _("date.none")
    month = _(labels.MONTH[str(day.month)])
    text = _("date.long", day=day.day, month=month, year=day.year)
    if weekday:
        text = f"{_(labels.WEEKDAY[str(day.isoweekday())])} {text}"
    return text


def format_short_date(day: date | None, *, weekday: bool = False) -> str:
    """'17 dec 2026', or with the weekday 'do 17 dec 2026' / 'Thu 17 Dec 2026'."""
    if day is None:
        return _("date.none")
    text = _("date.short", day=day.day, month=_(labels.MONTH_SHORT[str(day.month)]), year=day.year)
    if weekday:
        text = f"{_(labels.WEEKDAY_SHORT[str(day.isoweekday())])} {text}"
    return text


def phase_name(number: int) -> str:
    return _(labels.PHASE[str(number)])


def phase_title(number: int) -> str:
    return _("phase.title", number=number, name=phase_name(number))


def os_problem(exc: OSError) -> str:
    """What went wrong, in the interface language: the operating system's own words
    ("Read-only file system") would otherwise stand inside a Dutch sentence."""
    name = errno.errorcode.get(exc.errno or 0, "")
    key = labels.OS_PROBLEM.get(name)
    return _(key) if key else str(exc.strerror or exc)
