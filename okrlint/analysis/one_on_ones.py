"""One-on-one meetings as a word: "Weekly 1:1s with every report", «Регулярные 1:1 с сотрудниками».

The tokenizers read "1:1" as two numbers and a colon (and "1:1s" as a number and "1s", one second),
so a KR about meetings the manager holds looked like a ratio or a duration. Where "1:1" (or
"1-on-1", "1on1") stands as a noun, not as a ratio ("a 1:1 ratio", «соотношение 1:1», "1:1比例")
and not as a time ("1:15"), `merge_one_on_ones` makes it one noun in the word class `events` (a
meeting the team holds) and `outside` keeps its digits from counting as quantities.
"""

from __future__ import annotations

from okrlint.analysis.facts import Pos, Quantity, Token, attach_classes
from okrlint.analysis.lazyre import lazy_compile

MEETING_CLASSES = frozenset({"events"})
_PLURAL = frozenset({"plural", "plur"})  # the tag en and ru plurals carry

_ONE_ON_ONE = lazy_compile(r"(?<![A-Za-z0-9_.:/,])1\s?(?::|-on-|on)\s?1(?:'?s)?(?![:/.,]?\d)(?![A-Za-z0-9_])")
# A ratio or a score written next to it: "ratio of 1:1", "at a 1:1 ratio", «соотношение 1:1», "1:1比例".
_RATIO_BEFORE = lazy_compile(r"(?i)(?:ratio|proportion|score|соотношени\w*|пропорци\w*|сч[её]т\w*|比例|配比|比分|比)\W{0,12}(?:\w+\W+){0,4}$")
_RATIO_AFTER = lazy_compile(r"(?i)^\W{0,3}(?:ratio|proportion|соотношени|пропорци|比例|配比|的比例)")


def one_on_one_spans(normalized: str) -> list[tuple[int, int]]:
    """Where "1:1" names a meeting in the text (none in most texts: they have no "1")."""
    if "1" not in normalized:
        return []
    spans = []
    for match in _ONE_ON_ONE.finditer(normalized):
        before, after = normalized[max(0, match.start() - 50):match.start()], normalized[match.end():match.end() + 12]
        if not (_RATIO_BEFORE.search(before) or _RATIO_AFTER.search(after)):
            spans.append((match.start(), match.end()))
    return spans


def merge_one_on_ones(tokens: tuple[Token, ...], spans: list[tuple[int, int]], normalized: str,
                      lang: str) -> tuple[Token, ...]:
    """The tokens with each span's tokens turned into one noun, a meeting."""
    merged: list[Token] = []
    at = 0
    for start, end in spans:
        while at < len(tokens) and tokens[at].end <= start:
            merged.append(tokens[at])
            at += 1
        while at < len(tokens) and tokens[at].start < end:
            at += 1  # the digits and the colon give way to the meeting
        meeting = Token(normalized[start:end], "1:1", Pos.NOUN, lang, start, end,
                        tags=_PLURAL if normalized[end - 1] == "s" else frozenset())
        attach_classes(meeting, MEETING_CLASSES)
        merged.append(meeting)
    merged.extend(tokens[at:])
    return tuple(merged)


def outside(quantities: tuple[Quantity, ...], spans: list[tuple[int, int]]) -> tuple[Quantity, ...]:
    """The quantities that are not digits of a meeting's name."""
    return tuple(q for q in quantities if not any(start <= q.start < end for start, end in spans))
