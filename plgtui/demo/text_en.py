"""The texts of the demo group (fictional): a history group across three schools."""

GROUP = "Leie Valley History Group"
SUBJECT = "History, years 3 and 4"
SCHOOLS = ["Ter Beke Secondary", "St Anne's College", "Vijverhof Campus"]

# (name, role, index of the school or None)
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
    ("Luc Van den Broeck", "leader", 1),
    ("Mira Dubois", "counsellor", None),
]

# (text, why it changed, days after the start)
QUESTIONS = [
    ("How do we motivate our year 3 and 4 pupils for history?", "", 14),
    (
        "How do source tasks with a fixed step card help our year 3 pupils analyse a"
        " historical source on their own?",
        "Report marks and talks with pupils show that source analysis is where they struggle"
        " most; motivation was too broad to work on.",
        75,
    ),
]

# (phase, days after the start, reason)
PHASES = [
    (1, -60, "Three school leaders bring their history departments together."),
    (2, 0, "Kick-off meeting: every teacher commits to taking part."),
    (3, 60, "The group picks two themes and splits into sub-groups."),
    (4, 150, "First drafts are tried in class and discussed together."),
]

PROMPTS = [
    "What worked in your class, and how could you tell?",
    "Where did pupils get stuck?",
    "What do we change for the next version?",
]

MEETINGS = [
    {
        "title": "Kick-off: why learn together?",
        "notes": "Katrien explains the idea of a subject-didactic learning community.\n\n"
        "- Everyone takes material home, and everyone also does work.\n"
        "- We meet every five weeks, on Wednesday afternoons.",
        "decisions": ["We work on one learning question for a whole school year."],
        "blocks": [
            ("welcome", "Welcome and introductions", 15, ""),
            ("information", "What is a learning community?", 30, ""),
            ("brainstorm", "What do we want to learn together?", 10, "brainstorm-4"),
            ("evaluation", "Agreements and close", 15, ""),
        ],
        "ideas": [
            "More work with sources in class",
            "Write tests together",
            "Help pupils reason better",
        ],
    },
    {
        "title": "Looking at data: reports and talks with pupils",
        "notes": "We put the report marks of three schools side by side. Striking: the"
        " questions on source analysis score lowest everywhere.",
        "decisions": ["We narrow the learning question to source analysis in year 3."],
        "blocks": [
            ("welcome", "Follow-up from last time", 10, ""),
            ("discussion", "What do the marks say?", 40, ""),
            ("brainstorm", "What do we learn from the talks?", 12, "1-2-4-all"),
            ("evaluation", "Agreements", 10, ""),
        ],
        "ideas": ["Source questions are too open", "Pupils do not read the whole source"],
    },
    {
        "title": "Choosing themes",
        "notes": "Two themes got the most votes. Four teachers per theme.",
        "decisions": [
            "Theme 1: a step card for source analysis.",
            "Theme 2: test questions on sources.",
        ],
        "blocks": [
            ("welcome", "Follow-up", 10, ""),
            ("brainstorm", "Possible themes", 12, "1-2-4-all"),
            ("brainstorm", "Voting", 8, "dot-voting"),
            ("subgroup", "First talk per theme", 30, ""),
        ],
        "ideas": ["Step card for source analysis", "Test questions on sources", "Timelines"],
    },
    {
        "title": "Sharing source tasks from our lessons",
        "notes": "Everyone brought a source task. We discussed what the task asks and what"
        " pupils really do.",
        "decisions": [],
        "blocks": [
            ("welcome", "Follow-up", 10, ""),
            ("discussion", "Round of tasks", 45, "round-robin"),
            ("subgroup", "Work per theme", 30, ""),
        ],
        "ideas": [],
    },
    {
        "title": "Step card: first draft",
        "notes": "The step card sub-group proposed a first version with five steps.",
        "decisions": ["The step card is tried in every year 3 class in November."],
        "blocks": [
            ("welcome", "Follow-up", 10, ""),
            ("discussion", "Discuss the draft", 40, ""),
            ("subgroup", "Work per theme", 30, ""),
            ("evaluation", "Effects on pupils", 15, ""),
        ],
        "ideas": [],
    },
    {
        "title": "Discussing the step card after trying it",
        "notes": "Pupils used the card, but often skipped step 2 (the context of the source).",
        "decisions": ["Step 2 gets an example and a guiding question."],
        "blocks": [
            ("welcome", "Follow-up", 10, ""),
            ("brainstorm", "What did we see in class?", 10, "brainstorm-4"),
            ("discussion", "Adjusting", 35, ""),
            ("evaluation", "Effects on pupils", 15, ""),
        ],
        "ideas": ["Example for step 2", "A digital card too", "A colour per step"],
    },
    {
        "title": "Differentiating source tasks",
        "notes": "How do we help strong and weak readers with the same source?",
        "decisions": [],
        "blocks": [
            ("welcome", "Follow-up", 10, ""),
            ("information", "Input from the pedagogical counsellor", 25, ""),
            ("subgroup", "Work per theme", 40, ""),
        ],
        "ideas": [],
    },
    {
        "title": "Test questions on sources",
        "notes": "The test sub-group showed a set of questions for each step of the card.",
        "decisions": ["The test questions are offered together with the card."],
        "blocks": [
            ("welcome", "Follow-up", 10, ""),
            ("discussion", "Critical discussion of the test questions", 45, ""),
            ("evaluation", "Effects on pupils", 15, ""),
        ],
        "ideas": [],
    },
    {
        "title": "Effects on pupils: what do we see?",
        "notes": "Results on the source questions went up in five classes. Pupils say the card"
        " gives them calm.",
        "decisions": ["We show the step card at the department meeting in June."],
        "blocks": [
            ("welcome", "Follow-up", 10, ""),
            ("discussion", "Results side by side", 40, ""),
            ("brainstorm", "How do we spread this?", 10, "brainstorm-4"),
            ("evaluation", "Agreements", 15, ""),
        ],
        "ideas": ["Showcase at the department", "Share the card with years 1 and 2"],
    },
    {
        "title": "Finishing material for the department",
        "notes": "",
        "decisions": [],
        "blocks": [
            ("welcome", "Follow-up of the agreements", 10, ""),
            ("discussion", "Critical discussion of material", 40, ""),
            ("subgroup", "Finishing per theme", 40, ""),
            ("evaluation", "Effects on pupils", 15, ""),
        ],
        "ideas": [],
    },
]

AGREEMENTS = [
    (0, "finish", "Collect last year's history report marks", [1, 4, 7], "done"),
    (1, "finish", "Talk with two pupils about source tasks", [], "done"),
    (2, "support", "Find examples of step cards from other subjects", [0], "done"),
    (4, "finish", "Try the step card in a year 3 class", [2, 5, 8], "done"),
    (5, "discuss", "New version of step 2 with an example", [3], "done"),
    (6, "support", "Provide reading strategies for weak readers", [10], "dropped"),
    (7, "finish", "Finish the test questions for each step", [4, 6], "open"),
    (8, "discuss", "Step card version 3 (digital version)", [2], "open"),
    (8, "support", "Book a room and projector for the showcase", [9], "open"),
    (8, "finish", "Results on the source questions per class in one table", [1, 7], "open"),
]

THEMES = [
    ("Step card for source analysis", [2, 3, 5, 8]),
    ("Test questions on sources", [1, 4, 6, 7]),
]

OUTPUTS = [("Step card for source analysis, version 2", 0, True, "Ter Beke history department")]
