"""Runs of seven or more words that plgtui's texts share with the source documents.

Every sentence in plgtui is meant to be the project's own; a long run of words in common with a
source means a sentence was copied. This reads the content files, the demo's words and the
interface strings, and every text file in the sources folder (../shared/seeds beside the
checkout unless named), and prints each run with where it sits.

    python scripts/source_overlap.py [--sources DIR] [--words 7]

Exit status 1 when a run is found that is not one of the names of the phases (those are the
sources' own names, kept on purpose).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT.parent / "shared" / "seeds"
WORDS = 7
_WORD = re.compile(r"[0-9a-zà-ÿ]+(?:['’][a-z]+)?", re.IGNORECASE)


def words(text: str) -> list[str]:
    """The words of a text, lower case; a word broken over a line with a hyphen is joined."""
    text = re.sub(r"-\s*\n\s*", "", text)
    return [w.casefold().replace("’", "'") for w in _WORD.findall(text)]


def allowed_runs() -> list[list[str]]:
    """The five phases' names: the sources name them, and plgtui uses those names."""
    sys.path.insert(0, str(ROOT))
    from plgtui.core.locales import nl

    return [words(nl.MESSAGES[f"phase.{n}"]) for n in range(1, 6)]


def our_texts() -> list[tuple[str, str]]:
    """(where, text): the content files, the demo's texts and the interface strings."""
    sys.path.insert(0, str(ROOT))
    from plgtui.core.demo import TEXTS
    from plgtui.core.locales import en, nl

    found = [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8"))
             for p in sorted((ROOT / "content").rglob("*.md"))]  # fmt: skip
    for lang, module in (("nl", nl), ("en", en)):
        found += [(f"locale {lang} {key}", value) for key, value in module.MESSAGES.items()]
    for lang, texts in TEXTS.items():
        for name, value in vars(texts).items():
            if name.isupper():
                found += [(f"demo {lang} {name}", text) for text in _strings(value)]
    return found


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, (list, tuple)):
        return [s for item in value for s in _strings(item)]
    return []


def source_grams(folder: Path, n: int) -> dict[tuple[str, ...], str]:
    grams: dict[tuple[str, ...], str] = {}
    for path in sorted(folder.glob("*.txt")):
        ws = words(path.read_text(encoding="utf-8", errors="replace"))
        for i in range(len(ws) - n + 1):
            grams.setdefault(tuple(ws[i : i + n]), path.name)
    return grams


def runs(texts: list[tuple[str, str]], grams: dict[tuple[str, ...], str], n: int,
         allowed: list[list[str]]) -> list[tuple[str, str, str]]:  # fmt: skip
    """(where, source, the run) for every run of n or more words found in a source, each run
    grown as long as it goes on matching; runs inside an allowed name are left out."""
    found = []
    for where, text in texts:
        ws = words(text)
        i = 0
        while i <= len(ws) - n:
            source = grams.get(tuple(ws[i : i + n]))
            if source is None:
                i += 1
                continue
            end = i + n
            while end < len(ws) and tuple(ws[end - n + 1 : end + 1]) in grams:
                end += 1
            run = ws[i:end]
            if not any(_inside(run, name) for name in allowed):
                found.append((where, source, " ".join(run)))
            i = end
    return found


def _inside(run: list[str], name: list[str]) -> bool:
    return any(name[j : j + len(run)] == run for j in range(len(name) - len(run) + 1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, default=SOURCES)
    parser.add_argument("--words", type=int, default=WORDS)
    args = parser.parse_args(argv)
    if not args.sources.is_dir():
        print(f"no sources folder: {args.sources}", file=sys.stderr)
        return 2
    found = runs(our_texts(), source_grams(args.sources, args.words), args.words, allowed_runs())
    for where, source, run in found:
        print(f"{where}  ({source}): {run}")
    print(f"{len(found)} runs of {args.words} or more words in common", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
