"""A memo bounded in entries and in size, for results that are worth keeping across a run.

`functools.lru_cache` bounds only the number of entries: 65,536 analyses of 1 kB texts keep
hundreds of megabytes alive for the whole run. Here the total length of the string arguments is
bounded too, and the least recently used results go first, so a long run over many files stays
flat in memory while texts repeated within a file (every rule reads the same KR) are computed once.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import wraps
from typing import Any, Callable, TypeVar

Result = TypeVar("Result")


class BoundedMemo:
    """An LRU map from argument tuples to results, bounded by `max_entries` and `max_chars`."""

    def __init__(self, max_entries: int, max_chars: int) -> None:
        self.max_entries = max_entries
        self.max_chars = max_chars
        self._items: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._weights: dict[tuple[Any, ...], int] = {}
        self.chars = 0
        self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: tuple[Any, ...], default: Any = None) -> Any:
        try:
            found = self._items[key]
        except KeyError:
            return default
        self._items.move_to_end(key)
        return found

    def put(self, key: tuple[Any, ...], value: Any) -> None:
        # A full memo's every miss comes here (~4 a text in a long run: the text's analysis and reading, new
        # words), so the weight is summed and the oldest entry dropped inline, without a call each.
        weight = 64  # the entry's own overhead, roughly, and the length of its string arguments
        for argument in key:  # a loop, not sum() over a generator: no generator frame per call
            if isinstance(argument, str):
                weight += len(argument)
        if weight > self.max_chars:
            return  # larger than the whole memo: not worth evicting everything for
        items, weights = self._items, self._weights
        known = weights.get(key)
        if known is not None:
            self.chars -= known
            items.move_to_end(key)  # a new key goes in last already
        items[key] = value
        weights[key] = weight
        chars = self.chars + weight
        if len(items) > self.max_entries and chars <= self.max_chars:  # one in, one out: the usual case of a full memo
            old, _ = items.popitem(last=False)
            chars -= weights.pop(old)
        self.chars = chars
        if len(items) > self.max_entries or chars > self.max_chars:
            self._evict()

    def _evict(self) -> None:
        """Drop the least recently used entries until the memo is within both bounds."""
        items, weights = self._items, self._weights
        while len(items) > self.max_entries or self.chars > self.max_chars:
            old, _ = items.popitem(last=False)
            self.chars -= weights.pop(old)

    def clear(self) -> None:
        self._items.clear()
        self._weights.clear()
        self.chars = 0
        self.hits = self.misses = 0


_MISSING = object()


def bounded_memo(max_entries: int, max_chars: int) -> Callable[[Callable[..., Result]], Callable[..., Result]]:
    """Decorate a function of hashable positional arguments; `.memo` is its BoundedMemo."""

    def decorate(function: Callable[..., Result]) -> Callable[..., Result]:
        memo = BoundedMemo(max_entries, max_chars)
        items = memo._items  # read directly: the wrapper runs ~24 times per text, a method call each was ~3%
        get, move_to_end, put = items.get, items.move_to_end, memo.put  # bound once: attribute lookups fewer per call

        @wraps(function)
        def memoised(*args: Any) -> Result:
            found = get(args, _MISSING)
            if found is _MISSING:
                memo.misses += 1
                found = function(*args)
                put(args, found)
            else:
                move_to_end(args)
                memo.hits += 1
            return found

        memoised.memo = memo  # type: ignore[attr-defined]
        memoised.cache_clear = memo.clear  # type: ignore[attr-defined]  # lru_cache's name, used by tests
        return memoised

    return decorate


def kept_on_argument(function: Callable[[Any], Result]) -> Callable[[Any], Result]:
    """Decorate a pure function of one object (a Reading): its result is kept in that object's __dict__.

    For rule decisions several rules ask about the same text ("is it a task?" is part of "is it
    measurable?", and the task rule, the work rules and the measurability rule each ask): computed once
    per object, and gone with it, so what is kept is bounded by whatever bounds the objects.
    """
    key = f"kept:{function.__module__}.{function.__qualname__}"  # not an identifier: no attribute can clash

    @wraps(function)
    def kept(argument: Any) -> Result:
        state = argument.__dict__
        found = state.get(key, _MISSING)
        if found is _MISSING:
            found = state[key] = function(argument)
        return found

    return kept
