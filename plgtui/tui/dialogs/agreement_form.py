"""One agreement: what, which of the three kinds, whose (members or the whole group), by when.
Also what an idea of the live meeting becomes when the group turns it into an agreement."""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import Input, Select, Static

from plgtui.core import agreements as rules
from plgtui.core import labels
from plgtui.core.i18n import _
from plgtui.core.model import Agreement, AgreementKind, Idea
from plgtui.tui.base.form import FormScreen
from plgtui.tui.widgets.date_input import DateInput
from plgtui.tui.widgets.ticks import TickList


class AgreementForm(FormScreen[int]):
    DEFAULT_CSS = """
    AgreementForm TickList { height: 7; }
    """

    def __init__(
        self, meeting_id: int, agreement: Agreement | None = None, idea: Idea | None = None
    ) -> None:
        super().__init__()
        self.meeting_id = meeting_id
        self.agreement = agreement
        self.idea = idea  # the idea this agreement is made of, in the live meeting
        key = "agreement.from_idea_title" if idea else "agreement.new_title"
        self.title_text = _("agreement.edit_title" if agreement else key)

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
            (_("field.agreement"), Input(self._text(), id="text")),
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
                    type_to_search=True,
                ),
            ),
            ("", Static(_("agreement.owners_note"), classes="form-note")),
            (_("field.due"), DateInput(due, id="due")),
        ]

    def _text(self) -> str:
        if self.agreement is not None:
            return self.agreement.text
        return self.idea.text if self.idea is not None else ""

    def on_mount(self) -> None:
        self.query_one("#text").focus()  # the first field, its words selected to type over

    def save(self) -> int:
        workbook = self.workbook
        text = self.query_one("#text", Input).value
        kind = AgreementKind(self.query_one("#kind", Select).value)
        owners = list(self.query_one("#owners", TickList).selected)
        due = self.query_one("#due", DateInput).given
        if self.idea is not None:
            return workbook.ideas.idea_to_agreement(
                self.meeting_id, self.idea.id, kind, owners=owners, due=due, text=text
            ).id
        if self.agreement is None:
            return workbook.agreements.add_agreement(
                text, kind, owners=owners, due=due, meeting_id=self.meeting_id
            ).id
        return workbook.agreements.update_agreement(
            self.agreement.id, text=text, kind=kind, owners=owners, due=due
        ).id
