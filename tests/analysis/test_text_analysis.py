"""TextAnalysis keeps what rules ask for several times per text (its words, its lower-cased text).

Kept values are derived from the analysis's own fields, so they must equal what is derived afresh,
and stay out of equality, hashing, repr and pickling's meaning.
"""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from okrlint.analysis import Pos, analyze
from tests.helpers import example_texts

TEXTS = [("Cut median response time of billing from 23 to 40 hours, by Q3!", "en"),
         ("Сократить время ответа поддержки с 23 до 40 часов (NPS ≥ 50%)", "ru"),
         ("计费平均响应时间从23小时缩短到40小时，完成CRM系统上线。", "zh")]


@pytest.mark.parametrize("text,lang", TEXTS)
def test_words_are_the_tokens_that_are_words_kept_once(text: str, lang: str) -> None:
    analysis = analyze(text, lang)
    words = analysis.words
    assert words == tuple(t for t in analysis.tokens if t.is_word)
    assert all(t.pos not in (Pos.PUNCT, Pos.SYM, Pos.NUM) for t in words)
    assert any(t.pos is Pos.NUM for t in analysis.tokens) and len(words) < len(analysis.tokens)
    assert analysis.words is words  # kept, not rebuilt


@pytest.mark.parametrize("text,lang", TEXTS)
def test_lowered_is_the_normalised_text_in_lower_case(text: str, lang: str) -> None:
    analysis = analyze(text, lang)
    assert analysis.lowered == analysis.normalized.lower()
    assert analysis.lowered is analysis.lowered


def test_every_example_text_gets_the_same_words_and_lowered_text_as_derived_afresh() -> None:
    for text, lang in example_texts():
        analysis = analyze(text, lang)
        assert analysis.words == tuple(t for t in analysis.tokens if t.is_word), text
        assert analysis.lowered == analysis.normalized.lower(), text


@pytest.mark.parametrize("text,lang", TEXTS)
def test_kept_values_change_neither_equality_nor_hash_nor_repr(text: str, lang: str) -> None:
    analysis = analyze(text, lang)
    fresh = dataclasses.replace(analysis)  # built again: its derived values derived again
    assert fresh.words == analysis.words and fresh.lowered == analysis.lowered
    assert fresh == analysis and hash(fresh) == hash(analysis) and repr(fresh) == repr(analysis)
    assert "words=" not in repr(analysis) and "lowered=" not in repr(analysis)
    copy = pickle.loads(pickle.dumps(analysis))
    assert copy == analysis and copy.words == analysis.words and copy.lowered == analysis.lowered


def test_an_analysis_with_other_tokens_derives_its_own_words() -> None:
    analysis = analyze("Launch the billing dashboard", "en")
    assert [t.text for t in analysis.words] == ["Launch", "the", "billing", "dashboard"]
    shorter = dataclasses.replace(analysis, tokens=analysis.tokens[:2])
    assert [t.text for t in shorter.words] == ["Launch", "the"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        analysis.tokens = ()  # type: ignore[misc]
