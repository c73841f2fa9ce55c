"""Number rules on a key result's target: placeholders, a missing baseline, a target that moves
against its verb or not at all, and no time bound.

Seed 002 asks every KR to be "четким, количественным и привязанным ко времени" — "с X до Y к
концу месяца". These rules read the facts the analysis layer found (quantities, the from→to
change, the deadline, what the predicate does) and the structured `baseline:`/`target:`/`due:`
fields; they never parse the wording themselves.
"""

from __future__ import annotations

from typing import Iterator

from okrlint.analysis import Quantity, QuantityKind, analyze
from okrlint.analysis.normalize import names_a_period
from okrlint.analysis.quantities import find_quantities, is_withheld_number
from okrlint.checks.base import CheckContext, Clue, Hit
from okrlint.checks.reading import Lead, Reading, read
from okrlint.models import KeyResult, Objective, Text

# Seconds in each duration unit the analysis layer names, so "2 hours → 30 minutes" compares right.
_SECONDS = {"ms": 0.001, "second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800,
            "month": 2629800, "quarter": 7889400, "year": 31557600}
# Levels that start somewhere: a count (of customers, deals) may start from zero, a level may not.
_LEVELS = (QuantityKind.PERCENT, QuantityKind.CURRENCY, QuantityKind.DURATION, QuantityKind.SCORE)


def _reading(text: Text, hint: str | None) -> Reading:
    return read(text.value, hint)


def _first_quantity(field: Text | None, hint: str | None) -> Quantity | None:
    """The number a structured `baseline:` or `target:` field holds, if it holds one."""
    if field is None:
        return None
    quantities = analyze(field.value, hint).quantities
    return quantities[0] if quantities else None


