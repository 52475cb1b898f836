"""The command line speaks the interface language: argparse's own words, the placeholders for
values, the version and every mistake (after `plgtui:`). --help follows --lang, then the
environment's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), then Dutch."""

from __future__ import annotations

import pytest

from plgtui import __version__
from plgtui.cli import main
from plgtui.cli_parser import env_language
from plgtui.core.i18n import set_language

ENV = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch):
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    yield
    set_language("nl")


def output(argv, capsys) -> tuple[str, str]:
    with pytest.raises(SystemExit):
        main(argv)
    captured = capsys.readouterr()
    return captured.out, captured.err


@pytest.mark.parametrize(
    "environ, expected",
    [
        ({}, None),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "nl_BE.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_GB.UTF-8", "LANGUAGE": "nl:en"}, "nl"),
        ({"LANGUAGE": "fr:en", "LANG": "nl_BE"}, "en"),
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "fr_BE.UTF-8"}, None),
    ],
)
def test_the_environments_language(environ, expected):
    assert env_language(environ) == expected


@pytest.mark.parametrize(
    "argv, environ, words, not_words",
    [
        (
            ["--help"],
            {},
            [
                "gebruik: plgtui",
                "argumenten:",
                "opties:",
                "toon deze hulp en stop",
                "toon de versie van plgtui en stop",
                "[BESTAND]",
                "--theme NAAM",
            ],
            ["usage", "show", "JOURNEY"],
        ),
        (
            ["--help"],
            {"LANG": "en_GB.UTF-8"},
            ["usage: plgtui", "options:", "[FILE]", "show this help message and exit"],
            ["gebruik", "JOURNEY", "the journey"],
        ),
        (["--help"], {"LANG": "fr_FR.UTF-8"}, ["gebruik: plgtui"], ["usage"]),
        (["--help", "--lang", "nl"], {"LANG": "en_GB.UTF-8"}, ["gebruik: plgtui"], ["usage"]),
        (
            ["export", "--help"],
            {},
            ["--meeting N|JJJJ-MM-DD", "--today JJJJ-MM-DD", "-o BESTAND"],
            ["YYYY", "JOURNEY", "OUTPUT"],
        ),
        (
            ["export", "--help", "--lang=en"],
            {},
            ["--meeting N|YYYY-MM-DD", "-o FILE"],
            ["JJJJ", "JOURNEY", "journey"],
        ),
        (["merge", "--help"], {}, ["JOUW_KOPIE ANDERE_KOPIE", "--base BASIS"], ["OURS", "THEIRS"]),
        (["serve", "--help"], {}, ["--host ADRES", "--port POORT"], ["HOST", "PORT"]),
    ],
)
def test_help_speaks_the_interface_language(argv, environ, words, not_words, monkeypatch, capsys):
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    out, _err = output(argv, capsys)
    for word in words:
        assert word in out, word
    for word in not_words:
        assert word not in out, word


def test_the_version_in_the_interface_language(monkeypatch, capsys):
    assert output(["--version"], capsys)[0].strip() == f"plgtui, versie {__version__}"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert output(["--version"], capsys)[0].strip() == f"plgtui, version {__version__}"


@pytest.mark.parametrize(
    "argv, first_line",
    [
        (["--lang", "xx"], "plgtui: bij --lang: ongeldige keuze: 'xx' (kies uit 'nl', 'en')"),
        (
            ["export", "a.json", "--meeting", "1", "--last"],
            "plgtui: bij --last: gaat niet samen met --meeting",
        ),
        (["export"], "plgtui: deze argumenten ontbreken: BESTAND"),
        (["export", "a.json", "--today"], "plgtui: bij --today: verwacht één waarde"),
        (
            ["export", "a.json", "--meeting", "--lang", "en"],
            "plgtui: argument --meeting: expected one argument",
        ),
    ],
)
def test_mistakes_are_said_in_the_interface_language_after_plgtui(argv, first_line, capsys):
    _out, err = output(argv, capsys)
    assert err.splitlines()[0] == first_line
    assert "error" not in err and "fout:" not in err


def test_plgtuis_own_refusals_start_with_plgtui_too(capsys, tmp_path):
    assert main(["--theme", "geen-thema", str(tmp_path / "x.json")]) == 2
    assert capsys.readouterr().err.startswith("plgtui: Onbekend thema 'geen-thema'")
