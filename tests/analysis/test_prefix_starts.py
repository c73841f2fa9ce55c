"""normalize tries a prefix strip only on a text whose first character its pattern can start with.

The start classes must let through every character a match can begin with, or a label, bullet or tag
would stay in the text. They are derived here from the patterns' parse trees, as the number cores'
are (test_core_starts.py), and the strips as they were (all ten, in order) are checked to give what
the looked-up ones give.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import okrlint.analysis.normalize as N
from tests.analysis.test_core_starts import _uncovered
from tests.helpers import example_texts

GUARDED = {  # pattern, its flags, the characters it can start with
    "bullet": (N._BULLET, N._BULLET_STARTS),
    "dotted numbering": (N._DOTTED_NUMBERING, N._BULLET_STARTS),
    "period label": (N._PERIOD, N._PERIOD_STARTS),
    "emoji": (N._EMOJI, N._EMOJI_STARTS),
    "bracketed tag": (N._BRACKET_TAG, N._BRACKET_TAG_STARTS),
    "topic before a dash": (N._TOPIC_BEFORE_DASH, N._TOPIC_STARTS),
    "plan's subject": (N._PLAN_SUBJECT, N._PLAN_SUBJECT_STARTS),
}


@pytest.mark.parametrize("name", GUARDED)
def test_a_start_class_holds_every_character_a_match_can_start_with(name):
    pattern, starts = GUARDED[name]
    assert _uncovered(pattern.pattern, pattern.flags & re.IGNORECASE, starts) == []


def test_a_character_left_out_of_a_start_class_would_be_caught():
    assert _uncovered(N._PERIOD.pattern, re.IGNORECASE, "[qh2]") == ["F"]


def _reference_one_prefix(text: str) -> str:
    """_strip_one_prefix before the lookup: every strip, in order, on every text."""
    for strip in (N._strip_bullet, N._strip_priority_label, N._strip_label, N._strip_owner_tag, N._strip_zh_team,
                  N._strip_period, N._strip_emoji, N._strip_bracket_tag, N._strip_topic_dash, N._strip_plan_subject):
        rest = strip(text)
        if rest is not None and rest.strip():
            return N._LEADING.sub("", rest)
    return text


_PIECES = st.sampled_from(
    list(" -*+[]•·>#()（）【】:：—–.、①一二P@xX") + ["1", "1.2", "12)", "Q2", "h1", "FY26", "2026", "KR", "O", "Цель",
                                                "目标", "Objective", "Search", "Grow revenue", "🚀", "\u2705", "a",
                                                "Infra", "数据", "部", "рост", "Team Lead", "We will ", "we'll ",
                                                "Мы ", "закроем", "我们将", "launch"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=10).map("".join))
def test_looking_up_the_first_character_changes_no_prefix(text):
    assert N._strip_one_prefix(text) == _reference_one_prefix(text)


def test_looking_up_the_first_character_changes_no_prefix_in_the_examples():
    for text, _ in example_texts():
        text = text.strip()
        assert N._strip_one_prefix(text) == _reference_one_prefix(text), text


def test_the_leading_marks_are_what_the_tidy_up_strips_at_the_start():
    # every character of _LEADING's class but its whitespace, which _tidy tells by str.isspace
    klass = re.search(r"\[\\s(.*?)\]", N._LEADING.pattern)
    assert klass is not None
    assert set(klass.group(1)) == N._LEADING_MARKS
