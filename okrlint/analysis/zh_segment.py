"""jieba.posseg's segmentation with POS flags, in one pass per block of characters.

`POSTokenizer.cut` runs a chain of generators per block: `get_DAG` builds every dictionary word
that starts at each character, `calc` then picks the most probable route through them with a
generator inside `max` per character, and `__cut_DAG` walks the route yielding one `pair` object
per word. That machinery, not the arithmetic, was about half of the warm time of a Chinese text.

`cut` does the same work in one backward loop per block: at each character it walks the words
starting there and keeps the best route on the fly (the route needs only the positions after
it). The arithmetic and the order of comparison are jieba's own, so the route, and hence every
word and flag, is exactly what `POSTokenizer.cut` gives (tests/analysis/test_zh_segment.py
checks it against jieba on random texts). Runs of characters the dictionary does not cover
take jieba's `__cut_detail` steps (`_cut_detail`), with its HMM pass (`__cut`, memoised by zh_hmm)
for their Han characters. jieba's patterns are its own compiled ones; a jieba without these
internals is used through its `cut`.

A block once cut is remembered (`_BLOCKS`, bounded): blocks recur from text to text, and in a
dictionary without ASCII letters and digits (ours) one memo entry answers every block that differs
only in its digits and letters ("从12小时", "从30小时"); see "Blocks cut before" below for why
that is exact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache, partial
from math import log
from typing import TYPE_CHECKING, Any

from okrlint.analysis.lazyre import lazy_compile

if TYPE_CHECKING:
    from jieba.posseg import POSTokenizer

Pair = tuple[str, str]  # (word, jieba flag)

_HMM = "_POSTokenizer__cut"  # jieba's HMM pass over a run of Han characters (memoised by zh_hmm)


def cut(tokenizer: POSTokenizer, text: str) -> list[Pair]:
    """(word, flag) for each word of `text`, exactly as `tokenizer.cut(text)` gives them."""
    steps = _steps(tokenizer)
    if steps is None:
        return [(p.word, p.flag) for p in tokenizer.cut(text)]
    han, skip, num, eng, detail = steps
    tokenizer.makesure_userdict_loaded()
    dictionary = tokenizer.tokenizer
    dictionary.check_initialized()
    freq, logtotal = dictionary.FREQ, log(dictionary.total)
    weights = _weights(freq, logtotal)
    placeholders = _placeholders(tokenizer, freq)
    pairs: list[Pair] = []
    # A split by a pattern with one group alternates: text between blocks (no block character in it, so
    # `han.match` fails on it, as on ""), then a block (which it matches). The place says which, for free.
    for place, block in enumerate(han.split(text)):
        if place & 1:
            known = _BLOCKS.get(_block_key(block) if placeholders else block)
            if known is not None:
                _put_back(block, known, pairs)
            else:
                _cut_new_block(block, placeholders, freq, weights, logtotal, tokenizer.word_tag_tab, detail, pairs)
            continue
        for spot, part in enumerate(skip.split(block)):  # jieba's __cut_internal outside its blocks, the same way
            if spot & 1:
                pairs.append((part, "x"))
            else:
                for ch in part:
                    pairs.append((ch, "m" if num.match(ch) else "eng" if eng.match(part) else "x"))
    return pairs


def _cut_block(block: str, freq: dict[str, int], weights: dict[str, float | bool], logtotal: float,
               tags: dict[str, str], detail: Any, pairs: list[Pair]) -> None:
    """jieba's get_DAG + calc + __cut_DAG over one block, appending its (word, flag) pairs."""
    n = len(block)
    route_value: list[float] = [0] * (n + 1)  # type: ignore[list-item]  # route[n] = (0, 0), as jieba starts it
    route_end = list(range(n + 1))
    alone = log(1) - logtotal  # a character no word starts with: log(FREQ.get(ch) or 1) - logtotal, FREQ.get(ch) being 0 or None
    for start in range(n - 1, -1, -1):
        best_value: float = 0.0
        best_end = -1
        end = start
        frag = block[start]
        weight = weights.get(frag)
        if weight is None:
            weight = _weigh(frag, freq, logtotal, weights)
        while weight is not False:  # `frag in FREQ`: a word, or the prefix of one (True)
            if weight is not True:
                # calc's arithmetic in calc's order: (log(FREQ) - logtotal) + route[x + 1][0]
                value = weight + route_value[end + 1]
                if best_end < 0 or value >= best_value:  # max of (value, end) pairs: a later end wins a tie
                    best_value, best_end = value, end
            end += 1
            if end >= n:
                break
            frag = block[start:end + 1]
            weight = weights.get(frag)
            if weight is None:
                weight = _weigh(frag, freq, logtotal, weights)
        if best_end < 0:  # no word starts here: the character alone
            best_value, best_end = alone + route_value[start + 1], start
        route_value[start], route_end[start] = best_value, best_end
    buffered = ""
    x = 0
    while x < n:
        y = route_end[x] + 1
        word = block[x:y]
        if y - x == 1:
            buffered += word
        else:
            if buffered:
                _flush(buffered, freq, tags, detail, pairs)
                buffered = ""
            pairs.append((word, tags.get(word, "x")))
        x = y
    if buffered:
        _flush(buffered, freq, tags, detail, pairs)


