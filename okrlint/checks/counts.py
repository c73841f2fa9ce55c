"""Structural rules: how many objectives and key results an OKR set holds.

OKR practice (and the seeds: "у одной цели должно быть 2–5 ключевых результатов", "максимум
3–5 целей на команду за квартал") limits both, because focus is the point of OKRs.
"""

from __future__ import annotations

from typing import Iterator

from okrlint.checks.base import CheckContext, Hit
from okrlint.models import Objective, OkrSet


def too_many_krs(objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    limit = int(ctx.options["max"])
    count = len(objective.key_results)
    if count > limit:
        yield Hit(objective.title.loc, objective.path, params={"count": count, "max": limit}, text=objective.title)


def too_few_krs(objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    minimum = int(ctx.options["min"])
    count = len(objective.key_results)
    if count < minimum:
        yield Hit(objective.title.loc, objective.path, params={"count": count, "min": minimum}, text=objective.title)


def too_many_objectives(okr_set: OkrSet, ctx: CheckContext) -> Iterator[Hit]:
    limit = int(ctx.options["max"])
    count = len(okr_set.objectives)
    if count > limit:
        first_extra = okr_set.objectives[limit]  # point at the first objective past the limit
        yield Hit(first_extra.title.loc, first_extra.path, params={"count": count, "max": limit}, text=first_extra.title)
