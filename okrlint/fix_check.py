"""The parse-check of `--fix`/`--diff`: a fixed YAML file must read as the same OKRs, less the KRs moved.

Both texts go through okrlint's own loader and schema. The OKRs are compared without their
positions (lines move) and paths (KR indices shift); the expected ones are the original OKRs with
each moved KR taken out of `key_results` and its title appended to the objective's `initiatives`.
The problems reported must stay the same kinds too, so a fix never turns a file invalid.
"""

from __future__ import annotations

from typing import Any

from okrlint.loader import compose_text
from okrlint.models import Objective, OkrSet
from okrlint.schema import build_sets

_POSITIONS = frozenset({"loc", "score_loc", "weight_loc", "path"})


def same_okrs_after_moves(before: str, after: str, moved_lines: set[int], shown_as: str) -> bool:
    """True when `after` loads to `before`'s OKRs with the one-line KRs at `moved_lines` moved into initiatives."""
    old_sets, old_problems = _read(before, shown_as)
    new_sets, new_problems = _read(after, shown_as)
    if old_problems != new_problems:
        return False
    expected = [_without_positions(s.model_copy(update={"objectives": [_moved(o, moved_lines) for o in s.objectives]}))
                for s in old_sets]
    return expected == [_without_positions(s) for s in new_sets]


def _read(text: str, shown_as: str) -> tuple[list[OkrSet], list[str]]:
    loaded = compose_text(text, shown_as)
    built = build_sets(loaded.documents, shown_as) if loaded.documents else None
    problems = [p.kind for p in loaded.problems] + ([p.kind for p in built.problems] if built is not None else [])
    return (built.sets if built is not None else []), sorted(problems)


def _moved(objective: Objective, moved_lines: set[int]) -> Objective:
    gone = [kr for kr in objective.key_results if kr.loc == kr.title.loc and kr.title.loc.line in moved_lines]
    if not gone:
        return objective
    return objective.model_copy(update={"key_results": [kr for kr in objective.key_results if kr not in gone],
                                        "initiatives": [*objective.initiatives, *(kr.title for kr in gone)]})


def _without_positions(okr_set: OkrSet) -> Any:
    return _strip(okr_set.model_dump())


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in _POSITIONS}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


__all__ = ["same_okrs_after_moves"]