# A fragment's weight in the route, by fragment: log(FREQ) - logtotal for a word (the first step of calc's
# sum, so the route's arithmetic is jieba's to the bit), True for the prefix of a word only, False for
# neither. The same words come back text after text; a weight saves a `log` and a subtraction a word.
# For one dictionary (its FREQ and total): another one starts afresh. Bounded: emptied when full.
_WEIGHTS: dict[str, float | bool] = {}
_MAX_WEIGHTS = 65_536
_weights_for: tuple[dict[str, int], float] | None = None


def _weights(freq: dict[str, int], logtotal: float) -> dict[str, float | bool]:
    global _weights_for
    if _weights_for is None or _weights_for[0] is not freq or _weights_for[1] != logtotal:
        _WEIGHTS.clear()
        _BLOCKS.clear()  # cut with the words of another dictionary
        _weights_for = (freq, logtotal)
    return _WEIGHTS


def _weigh(frag: str, freq: dict[str, int], logtotal: float, weights: dict[str, float | bool]) -> float | bool:
    count = freq.get(frag)
    weight: float | bool = False if count is None else log(count) - logtotal if count else True
    if len(weights) >= _MAX_WEIGHTS:
        weights.clear()
    weights[frag] = weight
    return weight


# --- Blocks cut before ------------------------------------------------------------------------
#
# A block's cut depends on the block alone (for one dictionary and HMM), and blocks come back: "提升到",
# "小时缩短到" recur text after text (about half the blocks of the eq corpus' Chinese texts). Most hold
# digits or Latin letters, which make each one new ("从12小时", "从30小时"). In a dictionary without a word
# that holds an ASCII letter or digit (our small one; jieba's own has "3D", "4S店"), they cannot change the
# cut: every fragment holding one is no word (so the route is the same), no flag is looked up for one
# (it is "x"), and jieba's patterns (its block, `re_skip_detail`, `re_num`, `re_eng`) only ask whether a
# character is a digit or a letter. So the cut of a block is the cut of the block with each digit read as
# "0" and each letter as "a", with the block's own characters put back: one memo answers both blocks.
# tests/analysis/test_zh_segment.py checks the memo's answers against jieba's cut.
# block key → (a block it was cut from, its pairs, where its words with a digit or letter are: (index, start, end))
_BLOCKS: dict[str, tuple[str, tuple[Pair, ...], tuple[tuple[int, int, int], ...]]] = {}
_MAX_BLOCKS = 8192
_MAX_BLOCK = 60  # characters: a longer block (a rare run-on sentence) is not remembered
ASCII_FREE = "okrlint_ascii_free"  # on a jieba Tokenizer: no word of its dictionary holds an ASCII letter or digit


def _placeholders(tokenizer: POSTokenizer, freq: dict[str, int]) -> bool:
    """Whether a block's memo key may read digits and letters as placeholders (`_block_key`)."""
    dictionary = tokenizer.tokenizer
    free = getattr(dictionary, ASCII_FREE, None)
    if free is None:  # tables not read from zh_tables' file (which says): once per dictionary
        free = ascii_free(freq, tokenizer.word_tag_tab)
        setattr(dictionary, ASCII_FREE, free)
    return free


def cut_ignores_digits(tokenizer: POSTokenizer) -> bool:
    """Whether `cut(tokenizer, text)` is the cut of `text` with any other ASCII digits, each word put back as
    written: what lets a block's memo read digits as placeholders (`_block_key`), so a caller may do the same."""
    if _steps(tokenizer) is None:
        return False
    dictionary = tokenizer.tokenizer
    dictionary.check_initialized()
    return _placeholders(tokenizer, dictionary.FREQ)


def _block_key(block: str) -> str:
    """`block` with each ASCII digit as 0 and each ASCII letter as a (two substitutions: `str.translate`
    raises and clears a KeyError for each character its table lacks, ~2x slower on a Chinese block)."""
    if _ASCII_ALNUM.search(block) is None:
        return block
    return _LETTER.sub("a", _DIGIT.sub("0", block))


_ASCII_ALNUM = lazy_compile("[0-9A-Za-z]")
_DIGIT = lazy_compile("[1-9]")  # 0 is its own placeholder
_LETTER = lazy_compile("[b-zA-Z]")


def ascii_free(*tables: Iterable[str]) -> bool:
    """No word of these tables holds an ASCII letter or digit."""
    return not any(re.search("[0-9A-Za-z]", "\n".join(table)) for table in tables)  # a few ms for 250k words


def _cut_new_block(block: str, placeholders: bool, freq: dict[str, int],
                   weights: dict[str, float | bool], logtotal: float, tags: dict[str, str], detail: Any,
                   pairs: list[Pair]) -> None:
    """`_cut_block`, its pairs remembered for the blocks of the same key."""
    first = len(pairs)
    _cut_block(block, freq, weights, logtotal, tags, detail, pairs)
    if len(block) <= _MAX_BLOCK:
        if len(_BLOCKS) >= _MAX_BLOCKS:
            _BLOCKS.clear()
        cut = tuple(pairs[first:])
        _BLOCKS[_block_key(block) if placeholders else block] = (block, cut, _placeholder_words(cut))


