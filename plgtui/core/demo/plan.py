"""The demo group's shape, the same in every language: who, when, how long, who owns what.

The words (titles, notes, agreements) are in text_nl.py and text_en.py, in the same order.
"""

# (name, role, index of the school or None); names are people's names in both languages
MEMBERS = [('Katrien Goossens', 'coach', None),
 ('Annelies Peeters', 'member', 0),
 ('Bart De Smet', 'member', 0),
 ('Charlotte Maes', 'member', 0),
 ('Dries Claes', 'member', 1),
 ('Elke Jacobs', 'member', 1),
 ('Filip Wouters', 'member', 1),
 ('Griet Mertens', 'member', 2),
 ('Hannes Willems', 'member', 2),
 ('Luc Van den Broeck', 'leader', 1),
 ('Mira Dubois', 'counsellor', None)]

# (phase, days after the start)
PHASES = [(1, -60), (2, 0), (3, 60), (4, 150)]

# days after the start on which each version of the question was written
QUESTION_DAYS = [14, 75]

# per meeting, its blocks: (kind, minutes, technique)
BLOCKS = [[('welcome', 15, ''),
  ('information', 30, ''),
  ('brainstorm', 10, 'vlg-startup'),
  ('evaluation', 15, '')],
 [('welcome', 10, ''),
  ('discussion', 40, ''),
  ('brainstorm', 12, '1-2-4-all'),
  ('evaluation', 10, '')],
 [('welcome', 10, ''),
  ('brainstorm', 12, '1-2-4-all'),
  ('brainstorm', 8, 'dot-voting'),
  ('subgroup', 30, '')],
 [('welcome', 10, ''), ('discussion', 45, ''), ('subgroup', 30, '')],
 [('welcome', 10, ''), ('discussion', 40, ''), ('subgroup', 30, ''), ('evaluation', 15, '')],
 [('welcome', 10, ''),
  ('brainstorm', 13, 'vlg-brainstorm'),
  ('discussion', 35, ''),
  ('evaluation', 15, '')],
 [('welcome', 10, ''), ('information', 25, ''), ('subgroup', 40, '')],
 [('welcome', 10, ''), ('discussion', 45, ''), ('evaluation', 15, '')],
 [('welcome', 10, ''),
  ('discussion', 40, ''),
  ('brainstorm', 13, 'vlg-brainstorm'),
  ('evaluation', 15, '')],
 [('followup', 10, ''),
  ('brainstorm', 12, '1-2-4-all'),
  ('subgroup', 40, ''),
  ('evaluation', 15, '')]]

# (index of the meeting, kind, owners as indexes in MEMBERS, status)
AGREEMENTS = [(0, 'finish', [1, 4, 7], 'done'),
 (1, 'finish', [], 'done'),
 (2, 'support', [0], 'done'),
 (4, 'finish', [2, 5, 8], 'done'),
 (5, 'discuss', [3], 'done'),
 (6, 'support', [10], 'dropped'),
 (7, 'finish', [4, 6], 'open'),
 (8, 'discuss', [2], 'open'),
 (8, 'support', [9], 'open'),
 (8, 'finish', [1, 7], 'open')]

# owners of each theme, as indexes in MEMBERS
THEMES = [[2, 3, 5, 8], [1, 4, 6, 7]]

# (index of the theme, tried in class)
OUTPUTS = [(0, True)]
