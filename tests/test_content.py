import pytest

from plgtui.core import content
from plgtui.core.content import ContentError, parse_sections


def test_content_folder_is_found_and_has_both_languages():
    root = content.content_root()
    assert (root / "nl" / "help.md").is_file() and (root / "en" / "help.md").is_file()


def test_sections_nest_by_heading_level():
    text = "intro\n\n# Fase 1\nbody one\n\n## Signalen\n- a\n- b\n\n# Fase 2\nbody two\n"
    intro, one, two = parse_sections(text)
    assert intro.title == "" and intro.body == "intro"
    assert one.title == "Fase 1" and one.body.startswith("body one") and one.line == 3
    assert one.child("Signalen").body == "- a\n- b"
    assert two.body == "body two"


def test_malformed_content_names_file_and_line():
    with pytest.raises(ContentError, match=r"phases.md, line 3: heading level 3 under level 1"):
        parse_sections("# Fase 1\n\n### Te diep\n", "phases.md")


def test_help_text_exists_in_both_languages():
    for lang in ("nl", "en"):
        titles = [s.title for s in content.sections("help", lang)]
        assert len(titles) >= 2


def test_a_content_file_is_parsed_again_only_when_it_changes(tmp_path):
    path = tmp_path / "phases.md"
    path.write_text("# Een\n", encoding="utf-8")
    calls = []

    def parse(text, source):
        calls.append(text)
        return text.upper()

    assert content.parsed(path, parse) == "# EEN\n"
    assert content.parsed(path, parse) == "# EEN\n"
    assert calls == ["# Een\n"]
    path.write_text("# Twee, langer\n", encoding="utf-8")  # the coach saved a new version
    assert content.parsed(path, parse) == "# TWEE, LANGER\n"
    assert len(calls) == 2
