"""Finding word sequences in an analysed text, so that rules never match strings themselves.

Two ways, both on the analysis of one text:
- `mentions`: a surface phrase ("so that", "не ниже", "不低于") in the normalised text, at word
  boundaries for Latin and Cyrillic (a Chinese phrase may sit inside a longer word run);
- `has_lemmas`: a sequence of lemmas in consecutive words ("текущий уровень" matches "текущего
  уровня" and "текущем уровне"), which is how inflected Russian is best matched.
"""

from __future__ import annotations

import re
from typing import Iterable

from okrlint.analysis.facts import Pos, TextAnalysis
from okrlint.compiled_patterns import compile_pattern
from okrlint.memo import BoundedMemo


def mentions(analysis: TextAnalysis, phrases: Iterable[str]) -> bool:
    """True if any phrase stands in the text (case-insensitive)."""
    lowered = analysis.lowered
    return any(pattern.search(lowered) for pattern in _patterns(phrases))


_PHRASE_PATTERNS = BoundedMemo(max_entries=256, max_chars=100_000)


def _patterns(phrases: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """One regex for the phrases that may stand anywhere (Chinese, or not starting with a letter)
    and one for those that need word boundaries, built once per word list: facts ask about the
    same lists for every text. An alternation matches where any one of its phrases would."""
    key = (phrases if isinstance(phrases, (frozenset, tuple)) else tuple(phrases),)
    found = _PHRASE_PATTERNS.get(key)
    if found is None:
        listed = sorted(key[0])
        anywhere = [re.escape(p) for p in listed if not p[:1].isalpha() or _is_han(p[0])]
        bounded = [re.escape(p) for p in listed if p[:1].isalpha() and not _is_han(p[0])]
        found = tuple(compile_pattern(pattern) for pattern in (
            "|".join(anywhere) if anywhere else None,
            rf"(?<![\w-])(?:{'|'.join(bounded)})(?![\w-])" if bounded else None) if pattern is not None)
        _PHRASE_PATTERNS.put(key, found)
    return found


def has_lemmas(analysis: TextAnalysis, sequences: Iterable[str]) -> bool:
    """True if any space-separated lemma sequence occurs in consecutive words of the text."""
    lemmas = [t.lemma for t in analysis.tokens if t.pos is not Pos.PUNCT]
    present = set(lemmas)
    for wanted in _split_sequences(sequences):
        if not wanted:
            return True  # an empty sequence is in every text
        if wanted[0] not in present:
            continue  # its first lemma is nowhere in the text
        n = len(wanted)
        if any(lemmas[i:i + n] == wanted for i in range(len(lemmas) - n + 1)):
            return True
    return False


_SPLIT_SEQUENCES = BoundedMemo(max_entries=256, max_chars=100_000)


def _split_sequences(sequences: Iterable[str]) -> tuple[list[str], ...]:
    """The lemma sequences of a word list, split once: facts ask about the same lists for every text."""
    key = (sequences if isinstance(sequences, (frozenset, tuple)) else tuple(sequences),)
    found = _SPLIT_SEQUENCES.get(key)
    if found is None:
        found = tuple(sequence.split() for sequence in key[0])
        _SPLIT_SEQUENCES.put(key, found)
    return found


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
