"""De teksten van de demogroep (fictief): een netoverschrijdende groep geschiedenis.

Geen maandnamen: de data schuiven mee met vandaag, en een tekst mag nooit een andere maand
noemen dan die van zijn bijeenkomst.
"""

GROUP = "Leergroep Geschiedenis Leiestreek"
SUBJECT = "Geschiedenis, tweede graad"
SCHOOLS = ["Atheneum Ter Beke", "Sint-Annacollege", "Campus Vijverhof"]
NORMS = [
    "We beginnen en eindigen op tijd; wie niet kan komen, verwittigt Katrien.",
    "Iedereen brengt mee wat afgesproken is, ook als het nog niet af is.",
    "Wat over leerlingen en collega's gezegd wordt, blijft in de groep.",
    "We bespreken het materiaal, niet de collega die het maakte.",
]
# per meeting: hielden we ons aan de werkafspraken? (antwoord, toelichting)
NORMS_REVIEWS = {
    6: ("yes", ""),
    7: ("mostly", "De bespreking van de toetsvragen liep twintig minuten uit."),
    8: ("yes", "Iedereen bracht het werk van een leerling mee."),
}
ASKS_LEADERS = (
    "Volgend schooljaar enkele uren uit het lestijdenpakket voor een interne PLG-begeleider.\n"
    "Een moment op de pedagogische studiedag om de stappenkaart aan alle collega's te tonen."
)

# (tekst, waarom ze veranderde), in de volgorde van plan.QUESTION_MEETINGS
QUESTIONS = [
    ("Hoe krijgen we onze leerlingen in de tweede graad warm voor geschiedenis?", ""),
    (
        "Hoe helpen we onze leerlingen van het derde jaar om zelfstandig een historische bron "
        "te analyseren?",
        "Toetsanalyses en gesprekken met leerlingen tonen dat bronanalyse het grootste "
        "struikelblok is; motivatie was te breed om aan te pakken.",
    ),
]

# waarom de groep elke fase inging, in de volgorde van plan.PHASES
PHASE_REASONS = [
    "Drie directies brengen hun vakgroepen geschiedenis samen.",
    "Startbijeenkomst: elke leraar zegt toe om mee te doen.",
    "De groep kiest twee thema's en verdeelt zich in subgroepen.",
    "Eerste ontwerpen worden in de klas uitgeprobeerd en samen besproken.",
]

# de eigen notities van de groep per fase
PHASE_NOTES = {
    1: "De groep komt na de lesuren samen, op woensdagnamiddag. De drie directies spraken af "
    "daar geen andere vergaderingen op te plannen en Katrien er uren voor te geven. Katrien "
    "begeleidt de groep; Mira Dubois, pedagogisch begeleider, denkt mee.",
    2: "Twee leraren twijfelden of ze tijd zouden hebben. Na de startbijeenkomst en het gesprek "
    "over de toetsanalyses doet iedereen mee.",
    3: "Ines stopte na de vierde bijeenkomst, waarop ze afscheid nam: ze neemt een andere opdracht op in haar school. "
    "De twee thema's blijven haalbaar met vier leraren per thema.",
    4: "De groep bespreekt ontwerpen nu kritischer dan in het begin. Niet elke afspraak raakt "
    "op tijd af: de toetsvragen schoven al een keer door.",
}

