"""While nobody types, the warm-up also parses the content texts the screens parse on their
first visit, so the first meeting plan does not wait for the techniques."""

from __future__ import annotations

from plgtui.core import content, phases, question_guide, techniques
from plgtui.core.i18n import language
from plgtui.tui.warm_up import WarmUp


class Host:
    workbook = None

    def __init__(self) -> None:
        self.after_refresh: list = []
        self.waiting: list = []

    def call_after_refresh(self, callback) -> bool:
        self.after_refresh.append(callback)
        return True

    def set_timer(self, delay, callback):
        self.waiting.append(callback)
        return None


def warmed_up() -> None:
    host = Host()
    WarmUp(host).start()
    host.after_refresh.pop()()
    while host.waiting:
        host.waiting.pop()()


def test_the_first_visits_find_their_texts_parsed(monkeypatch):
    parsed: list[str] = []

    def counting(module, name):
        real = getattr(module, name)
        monkeypatch.setattr(
            module, name, lambda text, source: parsed.append(name) or real(text, source)
        )

    counting(techniques, "_parse_all")
    counting(phases, "parse_phases")
    counting(question_guide, "parse_guide")
    warmed_up()
    assert sorted(parsed) == ["_parse_all", "parse_guide", "parse_phases"]
    techniques.load_techniques(language())  # what the meeting plan asks for first
    phases.load_phases(language(), None, False)
    question_guide.load_guide(language())
    assert len(parsed) == 3  # none parsed again


def test_a_broken_text_is_left_for_its_screen_to_report(monkeypatch):
    def broken(text, source):
        raise content.ContentError(f"{source}: broken")

    monkeypatch.setattr(techniques, "_parse_all", broken)
    warmed_up()  # no error here: the meeting plan says what is wrong when it opens
