"""What a check receives and what it yields."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from okrlint.models import Loc, Objective, OkrSet, Text


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
    _ids: dict[tuple[str, str], tuple[Objective, OkrSet]] | None = None  # (file stem, id) → objective, built once

    def find_parent(self, ref: str, child_set: OkrSet) -> tuple[Objective, OkrSet] | None:
        """The objective `parent:` names: "<file-stem>#<id>", "#<id>" (same file) or a global "<id>"."""
        stem, _, objective_id = ref.strip().rpartition("#")
        if not objective_id:
            return None
        index = self._index()
        if stem:
            return index.get((stem, objective_id))
        if ref.strip().startswith("#"):
            return index.get((child_set.stem, objective_id))
        matches = [found for (s, i), found in index.items() if i == objective_id]
        return matches[0] if len(matches) == 1 else None  # an id used in several files is ambiguous

    def _index(self) -> dict[tuple[str, str], tuple[Objective, OkrSet]]:
        if self._ids is None:
            self._ids = {(s.stem, o.id.value): (o, s) for s in self.sets for o in s.objectives if o.id}
        return self._ids


@dataclass(slots=True)
class CheckContext:
    """What a check may know besides its element: the set it is in, its options, the whole run."""

    okr_set: OkrSet
    options: dict[str, Any]
    workspace: Workspace = field(default_factory=Workspace)
