"""Pupils appear only as codes: what in a typed text looks like a person's name, so a form can
ask before keeping it.

Two things count: a member's name (whole, or a first or last name of three letters or more,
capitalised as names are), and what looks like a full personal name: two capitalised words in
a row ("Jan Peeters", also with a particle: "Lotte van den Broeck"). A capital at the start of a
sentence says nothing, so a pair counts only when its first word is no common word ("Vandaag
Peeters" does not, "Daarna Jan" neither) or is how a surname begins ("De Clercq", "Van Damme").
Common Dutch and English words that take a capital (days, months, languages, "The"...), the
group's own codes (classes, samples, case pupils) and the words of the group's name, schools
and subject never count. It asks; it never refuses: a false alarm costs one key.
"""

from __future__ import annotations

import re

from plgtui.core.model import Journey

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
_PARTICLES = {
    "van",
    "de",
    "der",
    "den",
    "ter",
    "ten",
    "te",
    "het",
    "la",
    "le",
    "du",
    "von",
    "di",
    "da",
    "el",
}
_SURNAME_START = {
    "de",
    "van",
    "vanden",
    "vande",
    "vander",
    "den",
    "der",
    "ter",
    "ten",
    "le",
    "la",
    "du",
    "di",
    "da",
    "von",
}
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n•\-–—(\"“])\s*$")

# Words people capitalise that are not names, in either language (lower case here).
COMMON = set(
    """
de het een die dat deze dit en of maar want dus toen daarna dan nu ook nog al wel niet geen
in op bij na voor met van uit over onder tussen tegen naar om aan door zonder tot tijdens
ik jij je u hij zij ze we wij jullie hun hen mijn zijn haar ons onze hun wie wat waar waarom
hoe welke elke iedereen iemand niemand alle veel weinig meer minder vandaag gisteren morgen
eerst later soms vaak nooit altijd ja nee oké
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
januari februari maart april mei juni juli augustus september oktober november december
nederlands frans engels duits spaans latijn grieks wiskunde geschiedenis aardrijkskunde
biologie chemie fysica economie informatica muziek lo godsdienst
vlaanderen belgië brussel antwerpen gent leuven brugge limburg nederland europa
leerling leerlingen leraar leraren klas klassen groep bron bronnen toets les lessen
casusleerling observatie opdracht vraag vragen niveau rubric meting nulmeting streefwaarde
the a an this that these those and or but so then now also still not no yes ok okay
in on at by for with from of to into about over under after before during between without
i you he she it we they my his her its our their who what where why how which every all
some many more less today yesterday tomorrow first later sometimes often never always
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august october november
dutch french english german spanish latin greek maths math history geography biology
chemistry physics economics music
pupil pupils teacher teachers class classes group source sources test lesson lessons
case observation task question questions level target baseline reading
mr mrs ms miss dr meneer mevrouw juf meester sint saint st
""".split()
)


def looks_like_a_name(text: str, journey: Journey) -> list[str]:
    """The names found in `text`, each once, in the order they stand; [] when none."""
    if not text:
        return []
    ignored = _own_words(journey)
    found: list[str] = []
    words = list(_WORD.finditer(text))
    members = _member_names(journey)
    for full in members["full"]:
        if re.search(rf"(?<!\w){re.escape(full)}(?!\w)", text, re.IGNORECASE):
            found.append(_as_written(text, full))
    taken = " ".join(found).casefold()
    for n, word in enumerate(words):
        token = word.group()
        if token.casefold() in taken.split():
            continue
        if _capitalised(token) and token in members["parts"] and token.casefold() not in ignored:
            found.append(token)
            continue
        name = _pair_at(text, words, n, ignored)
        if name and name.casefold() not in taken:
            found.append(name)
            taken += " " + name.casefold()
    return list(dict.fromkeys(found))


def _pair_at(text: str, words: list[re.Match[str]], n: int, ignored: set[str]) -> str:
    """A full personal name starting at word `n`, or ''."""
    first = words[n]
    surname = first.group().casefold() in _SURNAME_START  # "De Clercq", "Van Damme"
    if not _capitalised(first.group()) or (_common(first.group(), ignored) and not surname):
        return ""
    if n and _capitalised(words[n - 1].group()) and not _sentence_start(text, first.start()):
        return ""  # inside a longer run of capitals: it was looked at from its start
    rest, at = [], n + 1
    while (
        at < len(words)
        and words[at].group() in _PARTICLES
        and _adjacent(text, words[at - 1], words[at])
    ):
        rest.append(words[at].group())
        at += 1
    if at >= len(words) or not _adjacent(text, words[at - 1], words[at]):
        return ""
    last = words[at].group()
    if not _capitalised(last) or _common(last, ignored):
        return ""
    return " ".join([first.group(), *rest, last])


def _adjacent(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Only white space between two words (not a comma or a full stop)."""
    return text[a.end() : b.start()].strip() == ""


def _sentence_start(text: str, at: int) -> bool:
    return bool(_SENTENCE_END.search(text[:at]))


def _capitalised(word: str) -> bool:
    """'Peeters', 'De', "O'Brien": a capital, then small letters (not 'PLG', not '3A')."""
    letters = [c for c in word if c.isalpha()]
    return (
        len(letters) >= 2
        and letters[0].isupper()
        and any(c.islower() for c in letters[1:])
        and sum(c.isupper() for c in letters) <= 3
    )


def _common(word: str, ignored: set[str]) -> bool:
    lowered = word.casefold()
    return lowered in COMMON or lowered in ignored


def _own_words(journey: Journey) -> set[str]:
    """The group's codes and the words of its name, schools and subject."""
    texts = [journey.group.name, journey.group.subject, *journey.group.schools]
    texts += [c for g in journey.goals for c in g.classes]
    texts += [s.sample for s in journey.rubric_scores] + [n.pupil for n in journey.case_notes]
    texts += [r.title for r in journey.rubrics]
    return {w.group().casefold() for t in texts for w in _WORD.finditer(t)}


def _member_names(journey: Journey) -> dict[str, set[str]]:
    full = {" ".join(m.name.split()) for m in journey.members if len(m.name.split()) > 1}
    parts = {
        w.group()
        for m in journey.members
        for w in _WORD.finditer(m.name)
        if len(w.group()) >= 3 and w.group().casefold() not in COMMON
    }
    single = {
        m.name.strip()
        for m in journey.members
        if len(m.name.split()) == 1 and len(m.name.strip()) >= 3
    }
    return {"full": full, "parts": parts | single}


def _as_written(text: str, name: str) -> str:
    found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)
    return found.group() if found else name
