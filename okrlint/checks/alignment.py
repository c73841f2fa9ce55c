"""Rules on the links of the OKR system: unknown-parent, alignment-cycle, orphan-objective.

They read only the graph (okrlint/graph.py), never wording: a link is right or wrong whatever
the language of the objectives it joins.
"""

from __future__ import annotations

from typing import Iterator

from okrlint.checks.base import CheckContext, Hit
from okrlint.graph import ObjectiveNode, level_rank


def unknown_parent(objective: ObjectiveNode, ctx: CheckContext) -> Iterator[Hit]:
    """`parent:` names no objective of the OKR system (or several: an ambiguous bare id)."""
    if objective.parent is None:
        return
    ref = objective.parent.value.strip()
    resolution = ctx.graph.resolve(ref, objective.stem)
    if resolution.found is not None:
        return
    where = objective.parent.loc
    target = f"{objective.path}.parent"
    if resolution.candidates > 1:
        yield Hit(where, target, "ambiguous", {"parent": ref, "count": resolution.candidates}, objective.title)
    elif ctx.graph.complete:  # a run that does not see the whole OKR root cannot tell a missing parent
        if resolution.suggestions:
            suggestions = ", ".join(resolution.suggestions)
            yield Hit(where, target, "suggest", {"parent": ref, "suggestions": suggestions}, objective.title)
        else:
            yield Hit(where, target, "default", {"parent": ref}, objective.title)


MAX_NAMED = 8  # objectives named in a loop's message


def alignment_cycle(objective: ObjectiveNode, ctx: CheckContext) -> Iterator[Hit]:
    """Following `parent:` from this objective comes back to it."""
    loop = ctx.graph.loop_from(objective)
    if not loop or objective.parent is None:
        return
    start = next(i for i, n in enumerate(loop) if n is objective)
    ordered = loop[start:] + loop[:start]  # the loop as seen from this objective
    names = [n.key for n in ordered] + [objective.key]
    if len(names) > MAX_NAMED:  # a loop through hundreds of files is named by its ends
        names = names[: MAX_NAMED - 2] + [f"… ({len(loop) - MAX_NAMED + 3} more)", objective.key]
    yield Hit(objective.parent.loc, f"{objective.path}.parent", "default",
              {"loop": " → ".join(names), "count": len(loop)}, objective.title)


def orphan_objective(objective: ObjectiveNode, ctx: CheckContext) -> Iterator[Hit]:
    """A team or person objective that supports nothing, while the system has a level above it."""
    if objective.parent is not None or objective.level == "company":
        return
    rank = level_rank(objective.level)
    higher = sorted({n.level for n in ctx.graph.nodes if level_rank(n.level) < rank}, key=level_rank)
    if higher:
        key = "person" if objective.level == "person" else "default"
        yield Hit(objective.title.loc, objective.path, key, {"level": higher[-1]}, objective.title)
