"""Structure rules about who owns an OKR, how many one owner holds, pay, and an objective's length.

- objective-too-long: an objective is one line people remember (an "OKR design score" wants it
  under ~70 characters; Chinese says as much in half the characters).
- missing-owner: someone is accountable for each objective.
- o3k3: seed 003's company runs "O3K3" — at most 3 objectives and 3 KPIs per manager.
- bonus-linked: seed 002, "Одна из главных ошибок — привязка выполнения OKR к премиям": pay tied
  to OKRs makes people set targets they are sure to hit.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from okrlint.analysis import analyze
from okrlint.analysis.detect import detect_language
from okrlint.checks.base import CheckContext, Clue, Hit
from okrlint.models import Objective, OkrSet, Text


# -- objective-too-long ---------------------------------------------------------------------
def objective_too_long(objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    title = objective.title.value.strip()
    lang = detect_language(title, ctx.okr_set.lang)
    limit = int(ctx.options["max-zh"] if lang == "zh" else ctx.options["max"])
    if len(title) > limit:
        yield Hit(objective.title.loc, objective.path, params={"length": len(title), "max": limit}, text=objective.title)


# -- missing-owner --------------------------------------------------------------------------
def set_owner(okr_set: OkrSet, team_is_owner: bool) -> Text | None:
    """Who owns the whole set: its `owner:`, or its `team:` when a team counts as an owner."""
    return okr_set.owner or (okr_set.team if team_is_owner else None)


def missing_owner(okr_set: OkrSet, ctx: CheckContext) -> Iterator[Hit]:
    owned_by_set = set_owner(okr_set, bool(ctx.options["team-is-owner"])) is not None
    for objective in okr_set.objectives:
        if objective.owner is None and not owned_by_set:
            yield Hit(objective.title.loc, objective.path, text=objective.title)
        if not ctx.options["key-results"]:
            continue
        for kr in objective.key_results:
            if kr.owner is None:
                yield Hit(kr.title.loc, kr.path, "key-result", text=kr.title)


# -- o3k3 -----------------------------------------------------------------------------------
def o3k3(okr_set: OkrSet, ctx: CheckContext) -> Iterator[Hit]:
    """At most `max-objectives` objectives and `max-kpis` KPIs per owner (the set's owner by default)."""
    default = set_owner(okr_set, team_is_owner=True)
    fallback = default.value if default is not None else ""
    objectives: dict[str, list[Objective]] = defaultdict(list)
    for objective in okr_set.objectives:
        objectives[objective.owner.value if objective.owner else fallback].append(objective)
    limit = int(ctx.options["max-objectives"])
    for owner, owned in objectives.items():
        if len(owned) > limit:
            extra = owned[limit]
            yield Hit(extra.title.loc, extra.path, _key("objectives", owner), {"count": len(owned), "max": limit, "owner": owner},
                      extra.title)
    kpis: dict[str, list] = defaultdict(list)
    for kpi in okr_set.kpis:
        kpis[kpi.owner.value if kpi.owner else fallback].append(kpi)
    limit = int(ctx.options["max-kpis"])
    for owner, owned in kpis.items():
        if len(owned) > limit:
            extra = owned[limit]
            index = okr_set.kpis.index(extra)
            yield Hit(extra.name.loc, f"kpis[{index}]", _key("kpis", owner), {"count": len(owned), "max": limit, "owner": owner},
                      default or extra.name)  # the owner's name speaks the set's language better than "NPS"


def _key(what: str, owner: str) -> str:
    return what if owner else f"{what}-no-owner"


# -- bonus-linked ---------------------------------------------------------------------------
def bonus_linked(okr_set: OkrSet, ctx: CheckContext) -> Iterator[Hit]:
    """`bonus:` on the set or an objective; softer (info): pay words in a `why:` or a key result."""
    if okr_set.bonus is not None:  # the first objective's words pick the message language, not "true"
        words = okr_set.objectives[0].title if okr_set.objectives else okr_set.bonus
        yield Hit(okr_set.bonus.loc, "", "field", {"field": "bonus"}, words)
    cues = _cues(ctx.options["words"])
    for objective in okr_set.objectives:
        if objective.bonus is not None:
            yield Hit(objective.bonus.loc, objective.path, "field", {"field": "bonus"}, objective.title)
            continue
        texts = [(objective.why, objective.path)] + [(kr.title, kr.path) for kr in objective.key_results]
        for text, path in texts:
            if text is not None and (word := _pay_word(text, ctx.okr_set.lang, cues)) is not None:
                yield Hit(text.loc, path, "text", {"word": word}, text, severity="info", clue=Clue("pay-word", (word,)))
                break  # one finding per objective is enough to start the conversation


def _cues(words: list[str]) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


def _pay_word(text: Text, hint: str | None, cues: frozenset[str]) -> str | None:
    """The first token (by lemma) that names pay; Chinese compounds jieba splits are joined back."""
    tokens = analyze(text.value, hint).tokens
    for i, token in enumerate(tokens):
        if token.lemma.casefold() in cues:
            return token.text
        if i + 1 < len(tokens) and (token.text + tokens[i + 1].text) in cues:
            return token.text + tokens[i + 1].text
    return None
