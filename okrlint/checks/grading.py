"""Grading rules: scores and weights, the way Google grades OKRs.

Google grades each key result from 0.0 to 1.0; 0.6–0.7 is the sweet spot for aspirational OKRs
(higher means the bar was too low), while committed OKRs are expected to score 1.0, and a miss
asks for a post-mortem. OKR tools store the weights of an objective's key results as shares
that sum to 1. Teams that grade in percent set `score-scale: 100` in the config.
"""

from __future__ import annotations

from typing import Iterator

from okrlint.checks.base import CheckContext, Hit
from okrlint.models import Loc, Objective, Text

WEIGHT_TOLERANCE = 0.01  # 0.33 + 0.33 + 0.33 is a third each, as written by people


def _shown(value: float) -> str:
    """0.7 as "0.7", 70.0 as "70": a score as people write it."""
    return f"{value:g}"


def score_out_of_range(objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    scale = ctx.score_scale
    graded: list[tuple[float, Loc, str, Text]] = [(kr.score, kr.score_loc or kr.loc, kr.path, kr.title)
                                                  for kr in objective.key_results if kr.score is not None]
    if objective.score is not None:
        graded.insert(0, (objective.score, objective.score_loc or objective.title.loc, objective.path, objective.title))
    for score, loc, path, title in graded:
        if score <= scale:
            continue
        key = "percent" if scale == 1 and 10 <= score <= 100 else "default"  # 70 on a 0..1 scale: a percentage
        yield Hit(loc, path, key, {"score": _shown(score), "scale": scale}, title)


def sandbagging(objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    """An aspirational objective graded (nearly) in full: the bar was set too low."""
    if objective.type != "aspirational":
        return
    scores = [kr.score / ctx.score_scale for kr in objective.key_results if kr.score is not None and kr.score <= ctx.score_scale]
    if len(scores) < int(ctx.options["min-scored"]):
        return
    high = float(ctx.options["high"])
    mean = sum(scores) / len(scores)
    if min(scores) >= high or mean > high:
        yield Hit(objective.title.loc, objective.path, params={"mean": f"{mean * ctx.score_scale:.2g}", "high": _shown(high * ctx.score_scale)},
                  text=objective.title)


def committed_missed(objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    """A committed objective that fell short, with no `note:` saying why (Google asks for a post-mortem)."""
    if objective.type != "committed" or objective.note is not None:
        return
    score = objective_score(objective)
    if score is None or score >= ctx.score_scale:
        return
    missed = [kr for kr in objective.key_results if kr.score is not None and kr.score < ctx.score_scale and kr.note is None]
    if objective.score is None and not missed:
        return  # every KR that fell short has its own note
    yield Hit(objective.title.loc, objective.path, params={"score": f"{score:.2g}", "full": ctx.score_scale}, text=objective.title)


def objective_score(objective: Objective) -> float | None:
    """The objective's own `score:`, else its KRs' mean, weighted when every scored KR has a weight."""
    if objective.score is not None:
        return objective.score
    scored = [kr for kr in objective.key_results if kr.score is not None]
    if not scored:
        return None
    if all(kr.weight is not None for kr in scored) and (total := sum(kr.weight or 0 for kr in scored)) > 0:
        return sum((kr.score or 0) * (kr.weight or 0) for kr in scored) / total
    return sum(kr.score or 0 for kr in scored) / len(scored)


def weights(objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    """Weights of an objective's KRs: all or none, summing to 1 (or to 100 when written in percent)."""
    weighted = [kr for kr in objective.key_results if kr.weight is not None]
    if not weighted:
        return
    unweighted = [kr for kr in objective.key_results if kr.weight is None]
    if unweighted:
        first = unweighted[0]
        yield Hit(first.title.loc, first.path, "missing", {"count": len(unweighted)}, first.title)
        return
    total = sum(kr.weight or 0 for kr in weighted)
    whole = 100 if all((kr.weight or 0) >= 1 for kr in weighted) and total > 1 + WEIGHT_TOLERANCE else 1
    if abs(total - whole) > WEIGHT_TOLERANCE * whole:
        loc = weighted[0].weight_loc or weighted[0].loc
        yield Hit(loc, objective.path, params={"total": f"{total:g}", "whole": whole}, text=objective.title)


