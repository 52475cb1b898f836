"""Message keys for values that are chosen at run time (a status, a kind, a column, a month),
written out here in full: a key is never built from pieces, so tests/test_i18n.py can find every
key in the source and check that both languages have it. `labels.X[value]` is the key; `_()`
turns it into words."""

from __future__ import annotations


def keyed(*keys: str) -> dict[str, str]:
    """{last part of the key: the key}, e.g. {"done": "agreement.status.done"}."""
    return {key.rsplit(".", 1)[-1]: key for key in keys}


BLOCK_KIND = keyed(  # the kind of an agenda block
    "kind.welcome",
    "kind.information",
    "kind.discussion",
    "kind.brainstorm",
    "kind.subgroup",
    "kind.evaluation",
    "kind.break",
    "kind.followup",
)

AGREEMENT_STATUS = keyed(  # open, done, dropped
    "agreement.status.open",
    "agreement.status.done",
    "agreement.status.dropped",
)

AGREEMENT_KIND = keyed(  # the three kinds of agreement, in full
    "agreement.kind.finish",
    "agreement.kind.discuss",
    "agreement.kind.support",
)

AGREEMENT_KIND_SHORT = keyed(  # the same, as a table shows them
    "agreement.kind_short.finish",
    "agreement.kind_short.discuss",
    "agreement.kind_short.support",
)

AGREEMENT_KIND_PLAIN = keyed(  # the same, in words for colleagues in the members' message
    "members.kind.finish",
    "members.kind.discuss",
    "members.kind.support",
)

MEETING_STATUS = keyed(
    "meeting.status.planned",
    "meeting.status.live",
    "meeting.status.closed",
)

ROLE = keyed(
    "role.member",
    "role.coach",
    "role.leader",
    "role.counsellor",
    "role.guest",
)

PRESENCE = keyed(  # present, excused, absent, and unknown (no record)
    "presence.present",
    "presence.excused",
    "presence.absent",
    "presence.unknown",
)

LANGUAGE = keyed(
    "language.nl",
    "language.en",
)

READ_ONLY = keyed(  # why a journey is open read-only: the flag, another plgtui, the folder
    "readonly.title",
    "readonly.flag",
    "readonly.locked",
    "readonly.folder_read_only",
)

MONTH = keyed(
    "month.1",
    "month.2",
    "month.3",
    "month.4",
    "month.5",
    "month.6",
    "month.7",
    "month.8",
    "month.9",
    "month.10",
    "month.11",
    "month.12",
)

MONTH_SHORT = keyed(
    "month.short.1",
    "month.short.2",
    "month.short.3",
    "month.short.4",
    "month.short.5",
    "month.short.6",
    "month.short.7",
    "month.short.8",
    "month.short.9",
    "month.short.10",
    "month.short.11",
    "month.short.12",
)

WEEKDAY = keyed(  # ISO weekday: 1 is Monday
    "weekday.1",
    "weekday.2",
    "weekday.3",
    "weekday.4",
    "weekday.5",
    "weekday.6",
    "weekday.7",
)

WEEKDAY_SHORT = keyed(  # beside a date field: "do 17 dec 2026"
    "weekday.short.1",
    "weekday.short.2",
    "weekday.short.3",
    "weekday.short.4",
    "weekday.short.5",
    "weekday.short.6",
    "weekday.short.7",
)

PHASE = keyed(  # the five phases' names
    "phase.1",
    "phase.2",
    "phase.3",
    "phase.4",
    "phase.5",
)

CONDITION = keyed(  # the nine conditions for professional development
    "condition.ownership",
    "condition.research",
    "condition.coherence",
    "condition.subject",
    "condition.active",
    "condition.collective",
    "condition.context",
    "condition.facilitator",
    "condition.duration",
)

INQUIRY_PART = keyed(  # the inquiry cycle's lists, as a field name in messages
    "inquiry.data",
    "inquiry.research",
    "inquiry.experience",
    "inquiry.goals",
    "inquiry.actions",
    "inquiry.measures",
    "inquiry.results",
)

QUESTION_PART = keyed(  # the same, as a field's title
    "question.part.data",
    "question.part.research",
    "question.part.experience",
    "question.part.goals",
    "question.part.actions",
    "question.part.measures",
    "question.part.results",
)

QUESTION_STEP = keyed(  # the steps of the inquiry cycle
    "question.step.grounding",
    "question.step.question",
    "question.step.goals",
    "question.step.doing",
    "question.step.measuring",
)

SEARCH_WHERE = keyed(  # where a search hit was found
    "search.where.title",
    "search.where.notes",
    "search.where.decision",
    "search.where.idea",
    "search.where.agreement",
)

SAVED = keyed(  # the autosave's state beside a text field
    "minutes.saved.saved",
    "minutes.saved.pending",
    "minutes.saved.error",
)

RESCUE_TABLE = keyed(  # a table's records, named for a person
    "rescue.table.group",
    "rescue.table.members",
    "rescue.table.questions",
    "rescue.table.phases",
    "rescue.table.meetings",
    "rescue.table.agreements",
    "rescue.table.themes",
    "rescue.table.outputs",
    "rescue.table.phase_notes",
    "rescue.table.inquiry",
    "rescue.table.selfchecks",
    "rescue.table.functioning",
    "rescue.table.goals",
    "rescue.table.readings",
    "rescue.table.rubrics",
    "rescue.table.rubric_scores",
    "rescue.table.case_notes",
)