# per bijeenkomst: titel, notities, beslissingen, blokken (titel, vragen op het scherm) zoals
# plan.BLOCKS, ideeën per blok (de plaats van het blok), gasten
MEETINGS = [
    {
        "title": "Startbijeenkomst: waarom samen leren?",
        "notes": "Katrien legt uit wat een vakdidactische leergemeenschap is, en wat niet: geen "
        "werkgroep die een product aflevert, wel een groep waarin leraren samen leren.\n\n"
        "- Iedereen haalt materiaal, maar levert ook zelf werk.\n"
        "- We komen ongeveer één keer per maand samen, op woensdagnamiddag.",
        "decisions": ["We kiezen samen één leervraag en werken er minstens een schooljaar aan."],
        "blocks": [
            ("Welkom: wie ben je en wat breng je mee?", ["Wat wil jij dit jaar leren?"]),
            ("Wat is een leergemeenschap, en wat niet?", []),
            ("Hoe starten we samen op?", []),
            ("Afspraken en afsluiter", []),
        ],
        "ideas": {
            2: [
                "Eerst naar onze cijfers kijken voor we een vraag kiezen",
                "Vaste woensdagnamiddag, één keer per maand",
                "Elke school brengt eigen lesmateriaal mee",
            ],
        },
    },
    {
        "title": "Data bekijken: toetsanalyses en leerlingengesprekken",
        "learnings": [
            "Leerlingen vinden een bron pas moeilijk als ze niet weten wie hem maakte en waarom."
        ],
        "notes": "We legden de toetsanalyses van de examens van vorig schooljaar uit de drie "
        "scholen naast elkaar. Opvallend: de vragen over bronanalyse scoren overal het zwakst. De klassenraadadviezen noemen "
        "bronanalyse vaak als werkpunt.",
        "decisions": ["We vernauwen de leervraag naar bronanalyse in het derde jaar."],
        "blocks": [
            ("Opvolging van de afspraken", []),
            ("Wat zeggen de cijfers?", []),
            (
                "Wat leren we uit de gesprekken met leerlingen?",
                ["Wat zeiden leerlingen over bronopdrachten?", "Waar haken ze af?"],
            ),
            (
                "Hoe laten we deze leergroep zeker mislukken?",
                ["Wat zou deze leergroep zeker doen mislukken?"],
            ),
            ("Afspraken", []),
        ],
        "ideas": {
            2: [
                "Bronvragen zijn te open",
                "Leerlingen lezen de bron niet volledig",
                "Ze kennen de context van de bron niet",
            ],
            3: [
                "Afspraken niet opvolgen",
                "Alleen klagen over de leerlingen",
                "Materiaal maken dat niemand gebruikt",
            ],
        },
    },
    {
        "title": "Thema's kiezen",
        "notes": "Na het stil schrijven bundelden we de ideeën. Twee thema's kregen de meeste "
        "stippen; per thema werken vier leraren.",
        "decisions": [
            "Thema 1: een stappenkaart voor bronanalyse.",
            "Thema 2: toetsvragen over bronnen.",
        ],
        "blocks": [
            ("Opvolging van de afspraken", []),
            ("Mogelijke thema's", ["Waar willen we samen materiaal rond maken?"]),
            ("Stemmen over de thema's", []),
            ("Eerste overleg per thema", []),
        ],
        "ideas": {
            1: [
                "Stappenkaart voor bronanalyse",
                "Toetsvragen over bronnen",
                "Tijdlijnen in elke les",
                "Bronnen uit de eigen streek",
            ],
        },
    },
    {
        "title": "Bronopdrachten uit onze lessen delen",
        "notes": "Iedereen bracht een bronopdracht mee. We bespraken wat de opdracht vraagt en "
        "wat leerlingen echt doen. Ines neemt afscheid van de groep.",
        "decisions": ["De prentbriefkaart uit de Eerste Wereldoorlog wordt ons vertrekpunt."],
        "blocks": [
            ("Opvolging van de afspraken", []),
            (
                "Welke bronopdracht nemen we als vertrekpunt?",
                ["Welke opdracht toont het best waar leerlingen vastlopen?"],
            ),
            ("Wat vraagt de opdracht, wat doen leerlingen?", []),
            ("Werken per thema", []),
        ],
        "ideas": {
            1: [
                "Prentbriefkaart uit de Eerste Wereldoorlog",
                "Verkiezingsaffiche uit het interbellum",
                "Kaart van de Leiestreek rond 1900",
            ],
        },
    },
    {
        "title": "Stappenkaart: eerste ontwerp",
        "notes": "De subgroep stappenkaart stelde een eerste versie voor met vijf stappen. We "
        "legden ze naast wat de vakdidactiek over historisch redeneren zegt.",
        "decisions": [
            "De stappenkaart wordt voor de volgende bijeenkomst in alle derde jaren uitgeprobeerd."
        ],
        "blocks": [
            ("Opvolging van de afspraken", []),
            (
                "Wat moet een goede stappenkaart bevatten?",
                ["Welke stap slaan onze leerlingen nu over?", "Wat zegt de vakdidactiek erover?"],
            ),
            ("Ontwerp bespreken", []),
            ("Werken per thema", []),
        ],
        "ideas": {
            1: [
                "Eerst de bron situeren: wie, wanneer, waarom",
                "Een stap om bron en eigen kennis te verbinden",
                "Hoogstens vijf stappen",
            ],
        },
    },
    {
        "title": "Stappenkaart bespreken na het uitproberen",
        "learnings": [
            "Een stap zonder voorbeeld slaan leerlingen over; een voorbeeld werkt beter dan een extra regel uitleg.",
            "Wat leerlingen zeggen over een opdracht verschilt vaak van wat wij dachten dat moeilijk was.",
        ],
        "notes": "Charlotte gaf een onderzoeksles met de kaart; drie collega's volgden elk een "
        "casusleerling. Leerlingen gebruikten de kaart, maar sloegen stap 2 (de context van de "
        "bron) vaak over.",
        "decisions": ["Stap 2 krijgt een voorbeeld en een hulpvraag."],
        "blocks": [
            ("Opvolging van de afspraken", []),
            ("Onderzoeksles met de stappenkaart: drie casusleerlingen volgen", []),
            ("Wat zagen we in de klas?", []),
            ("Effect bij leerlingen", []),
        ],
        "ideas": {2: ["Voorbeeld bij stap 2", "Kaart ook digitaal", "Kleurcode per stap"]},
    },
    {
        "title": "Differentiëren in bronopdrachten",
        "notes": "Mira Dubois, pedagogisch begeleider geschiedenis, bracht leesstrategieën "
        "voor zwakke lezers mee. Sofie Lambrecht, zorgcoördinator, schoof aan.",
        "decisions": [],
        "blocks": [
            ("Opvolging van de afspraken", []),
            ("Inbreng van de pedagogisch begeleider: lezen van bronnen", []),
            ("Kleine stappen voor zwakke lezers", []),
            ("Werken per thema", []),
        ],
        "ideas": {
            2: [
                "Bron eerst samen hardop lezen",
                "Moeilijke woorden in de marge uitleggen",
                "Sterke lezers als peter of meter",
            ],
        },
        "guests": ["Sofie Lambrecht (zorgcoördinator)"],
    },
    {
        "title": "Toetsvragen over bronnen",
        "learnings": [
            "Kritische feedback op elkaars vragen maakt de toets eerlijker, ook als het even schuurt."
        ],
        "notes": "De subgroep toetsen toonde een reeks vragen per stap van de kaart. De groep "
        "gaf warme en kritische feedback.",
        "decisions": ["De toetsvragen worden samen met de kaart aangeboden."],
        "blocks": [
            ("Opvolging van de afspraken", []),
            ("Toetsvragen kritisch bespreken", []),
            ("Werken per thema", []),
            ("Effect bij leerlingen", []),
        ],
        "ideas": {},
    },
    {
        "title": "Effect bij leerlingen: wat zien we?",
        "learnings": [
            "Beschrijven voor we oordelen: in het werk van één leerling zagen we meer dan in een klasgemiddelde."
        ],
        "notes": "Op de bronvragen van de laatste klastoetsen gingen vijf klassen vooruit; het "
        "examen moet nog komen. Leerlingen "
        "zeggen dat de kaart rust geeft. Veerle Van den Broeck vertelde hoe de directies het "
        "resultaat in de scholen willen tonen.",
        "decisions": ["We tonen de stappenkaart ook op de vakgroepen van de twee andere scholen."],
        "blocks": [
            ("Opvolging van de afspraken", []),
            ("Bronanalyses van leerlingen samen bekijken", []),
            ("Inbreng van de directie: hoe verspreiden we dit?", []),
            ("Adviesronde: waar loop je nog vast?", []),
            ("Afspraken", []),
        ],
        "ideas": {2: ["Toonmoment op elke vakgroep", "Kaart delen met de eerste graad"]},
    },
    {
        "title": "Terugblik en vooruitblik op het schooljaar",
        # pas te lezen als de bijeenkomst gehouden is (in de examens: niets ontwerpen)
        "notes": "Elke leraar noemde één ding dat in de klas werkte en waaraan hij of zij dat "
        "zag. De toetsvragen per stap zijn nog niet af; ze gaan mee naar volgend schooljaar.",
        "decisions": ["We werken volgend schooljaar verder aan dezelfde leervraag."],
        "blocks": [
            ("Opvolging van de afspraken", []),
            (
                "Wat nemen we mee naar volgend schooljaar?",
                [
                    "Wat werkte in je klas, en waaraan zag je dat?",
                    "Wat werken we volgend jaar uit?",
                ],
            ),
            ("Wat vragen we de directies voor volgend schooljaar?", []),
            ("Terugblik: wanneer lukte het samenwerken echt?", []),
        ],
        "ideas": {},
    },
]

