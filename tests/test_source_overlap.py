"""No sentence of plgtui's copied from the sources: scripts/source_overlap.py finds no run of
seven words that a content file, the demo or an interface string shares with ../shared/seeds,
beyond the names of the phases."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location(
    "source_overlap", ROOT / "scripts" / "source_overlap.py"
)
overlap = importlib.util.module_from_spec(spec)
spec.loader.exec_module(overlap)


def test_a_copied_sentence_is_found_and_a_phase_name_is_not(tmp_path):
    (tmp_path / "seed.txt").write_text(
        "De leraren leg-\ngen samen het materiaal naast de leerplandoelen van de eerste graad.\n"
        "FASE “Stabiele werking met output” en meer\n", encoding="utf-8")  # fmt: skip
    grams = overlap.source_grams(tmp_path, 7)
    ours = [("a", "Vandaag leggen samen het materiaal naast de leerplandoelen, en verder niets."),
            ("b", "Fase 5, stabiele werking met output, en meer."),
            ("c", "Het materiaal naast de doelen leggen.")]  # fmt: skip
    found = overlap.runs(ours, grams, 7, overlap.allowed_runs())
    assert found == [("a", "seed.txt", "leggen samen het materiaal naast de leerplandoelen")]


@pytest.mark.skipif(not overlap.SOURCES.is_dir(), reason="no ../shared/seeds beside the checkout")
def test_no_run_of_seven_words_in_common_with_the_sources():
    grams = overlap.source_grams(overlap.SOURCES, overlap.WORDS)
    assert overlap.runs(overlap.our_texts(), grams, overlap.WORDS, overlap.allowed_runs()) == []
