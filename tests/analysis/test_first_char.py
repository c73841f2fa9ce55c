"""analysis/first_char.py: per-character answers taken from the patterns themselves, remembered up to a bound."""

from __future__ import annotations

import re

from okrlint.analysis import first_char
from okrlint.analysis.first_char import alternation_by_first_char, can_start


def test_a_class_answers_with_its_flags_and_never_for_the_end_of_the_text():
    starts = can_start("[тm%]", re.IGNORECASE)
    assert [starts[c] for c in ("т", "Т", "m", "M", "%", "x", "")] == [True, True, True, True, True, False, False]


def test_case_folds_come_from_the_regex_engine():
    starts = can_start("[sk]", re.IGNORECASE)
    assert starts["ſ"] and starts["\u212a"]  # long s and the Kelvin sign fold to s and k


def test_only_the_branches_that_can_start_at_a_character_are_tried_in_their_order():
    units = alternation_by_first_char("[ab]", (("[a]", "(?P<one>ab)"), ("[b]", "(?P<two>b)"), ("[a]", "(?P<three>a)")))
    assert units["a"].match("ab").lastgroup == "one"
    assert units["a"].match("ac").lastgroup == "three"
    assert units["b"].match("b").lastgroup == "two"
    assert units["c"] is None and units[""] is None


def test_a_character_outside_the_overall_starts_gets_no_branch():
    units = alternation_by_first_char("[a]", (("[ab]", "(?P<one>.)"),))
    assert units["a"] is not None and units["b"] is None


def test_past_the_bound_a_table_still_answers_but_stops_remembering(monkeypatch):
    monkeypatch.setattr(first_char, "MAX_REMEMBERED", 2)
    starts = can_start("[a-z]")
    assert [starts[c] for c in "ab1cz"] == [True, True, False, True, True]
    assert len(starts) == 2
