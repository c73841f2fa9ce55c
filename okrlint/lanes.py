"""Language lanes: the files of a pooled run grouped by the language they are written in.

A process analyses each distinct text once (the analyses are memoised per process), and a large
OKR tree repeats its texts mostly within a language. So the pool is given the files of each
language side by side (`lane_order`), and the parent lints mostly one language's files while
its worker lints the others' (pool.in_order's `lanes`): each process meets more of the texts it
has analysed already. The report does not change: the outcomes are put back in the files'
order (`in_plan_order`), holding no more than one window of them.

The parent loads no analyzer before the workers start: each process loads those of the files
it meets. Chinese files it leaves to its workers (`left_to_workers`) when they can take them all
within their share of the run, so that jieba's tables are loaded in one process, not in two.
"""

from __future__ import annotations

import os
import re
from collections import Counter
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

# Lanes whose analyzer is costly to load in one more process: jieba's tables and tagger take
# ~0.10 CPU-s (pymorphy3's dictionaries ~0.05, the English lexicon ~0.01). The parent loaded all
# three before the fork, on the run's serial path (~0.3 CPU-s of a 1,000-file run).
COSTLY = frozenset({LANES["zh"]})


def lane_of(path: Path | None) -> int:
    """The lane of a file: its language's number (LANES), English when it cannot be told."""
    if path is None:
        return LANES["en"]
    try:
        head = _head(path)
    except OSError:  # the worker that lints it reports why
        return LANES["en"]
    declared = _DECLARED.search(head)
    if declared is not None:
        return LANES[declared.group(1).decode()]
    return next((LANES[lang] for lang, script in _SCRIPTS if script.search(head)), LANES["en"])


def _head(path: Path) -> bytes:
    """The file's first HEAD_BYTES, read without a buffered file object: os.open and one os.read
    (~2.3 µs a file, not ~5: the 1,000 glances of a 1,000-file run come before its pool starts)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        return os.read(fd, HEAD_BYTES)
    finally:
        os.close(fd)


def left_to_workers(lanes: Sequence[int], processes: int) -> frozenset[int]:
    """The costly lanes the parent leaves to its workers: those their share of the run can hold.

    `processes`: the parent and its workers. The workers' share is all but the parent's 1/processes
    of the files; a lane larger than that, or the only lane, the parent takes part in."""
    counts = Counter(lanes)
    share = len(lanes) * (processes - 1) / processes
    left = frozenset(lane for lane in COSTLY if lane in counts and len(counts) > 1)
    return left if sum(counts[lane] for lane in left) <= share else frozenset()


def lane_order(lanes: Sequence[int], window: int = WINDOW) -> list[int]:
    """The items' numbers, each window of `window` consecutive items regrouped by lane (stable).

    The costly lanes come first in each window: those the parent may leave to its workers, so
    that the last items of the run are ones it can take while its worker ends its own."""
    order: list[int] = []
    for start in range(0, len(lanes), window):
        order += sorted(range(start, min(start + window, len(lanes))), key=lambda n: (lanes[n] not in COSTLY, lanes[n]))
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
