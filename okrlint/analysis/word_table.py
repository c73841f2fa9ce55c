"""A table of words read from a sorted list: looked up by bisection, never hashed into a dict up front.

jieba keeps its prefix dictionary (`Tokenizer.FREQ`, 143k words and prefixes for our small
dictionary) and posseg's word-tag table (`POSTokenizer.word_tag_tab`, 112k words) as dicts. Built
from the tables' cache file (zh_tables), the two dicts were ~80 ms of a cold Chinese run: hashing and
inserting a quarter of a million new strings. A cold run looks up a few thousand of them. Here the
words stay one sorted list, shared by both tables, and each value is read at a word's place in it.

What a word looked up holds is remembered (bounded): the same words come back text after text, and
a dict lookup is a fraction of a bisection over a quarter of a million words.

A `WordTable` is a full mutable mapping, as jieba uses its dicts (`get`, `in`, `[]`, `update`,
assignment by `add_word`): what is written goes into a small dict laid over the sorted words. Only
the order of iteration differs from the dict it stands for (sorted words first, then words added):
nothing reads these tables in order.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, MutableMapping, Sequence
from typing import Any

_GONE = object()  # a word deleted from the table, or one it does not hold
_MAX_FOUND = 65_536  # words whose lookup is remembered; emptied when full


class WordTable(MutableMapping):
    """word → value over `words` (sorted, unique) and `values` (at the same places); a value equal to
    `absent` marks a word this table does not hold (the list is shared with another table); `names`,
    when given, turns a stored value into the value read (a tag's number into its name)."""

    __slots__ = ("_words", "_values", "_absent", "_names", "_changed", "_found")

    def __init__(self, words: list[str], values: Sequence[Any], absent: Any, names: Sequence[Any] | None = None) -> None:
        if len(words) != len(values):
            raise ValueError("a table's words and values do not match")
        self._words, self._values, self._absent, self._names = words, values, absent, names
        self._changed: dict[Any, Any] = {}  # written after loading: a value, or _GONE
        self._found: dict[Any, Any] = {}  # words looked up: their value, or _GONE

    def _stored(self, word: Any) -> Any:
        """The value of `word`, or `_GONE`."""
        found = self._found.get(word, self)  # the table itself marks a word not looked up yet
        if found is not self:
            return found
        found = self._looked_up(word)
        if len(self._found) >= _MAX_FOUND:
            self._found.clear()
        self._found[word] = found
        return found

    def _looked_up(self, word: Any) -> Any:
        changed = self._changed
        if changed and word in changed:
            return changed[word]
        if word.__class__ is not str:  # only strings are in the sorted list (and comparable with it)
            return _GONE
        words = self._words
        place = bisect_left(words, word)
        if place == len(words) or words[place] != word:
            return _GONE
        value = self._values[place]
        if value == self._absent:
            return _GONE
        names = self._names
        return value if names is None else names[value]

    def get(self, word: Any, default: Any = None) -> Any:
        value = self._found.get(word, self)  # _stored's first step, inline: jieba and zh_segment call get
        if value is self:
            value = self._stored(word)
        return default if value is _GONE else value

    def __getitem__(self, word: Any) -> Any:
        value = self._stored(word)
        if value is _GONE:
            raise KeyError(word)
        return value

    def __contains__(self, word: Any) -> bool:
        return self._stored(word) is not _GONE

    def __setitem__(self, word: Any, value: Any) -> None:
        self._changed[word] = value
        self._found.pop(word, None)

    def __delitem__(self, word: Any) -> None:
        if self._stored(word) is _GONE:
            raise KeyError(word)
        self._changed[word] = _GONE
        self._found.pop(word, None)

    def __iter__(self) -> Iterator[Any]:
        changed, absent, values = self._changed, self._absent, self._values
        for place, word in enumerate(self._words):
            if word not in changed and values[place] != absent:
                yield word
        for word, value in list(changed.items()):
            if value is not _GONE:
                yield word

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:
        return next(iter(self), _GONE) is not _GONE
