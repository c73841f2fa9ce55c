"""cascaded-kpi: a child objective that only restates its parent's key result, KPI or objective.

The seed deck's second stage: "Objective нижнего уровня — в прямую каскадированные KPI из
стратегического OKR". A parent KR "Увеличить доход до 3 млн" turned into the child objective
"Увеличить доход отдела до 1 млн" adds no thinking about HOW the team contributes. A child
objective in its own terms ("Improve trial experience" under a demand objective) is fine.
"""

from __future__ import annotations

from typing import Iterator

from okrlint.checks.base import CheckContext, Hit
from okrlint.checks.reading import METRIC_MOVES, Lead, Reading, canonical, metric_tokens, read, share_of
from okrlint.graph import ObjectiveNode


def cascaded_kpi(objective: ObjectiveNode, ctx: CheckContext) -> Iterator[Hit]:
    if objective.parent is None:
        return
    parent = ctx.graph.find_parent(objective.parent.value, ctx.okr_set.stem)
    if parent is None or parent is objective:
        return  # no such parent (unknown-parent says so), outside the OKR root, or itself (alignment-cycle)
    child = read(objective.title.value, ctx.okr_set.lang)
    share = float(ctx.options["min-overlap"])
    sources = [(kr.title.value, "kr") for kr in parent.key_results] + [(name, "kpi") for name in parent.kpis]
    for text, kind in sources:
        if restates(child, read(text, parent.lang), share):
            yield Hit(objective.title.loc, objective.path, kind, {"parent": text}, objective.title)
            return
    if share_of(child, read(parent.title.value, parent.lang)) >= max(share, 0.8):
        yield Hit(objective.title.loc, objective.path, "objective", {"parent": parent.title.value}, objective.title)


def restates(child: Reading, parent_item: Reading, share: float) -> bool:
    """The child objective says what the parent KR or KPI says: the same words, or the same metric as a target."""
    if share_of(child, parent_item) >= share:
        return True
    child_is_target = child.metric and (child.has_number or child.lead in METRIC_MOVES or child.lead is Lead.NONE)
    return child_is_target and bool(metrics(child) & metrics(parent_item))


def metrics(reading: Reading) -> set[str]:
    lang = reading.analysis.lang
    return {canonical(t.lemma, t.lang or lang) for t in metric_tokens(reading)}