def _placeholder_words(cut: tuple[Pair, ...]) -> tuple[tuple[int, int, int], ...]:
    """(index, start, end) of each word of a block's cut that holds a digit or letter: the words that
    another block of the same key writes otherwise."""
    found = []
    start = 0
    for index, (word, _) in enumerate(cut):
        end = start + len(word)
        if _ASCII_ALNUM.search(word):
            found.append((index, start, end))
        start = end
    return tuple(found)


def _put_back(block: str, known: tuple[str, tuple[Pair, ...], tuple[tuple[int, int, int], ...]],
              pairs: list[Pair]) -> None:
    """The remembered pairs of a block of the same key, its words with digits or letters read from `block`."""
    cut_from, cut, placeholder_words = known
    if cut_from == block:
        pairs.extend(cut)
        return
    first = len(pairs)
    pairs.extend(cut)
    for index, start, end in placeholder_words:
        pairs[first + index] = (block[start:end], cut[index][1])


def _flush(buffered: str, freq: dict[str, int], tags: dict[str, str], detail: Any, pairs: list[Pair]) -> None:
    """Single characters in a row: one word, jieba's HMM pass, or each character on its own (__cut_DAG's end)."""
    if len(buffered) == 1:
        pairs.append((buffered, tags.get(buffered, "x")))
    elif not freq.get(buffered):
        detail(buffered, pairs)
    else:
        pairs.extend((ch, tags.get(ch, "x")) for ch in buffered)


# The steps `cut` takes with one tokenizer, made once per tokenizer (and HMM pass) rather than once a text:
# (its block, whitespace, number and Latin patterns, its `_cut_detail`), or None for a jieba without them.
_steps_for: tuple[Any, Any, tuple[Any, Any, Any, Any, Any] | None] = (None, None, None)


def _steps(tokenizer: POSTokenizer) -> tuple[Any, Any, Any, Any, Any] | None:
    global _steps_for
    hmm = getattr(tokenizer, _HMM, None)
    known_tokenizer, known_hmm, steps = _steps_for
    if known_tokenizer is tokenizer and known_hmm is hmm:
        return steps
    patterns = _patterns()
    if patterns is None or hmm is None:
        steps = None
    else:
        han, skip, num, eng, han_detail, skip_detail = patterns
        steps = (han, skip, num, eng, partial(_cut_detail, _hmm_pairs(hmm), han_detail, skip_detail, num, eng))
    _steps_for = (tokenizer, hmm, steps)
    _BLOCKS.clear()  # cut by another tagger
    return steps


def _hmm_pairs(hmm: Any) -> Any:
    """jieba's HMM pass over a run of Han characters as (word, flag) pairs, remembered per run (the pass
    depends on the run alone: jieba's model is global). Bounded: emptied when full."""
    remembered: dict[str, tuple[Pair, ...]] = {}

    def pairs_of(run: str) -> tuple[Pair, ...]:
        found = remembered.get(run)
        if found is None:
            if len(remembered) >= _MAX_HMM_RUNS:
                remembered.clear()
            found = tuple((p.word, p.flag) for p in hmm(run))
            if len(run) <= _MAX_HMM_RUN:
                remembered[run] = found
        return found

    return pairs_of


_MAX_HMM_RUNS = 8192
_MAX_HMM_RUN = 40  # characters: a longer run is kept by zh_hmm's bounded memo alone


def _cut_detail(hmm_pairs: Any, han: Any, skip: Any, num: Any, eng: Any, run: str, pairs: list[Pair]) -> None:
    """jieba's __cut_detail over a run no dictionary word covers ("从12"), appending its (word, flag) pairs:
    Han characters through the HMM pass, the rest split at numbers and Latin. The same steps and patterns
    as jieba's, without its generator and a `pair` object per piece that is not Han."""
    for place, block in enumerate(han.split(run)):  # as in `cut`: runs of Han characters at odd places
        if place & 1:
            pairs.extend(hmm_pairs(block))
            continue
        for part in skip.split(block):
            if part:
                pairs.append((part, "m" if num.match(part) else "eng" if eng.match(part) else "x"))


@lru_cache(maxsize=1)
def _patterns() -> tuple[Any, Any, Any, Any, Any, Any] | None:
    """jieba.posseg's own compiled block, whitespace, number and Latin patterns, and the two its HMM step
    splits a run with; None if it has others."""
    from jieba import posseg

    names = ("re_han_internal", "re_skip_internal", "re_num", "re_eng", "re_han_detail", "re_skip_detail")
    found = tuple(getattr(posseg, name, None) for name in names)
    if not all(p is not None for p in found):
        return None
    han, skip, _, _, han_detail, _ = found
    # `cut` reads its blocks and separators by their place in a split: one group each, or jieba's own way
    return found if han.groups == skip.groups == han_detail.groups == 1 else None  # type: ignore[return-value]
