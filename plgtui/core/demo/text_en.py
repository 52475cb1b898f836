"""The texts of the demo group (fictional): a history group across three schools.

No month names: the dates move with today, and a text may never name another month than the
one of its meeting.
"""

GROUP = "Leie Valley History Group"
SUBJECT = "History, years 3 and 4"
SCHOOLS = ["Ter Beke Secondary", "St Anne's College", "Vijverhof Campus"]
NORMS = [
    "We start and end on time; whoever cannot come lets Katrien know.",
    "Everyone brings what was agreed, even when it is not finished.",
    "What is said about pupils and colleagues stays in the group.",
    "We discuss the material, not the colleague who made it.",
]
# per meeting: did we keep our working agreements? (answer, note)
NORMS_REVIEWS = {
    6: ("yes", ""),
    7: ("mostly", "Discussing the test questions ran twenty minutes over."),
    8: ("yes", "Everyone brought a pupil's work."),
}
ASKS_LEADERS = (
    "Next school year, a few hours from the teaching-hour package for an internal PLG coach.\n"
    "A moment on the in-service day to show the step card to all colleagues."
)

# (text, why it changed), in the order of plan.QUESTION_MEETINGS
QUESTIONS = [
    ("How do we motivate our year 3 and 4 pupils for history?", ""),
    (
        "How do we help our year 3 pupils analyse a historical source on their own?",
        "Test analyses and talks with pupils show that source analysis is where they struggle "
        "most; motivation was too broad to work on.",
    ),
]

# why the group entered each phase, in the order of plan.PHASES
PHASE_REASONS = [
    "Three school leaders bring their history departments together.",
    "Kick-off meeting: every teacher commits to taking part.",
    "The group picks two themes and splits into sub-groups.",
    "First drafts are tried in class and discussed together.",
]

# the group's own notes per phase
PHASE_NOTES = {
    1: "The group meets after lesson hours, on Wednesday afternoons. The three school leaders "
    "agreed to plan no other meetings then and to give Katrien hours for it. Katrien coaches "
    "the group; Mira Dubois, pedagogical adviser, thinks along.",
    2: "Two teachers doubted they would have the time. After the kick-off and the talk about "
    "the test analyses, everyone takes part.",
    3: "Ines stopped after the fourth meeting, where she said goodbye: she has taken on another task at her school. "
    "The two themes stay feasible with four teachers each.",
    4: "The group now discusses drafts more critically than at the start. Not every agreement "
    "is finished on time: the test questions have been carried over once already.",
}

