"""What a check receives and what it yields."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from okrlint.findings import Fix
from okrlint.graph import OkrGraph
from okrlint.models import Loc, OkrSet, Text


@dataclass(frozen=True, slots=True)
class Clue:
    """What a text rule saw: a reason code and the words (as written) that carry it."""

    reason: str
    words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Hit:
    """A check's verdict on one element: where, which message, with what parameters."""

    loc: Loc
    target: str  # "objectives[0].key_results[2]"
    message: str = "default"  # key into the rule's messages
    params: dict[str, Any] = field(default_factory=dict)
    text: Text | None = None  # the OKR text judged (its language picks the message language)
    severity: str | None = None  # a softer (or harder) verdict than the rule's default, e.g. "info"
    clue: Clue | None = None  # text rules: why, in OKR terms, and the trigger words
    fix: Fix | None = None  # a safe structural change, when the rule knows one


@dataclass(slots=True)
class CheckContext:
    """What a check may know besides its element: the set it is in, its options, the OKR system."""

    okr_set: OkrSet
    options: dict[str, Any]
    graph: OkrGraph = field(default_factory=OkrGraph)  # complete only for rules marked `cross-file`
    score_scale: int = 1  # `score:` values run 0..score_scale (config `score-scale`)
