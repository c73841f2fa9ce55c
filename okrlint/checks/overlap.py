"""duplicate-kr: the same key result under two objectives, or owned by two teams.

"Same" is judged through the language layer, not by strings: the same metric (metric words, or
the KR's subjects when it names no metric word; synonyms folded: ARR / revenue, выручка / доход)
and the same target (the value the KR moves to, with its unit). "Grow ARR from $10M to $15M"
and "ARR reaches $15M by Q4" are one KR; "Grow ARR to $20M" is another.

KRs of sets with different `period:` are never compared. A child KR that repeats its own parent objective's KR is left to cascaded-kpi and the team's
judgement: delegating a parent KR is a choice, two unrelated owners of one number are not.
Candidates are found by the numbers they write (okrlint/graph.py) before anything is analysed,
so a KR is compared only with the few KRs that could share its target.
"""

from __future__ import annotations

from typing import Iterator

from okrlint.analysis import Pos, analyze
from okrlint.analysis.detect import detect_language
from okrlint.checks.base import CheckContext, Hit
from okrlint.checks.focus import subjects
from okrlint.checks.reading import canonical, metric_tokens, read
from okrlint.graph import KeyResultNode, ObjectiveNode
from okrlint.memo import bounded_memo

Signature = tuple[frozenset[str], tuple[float, str]]


def duplicate_kr(kr: KeyResultNode, objective: ObjectiveNode, ctx: CheckContext) -> Iterator[Hit]:
    mine = signature(kr.title.value, objective.lang)
    if mine is None:
        return
    lang = detect_language(kr.title.value, objective.lang)
    for other_objective, other in ctx.graph.key_results_sharing_a_number(kr.title.value):
        if detect_language(other.title.value, other_objective.lang) != lang:
            continue  # a KR in another language is never the same words; nor is its analyzer worth loading
        if other is kr or other_objective is objective or _cascaded(objective, other_objective, ctx) \
                or _other_periods(objective, other_objective):
            continue
        if signature(other.title.value, other_objective.lang) == mine:
            owner = other_objective.team or other_objective.owner or other_objective.file
            yield Hit(kr.title.loc, kr.path, "default",
                      {"other": other.title.value, "objective": other_objective.title.value, "owner": owner}, kr.title)
            return


def _other_periods(a: ObjectiveNode, b: ObjectiveNode) -> bool:
    """The same KR in two quarters is a plan carried over, not an overlap."""
    return a.period is not None and b.period is not None and a.period.strip().casefold() != b.period.strip().casefold()


def _cascaded(a: ObjectiveNode, b: ObjectiveNode, ctx: CheckContext) -> bool:
    return ctx.graph.parent_of(a) is b or ctx.graph.parent_of(b) is a


@bounded_memo(max_entries=4096, max_chars=500_000)
def signature(text: str, lang: str | None) -> Signature | None:
    """(metric, target) of a KR, or None when it has no numeric target or names nothing measured."""
    analysis = analyze(text, lang)
    target = analysis.change.end if analysis.change is not None else None
    if target is None:
        valued = [q for q in analysis.quantities if q.value is not None and not q.placeholder]
        target = valued[-1] if valued else None
    if target is None or target.value is None:
        return None
    reading = read(text, lang)
    # Verbs are left out: "reach" names a metric as a noun, an ordinary move as a verb.
    metric = frozenset(canonical(t.lemma, t.lang or analysis.lang) for t in metric_tokens(reading) if t.pos is not Pos.VERB)
    metric = metric or subjects(text, lang, frozenset())
    if not metric:
        return None
    return metric, (round(target.value, 6), target.unit or target.kind.value)
