"""Mistakes on the command line: a mistyped command, a new file without .json, an option that
does not exist. Each is said in one message that starts with `plgtui:` (exit status 2); none
ends in a traceback or opens the new-group form; every command's help shows."""

from __future__ import annotations

import pytest

from plgtui.cli import COMMANDS, MERGE_COMMANDS, main


@pytest.fixture(autouse=True)
def no_app(monkeypatch):
    def started(self, *args, **kwargs):
        raise AssertionError("the app would have started")

    monkeypatch.setattr("plgtui.tui.app.PlgApp.run", started)
    monkeypatch.setattr("plgtui.tui.serve.serve", started)


def refused(argv: list[str], capsys) -> str:
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("plgtui: ") and "Traceback" not in err, (code, err)
    return err


@pytest.mark.parametrize("command", [*COMMANDS, *MERGE_COMMANDS])
def test_every_commands_help_shows(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert f"plgtui {command}" in out and "--help" in out


def test_the_merge_drivers_help_names_gits_placeholders(capsys):
    with pytest.raises(SystemExit):
        main(["merge-driver", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert all(f"(git geeft %{letter})" in out for letter in "OABP"), out


def test_an_unknown_command_is_said_not_taken_for_a_new_group(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    err = refused(["frobnicate"], capsys)
    assert '"frobnicate" is geen opdracht' in err and "merge-driver" in err
    assert "plgtui frobnicate.json" in err  # how to make a new group's file of that name
    assert "demo" in refused(["demp"], capsys).split("Opdrachten")[0]  # did you mean
    assert "neither a command" in refused(["--lang", "en", "frobnicate"], capsys)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["mijngroep.txt"],
        ["--read-only", "groep"],
        ["map/groep"],
        ["demo", "groep", "--no-open"],
        ["serve", "groep.md"],
    ],
)
def test_a_new_file_needs_json(argv, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "map").mkdir()
    err = refused(argv, capsys)
    assert ".json" in err
    assert [p.name for p in tmp_path.rglob("*")] == ["map"]


def test_a_new_json_file_still_opens_the_new_group_form(tmp_path):
    from plgtui.cli import build_parser, prepare

    path = tmp_path / "nieuw.json"
    app = prepare(build_parser(None).parse_args([str(path)]))
    assert app.new_path == path and app.workbook is None


ARGPARSE_MISTAKES = [
    ["--bogus"],
    ["export"],
    ["export", "x.json", "--format", "pdf"],
    ["serve", "--port", "x"],
    ["where", "a.json", "b.json"],
    ["demo", "--lang", "fr"],
    ["merge", "a.json"],
    ["merge-driver"],
    ["conflicts", "--choose", "1"],
    ["conflicts", "x.json", "--bogus"],
]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("argv", ARGPARSE_MISTAKES, ids=" ".join)
def test_argparse_errors_start_with_plgtui(argv, lang, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([*argv, "--lang", lang] if "--lang" not in argv else argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    first, *rest = err.splitlines()
    assert first.startswith("plgtui: ") and "Traceback" not in err, err
    usage = "usage: " if lang == "en" and "--lang" not in argv else "gebruik: "
    assert rest[0].startswith(usage) and rest[-1].endswith("--help"), err
