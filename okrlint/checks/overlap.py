"""duplicate-kr: the same key result under two objectives, or owned by two teams.

"Same" is judged through the language layer, not by strings: the same metric (metric words and
the KR's other subjects, the nouns outside its numbers and deadline, so "NPS of Leeds customers"
is not "NPS of Porto customers"; synonyms folded: ARR / revenue, выручка / доход) and the same target (the value the KR moves to, with its unit). "Grow ARR from $10M to $15M"
and "ARR reaches $15M by Q4" are one KR; "Grow ARR to $20M" is another.

KRs of sets with different `period:` are never compared. A child KR that repeats its own
parent objective's KR is left to cascaded-kpi and the team's judgement: delegating a parent KR
is a choice, two unrelated owners of one number are not.

Cost: each KR's (metric, target) key is derived once, while its file streams (`prepare`, when
its analysis is still memoised), and kept in the root index with the file's content hash; at
the end KRs are grouped by key, so a run compares nothing pairwise. A KR of a file the index
read but never analysed gets its key on demand, only when it writes a number of a linted KR.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterator

from okrlint.analysis import Pos, TextAnalysis, analyze
from okrlint.analysis.detect import detect_language
from okrlint.checks.base import CheckContext, Hit
from okrlint.checks.focus import subjects
from okrlint.checks.reading import canonical, metric_tokens
from okrlint.graph import KeyResultNode, ObjectiveNode, OkrGraph

FACT = "duplicate-kr"
NONE: list[Any] = []  # the fact of a KR with no comparable (metric, target): stored, so it is not derived again


def remember_key_results(objectives: list[ObjectiveNode], ctx: CheckContext) -> None:
    """`prepare`: the (metric, target) key of each KR of a linted set."""
    for objective in objectives:
        for kr in objective.key_results:
            if kr.analysable:
                key_of(kr, objective)


def duplicate_kr(kr: KeyResultNode, objective: ObjectiveNode, ctx: CheckContext) -> Iterator[Hit]:
    mine = key_of(kr, objective)
    if not mine:
        return
    period = _period(objective)
    for other_objective, other, other_period in _same_key(ctx.graph, kr, objective, mine):
        # the period compared inline, folded once per KR of a group: most KRs of a group are of other
        # quarters (~14,000 pairs of a 1,000-file run, each a call that stripped and folded both periods again)
        if other is kr or other_objective is objective \
                or (period is not None and other_period is not None and period != other_period) \
                or _cascaded(objective, other_objective, ctx) or _same_objective(objective, other_objective):
            continue
        owner = other_objective.team or other_objective.owner or other_objective.file
        yield Hit(kr.title.loc, kr.path, "default",
                  {"other": other.title.value, "objective": other_objective.title.value, "owner": owner}, kr.title)
        return


def _same_key(graph: OkrGraph, kr: KeyResultNode, objective: ObjectiveNode, key: list) -> list[_Member]:
    """KRs with the same key, from the groups of known keys. KRs without a key yet (files the index
    read but never analysed) get one first if they write one of this KR's numbers, in its language."""
    groups = graph.derived(FACT, _groups)
    lang = None  # detected once there is a KR to compare it with
    for other_objective, other in graph.key_results_sharing_a_number(kr.title.value, without_fact=FACT):
        if lang is None:
            lang = detect_language(kr.title.value, objective.lang)
        if FACT in other.facts or not other.analysable or detect_language(other.title.value, other_objective.lang) != lang:
            continue  # grouped already, over its file's budget, or another language: never the same words
        if found := key_of(other, other_objective):
            groups.known[_hashable(found)].append((other_objective, other, _period(other_objective)))
    group = groups.of_kr.get(id(kr))  # the group it was filed in: its key need not be made hashable again
    return group if group is not None else groups.known.get(_hashable(key), [])


_Member = tuple[ObjectiveNode, KeyResultNode, "str | None"]  # a KR of a group: its objective, itself, its period (_period)


@dataclass(slots=True)
class _Groups:
    known: dict[Any, list[_Member]]
    of_kr: dict[int, list[_Member]]  # id of a KR filed here → its group (the graph keeps the KRs: the ids hold)


def _groups(graph: OkrGraph) -> _Groups:
    known: dict[Any, list[_Member]] = defaultdict(list)
    of_kr: dict[int, list[_Member]] = {}
    for node in graph.nodes:
        period = _period(node)
        for kr in node.key_results:
            if kr.facts.get(FACT):
                group = of_kr[id(kr)] = known[_hashable(kr.facts[FACT])]
                group.append((node, kr, period))
    return _Groups(known, of_kr)


def _hashable(key: list) -> tuple:
    metric, value, unit = key
    return tuple(metric), value, unit


def _period(objective: ObjectiveNode) -> str | None:
    """The objective's period as compared: the same KR in two quarters is a plan carried over, not an overlap."""
    return objective.period.strip().casefold() if objective.period is not None else None


def _same_objective(a: ObjectiveNode, b: ObjectiveNode) -> bool:
    """The same objective of the same team in two files (a CSV export beside the YAML, a Markdown
    copy) is one objective written twice, not two owners of one KR."""
    same_team = a.team is None or b.team is None or a.team.strip().casefold() == b.team.strip().casefold()
    return same_team and a.title.value.strip().casefold() == b.title.value.strip().casefold()


def _cascaded(a: ObjectiveNode, b: ObjectiveNode, ctx: CheckContext) -> bool:
    return ctx.graph.parent_of(a) is b or ctx.graph.parent_of(b) is a


def key_of(kr: KeyResultNode, objective: ObjectiveNode) -> list:
    """The KR's [metric words, target value, unit], derived once and kept in its facts; [] when none."""
    if FACT not in kr.facts:
        kr.facts[FACT] = key(kr.title.value, objective.lang)
    return kr.facts[FACT]


@dataclass(frozen=True, slots=True)
class _Analysed:
    """What `metric_tokens` reads of a Reading: the analysis (the full reading is not needed here)."""

    analysis: TextAnalysis


def key(text: str, lang: str | None) -> list:
    """[sorted metric words, target value, unit] of a KR, or [] when it has no numeric target or names nothing measured."""
    analysis = analyze(text, lang)
    target = analysis.change.end if analysis.change is not None else None
    if target is None:
        valued = [q for q in analysis.quantities if q.value is not None and not q.placeholder]
        target = valued[-1] if valued else None
    if target is None or target.value is None:
        return NONE
    # Verbs are left out: "reach" names a metric as a noun, an ordinary move as a verb.
    tokens = metric_tokens(_Analysed(analysis))  # type: ignore[arg-type]
    metric = {canonical(t.lemma, t.lang or analysis.lang) for t in tokens if t.pos is not Pos.VERB}
    # With the KR's other subjects: "NPS of Leeds customers" and "NPS of Porto customers" are two KRs.
    metric |= set(subjects(text, lang, frozenset()))
    if not metric:
        return NONE
    return [sorted(metric), round(target.value, 6), target.unit or target.kind.value]
