"""De teksten van de demogroep (fictief): een netoverschrijdende groep geschiedenis."""

GROUP = 'Leergroep Geschiedenis Leiestreek'
SUBJECT = 'Geschiedenis, tweede graad'
SCHOOLS = ['Atheneum Ter Beke', 'Sint-Annacollege', 'Campus Vijverhof']

# (text, why it changed), in the order of plan.QUESTION_DAYS
QUESTIONS = [('Hoe motiveren we onze leerlingen van de tweede graad voor geschiedenis?', ''),
 ('Hoe helpen bronopdrachten met een vaste stappenkaart onze leerlingen van het derde jaar om '
  'zelfstandig een historische bron te analyseren?',
  'Rapportcijfers en gesprekken met leerlingen tonen dat bronanalyse het grootste struikelblok '
  'is; motivatie was te breed om aan te pakken.')]

# why the group entered each phase, in the order of plan.PHASES
PHASE_REASONS = ['Drie directies brengen hun vakgroepen geschiedenis samen.',
 'Startbijeenkomst: elke leraar zegt toe om mee te doen.',
 "De groep kiest twee thema's en verdeelt zich in subgroepen.",
 'Eerste ontwerpen worden in de klas uitgeprobeerd en samen besproken.']

PROMPTS = ['Wat werkte in je klas, en waaraan zag je dat?',
 'Waar liepen leerlingen vast?',
 'Wat passen we aan voor de volgende versie?']

# per meeting: title, notes, decisions, block titles (as plan.BLOCKS), ideas
MEETINGS = [{'title': 'Startbijeenkomst: waarom samen leren?',
  'notes': 'Katrien licht het idee van een vakdidactische leergemeenschap toe.\n'
           '\n'
           '- Iedereen haalt materiaal, maar levert ook zelf werk.\n'
           '- We komen om de vijf weken samen, telkens op woensdagnamiddag.',
  'decisions': ['We werken een schooljaar lang rond één leervraag.'],
  'blocks': ['Welkom en kennismaking',
             'Wat is een leergemeenschap?',
             'Wat willen we samen leren?',
             'Afspraken en afsluiter'],
  'ideas': ['Meer bronnenwerk in de les',
            'Samen toetsen maken',
            'Leerlingen beter laten redeneren']},
 {'title': 'Data bekijken: rapporten en leerlingengesprekken',
  'notes': 'We legden de rapportcijfers van drie scholen naast elkaar. Opvallend: de vragen '
           'over bronanalyse scoren overal het zwakst.',
  'decisions': ['We vernauwen de leervraag naar bronanalyse in het derde jaar.'],
  'blocks': ['Opvolging vorige keer',
             'Wat zeggen de cijfers?',
             'Wat leren we uit de gesprekken?',
             'Afspraken'],
  'ideas': ['Bronvragen zijn te open', 'Leerlingen lezen de bron niet volledig']},
 {'title': "Thema's kiezen",
  'notes': "Twee thema's kregen de meeste stemmen. Per thema vier leraren.",
  'decisions': ['Thema 1: een stappenkaart voor bronanalyse.',
                'Thema 2: toetsvragen over bronnen.'],
  'blocks': ['Opvolging', "Mogelijke thema's", 'Stemmen', 'Eerste overleg per thema'],
  'ideas': ['Stappenkaart bronanalyse', 'Toetsvragen over bronnen', 'Tijdlijnen']},
 {'title': 'Bronopdrachten uit onze lessen delen',
  'notes': 'Iedereen bracht een bronopdracht mee. We bespraken wat de opdracht vraagt en wat '
           'leerlingen echt doen.',
  'decisions': [],
  'blocks': ['Opvolging', 'Rondje opdrachten', 'Werken per thema'],
  'ideas': []},
 {'title': 'Stappenkaart: eerste ontwerp',
  'notes': 'De subgroep stappenkaart stelde een eerste versie voor met vijf stappen.',
  'decisions': ['De stappenkaart wordt in november in alle derde jaren uitgeprobeerd.'],
  'blocks': ['Opvolging', 'Ontwerp bespreken', 'Werken per thema', 'Effecten bij leerlingen'],
  'ideas': []},
 {'title': 'Stappenkaart bespreken na het uitproberen',
  'notes': 'Leerlingen gebruikten de kaart, maar sloegen stap 2 (context van de bron) vaak '
           'over.',
  'decisions': ['Stap 2 krijgt een voorbeeld en een hulpvraag.'],
  'blocks': ['Opvolging', 'Wat zagen we in de klas?', 'Bijsturen', 'Effecten bij leerlingen'],
  'ideas': ['Voorbeeld bij stap 2', 'Kaart ook digitaal', 'Kleurcode per stap']},
 {'title': 'Differentiëren in bronopdrachten',
  'notes': 'Hoe helpen we sterke en zwakke lezers met dezelfde bron?',
  'decisions': [],
  'blocks': ['Opvolging', 'Inbreng van de pedagogisch begeleider', 'Werken per thema'],
  'ideas': []},
 {'title': 'Toetsvragen over bronnen',
  'notes': 'De subgroep toetsen toonde een reeks vragen per stap van de kaart.',
  'decisions': ['De toetsvragen worden samen met de kaart aangeboden.'],
  'blocks': ['Opvolging', 'Toetsvragen kritisch bespreken', 'Effecten bij leerlingen'],
  'ideas': []},
 {'title': 'Effecten bij leerlingen: wat zien we?',
  'notes': 'De resultaten op de bronvragen gingen in vijf klassen vooruit. Leerlingen zeggen '
           'dat de kaart rust geeft.',
  'decisions': ['We tonen de stappenkaart op de vakgroepvergadering van juni.'],
  'blocks': ['Opvolging', 'Resultaten naast elkaar', 'Hoe verspreiden we dit?', 'Afspraken'],
  'ideas': ['Toonmoment op de vakgroep', 'Kaart delen met de eerste graad']},
 {'title': 'Lesmateriaal afwerken voor de vakgroep',
  'notes': '',
  'decisions': [],
  'blocks': ['Opvolging van de afspraken',
             'Wat verbeteren we aan de stappenkaart?',
             'Afwerken per thema',
             'Effecten bij leerlingen'],
  'ideas': []}]

# in the order of plan.AGREEMENTS
AGREEMENTS = ['Rapportcijfers geschiedenis van vorig jaar verzamelen',
 'Met twee leerlingen praten over bronopdrachten',
 'Voorbeelden van stappenkaarten uit andere vakken zoeken',
 'Stappenkaart uitproberen in een derde jaar',
 'Nieuwe versie van stap 2 met voorbeeld',
 'Leesstrategieën voor zwakke lezers aanreiken',
 'Toetsvragen per stap afwerken',
 'Stappenkaart versie 3 (digitale versie)',
 'Lokaal en projector voor het toonmoment vastleggen',
 'Resultaten van de bronvragen per klas in één tabel']

THEMES = ['Stappenkaart voor bronanalyse', 'Toetsvragen over bronnen']

# (title, where it was shown), in the order of plan.OUTPUTS
OUTPUTS = [('Stappenkaart bronanalyse, versie 2', 'Vakgroep Atheneum Ter Beke')]
