"""cascaded-kpi: a child objective that only restates its parent's key result, KPI or objective.

The seed deck's second stage: "Objective нижнего уровня — в прямую каскадированные KPI из
стратегического OKR". A parent KR "Увеличить доход до 3 млн" turned into the child objective
"Увеличить доход отдела до 1 млн" adds no thinking about HOW the team contributes. A child
objective in its own terms ("Improve trial experience" under a demand objective) is fine.
"""

from __future__ import annotations

from os.path import commonprefix
from typing import Iterator

from okrlint.analysis.detect import has_han
from okrlint.analysis.facts import NUM
from okrlint.checks.base import CheckContext, Hit
from okrlint.checks.reading import METRIC_MOVES, Lead, Reading, canonical, content_lemmas, metric_tokens, read
from okrlint.graph import ObjectiveNode
from okrlint.memo import bounded_memo

# What this rule needs of a text, derived once while its file streams (`prepare`) and kept in the
# node's facts (cached in the root index for KRs), so the end of the run re-reads nothing.
FACT = "cascaded-kpi"
TextFacts = dict  # {"words", "topic", "named", "metrics", "pairs": [...], "metric": bool, "number": bool, "lead": str, "plan": bool}

# Verbs that only move what follows them ("Lower", "Minimize", «Сократить», "降低", "优化"): two
# texts that move the same thing say the same, whichever verb each chose.
_MOVING = frozenset({Lead.INCREASE, Lead.DECREASE, Lead.REACH, Lead.VAGUE, Lead.REWORK})

# A parent KR found whole inside the child objective (the child is that KR with details added, or
# for a narrower scope) needs this many words of its own: "Launch the app" inside a longer child
# is a coincidence of two words, not a restatement.
_CONTAINED_WORDS = 3
_CONTAINED_SHARE = 0.8

# A child objective and a parent KR that each say this much of what the other says, one phrase of two
# words shared in the same order ("architecture program"), are one statement in other words: "Mature the
# architecture program" under "Architecture program at maturity level 3+".
_PHRASE_SHARE = 0.6

# A child objective that repeats this much of its parent objective is a restatement when one of its
# KRs is a parent KR carried down too: half the parent's words and its plan, with little of its own.
_RESTATED_SHARE = 0.5


def remember_texts(objectives: list[ObjectiveNode], ctx: CheckContext) -> None:
    """`prepare`: the facts of every linted objective title and KR that cascaded_kpi may compare,
    while their readings are memoised."""
    for objective in objectives:
        if not may_cascade(objective):
            continue
        facts_of(objective.title.value, objective.lang, objective.facts)
        for kr in objective.key_results:
            if kr.analysable:
                facts_of(kr.title.value, objective.lang, kr.facts)


def may_cascade(objective: ObjectiveNode) -> bool:
    """Whether cascaded_kpi may ever read the objective's facts: a child names its `parent:`, and a
    `parent:` can only name an objective with an `id:` (OkrGraph.resolve). Deriving the facts of the
    others (most objectives of a flat tree) was ~6% of a 1,000-file run without parent links, for
    facts nothing read; facts_of still derives any fact on demand, so the findings are the same."""
    return objective.parent is not None or objective.id is not None


def cascaded_kpi(objective: ObjectiveNode, ctx: CheckContext) -> Iterator[Hit]:
    if objective.parent is None:
        return
    parent = ctx.graph.find_parent(objective.parent.value, ctx.okr_set.stem)
    if parent is None or parent is objective:
        return  # no such parent (unknown-parent says so), outside the OKR root, or itself (alignment-cycle)
    child = facts_of(objective.title.value, ctx.okr_set.lang, objective.facts)
    share = float(ctx.options["min-overlap"])
    sources = [(kr.title.value, "kr", kr.facts) for kr in parent.key_results] + [(name, "kpi", None) for name in parent.kpis]
    for text, kind, store in sources:
        if restates(child, facts_of(text, parent.lang, store), share):
            yield Hit(objective.title.loc, objective.path, kind, {"parent": text}, objective.title)
            return
    restated = share_of(child, facts_of(parent.title.value, parent.lang, parent.facts))
    if restated >= max(share, 0.8):
        yield Hit(objective.title.loc, objective.path, "objective", {"parent": parent.title.value}, objective.title)
        return
    if child["plan"]:
        # «Закрыть годовой план», "At or above plan for hires": meeting the plan is the parent's KPI
        yield Hit(objective.title.loc, objective.path, "plan", {"parent": parent.title.value}, objective.title)
        return
    copied = copied_key_results(objective, parent)
    if copied:
        yield Hit(objective.title.loc, objective.path, "krs", {"parent": copied[0]}, objective.title)
        return
    carried = carried_key_result(objective, parent) if restated >= _RESTATED_SHARE else None
    if carried:
        yield Hit(objective.title.loc, objective.path, "carried", {"parent": carried}, objective.title)


def copied_key_results(objective: ObjectiveNode, parent: ObjectiveNode) -> list[str]:
    """The child's key results when every one of them is one of the parent's, word for word: the
    parent's plan copied down unchanged, with no contribution of the team's own."""
    theirs = {_plain(kr.title.value) for kr in parent.key_results}
    ours = [kr.title.value for kr in objective.key_results]
    return ours if ours and all(_plain(text) in theirs for text in ours) else []


