"""Finding word sequences in an analysed text, so that rules never match strings themselves.

Two ways, both on the analysis of one text:
- `mentions`: a surface phrase ("so that", "не ниже", "不低于") in the normalised text, at word
  boundaries for Latin and Cyrillic (a Chinese phrase may sit inside a longer word run);
- `has_lemmas`: a sequence of lemmas in consecutive words ("текущий уровень" matches "текущего
  уровня" and "текущем уровне"), which is how inflected Russian is best matched.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from okrlint.analysis.facts import Pos, TextAnalysis


@lru_cache(maxsize=4096)
def _bounded(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")


def mentions(analysis: TextAnalysis, phrases: Iterable[str]) -> bool:
    """True if any phrase stands in the text (case-insensitive)."""
    lowered = analysis.normalized.lower()
    for phrase in phrases:
        if not phrase[:1].isalpha() or _is_han(phrase[0]):
            if phrase in lowered:
                return True
        elif phrase in lowered and _bounded(phrase).search(lowered):
            return True
    return False


def has_lemmas(analysis: TextAnalysis, sequences: Iterable[str]) -> bool:
    """True if any space-separated lemma sequence occurs in consecutive words of the text."""
    lemmas = [t.lemma for t in analysis.tokens if t.pos is not Pos.PUNCT]
    for sequence in sequences:
        wanted = sequence.split()
        n = len(wanted)
        if any(lemmas[i:i + n] == wanted for i in range(len(lemmas) - n + 1)):
            return True
    return False


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
