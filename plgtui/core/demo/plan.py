"""The demo group's shape, the same in every language: who, when, how long, who owns what.

The words (titles, notes, agreements) are in text_nl.py and text_en.py, in the same order.
Meetings are counted from 0, the kick-off; a negative number is a school meeting day before it.
Whatever is tied to a meeting exists only once that meeting is held (demo/__init__.py): the story
stops at today.
"""

# (name, role, index of the school or None); names are people's names in both languages
MEMBERS = [
    ("Katrien Goossens", "coach", None),
    ("Annelies Peeters", "member", 0),
    ("Bart De Smet", "member", 0),
    ("Charlotte Maes", "member", 0),
    ("Dries Claes", "member", 1),
    ("Elke Jacobs", "member", 1),
    ("Filip Wouters", "member", 1),
    ("Griet Mertens", "member", 2),
    ("Hannes Willems", "member", 2),
    ("Ines Vermeulen", "member", 2),
    ("Veerle Van den Broeck", "leader", 1),
    ("Mira Dubois", "counsellor", None),
]
COACH, LEADER, COUNSELLOR = 0, 10, 11
# member -> the first meeting she no longer belongs to (she said goodbye at the one before)
LEFT = {9: 4}
# who else came, by meeting: the leader to the meeting built around her input, the
# pedagogical adviser to the one built around hers
VISITS = {6: [COUNSELLOR], 8: [LEADER]}
# (member, meeting) excused; everyone else was there
EXCUSED = {(4, 1), (6, 3), (2, 5), (7, 7), (5, 8), (1, 4)}

# the meeting after which the group asks the school leaders each line of text_*.ASKS_LEADERS
# (hours for a coach once it knows its way; the study day once the step card was tried)
ASKS_LEADERS_AT = [2, 5]

# (phase, the meeting at which the group entered it); phase 1 is the school leaders' work
PHASES = [(1, -2), (2, 0), (3, 2), (4, 5)]

# the meetings at which each version of the question was written
QUESTION_MEETINGS = [0, 1]

# per meeting, its blocks: (kind, minutes, technique); a technique sets its own minutes
BLOCKS = [
    [("welcome", 0, "round-robin"), ("information", 30, ""),
     ("brainstorm", 0, "vlg-startup"), ("evaluation", 15, "")],
    [("followup", 10, ""), ("information", 25, ""), ("brainstorm", 0, "1-2-4-all"),
     ("brainstorm", 0, "triz"), ("evaluation", 10, "")],
    [("followup", 10, ""), ("brainstorm", 0, "brainwriting"), ("brainstorm", 0, "dot-voting"),
     ("subgroup", 30, "")],
    [("followup", 10, ""), ("brainstorm", 0, "nominal-group"), ("discussion", 25, ""),
     ("subgroup", 30, "")],
    [("followup", 10, ""), ("brainstorm", 0, "vlg-brainstorm"), ("discussion", 30, ""),
     ("subgroup", 30, "")],
    [("followup", 10, ""), ("discussion", 0, "lesson-observe"), ("discussion", 0, "what-so-what"),
     ("evaluation", 15, "")],  # the step card tried in a research lesson, then talked over
    [("followup", 10, ""), ("information", 25, ""), ("brainstorm", 0, "15-percent"),
     ("subgroup", 30, "")],
    [("followup", 10, ""), ("discussion", 0, "tuning"), ("subgroup", 30, ""),
     ("evaluation", 15, "")],
    [("followup", 10, ""), ("discussion", 0, "assessment-conference"), ("information", 15, ""),
     ("discussion", 0, "troika"), ("evaluation", 10, "")],
    [("followup", 10, ""), ("brainstorm", 0, "1-2-4-all"), ("discussion", 20, ""),
     ("evaluation", 0, "appreciative")],  # in the exams: looking back and ahead, no design work
]  # fmt: skip
# meetings that do not start at 13:30: the lesson study's research lesson is the last of the morning
STARTS = {5: "11:10"}
# the standing blocks on effects on pupils, as (meeting, block's place): their purpose marks them
EFFECTS_BLOCKS = {(5, 3), (7, 3)}

# (meeting, kind, owners as indexes in MEMBERS, status); no owners: the whole group
AGREEMENTS = [
    (0, "finish", [1, 4, 7], "done"),
    (0, "finish", [], "done"),
    (1, "support", [COACH], "done"),
    (2, "finish", [], "done"),
    (3, "finish", [2, 5, 8], "done"),
    (4, "finish", [2, 3, 5, 8], "done"),
    (5, "finish", [3], "done"),
    (5, "discuss", [1, 4, 6, 7], "done"),
    (6, "support", [COUNSELLOR], "dropped"),
    (7, "finish", [4, 6], "open"),
    (8, "discuss", [2], "open"),
    (8, "support", [LEADER], "open"),
    (8, "finish", [1, 7], "open"),
]
# agreements that began as an idea: agreement -> (meeting, idea's place in that meeting)
FROM_IDEAS = {6: (5, 0)}
# the inquiry's actions, followed as these agreements
ACTION_AGREEMENTS = [5, 9]

# owners of each theme, as indexes in MEMBERS; the ideas they began as: (meeting, place)
THEMES = [[2, 3, 5, 8], [1, 4, 6, 7]]
THEME_IDEAS = [(2, 0), (2, 1)]

# the meetings after which each theme's notes are true (the card tried, the test questions made)
THEME_NOTES_AT = [5, 7]

# (index of the theme, tried in class); the meeting after which each output was shown
OUTPUTS = [(0, True)]
OUTPUT_MEETINGS = [6]

# the inquiry cycle: the step the group is at from a meeting on, the meeting after which each
# part was filled in, and the meeting each quality check was ticked
INQUIRY_STEPS = {0: "grounding", 1: "question", 2: "goals", 4: "doing"}
INQUIRY_FILLED = {
    "data": 1,
    "experience": 1,
    "research": 2,
    "goals": 2,
    "actions": 4,
    "measures": 4,
}
QUALITY_TICKED = {"focused": 1, "grounded": 1, "pupils": 1, "feasible": 2}

# the two self-assessments of the nine conditions: (meeting, scores in CONDITION_KEYS order)
SELFCHECKS = [
    (1, [3, 2, 2, 4, 2, 3, 3, 3, 3]),
    (6, [4, 3, 3, 4, 4, 3, 3, 4, 3]),
]
# who held the roles of a protocol: (meeting, block's place) -> members, in the roles' order
ROLE_HOLDERS = {(5, 1): [3, 1, 4, 7], (8, 1): [3, COACH, 4]}
# the two checks on how the group works as a PLG: (meeting, scores in FUNCTIONING_KEYS order)
FUNCTIONING = [
    (2, [2, 2, 2, 1, 2, 3]),
    (7, [3, 3, 3, 3, 3, 4]),
]
# per phase, the meeting after which the group's own notes on it are true
PHASE_NOTES_AT = {1: -2, 2: 1, 3: 3, 4: 7}
# per phase, the meeting on which each of its readiness signals was ticked (None: not yet)
SIGNALS = {1: [-2, -2, -1, -1], 2: [0, 1], 3: [2, 3, 3], 4: [5, 7, None]}
