"""Language lanes: the files of a pooled run grouped by the language they are written in.

A process analyses each distinct text once (the analyses are memoised per process), and a large
OKR tree repeats its texts mostly within a language. So the pool is given the files of each
language side by side (`lane_order`), and the parent lints mostly one language's files while
its worker lints the others' (pool.in_order's `lanes`): each process meets more of the texts it
has analysed already. The report does not change: the outcomes are put back in the files'
order (`in_plan_order`), holding no more than one window of them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator, Sequence, TypeVar

Outcome = TypeVar("Outcome")

# How many consecutive files are regrouped at a time: a few batches per language (pool.BATCH_ITEMS
# is 16), few enough that the outcomes waiting to be put back in order stay a handful.
WINDOW = 96

# A glance at a file's first bytes: a declared `lang:` (YAML, or a Markdown front matter), else
# its script (Cyrillic, Han in UTF-8). Only a hint for who lints the file: a wrong one costs a
# memo miss, never a different finding.
HEAD_BYTES = 2048
_DECLARED = re.compile(rb"^lang:[ \t]*['\"]?(ru|en|zh)\b", re.MULTILINE)
_SCRIPTS = (("zh", re.compile(rb"[\xe4-\xe9][\x80-\xbf]{2}")), ("ru", re.compile(rb"[\xd0\xd1][\x80-\xbf]")))
LANES = {"en": 0, "ru": 1, "zh": 2}


def lane_of(path: Path | None) -> int:
    """The lane of a file: its language's number (LANES), English when it cannot be told."""
    if path is None:
        return LANES["en"]
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:  # the worker that lints it reports why
        return LANES["en"]
    declared = _DECLARED.search(head)
    if declared is not None:
        return LANES[declared.group(1).decode()]
    return next((LANES[lang] for lang, script in _SCRIPTS if script.search(head)), LANES["en"])


def lane_order(lanes: Sequence[int], window: int = WINDOW) -> list[int]:
    """The items' numbers, each window of `window` consecutive items regrouped by lane (stable)."""
    order: list[int] = []
    for start in range(0, len(lanes), window):
        order += sorted(range(start, min(start + window, len(lanes))), key=lanes.__getitem__)
    return order


def in_plan_order(outcomes: Iterator[Outcome], order: Sequence[int]) -> Iterator[Outcome]:
    """`outcomes`, which come in `order` (lane_order's), yielded in the items' own order.

    Closing this iterator closes `outcomes` (it stops the pool)."""
    waiting: dict[int, Outcome] = {}
    following = 0  # the next item to yield, in the items' order
    try:
        for number, outcome in zip(order, outcomes):
            waiting[number] = outcome
            while following in waiting:
                yield waiting.pop(following)
                following += 1
    finally:
        close = getattr(outcomes, "close", None)
        if close is not None:
            close()
