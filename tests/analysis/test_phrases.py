"""Phrases in an analysed text: anywhere for Chinese and symbols, at word boundaries otherwise."""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okrlint.analysis import analyze
from okrlint.analysis.phrases import _is_han, has_lemmas, mentions
from okrlint.analysis.word_classes import lexicon
from tests.helpers import example_texts


@pytest.mark.parametrize(
    ("text", "lang", "phrases", "expected"),
    [
        ("Ship it so that customers stay", "en", frozenset({"so that"}), True),
        ("Ship it so thatcher stays", "en", frozenset({"so that"}), False),  # not at a word boundary
        ("Uptime at or above 99.9%", "en", frozenset({"above", "at or above"}), True),
        ("Uptime above-average", "en", frozenset({"above"}), False),  # a hyphen joins words
        ("Доля не ниже 95%", "ru", frozenset({"не ниже"}), True),
        ("系统可用性不低于99.9%", "zh", frozenset({"不低于"}), True),  # inside a run of Han characters
        ("Keep ≥ 99.9% uptime", "en", frozenset({"≥"}), True),
        ("Keep uptime", "en", frozenset(), False),
        ("Keep uptime", "en", ["uptime", "keep"], True),  # any iterable of phrases
    ],
)
def test_a_phrase_is_mentioned(text: str, lang: str, phrases, expected: bool) -> None:
    assert mentions(analyze(text, lang), phrases) is expected


def test_lemma_sequences_match_inflected_russian() -> None:
    assert has_lemmas(analyze("Удержать долю не выше текущего уровня", "ru"), ["текущий уровень"])


@functools.lru_cache(maxsize=None)
def _bounded(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")


def _mentioned_one_by_one(lowered: str, phrases) -> bool:
    """The reference: each phrase searched on its own."""
    for phrase in phrases:
        if not phrase[:1].isalpha() or _is_han(phrase[0]):
            if phrase in lowered:
                return True
        elif phrase in lowered and _bounded(phrase).search(lowered):
            return True
    return False


def test_mentions_agree_with_a_search_phrase_by_phrase_over_every_word_list() -> None:
    lex = lexicon()
    word_lists = [words for by_class in lex.words.values() for words in by_class.values()]
    texts = example_texts() + [("Reach 95% of plan so that ops can rest", "en"), ("不低于95%，按计划推进", "zh")]
    agreed = matched = 0
    for text, lang in texts:
        analysis = analyze(text, lang)
        for words in word_lists:
            expected = _mentioned_one_by_one(analysis.normalized.lower(), words)
            assert mentions(analysis, words) is expected, (text, sorted(words)[:5])
            agreed += 1
            matched += expected
    assert agreed > 10_000 and matched > 300


# Pieces of words that overlap (a word, a longer word that starts with it, one joined by a hyphen or
# an underscore), three scripts, digits, and marks that start phrases, joined by what separates
# words or not: the phrases are made of the same pieces, so they often stand in the texts.
_PIECES = ["a", "ab", "abc", "b", "ab-c", "_a", "a1", "1", "é", "Ж", "жж", "中文", "文", "+/-", "<", "'s", "’"]
_JOINS = ["", " ", "  ", "-", ".", ",", "/", "'"]
_PIECE = st.sampled_from(_PIECES)
_JOIN = st.sampled_from(_JOINS)
_PHRASE = st.builds(lambda a, j, b: a + j + b, _PIECE, st.sampled_from(["", " ", "-"]), st.sampled_from(["", *_PIECES]))
_TEXT = st.lists(st.tuples(_JOIN, _PIECE), max_size=6).map(lambda parts: "".join(j + p for j, p in parts))


@settings(max_examples=500, deadline=None)
@given(texts=st.lists(_TEXT, min_size=1, max_size=3), lists=st.lists(st.lists(_PHRASE, max_size=5), min_size=1, max_size=4),
       kind=st.sampled_from([frozenset, tuple, list, set]))
def test_mentions_agree_with_a_search_phrase_by_phrase_on_any_text(texts, lists, kind) -> None:
    """Word lists and texts in turn, as facts ask (the words of the last text are kept between calls)."""
    analyses = [analyze(text, "en") for text in texts]
    for analysis in analyses + analyses[::-1]:
        for phrases in lists:
            expected = _mentioned_one_by_one(analysis.normalized.lower(), phrases)
            assert mentions(analysis, kind(phrases)) is expected, (analysis.normalized, phrases)


def test_a_phrase_needs_the_whole_word_at_its_start() -> None:
    """The word a phrase starts with must be the text's whole word there, whatever follows it."""
    assert mentions(analyze("Ship a day later", "en"), frozenset({"a day"}))
    assert not mentions(analyze("Ship any day", "en"), frozenset({"a day"}))
    assert not mentions(analyze("Ship re-a day", "en"), frozenset({"a day"}))  # a hyphen joins words
    assert not mentions(analyze("Ship a re-a day", "en"), frozenset({"a day"}))  # "a" stands alone, but not there
    assert mentions(analyze("Ship co-op's plan", "en"), frozenset({"co-op"}))
    assert not mentions(analyze("Ship co-ops", "en"), frozenset({"co-op"}))
    assert mentions(analyze("Keep 99% +/- 1", "en"), frozenset({"+/-", "flat"}))  # not starting with a letter: anywhere
    assert mentions(analyze("系统可用性不低于99.9%", "zh"), ["不低于", "at or above"])


def _has_lemmas_one_by_one(analysis, sequences) -> bool:
    """The reference: each sequence split and looked for at every position."""
    lemmas = [t.lemma for t in analysis.tokens if t.pos.value != "PUNCT"]
    for sequence in sequences:
        wanted = sequence.split()
        if any(lemmas[i:i + len(wanted)] == wanted for i in range(len(lemmas) - len(wanted) + 1)):
            return True
    return False


def test_has_lemmas_agrees_with_a_search_sequence_by_sequence_over_every_word_list() -> None:
    lex = lexicon()
    word_lists = [words for by_class in lex.words.values() for words in by_class.values()]
    texts = example_texts() + [("Удержать долю не выше текущего уровня", "ru"), ("Hold churn at the current level", "en")]
    matched = 0
    for text, lang in texts:
        analysis = analyze(text, lang)
        for words in word_lists:
            expected = _has_lemmas_one_by_one(analysis, words)
            assert has_lemmas(analysis, words) is expected, (text, sorted(words)[:5])
            matched += expected
    assert matched > 300
    assert has_lemmas(analyze("Keep it", "en"), [""]) and not has_lemmas(analyze("Keep it", "en"), [])
