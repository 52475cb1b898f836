"""One agreement: what, which of the three kinds, whose (members or the whole group), by when."""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import Input, Select, Static

from plgtui.core import agreements as rules
from plgtui.core import labels
from plgtui.core.i18n import _
from plgtui.core.model import Agreement, AgreementKind
from plgtui.tui.screens.form import FormScreen
from plgtui.tui.widgets.date_input import DateInput
from plgtui.tui.widgets.ticks import TickList


class AgreementForm(FormScreen[int]):
    DEFAULT_CSS = """
    AgreementForm TickList { height: 7; }
    """

    def __init__(self, meeting_id: int, agreement: Agreement | None = None) -> None:
        super().__init__()
        self.meeting_id = meeting_id
        self.agreement = agreement
        self.title_text = _("agreement.edit_title" if agreement else "agreement.new_title")

    def fields(self) -> list[tuple[str, Widget]]:
        journey = self.workbook.journey
        agreement = self.agreement
        if agreement is None:
            due = rules.default_due(journey, journey.meeting(self.meeting_id))
        else:
            due = agreement.due
        owners = set(agreement.owners) if agreement else set()
        kinds = [(_(labels.AGREEMENT_KIND[k.value]), k.value) for k in AgreementKind]
        return [
            (_("field.agreement"), Input(agreement.text if agreement else "", id="text")),
            (
                _("field.kind"),
                Select(
                    kinds,
                    value=(agreement.kind if agreement else AgreementKind.FINISH).value,
                    allow_blank=False,
                    id="kind",
                ),
            ),
            (
                _("field.owners"),
                TickList[int](
                    *[(m.name, m.id, m.id in owners) for m in journey.members if m.active],
                    id="owners",
                ),
            ),
            ("", Static(_("agreement.owners_note"), classes="form-note")),
            (_("field.due"), DateInput(due, id="due")),
        ]

    def on_mount(self) -> None:
        self.query_one("#text", Input).focus()

    def on_input_submitted(self) -> None:
        self.focus_next()

    def save(self) -> int:
        workbook = self.workbook
        text = self.query_one("#text", Input).value
        kind = AgreementKind(self.query_one("#kind", Select).value)
        owners = list(self.query_one("#owners", TickList).selected)
        due = self.query_one("#due", DateInput).given
        if self.agreement is None:
            return workbook.agreements.add_agreement(
                text, kind, owners=owners, due=due, meeting_id=self.meeting_id
            ).id
        return workbook.agreements.update_agreement(
            self.agreement.id, text=text, kind=kind, owners=owners, due=due
        ).id
