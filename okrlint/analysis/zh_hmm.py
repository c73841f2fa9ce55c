"""jieba's HMM tagging of runs of unknown characters, memoised per run.

Where jieba's dictionary does not cover a run of characters (the "从" of "从12小时", "缩短到"),
`POSTokenizer` segments and tags it with a Viterbi pass over its HMM: about a quarter of the
warm time of a Chinese text. The pass depends on the run alone, and the same short runs recur in
text after text, so its result is kept in a memo bounded like the analysis memo. The segmentation
is exactly jieba's: the memo only remembers what jieba said, and the pass itself is jieba's computed
over the transitions that exist (zh_viterbi.py), the same pairs in about a third of the time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from okrlint.memo import BoundedMemo

if TYPE_CHECKING:
    from jieba.posseg import POSTokenizer

# jieba.posseg.POSTokenizer.__cut(sentence): the HMM pass over one run of Han characters. It is
# private (name-mangled), so it is looked up, and a jieba without it is used as it is.
_HMM_PASS = "_POSTokenizer__cut"
_MISSING = object()


def memoise_hmm(tokenizer: POSTokenizer) -> POSTokenizer:
    """`tokenizer` with its HMM pass memoised (once per tokenizer; later calls return at once)."""
    if _HMM_PASS in vars(tokenizer):
        return tokenizer
    hmm_pass = getattr(tokenizer, _HMM_PASS, None)
    if hmm_pass is None:
        return tokenizer
    hmm_pass = _faster_pass() or hmm_pass  # the same pairs as jieba's own (zh_viterbi.py)
    memo = BoundedMemo(max_entries=8192, max_chars=200_000)

    def memoised(run: str) -> Iterator[Any]:
        key = (run,)
        pairs = memo.get(key, _MISSING)
        if pairs is _MISSING:
            pairs = tuple(hmm_pass(run))  # jieba's pairs: read only (word, flag) by its callers and ours
            memo.put(key, pairs)
        return iter(pairs)

    setattr(tokenizer, _HMM_PASS, memoised)  # an instance attribute: jieba's `self.__cut(…)` finds it first
    return tokenizer


def _faster_pass() -> Callable[[str], Iterator[Any]] | None:
    """jieba's HMM pass computed over the transitions that exist, for the jieba it was written against."""
    import jieba
    import jieba.posseg

    from okrlint.analysis.zh_viterbi import hmm_pass_for

    return hmm_pass_for(jieba.posseg, getattr(jieba, "__version__", ""))