def carried_key_result(objective: ObjectiveNode, parent: ObjectiveNode) -> str | None:
    """A parent KR that one of the child's KRs holds whole (its owner's name or a note aside), or None."""
    for parent_kr in parent.key_results:
        theirs = facts_of(parent_kr.title.value, parent.lang, parent_kr.facts)
        for kr in objective.key_results:
            if kr.analysable and contains(facts_of(kr.title.value, objective.lang, kr.facts), theirs):
                return parent_kr.title.value
    return None


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def restates(child: TextFacts, parent_item: TextFacts, share: float) -> bool:
    """The child objective says what the parent KR or KPI says: the same words, the same thing moved
    (whichever verb moves it), the KR whole inside the child, or the same metric as a target."""
    if share_of(child, parent_item) >= share or _covered(child["topic"], parent_item["words"]) >= share:
        return True
    if contains(child, parent_item):
        return True
    if set(child["pairs"]) & set(parent_item["pairs"]) and _covered(child["topic"], parent_item["words"]) >= _PHRASE_SHARE \
            and _covered(parent_item["named"], child["words"]) >= _PHRASE_SHARE:
        return True  # each says mostly what the other says (not one segment both name: "中型银行")
    lead = Lead(child["lead"])
    child_is_target = child["metric"] and (child["number"] or lead in METRIC_MOVES or lead is Lead.NONE)
    return child_is_target and bool(set(child["metrics"]) & set(parent_item["metrics"]))


def contains(child: TextFacts, parent_item: TextFacts) -> bool:
    """The parent's text, its numbers aside, is (nearly) all inside the child's: "Ship the loyalty
    points service" under a child "Ship the loyalty points service to every region and load-test it"."""
    named = parent_item["named"]
    return len(named) >= _CONTAINED_WORDS and _covered(named, child["words"]) >= _CONTAINED_SHARE


def share_of(part: TextFacts, whole: TextFacts) -> float:
    """How much of `part`'s content is also in `whole` (1.0: it says nothing of its own)."""
    words = set(part["words"])
    return len(words & set(whole["words"])) / len(words) if words else 0.0


def _covered(part: list[str], whole: list[str]) -> float:
    """The share of `part`'s words that `whole` has, a clipped or derived form counting as the word."""
    if not part:
        return 0.0
    return sum(1 for word in part if any(same_word(word, other) for other in whole)) / len(part)


def same_word(a: str, b: str) -> bool:
    """One word in two forms: the same lemma, a clipping ("infra" / "infrastructure") or a derivation
    sharing most of its stem ("mature" / "maturity"). Chinese words are compounds whose first
    characters name another thing (用户 / 用户数), so they must be equal."""
    if a == b:
        return True
    if has_han(a) or has_han(b):
        return False
    short, long = sorted((a, b), key=len)
    if len(short) >= 4 and long.startswith(short):
        return True
    stem = len(commonprefix((short, long)))
    return stem >= 5 and stem >= 0.8 * len(short)


def facts_of(text: str, lang: str | None, store: dict | None) -> TextFacts:
    """The text's facts from `store` (a node's facts), derived and kept there the first time."""
    if store is None:
        return _text_facts(text, lang)
    if FACT not in store:
        store[FACT] = _text_facts(text, lang)
    return store[FACT]


@bounded_memo(max_entries=1024, max_chars=200_000)
def _text_facts(text: str, lang: str | None) -> TextFacts:
    reading = read(text, lang)
    words, topic, named = _word_sets(reading)
    in_order = [word for _, word in content_lemmas(reading)]
    pairs = {f"{a} {b}" for a, b in zip(in_order, in_order[1:])}  # phrases of two content words, as written
    return {"words": sorted(words), "topic": sorted(topic), "named": sorted(named), "metrics": sorted(metrics(reading)),
            "metric": reading.metric, "number": reading.has_number, "lead": reading.lead.value,
            "plan": reading.plan_fulfilment, "pairs": sorted(pairs)}


def _word_sets(reading: Reading) -> tuple[set[str], set[str], set[str]]:
    """In one pass over the content words but those of a time frame: all of them; the topic, those but
    a verb that only moves them ("manual deployment steps" of "Minimize manual deployment steps"); and
    what the text names, those but its numbers."""
    moving = reading.lead_token if reading.lead in _MOVING else None
    deadline = reading.analysis.deadline  # "… in early April": when, not what; two texts due apart say the same
    aside = _starts_in_brackets(reading)
    words: set[str] = set()
    topic: set[str] = set()
    named: set[str] = set()
    for token, word in content_lemmas(reading):
        if deadline is not None and deadline.start <= token.start < deadline.end:
            continue
        words.add(word)
        if token is not moving:
            topic.add(word)
        if token.pos is not NUM and token.start not in aside:
            named.add(word)
    return words, topic, named


_OPENING = frozenset("([（【")
_CLOSING = frozenset(")]）】")


def _starts_in_brackets(reading: Reading) -> set[int]:
    """Where the words inside brackets start: a note aside ("Grow use of the platform (SMAU)", an acronym, an
    owner, a link's name) that a child restating the KR need not repeat."""
    if not _OPENING.intersection(reading.analysis.normalized):
        return set()  # (most texts)
    inside: set[int] = set()
    depth = 0
    for token in reading.analysis.tokens:
        if token.text in _OPENING:
            depth += 1
        elif token.text in _CLOSING:
            depth = max(0, depth - 1)
        elif depth:
            inside.add(token.start)
    return inside


def metrics(reading: Reading) -> set[str]:
    lang = reading.analysis.lang
    return {canonical(t.lemma, t.lang or lang) for t in metric_tokens(reading)}
