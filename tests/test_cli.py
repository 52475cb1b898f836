"""The command line refuses what it cannot open before any interface starts."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from plgtui import __version__
from plgtui.cli import build_parser, main, prepare
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp


@pytest.fixture(autouse=True)
def no_interface(monkeypatch):
    """A file that opens by mistake must fail the test, not start a terminal app that waits."""

    def refuse(self, *args, **kwargs):
        raise AssertionError("the app would have started")

    monkeypatch.setattr(PlgApp, "run", refuse)


def run(argv, capsys):
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.err


@pytest.mark.parametrize(
    "content, words",
    [
        ("{ not json", "geen geldige JSON (regel 1, kolom 3)"),
        ('{"todo": []}', "geen groepsbestand van plgtui"),
        ('{"meta": {"1": {"app": "plgtui", "schema_version": 42}}}', "nieuwere plgtui"),
    ],
)
def test_bad_file_exits_2_with_one_message_and_file_unchanged(tmp_path, capsys, content, words):
    path = tmp_path / "groep.json"
    path.write_text(content, encoding="utf-8")
    code, err = run([str(path)], capsys)
    assert code == 2
    assert words in err and str(path) in err and "niet gewijzigd" in err
    assert path.read_text(encoding="utf-8") == content


def test_folder_is_refused(tmp_path, capsys):
    code, err = run([str(tmp_path)], capsys)
    assert code == 2 and "map" in err


def test_messages_follow_lang(tmp_path, capsys):
    path = tmp_path / "groep.json"
    path.write_text("[]", encoding="utf-8")
    code, err = run([str(path), "--lang", "en"], capsys)
    assert code == 2 and "not a group's file of plgtui" in err


def test_missing_folder_is_refused(tmp_path, capsys):
    code, err = run([str(tmp_path / "nope" / "groep.json")], capsys)
    assert code == 2 and "bestaat niet" in err


def test_read_only_of_a_missing_file_is_refused(tmp_path, capsys):
    code, err = run([str(tmp_path / "groep.json"), "--read-only"], capsys)
    assert code == 2 and "niets om te lezen" in err


def test_existing_journey_gives_an_app_in_the_groups_language(demo_path):
    args = build_parser(None).parse_args([str(demo_path)])
    app = prepare(args)
    assert isinstance(app, PlgApp) and app.workbook.journey.group.name.startswith("Leergroep")
    app.workbook.close()


def test_missing_journey_gives_the_new_group_form(tmp_path):
    args = build_parser(None).parse_args([str(tmp_path / "nieuw.json")])
    app = prepare(args)
    assert app.workbook is None and app.new_path == tmp_path / "nieuw.json"


def test_demo_refuses_to_overwrite(demo_path, capsys):
    before = demo_path.read_bytes()
    code, err = run(["demo", str(demo_path), "--no-open"], capsys)
    assert code == 2 and "overschrijft" in err
    assert demo_path.read_bytes() == before


def test_default_demo_is_written_afresh_each_time(data_dir, capsys):
    assert run(["demo", "--no-open"], capsys)[0] == 0
    path = data_dir / "demo.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["group"]["1"]["name"] = "veranderd"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, err = run(["demo", "--no-open", "--lang", "en"], capsys)
    assert code == 0 and str(path) in err
    fresh = json.loads(path.read_text(encoding="utf-8"))
    assert fresh["group"]["1"]["name"] == "Leie Valley History Group"


def test_demo_to_a_new_path(tmp_path, capsys):
    path = tmp_path / "mijn-demo.json"
    assert run(["demo", str(path), "--no-open"], capsys)[0] == 0
    assert json.loads(path.read_text(encoding="utf-8"))["meta"]["1"]["app"] == "plgtui"


def test_version_and_module_entry_point():
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    out = subprocess.run([sys.executable, "-m", "plgtui", "--version"], capture_output=True,
                         text=True, check=True, env={**env, "LANG": "C.UTF-8"})  # fmt: skip
    assert out.stdout.strip() == f"plgtui, versie {__version__}"


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "plgtui demo" in out and "--read-only" in out and "--lang" in out


def test_projector_flag_reaches_the_app(demo_path):
    args = build_parser(None).parse_args([str(demo_path), "--projector"])
    app = prepare(args)
    assert app.projector
    app.workbook.close()
    assert not prepare(build_parser(None).parse_args([str(demo_path)])).projector


def test_export_to_stdout_and_to_a_file(demo_path, tmp_path, capsys):
    code, _err = run(["export", str(demo_path)], capsys)
    assert code == 0
    code = main(
        ["export", str(demo_path), "--last", "--format", "html", "-o", str(tmp_path / "m.html")]
    )
    captured = capsys.readouterr()
    assert code == 0 and "m.html" in captured.err
    page = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Effect bij leerlingen" in page
    assert not list(tmp_path.glob(".m.html.*"))  # no temp file left behind


def test_export_is_byte_identical_unless_stamped(demo_path, capsys):
    main(["export", str(demo_path)])
    first = capsys.readouterr().out
    main(["export", str(demo_path)])
    assert capsys.readouterr().out == first
    main(["export", str(demo_path), "--stamp", "--for", "leaders"])
    assert "Gemaakt op" in capsys.readouterr().out


def test_export_errors_are_clear_and_write_nothing(demo_path, tmp_path, capsys):
    code, err = run(["export", str(demo_path), "--meeting", "42"], capsys)
    assert (
        code == 2 and err.startswith("plgtui: ") and "geen bijeenkomst 42" in err and "1 (" in err
    )
    code, err = run(["export", str(demo_path), "-o", str(tmp_path / "nope" / "x.md")], capsys)
    assert code == 2 and "bestaat niet" in err
    code, err = run(["export", str(tmp_path / "missing.json")], capsys)
    assert code == 2
    assert not (tmp_path / "nope").exists()


def test_export_never_writes_over_a_journey_file(demo_path, tmp_path, capsys):
    before = demo_path.read_bytes()
    copy = tmp_path / "kopie-zonder-naam.txt"  # a journey, whatever its name
    copy.write_bytes(before)
    for target in (demo_path, copy):
        code, err = run(["export", str(demo_path), "-o", str(target)], capsys)
        assert code == 2 and err.startswith("plgtui: ") and "groepsbestand" in err, err
        assert "demo.md" in err  # a name that would do
        assert target.read_bytes() == before
    other = tmp_path / "verslag.md"
    other.write_text("oud", encoding="utf-8")
    assert run(["export", str(demo_path), "-o", str(other)], capsys)[0] == 0
    assert other.read_text(encoding="utf-8").startswith("# Leergroep")


def test_overdue_only_with_a_date(demo_path, capsys):
    main(["export", str(demo_path)])
    plain = capsys.readouterr().out
    assert "te laat" not in plain
    main(["export", str(demo_path), "--today", "2026-05-21"])
    dated = capsys.readouterr().out
    assert "**te laat**" in dated  # the test questions were due on 20 May
    main(["export", str(demo_path), "--today", "2025-09-01"])
    assert capsys.readouterr().out == plain  # nothing was due yet
    code, err = run(["export", str(demo_path), "--today", "morgen"], capsys)
    assert code == 2 and "JJJJ-MM-DD" in err


def test_the_message_to_members_from_the_command_line(demo_path, tmp_path, capsys):
    code, _err = run(["export", str(demo_path), "--for", "members"], capsys)
    assert code == 0
    main(["export", str(demo_path), "--for", "members"])
    last = capsys.readouterr().out
    assert last.startswith("Dag collega's,") and "\nWie doet wat\n" in last
    assert '"Effect bij leerlingen: wat zien we?"' in last
    main(["export", str(demo_path), "--for", "members", "--meeting", "1"])
    assert '"Startbijeenkomst: waarom samen leren?"' in capsys.readouterr().out.splitlines()[2]
    code, err = run(["export", str(demo_path), "--for", "leaders", "--last"], capsys)
    assert code == 2 and "--for leaders" in err


def test_an_unknown_meeting_names_the_nearest_ten(tmp_path, capsys):
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from make_journey import build

    path = tmp_path / "lang.json"
    Workbook.create(path, build(meetings=60, members=6)).close()
    code, err = run(["export", str(path), "--meeting", "70"], capsys)
    assert code == 2 and "Dichtstbij" in err
    assert err.count(" (") == 10 and "60 (" in err and "50 (" not in err


def test_the_systems_words_are_said_in_the_interface_language():
    import errno

    from plgtui.core.i18n import os_problem, set_language

    problem = OSError(errno.EROFS, "Read-only file system")
    assert os_problem(problem) == "de schijf is alleen-lezen"
    set_language("en")
    assert os_problem(problem) == "the disk is read-only"
    assert os_problem(OSError(errno.EXDEV, "Invalid cross-device link")) == (
        "Invalid cross-device link"  # no words of our own: the system's
    )


def test_where_names_the_file_and_its_backups(demo_path, capsys):
    code = main(["where", str(demo_path)])
    out = capsys.readouterr().out
    assert (
        code == 0 and str(demo_path) in out and "demo.backups" in out and ".demo.json.lock" in out
    )


GOOD_META = '"meta": {"1": {"app": "plgtui", "schema_version": 1}}'


@pytest.mark.parametrize(
    "raw, words",
    [
        (b"", "het bestand is leeg"),
        (b"   \n", "het bestand is leeg"),
        (b'{"meta": "\xff\xfe"}', "geen UTF-8-tekst (byte 10)"),
        (b"[1, 2]", "geen groepsbestand van plgtui"),
        (b'{"meta": {"1": {"app": "plgtui", "schema_version": "1"}}}', "geen groepsbestand"),
        (("{" + GOOD_META + ', "group": {"1": {"name": 5}}}').encode(), "onverwachte vorm"),
        (("{" + GOOD_META + ', "group": {}}').encode(), "onverwachte vorm"),
        (
            ("{" + GOOD_META + ', "group": {"1": {"name": "G", "start": "gisteren"}}}').encode(),
            "onverwachte vorm",
        ),
    ],
)
def test_every_other_bad_file_exits_2_untouched(tmp_path, capsys, raw, words):
    path = tmp_path / "groep.json"
    path.write_bytes(raw)
    code, err = run([str(path)], capsys)
    assert code == 2 and words in err and "niet gewijzigd" in err
    assert err.count("plgtui: kan") == 1  # one message
    assert path.read_bytes() == raw
    assert not (tmp_path / "groep.backups").exists()


def test_permission_denied_exits_2(demo_path, capsys, monkeypatch):
    import os

    real_open = os.open

    def denied(path, *args, **kwargs):
        if str(path) == str(demo_path):  # as root, a chmod would not stop the read
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    code, err = run([str(demo_path)], capsys)
    assert code == 2 and "geen toestemming" in err


def test_a_broken_file_names_the_backup_that_opens(demo_path, capsys):
    from plgtui.core.model import AgreementKind
    from plgtui.core.workbook import Workbook

    book = Workbook.open(demo_path)
    book.agreements.add_agreement("Eerst een wijziging, dus een reservekopie", AgreementKind.FINISH)
    book.close()
    demo_path.write_text('{"half', encoding="utf-8")
    code, err = run([str(demo_path)], capsys)
    assert code == 2 and "geen geldige JSON" in err and "demo.backups" in err
    assert demo_path.read_text(encoding="utf-8") == '{"half'


def test_help_lists_every_command_in_the_interface_language(capsys):
    import pytest as _pytest

    from plgtui.cli import COMMANDS

    with _pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in COMMANDS:
        assert f"plgtui {command}" in out, command
    assert "gebruik:" in out and "opties" in out and "show this help" not in out
    with _pytest.raises(SystemExit):
        main(["--bogus"])
    assert capsys.readouterr().err.startswith("plgtui: onbekende argumenten: --bogus\n")


def test_export_a_meeting_by_its_day(demo_path, capsys):
    book = Workbook.open(demo_path, read_only=True)
    meeting = book.journey.meetings_by_date()[2]
    book.close()
    code = main(["export", str(demo_path), "--meeting", meeting.date.isoformat()])
    assert code == 0 and meeting.title in capsys.readouterr().out
    code, err = run(["export", str(demo_path), "--meeting", "2026-01-02"], capsys)
    assert code == 2 and "geen bijeenkomst op 2026-01-02" in err and "Dichtstbij" in err
    code, err = run(["export", str(demo_path), "--meeting", "volgende"], capsys)
    assert code == 2 and "datum" in err
