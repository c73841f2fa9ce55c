""""1:1" as the name of a meeting, in ru, en and zh, and where it stays a ratio, a score or a time."""

from __future__ import annotations

import pytest

from okrlint.analysis import analyze


def _meetings(text: str, lang: str) -> list[str]:
    return [t.text for t in analyze(text, lang).tokens if "events" in t.classes and t.lemma == "1:1"]


@pytest.mark.parametrize("text,lang,meetings", [
    ("Weekly 1:1s with every report", "en", ["1:1s"]),
    ("Hold a monthly 1-on-1 with each engineer", "en", ["1-on-1"]),
    ("Регулярные 1:1 с каждым сотрудником", "ru", ["1:1"]),
    ("每周与每位下属进行1:1沟通", "zh", ["1:1"]),
])
def test_one_on_one_is_one_meeting_and_no_number(text: str, lang: str, meetings: list[str]) -> None:
    assert _meetings(text, lang) == meetings
    assert not [q for q in analyze(text, lang).quantities if q.value == 1]


@pytest.mark.parametrize("text,lang", [
    ("Keep a 1:1 ratio of mentors to mentees", "en"),
    ("Ratio of 1:1 between mentors and mentees", "en"),
    ("Score 1:1 in the away game", "en"),
    ("Stand-up starts at 1:15 every day", "en"),
    ("Соотношение наставников и новичков 1:1", "ru"),
    ("导师与新人1:1比例", "zh"),
])
def test_a_ratio_a_score_or_a_time_stays_numbers(text: str, lang: str) -> None:
    assert _meetings(text, lang) == []
