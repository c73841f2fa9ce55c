"""Pasted prose or hostile text is analysed only as far as an OKR text can reach."""

import pytest

from okrlint.analysis import MAX_TEXT_CHARS, analyze
from okrlint.analysis.normalize import normalize


@pytest.mark.parametrize("text", ["`" * 9000, "1 " * 4000, "Запустить " * 500, "提升" * 3000, "[N1] " * 1000])
def test_long_texts_are_bounded(text):
    analysis = analyze(text)
    assert len(analysis.normalized) <= MAX_TEXT_CHARS
    assert analysis.text == text  # findings still quote what was written


def test_a_run_of_backticks_is_not_a_code_span():
    assert normalize("`" * 50 + " Ship it") == "`" * 50 + " Ship it"
    assert normalize("Migrate `billing-v2` to k8s") == "Migrate billing-v2 to k8s"
