"""The number cores of analysis/quantities.py (and its "24/7" mask) start with a lookahead on their first character.

That lookahead must let through every character a match can begin with, or a number would be
missed. The characters are derived here from the patterns' parse trees (the standard library's
own regex parser, `re._parser`), so a change to a core that adds a new way to start fails this
test instead of silently losing numbers.
"""

from __future__ import annotations

import re
import sys
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okrlint.analysis import deadlines as D
from okrlint.analysis import quantities as Q
from okrlint.checks import text as T
from tests.helpers import example_texts

DECIMAL = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isdecimal()]
SPACE = [chr(c) for c in range(sys.maxunicode + 1) if re.match(r"\s", chr(c))]


def _first(data: list) -> tuple[list, bool]:
    """The first-character items of a sequence of regex nodes, and whether it can match empty."""
    found: list = []
    for op, av in data:
        if op is C.LITERAL:
            return found + [("lit", av)], False
        if op is C.IN:
            if any(kind not in (C.LITERAL, C.RANGE, C.CATEGORY) for kind, _ in av):
                raise AssertionError(f"a core can start with any character: {av}")
            return found + list(av), False
        if op is C.BRANCH:
            nullable = False
            for branch in av[1]:
                items, empty = _first(branch)
                found += items
                nullable = nullable or empty
            if not nullable:
                return found, False
        elif op is C.SUBPATTERN:
            items, empty = _first(av[3])
            found += items
            if not empty:
                return found, False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            items, empty = _first(av[2])
            found += items
            if not (empty or av[0] == 0):
                return found, False
        elif op not in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero-width: the match starts at what follows
            raise AssertionError(f"a core can start with anything: {op}")
    return found, True


def _uncovered(pattern: str, flags: int, starts: str) -> list:
    items, empty = _first(P.parse(pattern, flags).data)
    assert not empty
    guard = re.compile(starts, flags)
    missing = []
    for kind, value in items:
        if kind in ("lit", C.LITERAL):
            chars = [chr(value)]
        elif kind is C.RANGE:
            chars = [chr(c) for c in range(value[0], value[1] + 1)]
        else:
            assert str(value) in ("CATEGORY_DIGIT", "CATEGORY_SPACE"), value
            chars = DECIMAL if str(value) == "CATEGORY_DIGIT" else SPACE
        missing += [c for c in chars if not guard.fullmatch(c)]
    return missing


def _unguarded(pattern: str) -> str:
    """The core without its lookahead: `(?=[...])(?:core)` → `core`."""
    head = pattern.index(")(?:") + len(")(?:")
    assert pattern.startswith("(?=") and pattern.endswith(")")
    return pattern[head:-1]


GUARDED = {  # pattern, its flags, the characters its lookahead lets through
    "basic core": (lambda: Q._CORE_BASIC._pattern, 0, Q._BASIC_STARTS),
    "full core": (lambda: Q._core_full().pattern, re.IGNORECASE, Q._FULL_STARTS),
    "24/7, day 0, 10:00": (lambda: Q._SPECIAL_NON_QTY._pattern, re.IGNORECASE, Q._SPECIAL_STARTS),
    "date triggers (regex)": (lambda: D._ANY_REGEX._pattern, D._ANY_REGEX._flags, D._REGEX_TRIGGER_STARTS),
    "headline end (checks/text.py)": (lambda: T._HEADLINE_END._pattern, 0, T._HEADLINE_END_STARTS),
}


def _class_of(chars: frozenset[str] | str) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


# Patterns that _from_digits and _suffix call only when the next character is one of a set.
SET_GUARDED = {  # pattern, its flags, the set
    "range after a number": (lambda: Q._RANGE._pattern, 0, Q._RANGE_STARTS),
    "attached multiplier": (lambda: Q._MULT_ATTACHED._pattern, 0, Q._MULT_ATTACHED_STARTS),
    "Russian case ending": (lambda: Q._RU_CASE_ENDING._pattern, re.IGNORECASE, "-"),
    "counted Chinese word": (lambda: Q._ZH_COUNTED_WORDS, 0, Q._ZH_COUNTED_STARTS),
    "out of, after its space": (lambda: Q._OUT_OF._pattern[1:], 0, Q._OUT_OF_STARTS),
    "or more, after its space": (lambda: Q._OR_MORE._pattern[1:], 0, Q._OR_MORE_STARTS),
    "measure unit glued to digits": (lambda: Q._GLUED_MEASURE._pattern, 0, Q._GLUED_MEASURE_STARTS),
}


