"""What a check receives and what it yields."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from okrlint.analysis import TextAnalysis, analyze
from okrlint.models import Loc, OkrSet, Text


@dataclass(frozen=True, slots=True)
class Hit:
    """A check's verdict on one element: where, which message, with what parameters."""

    loc: Loc
    target: str  # "objectives[0].key_results[2]"
    message: str = "default"  # key into the rule's messages
    params: dict[str, Any] = field(default_factory=dict)
    text: Text | None = None  # the OKR text judged (its language picks the message language)
    severity: str | None = None  # a softer (or harder) verdict than the rule's default, e.g. "info"


@dataclass(slots=True)
class Workspace:
    """Every OKR set of the run, for rules that look across files (parents, cascades)."""

    sets: list[OkrSet] = field(default_factory=list)


@dataclass
class CheckContext:
    okr_set: OkrSet
    options: dict[str, Any]
    lexicon: dict[str, dict[str, list[str]]]
    workspace: Workspace = field(default_factory=Workspace)

    def analyze(self, text: Text | str) -> TextAnalysis:
        """The memoised language analysis of a text, honouring the file's `lang:`."""
        value = text.value if isinstance(text, Text) else text
        return analyze(value, self.okr_set.lang)

    def words(self, lang: str, name: str) -> frozenset[str]:
        """A word list of this rule for one language (lemmas, lower case)."""
        return self._word_sets.get((lang, name), frozenset())

    @cached_property
    def _word_sets(self) -> dict[tuple[str, str], frozenset[str]]:
        return {
            (lang, name): frozenset(str(w).lower() for w in words or ())
            for lang, lists in self.lexicon.items()
            for name, words in (lists or {}).items()
        }