MEETINGS_COLUMNS = keyed(
    "meetings.col.date",
    "meetings.col.title",
    "meetings.col.present",
    "meetings.col.open",
    "meetings.col.status",
)

ATTENDANCE_COLUMNS = keyed(
    "attendance.col.member",
    "attendance.col.present",
    "attendance.col.excused",
    "attendance.col.absent",
    "attendance.col.unknown",
    "attendance.col.rate",
    "attendance.col.rate_excused",
    "attendance.col.trail",
)

MEMBER_COLUMNS = keyed(  # the members on the group screen
    "group.col.name",
    "group.col.role",
    "group.col.school",
    "group.col.state",
)

PHASES_COLUMNS = keyed(
    "phases.col.title",
    "phases.col.members",
    "phases.col.count",
    "phases.col.warning",
    "phases.col.theme",
    "phases.col.tried",
    "phases.col.shown",
)

QUESTION_COLUMNS = keyed(
    "question.col.round",
    "question.col.date",
    "question.col.question",
    "question.col.reason",
)

CONDITIONS_COLUMNS = keyed(
    "conditions.col.condition",
    "conditions.col.now",
    "conditions.col.before",
    "conditions.col.note",
)

AGREEMENTS_COLUMNS = keyed(
    "agreements.col.kind",
    "agreements.col.text",
    "agreements.col.owners",
    "agreements.col.due",
    "agreements.col.status",
    "agreements.col.meeting",
)

EXPORT_PHASE_COLUMNS = keyed(
    "export.phase_col.phase",
    "export.phase_col.name",
    "export.phase_col.entered",
    "export.phase_col.reason",
)

EXPORT_MEMBER_COLUMNS = keyed(
    "export.member_col.name",
    "export.member_col.role",
    "export.member_col.school",
    "export.member_col.note",
)

EXPORT_OUTPUT_COLUMNS = keyed(
    "export.output_col.title",
    "export.output_col.theme",
    "export.output_col.tried",
    "export.output_col.shown",
)

MINUTES_TABS = keyed(
    "minutes.tab.agreements",
    "minutes.tab.attendance",
    "minutes.tab.decisions",
    "minutes.tab.notes",
    "minutes.tab.learnings",
)

PHASES_TABS = keyed(
    "phases.tab.phases",
    "phases.tab.themes",
    "phases.tab.outputs",
    "phases.tab.progress",
)

QUESTION_TABS = keyed(
    "question.tab.question",
    "question.tab.versions",
    "question.tab.quality",
    "question.tab.conditions",
    "question.tab.goals",
)


FUNCTIONING = keyed(  # how the group works as a PLG
    "functioning.vision",
    "functioning.responsibility",
    "functioning.dialogue",
    "functioning.open_practice",
    "functioning.leadership",
    "functioning.trust",
)
FUNCTIONING_LEVELS = keyed(  # what a 1 and a 4 look like on each point
    "functioning_levels.vision",
    "functioning_levels.responsibility",
    "functioning_levels.dialogue",
    "functioning_levels.open_practice",
    "functioning_levels.leadership",
    "functioning_levels.trust",
)

NORMS_KEPT = keyed(  # did we keep our working agreements?
    "norms.kept.yes",
    "norms.kept.mostly",
    "norms.kept.no",
)

OS_PROBLEM = keyed(  # what the operating system said, by errno name
    "os.ENOENT",
    "os.EACCES",
    "os.EPERM",
    "os.EROFS",
    "os.ENOSPC",
    "os.EDQUOT",
    "os.EISDIR",
    "os.ENOTDIR",
    "os.ENAMETOOLONG",
    "os.EEXIST",
    "os.EBUSY",
    "os.EIO",
)

CONFLICT_TABLE = keyed(  # a record's table, where a merge left a conflict
    "conflict.table.members",
    "conflict.table.questions",
    "conflict.table.phases",
    "conflict.table.meetings",
    "conflict.table.agreements",
    "conflict.table.themes",
    "conflict.table.outputs",
    "conflict.table.phase_notes",
    "conflict.table.inquiry",
    "conflict.table.selfchecks",
    "conflict.table.functioning",
    "conflict.table.goals",
    "conflict.table.readings",
    "conflict.table.rubrics",
    "conflict.table.rubric_scores",
    "conflict.table.case_notes",
)


# What changed for the pupils (core/evidence.py, core/on_track.py)
MEASURE_KIND = keyed(  # how a goal is measured
    "evidence.kind.percent",
    "evidence.kind.count",
    "evidence.kind.scale",
    "evidence.kind.rubric",
)

READING_SOURCE = keyed(  # where a reading comes from
    "evidence.source.test",
    "evidence.source.observation",
    "evidence.source.survey",
    "evidence.source.other",
)

TRACK = keyed(  # a class's latest reading against the line from baseline to target
    "track.state.ahead",
    "track.state.on_track",
    "track.state.behind",
    "track.state.reached",
    "track.state.no_reading",
    "track.state.no_line",
)

TRACK_COUNT = keyed(  # the same, counted over classes (ngettext adds .one / .many)
    "track.count.ahead",
    "track.count.on_track",
    "track.count.behind",
    "track.count.reached",
    "track.count.no_reading",
    "track.count.no_line",
)