@pytest.mark.parametrize("name", SET_GUARDED)
def test_a_set_guard_holds_every_character_a_match_can_start_with(name):
    pattern, flags, starts = SET_GUARDED[name]
    assert _uncovered(pattern(), flags, _class_of(starts)) == []


def test_a_character_left_out_of_a_set_guard_would_be_caught():
    assert _uncovered(Q._RANGE._pattern, 0, _class_of(Q._RANGE_STARTS - {"至"})) == ["至"]


@pytest.mark.parametrize("name", GUARDED)
def test_the_lookahead_lets_through_every_character_a_match_can_start_with(name):
    pattern, flags, starts = GUARDED[name]
    assert _uncovered(_unguarded(pattern()), flags, starts) == []


def test_a_start_left_out_would_be_caught():
    assert _uncovered(r"\d+|百分之\d+|[a-c]x", 0, r"[\d百ab]") == ["c"]


TEXTS = [text for text, _ in example_texts()] + [
    "Raise activation from 20% to 35% by June 30", "Сократить время ответа с 12 до 8 часов", "激活率从20%提升到35%",
    "Grow MAU twofold, from one hundred to two hundred thousand", "Увеличить выручку вдвое, до пяти миллионов",
    "百分之三十的用户，翻一番，一半，三成，七分之一", "[N1] new leads, X% of Y, 收入****亿, x%", "١٢٣ ٤٥ units",
    "Support 24/7, DAY 3 of the sprint, Day 10 standup at 10:00 and 9:30, 124/7",
    "by 2026-03-31, 31.03.2026, 1.5 weeks, 2026年, q2 and 3h, h1 2026, fy26, fy '26",
    "Improve UX: show owners. Hire a designer! Ship it? Now. 提升体验：上线。完成 x. 3.5 ab. Yes",
]


@pytest.mark.parametrize("name", GUARDED)
def test_the_lookahead_changes_no_match(name):
    pattern, flags, _ = GUARDED[name]
    plain = re.compile(_unguarded(pattern()), flags)
    guarded = re.compile(pattern(), flags)
    for text in TEXTS:
        assert [(m.span(), m.lastgroup) for m in guarded.finditer(text)] == \
            [(m.span(), m.lastgroup) for m in plain.finditer(text)], text


# The unit after a number: each branch behind a lookahead on its own first characters, and the
# whole alternation behind one on all of them.
@pytest.mark.parametrize(("starts", "unit"), Q._UNIT_PARTS, ids=[unit[4:unit.index(">")] for _, unit in Q._UNIT_PARTS])
def test_each_unit_lets_through_every_character_it_can_start_with(starts, unit):
    assert _uncovered(unit, re.IGNORECASE, starts) == []


def test_the_units_lookahead_lets_through_every_character_a_unit_can_start_with():
    assert _uncovered("|".join(unit for _, unit in Q._UNIT_PARTS), re.IGNORECASE, Q._UNIT_STARTS) == []


def test_a_unit_start_left_out_would_be_caught():
    starts, unit = Q._UNIT_PARTS[2]  # the percent: "%", "％", "процент", "percent", "pct"
    assert _uncovered(unit, re.IGNORECASE, starts.replace("％", "")) == ["％"]


_UNGUARDED_UNIT = re.compile(rf"{Q._SP}?(?:" + "|".join(unit for _, unit in Q._UNIT_PARTS) + ")", re.IGNORECASE)
# What follows numbers, in three scripts and other cases ("ſ" and "K" fold to "s" and "k"), with the
# spaces, marks and symbols the units start with.
_AFTER_NUMBERS = st.text(alphabet="%％ \u00a0\t-.$€£¥₽/sSſkKKmMbBhHdDwWyYpPtTqQcCrReEgGuUfFnNiIaAoOlLxX"
                         "пПбБрРдДеЕфФюЮмМсСчЧнНкКгГлЛзЗоОтТаАйЙьЬяЯ个百基美欧英人元块毫秒分小钟天工日周星年倍内期", max_size=14)


