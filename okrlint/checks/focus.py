"""unfocused: an objective whose key results belong to other teams or pull in unrelated directions.

The seed deck's «Бустануть удержание клиентов» lists KRs labelled "(Цель продукта)", "(Цель
маркетинга)", "(Цель клиентского сервиса)": three teams' goals under one objective, owned by
nobody. Its bank example («Создание бесшовной среды…», verdict «Это же расфокус!») has four KRs
that share no subject with the objective or with each other.

Two facts are computed here on top of the language layer (okrlint.analysis, read-only):
- the team a KR names for itself: its `team:`, a label in parentheses at its end built from a
  label word and a team ("(Цель маркетинга)", "(Marketing goal)", "（市场部目标）"), or an
  `owner:` that is, as written, the `team:` of a set of the OKR system; team names are compared
  by lemmas, so "маркетинга" is the team "Маркетинг";
- the subjects of a text: the lemmas of its nouns outside its numbers, less generic measure words
  ("количество", "share", "数量"); a gerund or noun of action counts under its verb ("onboarding"
  of "Make onboarding effortless" and of "onboarding satisfaction" meet). Chinese compounds that contain one another ("门店", "门店数")
  count as one subject.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from okrlint.analysis import Pos, VerbForm, analyze
from okrlint.checks.base import CheckContext, Hit
from okrlint.checks.reading import canonical
from okrlint.graph import KeyResultNode, ObjectiveNode, OkrGraph
from okrlint.memo import bounded_memo

# A note in parentheses at the very end of a KR: where a team label sits.
_END_NOTE = re.compile(r"[(（]\s*([^()（）]{1,60}?)\s*[)）]\s*$")
_SUBJECT_POS = (Pos.NOUN, Pos.PROPN)
# A gerund or noun of action names its work as a subject ("onboarding" of "Make onboarding effortless"),
# under its verb's lemma so "onboarding" the gerund and "onboarding" the noun meet.
_NAMED_ACTIONS = (VerbForm.GERUND, VerbForm.ACTION_NOUN)


# What this rule needs of a text (a KR's team label, the lemma keys of the teams it may name),
# derived while its file streams (`prepare`), when the analyzers are loaded for that file anyway,
# and kept in the node's facts: the end of a large run analyses nothing (memory stays flat).
FACT = "unfocused"


def remember_teams(objectives: list[ObjectiveNode], ctx: CheckContext) -> None:
    """`prepare`: the team facts of every linted objective and KR."""
    label_words = _label_words(ctx)
    for objective in objectives:
        _objective_facts(objective, label_words)
        for kr in objective.key_results:
            if kr.analysable:
                _kr_facts(kr, objective.lang, label_words)


def _label_words(ctx: CheckContext) -> frozenset[str]:
    return _folded(tuple(map(str, ctx.options["team-label-words"])))


@lru_cache(maxsize=16)
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    """The words casefolded, once per run and not per objective (~2 µs each of ~3,000 in a 1,000-file run)."""
    return frozenset(word.casefold() for word in words)


def _objective_facts(objective: ObjectiveNode, label_words: frozenset[str]) -> dict:
    if FACT not in objective.facts:
        objective.facts[FACT] = {"own": team_key(objective.team, objective.lang, label_words) if objective.team else ""}
    return objective.facts[FACT]


def _kr_facts(kr: KeyResultNode, lang: str | None, label_words: frozenset[str]) -> dict:
    """The KR's team label and the team key of each name it may be assigned by (team, label, owner)."""
    if FACT not in kr.facts:
        label = team_label(kr.title.value, lang, label_words)
        names = {name for name in (kr.team, label, kr.owner) if name}
        kr.facts[FACT] = {"label": label, "keys": {name: team_key(name, lang, label_words) for name in sorted(names)}}
    return kr.facts[FACT]