# in de volgorde van plan.AGREEMENTS
AGREEMENTS = [
    "De toetsanalyses van de examens geschiedenis van vorig schooljaar verzamelen",
    "Met twee leerlingen praten over bronopdrachten",
    "Voorbeelden van stappenkaarten uit andere vakken zoeken",
    "Een bronopdracht uit de eigen les meebrengen",
    "Eerste versie van de stappenkaart uitwerken",
    "Stappenkaart uitproberen in een derde jaar",
    "Nieuwe versie van stap 2 met voorbeeld",
    "Toetsvragen per stap meebrengen om kritisch te bespreken",
    "De leesstrategieën in een fiche voor leerlingen zetten",
    "Toetsvragen per stap afwerken",
    "Digitale versie van de stappenkaart voorstellen",
    "Lokaal en projector voor het toonmoment vastleggen",
    "Resultaten van de bronvragen per klas in één tabel",
]
# waarom een afspraak geschrapt is: agreement's place -> reden
REASONS = {8: "De scholengemeenschap heeft al zo'n leesfiche; we gebruiken die."}

THEMES = ["Stappenkaart voor bronanalyse", "Toetsvragen over bronnen"]
THEME_NOTES = [
    "Vijf stappen. Stap 2 kreeg een voorbeeld en een hulpvraag na het uitproberen.",
    "Per stap van de kaart twee vragen, van makkelijk naar moeilijk.",
]

