"""The agreements as a table, in the minutes (made and carried over) and in the journey (open,
by owner): kind, wording, owners, when due and where they stand."""

from __future__ import annotations

from datetime import date

from plgtui.core import agreements as agreement_rules
from plgtui.core import labels
from plgtui.core.i18n import _, format_date
from plgtui.core.model import Agreement, Journey
from plgtui.export.markdown import escape, table


def names(journey: Journey, ids: list[int]) -> str:
    """The members' names, escaped, in the order given."""
    return ", ".join(escape(m.name) for i in ids if (m := journey.member(i)))


def owners_text(journey: Journey, agreement: Agreement) -> str:
    return names(journey, agreement.owners) or _("minutes.whole_group")


def status_text(agreement: Agreement, today: date | None) -> str:
    """'open', 'done on 3 June 2026 (reason)'; overdue only when `today` is given, because an
    export must read the same whatever day it is made."""
    status = _(labels.AGREEMENT_STATUS[agreement.status.value])
    if agreement.status_changed and not agreement.is_open:
        status += " " + _("minutes.on", date=format_date(agreement.status_changed))
    if agreement.reason:
        status += f" ({escape(agreement.reason)})"
    if today is not None and agreement_rules.is_overdue(agreement, today):
        status = f"**{_('minutes.overdue')}**"
    return status


def agreements_table(journey: Journey, items: list[Agreement], today: date | None) -> list[str]:
    rows = [
        [
            _(labels.AGREEMENT_KIND_SHORT[a.kind.value]),
            escape(a.text),
            owners_text(journey, a),
            format_date(a.due) if a.due else "",
            status_text(a, today),
        ]
        for a in items
    ]
    header = [_(labels.AGREEMENTS_COLUMNS[k]) for k in ("kind", "text", "owners", "due", "status")]
    return table(header, rows)
