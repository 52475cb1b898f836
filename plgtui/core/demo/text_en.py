"""The texts of the demo group (fictional): a history group across three schools."""

GROUP = 'Leie Valley History Group'
SUBJECT = 'History, years 3 and 4'
SCHOOLS = ['Ter Beke Secondary', "St Anne's College", 'Vijverhof Campus']

# (text, why it changed), in the order of plan.QUESTION_DAYS
QUESTIONS = [('How do we motivate our year 3 and 4 pupils for history?', ''),
 ('How do source tasks with a fixed step card help our year 3 pupils analyse a historical '
  'source on their own?',
  'Report marks and talks with pupils show that source analysis is where they struggle most; '
  'motivation was too broad to work on.')]

# why the group entered each phase, in the order of plan.PHASES
PHASE_REASONS = ['Three school leaders bring their history departments together.',
 'Kick-off meeting: every teacher commits to taking part.',
 'The group picks two themes and splits into sub-groups.',
 'First drafts are tried in class and discussed together.']

PROMPTS = ['What worked in your class, and how could you tell?',
 'Where did pupils get stuck?',
 'What do we change for the next version?']

# per meeting: title, notes, decisions, block titles (as plan.BLOCKS), ideas
MEETINGS = [{'title': 'Kick-off: why learn together?',
  'notes': 'Katrien explains the idea of a subject-didactic learning community.\n'
           '\n'
           '- Everyone takes material home, and everyone also does work.\n'
           '- We meet every five weeks, on Wednesday afternoons.',
  'decisions': ['We work on one research question for a whole school year.'],
  'blocks': ['Welcome and introductions',
             'What is a learning community?',
             'What do we want to learn together?',
             'Agreements and close'],
  'ideas': ['More work with sources in class',
            'Write tests together',
            'Help pupils reason better']},
 {'title': 'Looking at data: reports and talks with pupils',
  'notes': 'We put the report marks of three schools side by side. Striking: the questions on '
           'source analysis score lowest everywhere.',
  'decisions': ['We narrow the research question to source analysis in year 3.'],
  'blocks': ['Follow-up from last time',
             'What do the marks say?',
             'What do we learn from the talks?',
             'Agreements'],
  'ideas': ['Source questions are too open', 'Pupils do not read the whole source']},
 {'title': 'Choosing themes',
  'notes': 'Two themes got the most votes. Four teachers per theme.',
  'decisions': ['Theme 1: a step card for source analysis.',
                'Theme 2: test questions on sources.'],
  'blocks': ['Follow-up', 'Possible themes', 'Voting', 'First talk per theme'],
  'ideas': ['Step card for source analysis', 'Test questions on sources', 'Timelines']},
 {'title': 'Sharing source tasks from our lessons',
  'notes': 'Everyone brought a source task. We discussed what the task asks and what pupils '
           'really do.',
  'decisions': [],
  'blocks': ['Follow-up', 'Round of tasks', 'Work per theme'],
  'ideas': []},
 {'title': 'Step card: first draft',
  'notes': 'The step card sub-group proposed a first version with five steps.',
  'decisions': ['The step card is tried in every year 3 class in November.'],
  'blocks': ['Follow-up', 'Discuss the draft', 'Work per theme', 'Effects on pupils'],
  'ideas': []},
 {'title': 'Discussing the step card after trying it',
  'notes': 'Pupils used the card, but often skipped step 2 (the context of the source).',
  'decisions': ['Step 2 gets an example and a guiding question.'],
  'blocks': ['Follow-up', 'What did we see in class?', 'Adjusting', 'Effects on pupils'],
  'ideas': ['Example for step 2', 'A digital card too', 'A colour per step']},
 {'title': 'Differentiating source tasks',
  'notes': 'How do we help strong and weak readers with the same source?',
  'decisions': [],
  'blocks': ['Follow-up', 'Input from the pedagogical adviser', 'Work per theme'],
  'ideas': []},
 {'title': 'Test questions on sources',
  'notes': 'The test sub-group showed a set of questions for each step of the card.',
  'decisions': ['The test questions are offered together with the card.'],
  'blocks': ['Follow-up', 'Critical discussion of the test questions', 'Effects on pupils'],
  'ideas': []},
 {'title': 'Effects on pupils: what do we see?',
  'notes': 'Results on the source questions went up in five classes. Pupils say the card gives '
           'them calm.',
  'decisions': ['We show the step card at the department meeting in June.'],
  'blocks': ['Follow-up', 'Results side by side', 'How do we spread this?', 'Agreements'],
  'ideas': ['Showcase at the department', 'Share the card with years 1 and 2']},
 {'title': 'Finishing material for the department',
  'notes': '',
  'decisions': [],
  'blocks': ['Follow-up of the agreements',
             'What do we improve in the step card?',
             'Finishing per theme',
             'Effects on pupils'],
  'ideas': []}]

# in the order of plan.AGREEMENTS
AGREEMENTS = ["Collect last year's history report marks",
 'Talk with two pupils about source tasks',
 'Find examples of step cards from other subjects',
 'Try the step card in a year 3 class',
 'New version of step 2 with an example',
 'Provide reading strategies for weak readers',
 'Finish the test questions for each step',
 'Step card version 3 (digital version)',
 'Book a room and projector for the showcase',
 'Results on the source questions per class in one table']

THEMES = ['Step card for source analysis', 'Test questions on sources']

# (title, where it was shown), in the order of plan.OUTPUTS
OUTPUTS = [('Step card for source analysis, version 2', 'Ter Beke history department')]