def _unit_match(pattern: re.Pattern[str], text: str, at: int):
    m = pattern.match(text, at)
    return m and (m.span(), m.lastgroup, m.groups())


@settings(max_examples=600, deadline=None)
@given(_AFTER_NUMBERS)
def test_the_lookaheads_change_no_unit_match(text):
    for at in range(len(text) + 1):
        assert _unit_match(Q._UNIT, text, at) == _unit_match(_UNGUARDED_UNIT, text, at), (text, at)


def test_the_lookaheads_change_no_unit_match_in_the_examples():
    for text in TEXTS:
        for at in range(len(text) + 1):
            assert _unit_match(Q._UNIT, text, at) == _unit_match(_UNGUARDED_UNIT, text, at), (text, at)


# Patterns that _from_digits and _suffix call only when a per-character table (analysis/first_char.py,
# built from a character class) says the character can start them.
CLASS_GUARDED = {  # pattern, its flags, the class
    "spaced multiplier, after its space": (lambda: f"(?:{Q._MULT_WORDS})|{Q._MULT_CJK}", re.IGNORECASE, Q._MULT_SPACED_STARTS),
    "glued unit": (lambda: Q._UNIT_ATTACHED._pattern, re.IGNORECASE, Q._UNIT_ATTACHED_STARTS),
    "ordinal ending": (lambda: Q._ORDINAL_AFTER._pattern, re.IGNORECASE, Q._ORDINAL_AFTER_STARTS),
}


@pytest.mark.parametrize("name", CLASS_GUARDED)
def test_a_class_guard_holds_every_character_a_match_can_start_with(name):
    pattern, flags, starts = CLASS_GUARDED[name]
    assert _uncovered(pattern(), flags, starts) == []


def test_the_spaced_multiplier_is_its_space_then_its_words_or_a_chinese_multiplier():
    assert Q._MULT_SPACED._pattern == rf"{Q._SP}?(?:{Q._MULT_WORDS})|{Q._MULT_CJK}"


def _span_match(m):
    return m and (m.span(), m.lastgroup, m.group())


def _unit_found(m):
    return m and (m.end(), m.lastgroup)


def _all_positions_agree(text: str) -> None:
    for at in range(len(text) + 1):
        assert _unit_found(Q._unit_at(text, at)) == _unit_found(Q._UNIT.match(text, at)), (text, at)
        assert _span_match(Q._mult_spaced_at(text, at)) == _span_match(Q._MULT_SPACED.match(text, at)), (text, at)
        if not Q._UNIT_ATTACHED_AT[text[at:at + 1]]:
            assert Q._UNIT_ATTACHED.match(text, at) is None, (text, at)
        if not Q._ORDINAL_AFTER_AT[text[at:at + 1]]:
            assert Q._ORDINAL_AFTER.match(text, at) is None, (text, at)


_AFTER_NUMBERS_MORE = st.text(alphabet="%％ \u00a0\u202f\u2009\t-.$€£¥₽/sSſkKKmMbBhHdDwWyYpPtTqQcCrReEgGuUfFnNiIaAoOlLxXхХ×"
                              "пПбБрРдДеЕфФюЮмМсСчЧнНкКгГлЛзЗоОтТаАйЙьЬяЯыиё个百基美欧英人元块毫秒分小钟天工日周星年倍内期万亿千克米瓦",
                              max_size=14)


@settings(max_examples=800, deadline=None)
@given(_AFTER_NUMBERS_MORE)
def test_looking_up_the_first_character_changes_no_unit_multiplier_or_ordinal_match(text):
    _all_positions_agree(text)


@pytest.mark.parametrize("text", TEXTS + [
    "5 тыс. руб.", "5 тысяч", "3 млн", "2 bn", "10 percentile", "10\u00a0percentile", "5 ppm", "3 шт.", "10 KB/s",
    "100万元", "2千克", "1 TB", "5ms", "5 min", "3 hrs", "2-й", "1st", "3-rd", "4-ти", "5 d", "5 ſec", "10 Kg",
])
def test_looking_up_the_first_character_changes_no_match_in_the_examples(text):
    _all_positions_agree(text)