def unfocused(objective: ObjectiveNode, ctx: CheckContext) -> Iterator[Hit]:
    krs = [kr for kr in objective.key_results if kr.analysable]
    if len(krs) < 2:
        return
    lang = objective.lang
    label_words = _label_words(ctx)
    known_teams = ctx.graph.derived("unfocused-known-teams", _known_teams)  # once per graph: a system has many teams
    own = _objective_facts(objective, label_words)["own"]
    other: dict[str, str] = {}  # team key → the team as written
    other_krs = 0
    for kr in krs:
        facts = _kr_facts(kr, lang, label_words)
        team = kr_team(kr, facts["label"], known_teams)
        if team is not None and (key := facts["keys"].get(team)) and key != own:
            other.setdefault(key, team)
            other_krs += 1
    if len(other) >= 2 or other_krs * 2 > len(krs):
        yield Hit(objective.title.loc, objective.path, "teams", {"teams": ", ".join(other.values()), "count": len(other)},
                  objective.title)
        return
    if not ctx.options["directions"] or len(krs) < int(ctx.options["min-krs"]):
        return  # shared words are a weak cue of direction (see the rule's rationale): opt-in
    generic = frozenset(str(w).casefold() for w in ctx.options["generic-words"])
    title_subjects = subjects(objective.title.value, lang, generic)
    kr_subjects = [subjects(kr.title.value, lang, generic) for kr in krs]
    if not title_subjects or not all(kr_subjects):
        return  # a text with no subject at all ("NPS 9") tells nothing of direction
    for i, mine in enumerate(kr_subjects):
        if related(mine, title_subjects) or any(related(mine, s) for j, s in enumerate(kr_subjects) if j != i):
            return
    yield Hit(objective.title.loc, objective.path, "directions", {"count": len(krs)}, objective.title)


def _known_teams(graph: OkrGraph) -> set[str]:
    """The teams of the OKR system as an owner may name them (folded)."""
    return {t.strip().casefold() for t in graph.teams()}


def kr_team(kr: KeyResultNode, label: str | None, known_teams: set[str]) -> str | None:
    """The team a KR is assigned or labelled to (`label`: its team label, see team_label), when it says so."""
    if kr.team:
        return kr.team
    if label is not None:
        return label
    if kr.owner and kr.owner.strip().casefold() in known_teams:  # the owner is a team of the system, as written
        return kr.owner
    return None


def team_label(text: str, lang: str | None, label_words: frozenset[str]) -> str | None:
    """"маркетинга" of "… (Цель маркетинга)": a final note made of a label word and a team name."""
    match = _END_NOTE.search(text)
    if match is None:
        return None
    note = match.group(1)
    lemmas = _lemmas(note, lang)
    if not any(lemma in label_words for lemma in lemmas) or not [l for l in lemmas if l not in label_words]:
        return None
    cleaned = _strip_label_words(note, label_words)
    return cleaned or None


def _strip_label_words(note: str, label_words: frozenset[str]) -> str:
    """The note without its label word and separators, as written ("Цель: маркетинг" → "маркетинг")."""
    words = [w for w in re.split(r"[\s:：,，]+", note) if w and w.casefold() not in label_words]
    if len(words) == 1 and not words[0].isascii():  # a Chinese note has no spaces: "市场部目标"
        for label in sorted(label_words, key=len, reverse=True):
            if not label.isascii() and words[0].endswith(label) and len(words[0]) > len(label):
                return words[0][: -len(label)]
    return " ".join(words)


def team_key(name: str | None, lang: str | None, label_words: frozenset[str] = frozenset()) -> str:
    """A team name as lemmas, so "маркетинга", "Маркетинг" and "marketing team" meet."""
    if not name:
        return ""
    return " ".join(sorted(l for l in _lemmas(name, lang) if l not in label_words))


@bounded_memo(max_entries=4096, max_chars=200_000)
def _lemmas(text: str, lang: str | None) -> tuple[str, ...]:
    analysis = analyze(text, lang)
    return tuple(t.lemma.casefold() for t in analysis.tokens if t.is_word and t.pos not in (Pos.ADP, Pos.CONJ, Pos.PART, Pos.DET))


@bounded_memo(max_entries=4096, max_chars=500_000)
def subjects(text: str, lang: str | None, generic: frozenset[str]) -> frozenset[str]:
    """The nouns a text is about, outside its numbers and deadline, generic measure words left out."""
    analysis = analyze(text, lang)
    spans = [(q.start, q.end) for q in analysis.quantities]
    if analysis.deadline is not None:  # "Q4" of "by Q4" is a date, not a subject
        spans.append((analysis.deadline.start, analysis.deadline.end))
    found = set()
    for token in analysis.tokens:
        named_action = token.verb_form in _NAMED_ACTIONS and token.verb_family
        if (token.pos not in _SUBJECT_POS and not named_action) or len(token.lemma) < 2 or token.lemma.casefold() in generic:
            continue
        if any(start <= token.start < end for start, end in spans):
            continue  # "минут" of "3 минут" is a unit, not a subject
        lemma = (token.verb_family if named_action else token.lemma) or token.lemma
        found.add(canonical(lemma.casefold(), token.lang or analysis.lang))
    return frozenset(found)


def related(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two texts share a subject; a Chinese compound shares one with a compound it is part of."""
    if a & b:
        return True
    return any(len(x) >= 2 and len(y) >= 2 and not x.isascii() and not y.isascii() and _is_han(x) and (x in y or y in x)
               for x in a for y in b)


def _is_han(word: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in word)
