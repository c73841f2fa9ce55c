"""The shortcuts of the number layer find what the full patterns find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from okrlint.analysis import quantities as Q

# What can stand around a digit core: digits (also non-ASCII ones), separators, 成 / 分之, letters.
_AROUND_A_NUMBER = st.text(alphabet=st.sampled_from(list("0123456789٣१ ,.\u00a0\u202f\u2009成分之一三十xk%-a")), max_size=14)


@settings(max_examples=600, deadline=None)
@given(_AROUND_A_NUMBER)
def test_a_plain_run_of_digits_is_what_the_digit_core_matches(text: str) -> None:
    for at in range(len(text)):
        if not text[at].isdecimal():
            continue
        plain = Q._PLAIN_DIGITS.match(text, at)
        if plain is not None:
            full = Q._CORE_DIGIT.match(text, at)
            assert full is not None
            assert (full.span(), full.lastgroup) == (plain.span(), plain.lastgroup)


def test_the_usual_numbers_take_the_shortcut() -> None:
    for text, run in (("Hold 12 workshops", "12"), ("from 123 to 135 hours", "123"), ("提升到19%", "19")):
        at = text.index(run)
        assert Q._PLAIN_DIGITS.match(text, at).group() == run
    for text in ("50 000 users", "1,000", "3.5", "3成", "3分之1"):
        at = next(i for i, ch in enumerate(text) if ch.isdecimal())
        assert Q._PLAIN_DIGITS.match(text, at) is None