# per meeting: title, notes, decisions, blocks (title, questions on screen) as plan.BLOCKS,
# ideas per block (the block's place), guests
MEETINGS = [
    {
        "title": "Kick-off: why learn together?",
        "notes": "Katrien explains what a subject-based learning community is, and what it is "
        "not: not a working group that delivers a product, but a group in which teachers learn "
        "together.\n\n"
        "- Everyone takes material home, and everyone also does work.\n"
        "- We meet about once a month, on Wednesday afternoons.",
        "decisions": [
            "We choose one research question together and work on it for at least a school year."
        ],
        "blocks": [
            (
                "Welcome: who are you and what do you bring?",
                ["What do you want to learn this year?"],
            ),
            ("What a learning community is, and what it is not", []),
            ("How do we get started together?", []),
            ("Agreements and closing", []),
        ],
        "ideas": {
            2: [
                "Look at our marks before we choose a question",
                "A fixed Wednesday afternoon, once a month",
                "Each school brings its own lesson material",
            ],
        },
    },
    {
        "title": "Looking at data: test analyses and talks with pupils",
        "learnings": [
            "Pupils find a source hard mainly when they do not know who made it and why."
        ],
        "notes": "We put the test analyses of last school year's exams from the three schools "
        "side by side. What stands out: the source analysis questions score lowest everywhere. The class council reports "
        "often name source analysis as a point to work on.",
        "decisions": ["We narrow the research question to source analysis in year 3."],
        "blocks": [
            ("Following up the agreements", []),
            ("What do the marks say?", []),
            (
                "What do we learn from the talks with pupils?",
                ["What did pupils say about source tasks?", "Where do they give up?"],
            ),
            (
                "How do we make sure this group fails?",
                ["What would make this group fail for certain?"],
            ),
            ("Agreements", []),
        ],
        "ideas": {
            2: [
                "Source questions are too open",
                "Pupils do not read the whole source",
                "They do not know the source's context",
            ],
            3: [
                "Not following up agreements",
                "Only complaining about the pupils",
                "Making material nobody uses",
            ],
        },
    },
    {
        "title": "Choosing themes",
        "notes": "After writing in silence we grouped the ideas. Two themes got the most dots; "
        "four teachers work on each theme.",
        "decisions": [
            "Theme 1: a step card for source analysis.",
            "Theme 2: test questions on sources.",
        ],
        "blocks": [
            ("Following up the agreements", []),
            ("Possible themes", ["What do we want to make material about together?"]),
            ("Voting on the themes", []),
            ("First talk per theme", []),
        ],
        "ideas": {
            1: [
                "Step card for source analysis",
                "Test questions on sources",
                "Timelines in every lesson",
                "Sources from our own region",
            ],
        },
    },
    {
        "title": "Sharing source tasks from our lessons",
        "notes": "Everyone brought a source task. We discussed what the task asks and what pupils "
        "really do. Ines says goodbye to the group.",
        "decisions": ["The First World War postcard is our starting point."],
        "blocks": [
            ("Following up the agreements", []),
            (
                "Which source task do we start from?",
                ["Which task shows best where pupils get stuck?"],
            ),
            ("What does the task ask, what do pupils do?", []),
            ("Working per theme", []),
        ],
        "ideas": {
            1: [
                "First World War postcard",
                "Election poster from the interwar years",
                "Map of the Leie region around 1900",
            ],
        },
    },
    {
        "title": "Step card: first draft",
        "notes": "The step card sub-group presented a first version with five steps. We set it "
        "beside what the didactics of history say about historical reasoning.",
        "decisions": ["The step card is tried in every year 3 class before the next meeting."],
        "blocks": [
            ("Following up the agreements", []),
            (
                "What should a good step card hold?",
                ["Which step do our pupils skip now?", "What do the didactics of history say?"],
            ),
            ("Discussing the draft", []),
            ("Working per theme", []),
        ],
        "ideas": {
            1: [
                "First place the source: who, when, why",
                "A step that links the source to what pupils know",
                "Five steps at most",
            ],
        },
    },
    {
        "title": "Discussing the step card after trying it",
        "learnings": [
            "Pupils skip a step without an example; an example works better than another line of explanation.",
            "What pupils say about a task often differs from what we thought was hard.",
        ],
        "notes": "Charlotte taught a research lesson with the card; three colleagues each "
        "followed a case pupil. Pupils used the card, but often skipped step 2 (the source's "
        "context).",
        "decisions": ["Step 2 gets an example and a guiding question."],
        "blocks": [
            ("Following up the agreements", []),
            ("Research lesson with the step card: following three case pupils", []),
            ("What did we see in class?", []),
            ("Effect on pupils", []),
        ],
        "ideas": {2: ["Example for step 2", "A digital card too", "A colour per step"]},
    },
    {
        "title": "Differentiating source tasks",
        "notes": "Mira Dubois, pedagogical adviser for history, brought reading strategies for "
        "weak readers. Sofie Lambrecht, special needs coordinator, joined us.",
        "decisions": [],
        "blocks": [
            ("Following up the agreements", []),
            ("Input from the pedagogical adviser: reading sources", []),
            ("Small steps for weak readers", []),
            ("Working per theme", []),
        ],
        "ideas": {
            2: [
                "Read the source aloud together first",
                "Explain hard words in the margin",
                "Strong readers as reading buddies",
            ],
        },
        "guests": ["Sofie Lambrecht (special needs coordinator)"],
    },
    {
        "title": "Test questions on sources",
        "learnings": [
            "Critical feedback on each other's questions makes the test fairer, even when it chafes."
        ],
        "notes": "The test questions sub-group showed a set of questions per step of the card. "
        "The group gave warm and critical feedback.",
        "decisions": ["The test questions are offered together with the card."],
        "blocks": [
            ("Following up the agreements", []),
            ("Discussing the test questions critically", []),
            ("Working per theme", []),
            ("Effect on pupils", []),
        ],
        "ideas": {},
    },
    {
        "title": "Effect on pupils: what do we see?",
        "learnings": [
            "Describe before judging: one pupil's work showed us more than a class average."
        ],
        "notes": "On the source questions of the last class tests, five classes did better; the "
        "exam is still to come. Pupils say the card "
        "calms them. Veerle Van den Broeck told us how the school leaders want to show the "
        "result in the schools.",
        "decisions": ["We also show the step card to the departments of the other two schools."],
        "blocks": [
            ("Following up the agreements", []),
            ("Looking at pupils' source analyses together", []),
            ("Input from the school leaders: how do we spread this?", []),
            ("Advice round: where are you still stuck?", []),
            ("Agreements", []),
        ],
        "ideas": {2: ["A showing in every department", "Share the card with years 1 and 2"]},
    },
    {
        "title": "Looking back and ahead on the school year",
        # only shown once the meeting is held (in the exams: no design work)
        "notes": "Every teacher named one thing that worked in class and how they saw it. The "
        "test questions per step are not finished yet; they go with us into next school year.",
        "decisions": ["We go on with the same research question next school year."],
        "blocks": [
            ("Following up the agreements", []),
            (
                "What do we take into next school year?",
                [
                    "What worked in your class, and how could you tell?",
                    "What do we work out next year?",
                ],
            ),
            ("What do we ask the school leaders for next school year?", []),
            ("Looking back: when did working together really succeed?", []),
        ],
        "ideas": {},
    },
]

