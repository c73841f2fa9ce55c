"""A rule's message: its template in the finding's language, with the plural form its number takes."""

from __future__ import annotations

from okrlint.findings import Severity
from okrlint.registry import Rule


def rule(messages: dict[str, dict[str, str]]) -> Rule:
    return Rule(code="OKR999", name="example", severity=Severity.WARNING, scope="set", summary={"en": "Example"},
                rationale={"en": ""}, messages=messages, check=None)


def test_the_plural_form_follows_the_number_in_each_language():
    example = rule({"default": {"en": "{count} {count|key result|key results} share a team",
                                "ru": "{count} {count|ключевой результат|ключевых результата|ключевых результатов}"}})
    assert example.message("default", "en", {"count": 1}) == "1 key result share a team"
    assert example.message("default", "en", {"count": 3}) == "3 key results share a team"
    assert [example.message("default", "ru", {"count": n}) for n in (1, 3, 5, 21)] == [
        "1 ключевой результат", "3 ключевых результата", "5 ключевых результатов", "21 ключевой результат"]


def test_a_message_without_a_plural_choice_is_its_template_filled_in():
    example = rule({"default": {"en": "{other} is the same KR", "zh": "与{other}重复"}, "teams": {"en": "teams: {teams}"}})
    assert example.message("default", "en", {"other": "Grow ARR"}) == "Grow ARR is the same KR"
    assert example.message("default", "ru", {"other": "x"}) == "x is the same KR"  # English when the language has none
    assert example.message("teams", "zh", {"teams": "a, b"}) == "teams: a, b"
    assert example.message("default", "en", {}) == "{other} is the same KR"  # a missing parameter never raises
