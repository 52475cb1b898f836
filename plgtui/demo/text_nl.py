"""De teksten van de demogroep (fictief): een netoverschrijdende groep geschiedenis."""

GROUP = "Leergroep Geschiedenis Leiestreek"
SUBJECT = "Geschiedenis, tweede graad"
SCHOOLS = ["Atheneum Ter Beke", "Sint-Annacollege", "Campus Vijverhof"]

# (naam, rol, index van de school of None)
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

# (tekst, waarom gewijzigd, dagen na de start)
QUESTIONS = [
    ("Hoe motiveren we onze leerlingen van de tweede graad voor geschiedenis?", "", 14),
    (
        "Hoe helpen bronopdrachten met een vaste stappenkaart onze leerlingen van het derde jaar"
        " om zelfstandig een historische bron te analyseren?",
        "Rapportcijfers en gesprekken met leerlingen tonen dat bronanalyse het grootste"
        " struikelblok is; motivatie was te breed om aan te pakken.",
        75,
    ),
]

# (fase, dagen na de start, reden)
PHASES = [
    (1, -60, "Drie directies brengen hun vakgroepen geschiedenis samen."),
    (2, 0, "Startbijeenkomst: elke leraar zegt toe om mee te doen."),
    (3, 60, "De groep kiest twee thema's en verdeelt zich in subgroepen."),
    (4, 150, "Eerste ontwerpen worden in de klas uitgeprobeerd en samen besproken."),
]

PROMPTS = [
    "Wat werkte in je klas, en waaraan zag je dat?",
    "Waar liepen leerlingen vast?",
    "Wat passen we aan voor de volgende versie?",
]

