"""What a pattern can do at a character, looked up once per character instead of asked of the regex engine.

Most patterns after a number (a unit, a multiplier, an ordinal ending) fail on the first character
they look at, and a failing regex call still costs a method call, a state set-up and, for a
case-insensitive alternation, a case-folded test per branch. A dict lookup on the character is
far cheaper. The answers come from the patterns themselves (a character class, tried on the
character with the pattern's flags), so they are exact by construction: no case-folding rule is
written out here. Each table remembers a bounded number of characters; past that it still answers,
it only stops remembering.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Generic, TypeVar

from okrlint.analysis.lazyre import lazy_compile
from okrlint.compiled_patterns import compile_pattern

V = TypeVar("V")

MAX_REMEMBERED = 4_096  # distinct characters per table; OKR texts use a few hundred


class PerCharacter(dict[str, V], Generic[V]):
    """`table[char]` → `answer(char)`, computed on the first look and remembered (bounded)."""

    def __init__(self, answer: Callable[[str], V]) -> None:
        super().__init__()
        self._answer = answer

    def __missing__(self, char: str) -> V:
        value = self._answer(char)
        if len(self) < MAX_REMEMBERED:
            self[char] = value
        return value


def can_start(char_class: str, flags: int = 0) -> PerCharacter[bool]:
    """`table[char]`: does `char_class` (one character, with `flags`) match `char`? "" (the text's end) never does."""
    test = lazy_compile(char_class, flags)  # compiled on the first character looked up
    return PerCharacter(lambda char: bool(char) and test.fullmatch(char) is not None)


def alternation_by_first_char(any_starts: str, branches: tuple[tuple[str, str], ...],
                               flags: int = 0) -> PerCharacter[re.Pattern[str] | None]:
    """`table[char]`: the alternation of only those `(starts, branch)` whose `starts` class matches `char`.

    Tried at the same position, it matches as `(?=any_starts)(?:(?=starts1)branch1|(?=starts2)branch2|…)`
    does: the branches left out are the ones whose lookahead would have failed there, and the others
    keep their order. None when no branch can start with `char`.
    """
    outer = lazy_compile(any_starts, flags)
    guards = [lazy_compile(starts, flags) for starts, _ in branches]
    by_choice: dict[tuple[int, ...], re.Pattern[str]] = {}  # at most one per remembered character

    def answer(char: str) -> re.Pattern[str] | None:
        if not char or outer.fullmatch(char) is None:
            return None
        chosen = tuple(i for i, guard in enumerate(guards) if guard.fullmatch(char))
        if not chosen:
            return None
        pattern = by_choice.get(chosen)
        if pattern is None:
            pattern = compile_pattern("(?:" + "|".join(branches[i][1] for i in chosen) + ")", flags)
            if len(by_choice) < MAX_REMEMBERED:
                by_choice[chosen] = pattern
        return pattern

    return PerCharacter(answer)


def word_alternation(words: list[str]) -> str:
    """An alternation that finds one of `words` wherever one stands, a branch per first character."""
    rests: dict[str, list[str]] = {}
    for word in dict.fromkeys(words):
        rests.setdefault(word[0], []).append(word[1:])
    # a first character that is a word by itself is found wherever a longer word with it is
    return "|".join(re.escape(first) if "" in after else f"{re.escape(first)}(?:{'|'.join(map(re.escape, after))})"
                    for first, after in rests.items()) or "(?!)"