# -- placeholder-target ---------------------------------------------------------------------
def placeholder_target(kr: KeyResult, objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    """ "X%", "N клиентов", "[N1]", "x 家" where the number should be; `target: TBD` too."""
    hint = ctx.okr_set.lang
    # a number withheld on purpose ("[redacted]", "(confidential)") is written down elsewhere: nothing to fill in
    placeholders = [q for q in analyze(kr.title.value, hint).quantities if q.placeholder and not is_withheld_number(q)]
    if placeholders:
        yield Hit(kr.title.loc, kr.path, params={"placeholder": placeholders[0].raw}, text=kr.title,
                  clue=Clue("placeholder", tuple(q.raw for q in placeholders)))
        return
    for name, field in (("target", kr.target), ("baseline", kr.baseline)):
        if field is not None and _is_placeholder(field, hint):
            yield Hit(field.loc, kr.path, "field", {"field": name, "placeholder": field.value}, kr.title,
                      clue=Clue("placeholder-field"))
            return


def _is_placeholder(field: Text, hint: str | None) -> bool:
    if any(q.placeholder for q in analyze(field.value, hint).quantities):
        return True
    return read(field.value, hint).undefined


# -- missing-baseline -----------------------------------------------------------------------
def missing_baseline(kr: KeyResult, objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    """A level to move to ("до 25%") with no level to move from, and no `baseline:` field."""
    if kr.baseline is not None:
        return
    r = _reading(kr.title, ctx.okr_set.lang)
    a = r.analysis
    if a.change is not None or r.lead not in (Lead.INCREASE, Lead.DECREASE, Lead.REACH):
        return
    if r.threshold or r.floor or r.sla or r.keeps_current_level or r.zero_target or r.plan_fulfilment:
        return  # a bound, a level to keep or a plan: where it starts does not change what to check
    if r.hundred_percent or r.universal:
        return  # "100% of", "all": the end state is absolute
    if len(find_quantities(a.text, a.lang)) > len(a.quantities):
        return  # a number in a note the normaliser set aside, e.g. "(текущий: 35)": the baseline is there
    levels = [q for q in a.quantities if q.kind in _LEVELS and not q.placeholder]
    if len({q.kind for q in levels}) < len(levels):
        return  # two levels of one kind ("до 30% с 18%"): a move the analysis did not pair, not a missing start
    if levels or (kr.target is not None and not a.quantities):
        target = levels[0].raw if levels else kr.target.value  # type: ignore[union-attr]
        yield Hit(kr.title.loc, kr.path, params={"target": target}, text=kr.title,
                  clue=Clue("target-without-baseline", (levels[0].raw,) if levels else ()))


# -- direction-mismatch and target-equals-baseline --------------------------------------------
def _comparable(start: Quantity, end: Quantity) -> tuple[float, float] | None:
    """Both values on one scale, or None when they cannot be compared (other units, placeholders)."""
    if start.value is None or end.value is None or start.kind is not end.kind:
        return None
    if start.kind is QuantityKind.DURATION:
        if start.unit in _SECONDS and end.unit in _SECONDS:
            return start.value * _SECONDS[start.unit], end.value * _SECONDS[end.unit]
        return None
    if start.unit != end.unit:
        return None
    return start.value, end.value


def _move(kr: KeyResult, r: Reading, hint: str | None) -> tuple[Quantity, Quantity, str] | None:
    """The from→to of a KR: written in its title, or in its `baseline:` and `target:` fields."""
    if r.analysis.change is not None:
        return r.analysis.change.start, r.analysis.change.end, "title"
    baseline, target = _first_quantity(kr.baseline, hint), _first_quantity(kr.target, hint)
    if baseline is not None and target is not None:
        return baseline, target, "fields"
    return None


def direction_mismatch(kr: KeyResult, objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    """ "Снизить отток с 5% до 8%": the verb says down, the numbers go up (or the other way)."""
    r = _reading(kr.title, ctx.okr_set.lang)
    if r.lead not in (Lead.INCREASE, Lead.DECREASE) or r.negated:
        return
    move = _move(kr, r, ctx.okr_set.lang)
    values = _comparable(move[0], move[1]) if move else None
    if move is None or values is None or values[0] == values[1]:
        return
    goes_up = values[1] > values[0]
    if goes_up == (r.lead is Lead.INCREASE):
        return
    lead = r.lead_token  # as written: a Traditional Chinese text is read in Simplified, with the same offsets
    verb = r.analysis.normalized[lead.start:lead.end] if lead is not None else ""
    key = "up" if goes_up else "down"
    yield Hit(kr.title.loc, kr.path, key, {"verb": verb, "start": move[0].raw, "end": move[1].raw}, kr.title,
              clue=Clue(f"{r.lead.value}-but-{key}", (verb, move[0].raw, move[1].raw) if move[2] == "title" else (verb,)))


def target_equals_baseline(kr: KeyResult, objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    """ "с 95% до 95%": nothing to achieve — a KPI to keep, not a result."""
    r = _reading(kr.title, ctx.okr_set.lang)
    move = _move(kr, r, ctx.okr_set.lang)
    values = _comparable(move[0], move[1]) if move else None
    if move is None or values is None or values[0] != values[1]:
        return
    words = (move[0].raw, move[1].raw) if move[2] == "title" else ()
    yield Hit(kr.title.loc, kr.path, params={"value": move[1].raw}, text=kr.title, clue=Clue("same-level", words))


# -- no-deadline ----------------------------------------------------------------------------
def no_deadline(kr: KeyResult, objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    """Neither the KR (`due:` or its words), its objective, nor the set's `period:` says by when."""
    hint = ctx.okr_set.lang
    if ctx.okr_set.period is not None or kr.due is not None:
        return
    if analyze(kr.title.value, hint).deadline is not None or analyze(objective.title.value, hint).deadline is not None:
        return
    if names_a_period(kr.title.value) or names_a_period(objective.title.value):
        return  # "Q3 2026: ship the billing page", «2027: сдать экзамен на права»: the period is its label
    yield Hit(kr.title.loc, kr.path, text=kr.title, clue=Clue("no-time-bound"))