# in the order of plan.AGREEMENTS
AGREEMENTS = [
    "Collect the test analyses of last school year's history exams",
    "Talk with two pupils about source tasks",
    "Find examples of step cards from other subjects",
    "Bring a source task from your own lessons",
    "Work out a first version of the step card",
    "Try the step card in a year 3 class",
    "New version of step 2 with an example",
    "Bring test questions per step to discuss critically",
    "Put the reading strategies on a card for pupils",
    "Finish the test questions per step",
    "Present a digital version of the step card",
    "Book a room and projector for the showing",
    "Results on the source questions per class in one table",
]
# why an agreement was dropped: agreement's place -> reason
REASONS = {8: "The schools' network already has such a reading card; we use that one."}

THEMES = ["Step card for source analysis", "Test questions on sources"]
THEME_NOTES = [
    "Five steps. Step 2 got an example and a guiding question after it was tried.",
    "Two questions per step of the card, from easy to hard.",
]

# (title, where it was shown), in the order of plan.OUTPUTS
OUTPUTS = [("Step card for source analysis, version 2", "Ter Beke Secondary history department")]

INQUIRY = {
    "data": [
        "Test analyses of last school year: source questions score lowest in all three schools",
        "Talks with twelve pupils: they do not know where to begin",
        "Class council reports: source analysis often named as a point to work on",
    ],
    "research": [
        "Didactics of historical reasoning, brought by the pedagogical adviser",
        "A fixed step plan helps, if pupils also practise it together",
    ],
    "experience": [
        "Pupils skip the source's context",
        "With a fixed order, weak readers keep going too",
    ],
    "goals": [
        "Year 3 pupils analyse an unknown source on their own",
        "Two in three pupils score at least half on the source questions",
    ],
    "actions": [
        "Try the step card in every year 3 class",
        "Write test questions per step of the card",
    ],
    "measures": [
        "Compare the exam's source questions per class with last school year",
        "A short survey of pupils after working with the card",
    ],
}
QUALITY_NOTES = {
    "focused": "Only source analysis, only year 3.",
    "grounded": "Test analyses, class council reports and talks with pupils.",
    "pupils": "The question is about what pupils can do on their own.",
    "feasible": "One card, to try within the school year.",
}
# per self-assessment, the notes on a few conditions
SELFCHECK_NOTES = [
    {
        "research": "Nothing read yet; the test analyses are our only source.",
        "facilitator": "Katrien guards the process and knows the didactics of history.",
    },
    {
        "active": "Everyone tried the card in class.",
        "facilitator": "The pedagogical adviser now thinks along about the subject too.",
    },
]
