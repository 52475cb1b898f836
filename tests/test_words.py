"""One word per idea (../shared/GLOSSARY.md): the variants a Flemish coach would not use, or
that mean something else, appear nowhere in the interface, the content or the demo."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plgtui.core.demo import TEXTS
from plgtui.core.locales import en, nl

ROOT = Path(__file__).resolve().parent.parent

BANNED = {
    "nl": {
        r"\bprocescoach": "PLG-begeleider",
        r"\bcoach\b": "PLG-begeleider (kort: begeleider)",
        r"\bonderzoeksvraag": "leervraag",
        r"(?<!-)\boutput\b(?<!werking met output)": "resultaat (alleen de naam van fase 5 zegt output)",
        r"\bzelfcheck": "zelfevaluatie",
        r"\bbeamer": "projector",
        r"\bjourneybestand|(?<![{.])\bjourney\b(?!\.json)": "groepsbestand",
        r"\bhusselen": "opnieuw verdelen",
        r"\bstem terug": "stem intrekken",
        r"\bweer open\b": "heropenen",
        r"\berbij\"?$": "toevoegen",
        # a key letter named in a hint ("u aanpassen · j ...", "· u rubric", "(q, tabblad 5, u)",
        # "**u**") is not the polite u; a capital U opening a sentence is
        r"(?<![·,] )(?<![(*])(?<!^)\b[Uu]\b(?![)*])|^U\b|\b[Uu]w\b": "je",
        r"\bnotulen": "verslag",
        r"\bleerkracht": "leraar",
        r"\bactiepunt": "afspraak",
        r"\bStand\b": "status",
        r"\(a\) klaar": "(a) afwerken",
        r"\bmanagement\b": "directie",
        r"Wat verder\?": "Wat? En dus? Wat nu?",
        r"(?i)\bklaar\b(?! voor de volgende fase)": "afgewerkt",
        r"\bverval": "geschrapt",
        r"[Ss]choolleiding|\bleiding\b": "directie",
        r"\bchecks?\b": "zelfevaluatie",
        r"[Gg]astleraar": "ontvangende leraar (een gastleraar komt op bezoek)",
        r"rapportcijfer": "rapportpunten",
        r"tijdsbewaker": "tijdbewaker",
        r"[Tt]egen wanneer|vervaldatum|vervaldag|uiterste datum|\bdeadline": "einddatum",
        r"\btoelating": "toestemming",
        r"vanaf nul|\blees\b[^.]*\bals te laat": "geen letterlijke vertaling",
        r"[Ee]ffecten (bij|op)\b|[Ww]at veranderde bij": "effect bij leerlingen",
        r"[Ss]choolleider(?!s motiveren en engageren)": "directie",
        r"[Hh]ospite": "collegiaal klasbezoek",
    },
    "en": {
        r"(?<!- )\bfacilitator\b": "PLG coach",
        r"\bcounsellor\b": "pedagogical adviser",
        r"\blearning question": "research question",
        r"\bself-check": "self-assessment",
        r"\bbeamer\b": "projector",
        r"\baction item": "agreement",
        r"\bmanagement\b": "school leaders",
        r"\bpullers?\b": "those who take the lead",
        r"\bpushed on\b": "carried over",
        r"\bask on\b": "ask follow-up questions",
        r"someone's name": "what each person has taken on",
        r"(?<!\{)\b[Jj]ourneys?\b(?!\.json|\})": "the group's file",
        r"\bdeadline": "due date",
        r"\bgrades?\b": "report marks",
        r"[Ee]ffects on (the )?pupils|[Ww]hat changed for the pupils": "effect on pupils",
        r"[Hh]ospite": "peer classroom visit (collegiaal klasbezoek)",
    },
}


def texts(lang: str):
    """(where, text) for every message, content line and demo line in `lang`."""
    catalog = (nl if lang == "nl" else en).MESSAGES
    yield from ((f"locale {key}", value) for key, value in catalog.items())
    for path in sorted((ROOT / "content" / lang).glob("*.md")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            yield f"{path.name}:{number}", line
    for name, value in vars(TEXTS[lang]).items():
        if name.isupper():
            yield from ((f"demo {name}", text) for text in shown(value))
    yield from ((f"cli {key}", text) for key, text in cli_words(lang))


def cli_words(lang: str):
    """The command line's help of every command, as a person reads it in `lang`."""
    from plgtui.cli import ALL_COMMANDS, build_parser
    from plgtui.cli_merge import parser as merge_parser
    from plgtui.cli_status import parser as status_parser
    from plgtui.core.i18n import language, set_language

    before = language()
    set_language(lang)
    try:
        yield "plgtui", build_parser(None).format_help()
        for command in ALL_COMMANDS:
            if command in ("merge", "merge-driver", "conflicts"):
                yield command, merge_parser(command).format_help()
            elif command == "status":
                yield command, status_parser().format_help()
            else:
                yield command, build_parser(command).format_help()
    finally:
        set_language(before)


def shown(value):
    """The texts a person reads in a demo value; dict keys are the program's, not words."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from shown(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from shown(item)


@pytest.mark.parametrize("lang", BANNED)
def test_no_banned_variant_of_a_term(lang):
    found = [
        f"{where}: {pattern!r} (say: {use})"
        for where, text in texts(lang)
        for pattern, use in BANNED[lang].items()
        if re.search(pattern, text)
    ]
    assert found == []


def test_the_phases_are_named_as_the_sources_name_them():
    assert [nl.MESSAGES[f"phase.{n}"] for n in range(1, 6)] == [
        "Schoolleiders motiveren en engageren",
        "Opstart met leraren: motiveren tot opstart",
        "Opstart met leraren: thema's kiezen en organiseren",
        "Leren discussiëren en uitwerken in groep",
        "Stabiele werking met output",
    ]


@pytest.mark.parametrize("catalog", [nl, en], ids=["nl", "en"])
def test_one_name_for_how_the_group_works(catalog):
    """The key, the form's title and the export's heading name one idea the same way."""
    names = {catalog.MESSAGES[key] for key in ("key.functioning", "functioning.form_title",
                                               "export.functioning")}  # fmt: skip
    assert len(names) == 1


USER_DOCS = ["README.md", *(f"docs/{name}.md" for name in (
    "commands", "keys", "screens", "sharing", "files", "evidence", "meeting"))]  # fmt: skip


@pytest.mark.parametrize("path", USER_DOCS)
def test_what_a_person_reads_says_the_groups_file(path):
    """ "journey" is the developers' word; file names (journey.json, journey-2026-06-03.md) and
    code stay as they are."""
    text = re.sub(r"```.*?```", "", (ROOT / path).read_text(encoding="utf-8"), flags=re.S)
    prose = re.sub(r"`[^`]*`", "", text)
    found = re.findall(r".{0,30}(?<![-/])\bjourneys?\b(?![.\-_]\w).{0,30}", prose)
    assert found == []