# (titel, waar getoond), in de volgorde van plan.OUTPUTS
OUTPUTS = [("Stappenkaart bronanalyse, versie 2", "Vakgroep Atheneum Ter Beke")]

INQUIRY = {
    "data": [
        "Toetsanalyses van vorig schooljaar: de bronvragen scoren in de drie scholen het zwakst",
        "Gesprekken met twaalf leerlingen: ze weten niet waar te beginnen",
        "Klassenraadadviezen: bronanalyse komt vaak terug als werkpunt",
    ],
    "research": [
        "Vakdidactiek over historisch redeneren, meegebracht door de pedagogisch begeleider",
        "Een vast stappenplan helpt, als leerlingen het ook samen oefenen",
    ],
    "experience": [
        "Leerlingen slaan de context van de bron over",
        "Met een vaste volgorde werken ook zwakke lezers door",
    ],
    "goals": [
        "Leerlingen van het derde jaar analyseren zelfstandig een onbekende bron",
        "Twee op de drie leerlingen halen minstens de helft op de bronvragen",
    ],
    "actions": [
        "Stappenkaart uitproberen in alle derde jaren",
        "Toetsvragen per stap van de kaart opstellen",
    ],
    "measures": [
        "Bronvragen op het examen per klas vergelijken met vorig schooljaar",
        "Korte bevraging van leerlingen na het werken met de kaart",
    ],
}
QUALITY_NOTES = {
    "focused": "Alleen bronanalyse, alleen het derde jaar.",
    "grounded": "Toetsanalyses, klassenraadadviezen en leerlingengesprekken.",
    "pupils": "De vraag gaat over wat leerlingen zelfstandig kunnen.",
    "feasible": "Eén kaart, uit te proberen binnen het schooljaar.",
}
# per zelfevaluatie, de notities bij een paar voorwaarden
SELFCHECK_NOTES = [
    {
        "research": "Nog niets gelezen; de toetsanalyses zijn onze enige bron.",
        "facilitator": "Katrien bewaakt het proces en kent de vakdidactiek geschiedenis.",
    },
    {
        "active": "Iedereen probeerde de kaart in de klas uit.",
        "facilitator": "De pedagogisch begeleider denkt nu ook mee over de vakinhoud.",
    },
]
