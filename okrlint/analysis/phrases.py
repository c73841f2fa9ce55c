"""Finding word sequences in an analysed text, so that rules never match strings themselves.

Two ways, both on the analysis of one text:
- `mentions`: a surface phrase ("so that", "не ниже", "不低于") in the normalised text, at word
  boundaries for Latin and Cyrillic (a Chinese phrase may sit inside a longer word run);
- `has_lemmas`: a sequence of lemmas in consecutive words ("текущий уровень" matches "текущего
  уровня" and "текущем уровне"), which is how inflected Russian is best matched.
"""

from __future__ import annotations

import re
from typing import Iterable, NamedTuple

from okrlint.analysis.facts import PUNCT, TextAnalysis
from okrlint.analysis.lazyre import lazy_compile
from okrlint.compiled_patterns import compile_pattern


def mentions(analysis: TextAnalysis, phrases: Iterable[str]) -> bool:
    """True if any phrase stands in the text (case-insensitive)."""
    try:
        anywhere, first_words, bounded, by_first_word = _PHRASE_PATTERNS[phrases]  # the same few word lists for every text
    except (KeyError, TypeError):  # a list not seen yet, or one that cannot be a key (a list, a set)
        anywhere, first_words, bounded, by_first_word = _patterns(phrases)
    lowered = analysis.lowered
    if anywhere is not None and anywhere.search(lowered) is not None:
        return True
    if bounded is None:
        return False
    last = _last_text  # _words_at_boundaries' own test, without its call (~6 lists a text ask)
    words = last[1] if last[0] is analysis else _words_at_boundaries(analysis)
    if first_words.isdisjoint(words):
        return False
    # The search matches a phrase as written, so it needs that phrase inside the text: most texts that
    # share a first word with a phrase ("on", "per") hold none, told by `in` without the search.
    return _any_inside(by_first_word, first_words.intersection(words), lowered) and bounded.search(lowered) is not None


def _any_inside(by_first_word: dict[str, tuple[str, ...]], first_words: Iterable[str], lowered: str) -> bool:
    """Whether a phrase opening with one of `first_words` is a substring of `lowered` (boundaries aside)."""
    for word in first_words:
        for phrase in by_first_word[word]:
            if phrase in lowered:
                return True
    return False


class _Phrases(NamedTuple):
    """A word list made ready to look for."""

    anywhere: re.Pattern[str] | None  # the phrases that may stand anywhere: Chinese, or not starting with a letter
    first_words: frozenset[str]  # the first word of each of the others
    bounded: re.Pattern[str] | None  # the others, at word boundaries
    by_first_word: dict[str, tuple[str, ...]]  # those others by their first word


_PHRASE_PATTERNS: dict[Iterable[str], _Phrases] = {}
_MAX_PATTERNS = 256  # word lists are the lexicon's, a few dozen; a caller making new ones must not grow this
_FIRST_WORD = lazy_compile(r"\w+")
# A run of word characters with none (and no hyphen) before it: where a phrase that needs a boundary can start.
_WORD_AT_BOUNDARY = lazy_compile(r"(?<![\w-])\w+")


def _patterns(phrases: Iterable[str]) -> _Phrases:
    """The regexes of a word list, built once per list: an alternation matches where any one of its
    phrases would.

    A phrase at word boundaries can stand only where the text's word at a boundary is the phrase's
    own first word (both are the whole run of word characters there: the phrase's first run ends
    where the phrase or its boundary does), so a text none of whose words at boundaries is one of
    those first words needs no search. In the search, the "no word character before" test comes
    after a phrase's first character (the 2-character lookbehind then sees the one before it), so
    every branch starts with a literal and the engine skips to where one of those characters stands.
    """
    key = phrases if isinstance(phrases, (frozenset, tuple)) else tuple(phrases)
    try:
        return _PHRASE_PATTERNS[key]
    except KeyError:
        pass
    listed = sorted(key)
    bounded = [p for p in listed if p[:1].isalpha() and not _is_han(p[0])]
    anywhere = [re.escape(p) for p in listed if not p[:1].isalpha() or _is_han(p[0])]
    by_first_word: dict[str, tuple[str, ...]] = {}
    for p in bounded:
        first = _FIRST_WORD.match(p)
        if first is not None:
            by_first_word[first.group()] = by_first_word.get(first.group(), ()) + (p,)
    found = _Phrases(
        compile_pattern("|".join(anywhere)) if anywhere else None,
        frozenset(by_first_word),
        compile_pattern("|".join(re.escape(p[0]) + r"(?<![\w-][\s\S])" + re.escape(p[1:]) + r"(?![\w-])"
                                 for p in bounded)) if bounded else None,
        by_first_word)
    if len(_PHRASE_PATTERNS) >= _MAX_PATTERNS:
        _PHRASE_PATTERNS.clear()
    _PHRASE_PATTERNS[key] = found
    return found


_last_text: tuple[TextAnalysis | None, list[str]] = (None, [])


def _words_at_boundaries(analysis: TextAnalysis) -> list[str]:
    """The text's words that phrases may start with, found once per text (facts ask about several lists in turn)."""
    global _last_text
    last = _last_text
    if last[0] is analysis:
        return last[1]
    words = _WORD_AT_BOUNDARY.findall(analysis.lowered)
    _last_text = (analysis, words)
    return words


def has_lemmas(analysis: TextAnalysis, sequences: Iterable[str]) -> bool:
    """True if any space-separated lemma sequence occurs in consecutive words of the text."""
    by_first = _by_first_lemma(sequences)
    if by_first is None:
        return True  # an empty sequence is in every text
    lemmas = [t.lemma for t in analysis.tokens if t.pos is not PUNCT]
    if by_first.keys().isdisjoint(lemmas):
        return False  # no sequence's first lemma is in the text: most texts, told in C
    for i, lemma in enumerate(lemmas):
        for wanted in by_first.get(lemma, ()):
            if lemmas[i:i + len(wanted)] == wanted:
                return True
    return False


_BY_FIRST_LEMMA: dict[Iterable[str], dict[str, tuple[list[str], ...]] | None] = {}
_MAX_SEQUENCE_LISTS = 256  # the lexicon's lists, a few; a caller making new ones must not grow this


def _by_first_lemma(sequences: Iterable[str]) -> dict[str, tuple[list[str], ...]] | None:
    """The lemma sequences of a word list, split and filed by their first lemma, once per list (facts
    ask about the same lists for every text); None when the list has an empty sequence."""
    key = sequences if isinstance(sequences, (frozenset, tuple)) else tuple(sequences)
    try:
        return _BY_FIRST_LEMMA[key]
    except KeyError:
        pass
    split = [sequence.split() for sequence in key]
    filed: dict[str, tuple[list[str], ...]] | None = None
    if all(split):
        filed = {}
        for wanted in split:
            filed[wanted[0]] = filed.get(wanted[0], ()) + (wanted,)
    if len(_BY_FIRST_LEMMA) >= _MAX_SEQUENCE_LISTS:
        _BY_FIRST_LEMMA.clear()
    _BY_FIRST_LEMMA[key] = filed
    return filed


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