# Elke bijeenkomst: titel, notities, beslissingen, blokken (soort, titel, minuten, techniek), ideeën.
MEETINGS = [
    {
        "title": "Startbijeenkomst: waarom samen leren?",
        "notes": "Katrien licht het idee van een vakdidactische leergemeenschap toe.\n\n"
        "- Iedereen haalt materiaal, maar levert ook zelf werk.\n"
        "- We komen om de vijf weken samen, telkens op woensdagnamiddag.",
        "decisions": ["We werken een schooljaar lang rond één leervraag."],
        "blocks": [
            ("welcome", "Welkom en kennismaking", 15, ""),
            ("information", "Wat is een leergemeenschap?", 30, ""),
            ("brainstorm", "Wat willen we samen leren?", 10, "brainstorm-4"),
            ("evaluation", "Afspraken en afsluiter", 15, ""),
        ],
        "ideas": [
            "Meer bronnenwerk in de les",
            "Samen toetsen maken",
            "Leerlingen beter laten redeneren",
        ],
    },
    {
        "title": "Data bekijken: rapporten en leerlingengesprekken",
        "notes": "We legden de rapportcijfers van drie scholen naast elkaar. Opvallend: de"
        " vragen over bronanalyse scoren overal het zwakst.",
        "decisions": ["We vernauwen de leervraag naar bronanalyse in het derde jaar."],
        "blocks": [
            ("welcome", "Opvolging vorige keer", 10, ""),
            ("discussion", "Wat zeggen de cijfers?", 40, ""),
            ("brainstorm", "Wat leren we uit de gesprekken?", 12, "1-2-4-all"),
            ("evaluation", "Afspraken", 10, ""),
        ],
        "ideas": ["Bronvragen zijn te open", "Leerlingen lezen de bron niet volledig"],
    },
    {
        "title": "Thema's kiezen",
        "notes": "Twee thema's kregen de meeste stemmen. Per thema vier leraren.",
        "decisions": [
            "Thema 1: een stappenkaart voor bronanalyse.",
            "Thema 2: toetsvragen over bronnen.",
        ],
        "blocks": [
            ("welcome", "Opvolging", 10, ""),
            ("brainstorm", "Mogelijke thema's", 12, "1-2-4-all"),
            ("brainstorm", "Stemmen", 8, "dot-voting"),
            ("subgroup", "Eerste overleg per thema", 30, ""),
        ],
        "ideas": ["Stappenkaart bronanalyse", "Toetsvragen over bronnen", "Tijdlijnen"],
    },
    {
        "title": "Bronopdrachten uit onze lessen delen",
        "notes": "Iedereen bracht een bronopdracht mee. We bespraken wat de opdracht vraagt en"
        " wat leerlingen echt doen.",
        "decisions": [],
        "blocks": [
            ("welcome", "Opvolging", 10, ""),
            ("discussion", "Rondje opdrachten", 45, "round-robin"),
            ("subgroup", "Werken per thema", 30, ""),
        ],
        "ideas": [],
    },
    {
        "title": "Stappenkaart: eerste ontwerp",
        "notes": "De subgroep stappenkaart stelde een eerste versie voor met vijf stappen.",
        "decisions": ["De stappenkaart wordt in november in alle derde jaren uitgeprobeerd."],
        "blocks": [
            ("welcome", "Opvolging", 10, ""),
            ("discussion", "Ontwerp bespreken", 40, ""),
            ("subgroup", "Werken per thema", 30, ""),
            ("evaluation", "Effecten bij leerlingen", 15, ""),
        ],
        "ideas": [],
    },
    {
        "title": "Stappenkaart bespreken na het uitproberen",
        "notes": "Leerlingen gebruikten de kaart, maar sloegen stap 2 (context van de bron)"
        " vaak over.",
        "decisions": ["Stap 2 krijgt een voorbeeld en een hulpvraag."],
        "blocks": [
            ("welcome", "Opvolging", 10, ""),
            ("brainstorm", "Wat zagen we in de klas?", 10, "brainstorm-4"),
            ("discussion", "Bijsturen", 35, ""),
            ("evaluation", "Effecten bij leerlingen", 15, ""),
        ],
        "ideas": ["Voorbeeld bij stap 2", "Kaart ook digitaal", "Kleurcode per stap"],
    },
    {
        "title": "Differentiëren in bronopdrachten",
        "notes": "Hoe helpen we sterke en zwakke lezers met dezelfde bron?",
        "decisions": [],
        "blocks": [
            ("welcome", "Opvolging", 10, ""),
            ("information", "Inbreng van de pedagogisch begeleider", 25, ""),
            ("subgroup", "Werken per thema", 40, ""),
        ],
        "ideas": [],
    },
    {
        "title": "Toetsvragen over bronnen",
        "notes": "De subgroep toetsen toonde een reeks vragen per stap van de kaart.",
        "decisions": ["De toetsvragen worden samen met de kaart aangeboden."],
        "blocks": [
            ("welcome", "Opvolging", 10, ""),
            ("discussion", "Toetsvragen kritisch bespreken", 45, ""),
            ("evaluation", "Effecten bij leerlingen", 15, ""),
        ],
        "ideas": [],
    },
    {
        "title": "Effecten bij leerlingen: wat zien we?",
        "notes": "De resultaten op de bronvragen gingen in vijf klassen vooruit. Leerlingen"
        " zeggen dat de kaart rust geeft.",
        "decisions": ["We tonen de stappenkaart op de vakgroepvergadering van juni."],
        "blocks": [
            ("welcome", "Opvolging", 10, ""),
            ("discussion", "Resultaten naast elkaar", 40, ""),
            ("brainstorm", "Hoe verspreiden we dit?", 10, "brainstorm-4"),
            ("evaluation", "Afspraken", 15, ""),
        ],
        "ideas": ["Toonmoment op de vakgroep", "Kaart delen met de eerste graad"],
    },
    {
        "title": "Lesmateriaal afwerken voor de vakgroep",
        "notes": "",
        "decisions": [],
        "blocks": [
            ("welcome", "Opvolging van de afspraken", 10, ""),
            ("discussion", "Materiaal kritisch bespreken", 40, ""),
            ("subgroup", "Afwerken per thema", 40, ""),
            ("evaluation", "Effecten bij leerlingen", 15, ""),
        ],
        "ideas": [],
    },
]

# (index van de bijeenkomst, soort, tekst, eigenaars (indexen in MEMBERS), status)
AGREEMENTS = [
    (0, "finish", "Rapportcijfers geschiedenis van vorig jaar verzamelen", [1, 4, 7], "done"),
    (1, "finish", "Met twee leerlingen praten over bronopdrachten", [], "done"),
    (2, "support", "Voorbeelden van stappenkaarten uit andere vakken zoeken", [0], "done"),
    (4, "finish", "Stappenkaart uitproberen in een derde jaar", [2, 5, 8], "done"),
    (5, "discuss", "Nieuwe versie van stap 2 met voorbeeld", [3], "done"),
    (6, "support", "Leesstrategieën voor zwakke lezers aanreiken", [10], "dropped"),
    (7, "finish", "Toetsvragen per stap afwerken", [4, 6], "open"),
    (8, "discuss", "Stappenkaart versie 3 (digitale versie)", [2], "open"),
    (8, "support", "Lokaal en projector voor het toonmoment vastleggen", [9], "open"),
    (8, "finish", "Resultaten van de bronvragen per klas in één tabel", [1, 7], "open"),
]

THEMES = [
    ("Stappenkaart voor bronanalyse", [2, 3, 5, 8]),
    ("Toetsvragen over bronnen", [1, 4, 6, 7]),
]

OUTPUTS = [("Stappenkaart bronanalyse, versie 2", 0, True, "Vakgroep Atheneum Ter Beke")]
