"""Changes around the research question: its wordings, the inquiry cycle and its rounds, the
quality check, and the self-check on the nine conditions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from plgtui.core import labels, validate
from plgtui.core.changes.scores import new_check
from plgtui.core.changes.writer import Part, edits
from plgtui.core.i18n import _
from plgtui.core.model import (
    INQUIRY_STEPS,
    QUALITY_KEYS,
    Inquiry,
    QuestionVersion,
    SelfCheck,
)
from plgtui.core.validate import InputError

LISTS = ("data", "research", "experience", "goals", "actions", "measures")
ITEMS_MAX = 30


class Question(Part):
    def new_question(self, text: str, reason: str = "", *, on: date) -> QuestionVersion:
        """A wording checked and numbered, not yet added or saved."""
        wording = validate.text(text, _("field.question"), limit=2000).strip()
        if not wording:
            raise InputError(_("input.required", field=_("field.question")))
        current = self.journey.current_question
        version = QuestionVersion(
            id=self._next_id("questions"),
            text=wording,
            created=validate.day(on, _("field.date")),
            reason=validate.line(reason, _("field.reason"), required=False),
            round=current.round if current else 1,
        )
        return version

    @edits
    def set_question(self, text: str, reason: str = "", *, on: date) -> QuestionVersion:
        """A new wording of the research question; the earlier ones stay in the history."""
        return self._add("questions", self.new_question(text, reason, on=on))

    @property
    def inquiry(self) -> Inquiry:
        """The inquiry record (a fresh one, not yet saved, when the group has none)."""
        return self.journey.inquiry[0] if self.journey.inquiry else Inquiry()

    def _save_inquiry(self, inquiry: Inquiry) -> Inquiry:
        """Put a changed copy in place of the inquiry: on a read-only journey nothing has
        changed yet when this refuses."""
        self._swap_inquiry(inquiry)
        self._put("inquiry", inquiry)
        return inquiry

    def _swap_inquiry(self, inquiry: Inquiry) -> None:
        if self.journey.inquiry:
            self.journey.inquiry[0] = inquiry
        else:
            self.journey.inquiry.append(inquiry)

    @edits
    def set_inquiry_items(self, part: str, lines: Iterable[str]) -> Inquiry:
        """One of the lists (grounding data, research, experience; goals; actions; measures)."""
        if part not in LISTS:
            raise InputError(_("input.no_part", part=part))
        items = [
            validate.line(x, _(labels.INQUIRY_PART[part]), required=False, limit=1000)
            for x in lines
        ]
        items = [x for x in items if x]
        if len(items) > ITEMS_MAX:
            raise InputError(_("input.too_many_items", limit=ITEMS_MAX))
        return self._save_inquiry(replace(self.inquiry, **{part: items}))

    @edits
    def set_results(self, text: str) -> Inquiry:
        results = validate.text(text, _("inquiry.results"), limit=20_000)
        return self._save_inquiry(replace(self.inquiry, results=results))

    @edits
    def set_step(self, step: str) -> Inquiry:
        if step not in INQUIRY_STEPS:
            raise InputError(_("input.no_step", step=step))
        return self._save_inquiry(replace(self.inquiry, step=step))

    @edits
    def next_round(self, text: str, reason: str, *, on: date) -> QuestionVersion:
        """Finish this round: the next one starts from grounding with a new wording."""
        why = validate.line(reason, _("field.reason"))
        version = self.new_question(text, why, on=on)  # an empty wording stops here
        inquiry = replace(self.inquiry, round=self.inquiry.round + 1, step=INQUIRY_STEPS[0])
        version.round = inquiry.round
        self._swap_inquiry(inquiry)
        self.journey.questions.append(version)
        self._save(("inquiry", inquiry), ("questions", version))  # one write, or none
        return version

    @edits
    def link_agreement(self, agreement_id: int, linked: bool = True) -> Inquiry:
        """Follow a planned action as an agreement (or stop following it)."""
        self._find(self.journey.agreements, agreement_id, "input.no_agreement")
        ids = [i for i in self.inquiry.agreement_ids if i != agreement_id]
        return self._save_inquiry(
            replace(self.inquiry, agreement_ids=ids + [agreement_id] if linked else ids)
        )

    @edits
    def tick_quality(self, key: str, note: str | None, *, on: date) -> Inquiry:
        """Tick a quality item with a note (`note=None` unticks it)."""
        if key not in QUALITY_KEYS:
            raise InputError(_("input.no_quality", name=key))
        quality, ticked = dict(self.inquiry.quality), dict(self.inquiry.quality_ticked)
        if note is None:
            quality.pop(key, None)
            ticked.pop(key, None)
        else:
            quality[key] = validate.line(note, _("field.note"), required=False)
            ticked[key] = validate.day(on, _("field.date"))
        return self._save_inquiry(replace(self.inquiry, quality=quality, quality_ticked=ticked))

    @edits
    def add_selfcheck(
        self, *, on: date, scores: dict[str, int], notes: dict[str, str] | None = None
    ) -> SelfCheck:
        """A self-check on the nine conditions; earlier ones are kept to show change."""
        record_id = self._next_id("selfchecks")
        check = new_check(SelfCheck, record_id, on, scores, notes, labels.CONDITION)
        return self._add("selfchecks", check)
