"""At a digit the basic number core is tried as only its branches that can start with one (_CORE_DIGIT).

The branches left out are derived here from the parse trees (as test_core_starts.py derives the
cores' first characters): none of them can start with a decimal digit, so at a digit they fail and
the shorter alternation finds what the whole core finds, the same branch with the same groups.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okrlint.analysis import quantities as Q
from tests.analysis.test_core_starts import DECIMAL, _uncovered
from tests.helpers import example_texts

_LEFT_OUT = [part for part in Q._BASIC_PARTS if part not in Q._DIGIT_PARTS] + [rf"(?P<zh>{Q.nums.ZH_NUM_RE})"]


@pytest.mark.parametrize("part", _LEFT_OUT)
def test_a_branch_left_out_cannot_start_with_a_digit(part):
    assert set(_uncovered(part, 0, r"[^\d]")) == set()  # every character it can start with is a non-digit


def test_a_branch_that_can_start_with_a_digit_would_be_caught():
    assert set(_uncovered(Q._BASIC_PARTS[6], 0, r"[^\d]")) == set(DECIMAL)


def _same_at_digits(text: str) -> None:
    for at, char in enumerate(text):
        if char.isdecimal():
            whole, digit = Q._CORE_BASIC.match(text, at), Q._CORE_DIGIT.match(text, at)
            assert (whole is None) == (digit is None), (text, at)
            if whole is not None:
                assert (whole.span(), whole.lastgroup) == (digit.span(), digit.lastgroup), (text, at)
                names = set(Q._CORE_DIGIT.groupindex)
                assert {k: v for k, v in whole.groupdict().items() if k in names} == digit.groupdict(), (text, at)
                assert all(v is None for k, v in whole.groupdict().items() if k not in names), (text, at)


_PIECES = st.sampled_from(list("0123456789١٣ .,-–%成分之一二三十百万翻番半[]NXx*") + ["1 000", "2,5", "1.000.000", "七成", "3成功"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_digit_core_matches_as_the_basic_core_at_a_digit(text):
    _same_at_digits(text)


def test_the_digit_core_matches_as_the_basic_core_in_the_examples():
    for text, _ in example_texts():
        _same_at_digits(text)
